import { fresh, thrown } from './setup';

const QUOTAS = 'developers.google.com/apps-script/guides/services/quotas';
const QUOTA_MESSAGE = 'You have exceeded the property storage quota. Please remove some properties and try again.';

describe('PropertiesService', () => {
  it('values are strings; a missing key is null; getProperties is a copy (developers.google.com/apps-script/guides/properties)', () => {
    const { PropertiesService } = fresh();
    const props = PropertiesService.getDocumentProperties();
    props.setProperty('version', 7 as unknown as string);
    expect(props.getProperty('version')).toBe('7');
    expect(props.getProperty('missing')).toBeNull();
    const copy = props.getProperties();
    copy.version = 'changed';
    expect(props.getProperty('version')).toBe('7');
    expect(props.getKeys()).toEqual(['version']);
  });

  it('the three stores are separate and shared across calls (developers.google.com/apps-script/reference/properties/properties-service)', () => {
    const { PropertiesService } = fresh();
    PropertiesService.getDocumentProperties().setProperty('k', 'doc');
    PropertiesService.getUserProperties().setProperty('k', 'user');
    expect(PropertiesService.getScriptProperties().getProperty('k')).toBeNull();
    expect(PropertiesService.getDocumentProperties().getProperty('k')).toBe('doc');
  });

  it('setProperties(props, deleteAllOthers) replaces the store; deleteProperty and deleteAllProperties (developers.google.com/apps-script/reference/properties/properties#setpropertiesproperties,-deleteallothers)', () => {
    const { PropertiesService } = fresh();
    const props = PropertiesService.getUserProperties();
    props.setProperties({ a: '1', b: '2' });
    props.setProperties({ c: '3' }, true);
    expect(props.getProperties()).toEqual({ c: '3' });
    props.deleteProperty('c');
    props.setProperty('d', '4').deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  it(`a value over 9 KB is refused with Google's quota message and nothing changes (${QUOTAS}: "Properties value size 9 KB / val")`, () => {
    const { PropertiesService } = fresh();
    const props = PropertiesService.getDocumentProperties();
    props.setProperty('ok', 'x'.repeat(9 * 1024));
    expect(thrown(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).message).toBe(QUOTA_MESSAGE);
    expect(props.getProperty('big')).toBeNull();
    // UTF-8 bytes count, not characters.
    expect(() => props.setProperty('accents', 'é'.repeat(5000))).toThrow(QUOTA_MESSAGE);
  });

  it(`a store over 500 KB is refused with the same message (${QUOTAS}: "Properties total storage 500 KB / property store")`, () => {
    const { PropertiesService } = fresh();
    const props = PropertiesService.getScriptProperties();
    let n = 0;
    const error = thrown(() => {
      for (;;) props.setProperty(`k${n++}`, 'y'.repeat(9000));
    });
    expect(error.message).toBe(QUOTA_MESSAGE);
    expect(n).toBeGreaterThan(55);
    expect(n).toBeLessThan(58);
    expect(() => props.setProperties({ a: 'y'.repeat(9000), b: 'y'.repeat(9000) })).toThrow(QUOTA_MESSAGE);
    expect(props.getProperty('a')).toBeNull();
  });
});
