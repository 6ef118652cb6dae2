import { createWorkspace } from '../../dev/workspace';
import { thrown } from './setup';

const REF = 'developers.google.com/apps-script/reference/cache/cache';

describe('CacheService', () => {
  function setup() {
    let now = new Date('2024-05-01T10:00:00Z');
    // These tests pin Google's English wording of its exceptions.
    const ws = createWorkspace({ now: () => now, errorLanguage: 'en' });
    return { ws, cache: ws.globals.CacheService.getScriptCache(), advance: (s: number) => (now = new Date(now.getTime() + s * 1000)) };
  }

  it(`put/get/getAll/remove; a missing key is null (${REF}#getkey)`, () => {
    const { cache } = setup();
    cache.put('a', '1');
    cache.putAll({ b: '2', c: '3' });
    expect(cache.get('a')).toBe('1');
    expect(cache.getAll(['a', 'b', 'zz'])).toEqual({ a: '1', b: '2' });
    cache.remove('a');
    expect(cache.get('a')).toBeNull();
  });

  it(`entries expire after their time, 600 s by default (${REF}#putkey,-value)`, () => {
    const { cache, advance } = setup();
    cache.put('short', 'x', 30);
    cache.put('default', 'y');
    advance(31);
    expect(cache.get('short')).toBeNull();
    expect(cache.get('default')).toBe('y');
    advance(600);
    expect(cache.get('default')).toBeNull();
  });

  it(`a key over 250 characters or a value over 100 KB is refused (${REF}: "The maximum length of a key is 250 characters. The maximum amount of data that can be stored per key is 100KB")`, () => {
    const { cache } = setup();
    expect(thrown(() => cache.put('k'.repeat(251), 'v')).message).toBe('Argument too large: key');
    expect(thrown(() => cache.put('k', 'v'.repeat(100 * 1024 + 1))).message).toBe('Argument too large: value');
  });
});
