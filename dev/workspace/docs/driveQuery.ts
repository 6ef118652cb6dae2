import { NotImplementedError } from '../strict';
import type { DriveFileRecord } from './driveStore';

/**
 * The `q` of Drive.Files.list: a documented subset of the query language, parsed and evaluated.
 * Terms it does not support throw (as not implemented); malformed queries fail as Drive does.
 * https://developers.google.com/workspace/drive/api/guides/ref-search-terms
 * https://developers.google.com/workspace/drive/api/guides/search-files
 *
 * Supported: name (=, !=, contains), mimeType (=, !=, contains), '<id>' in parents,
 * trashed (=, !=), createdTime / modifiedTime (<, <=, =, !=, >, >=),
 * appProperties / properties has { key='k' and value='v' }, and, or, not, parentheses.
 */
export type FileTest = (file: DriveFileRecord) => boolean;

type Token =
  { kind: 'string'; value: string } | { kind: 'word'; value: string } | { kind: 'op'; value: string } | { kind: 'punct'; value: string };

export class QuerySyntaxError extends Error {}

function tokenize(q: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < q.length) {
    const c = q[i] as string;
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === "'") {
      // "Enclose in single quotes ('). Escape single quotes in queries with \', such as 'Valentine\'s Day'."
      let value = '';
      i += 1;
      for (;;) {
        if (i >= q.length) throw new QuerySyntaxError('unterminated string');
        const d = q[i] as string;
        if (d === '\\' && i + 1 < q.length) {
          value += q[i + 1];
          i += 2;
        } else if (d === "'") {
          i += 1;
          break;
        } else {
          value += d;
          i += 1;
        }
      }
      tokens.push({ kind: 'string', value });
    } else if (/[<>=!]/.test(c)) {
      const two = q.slice(i, i + 2);
      const op = ['<=', '>=', '!='].includes(two) ? two : c;
      if (op === '!') throw new QuerySyntaxError('lone !');
      tokens.push({ kind: 'op', value: op });
      i += op.length;
    } else if (/[(){}]/.test(c)) {
      tokens.push({ kind: 'punct', value: c });
      i += 1;
    } else if (/[A-Za-z_]/.test(c)) {
      const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(q.slice(i))?.[0] ?? c;
      tokens.push({ kind: 'word', value: word });
      i += word.length;
    } else {
      throw new QuerySyntaxError(`unexpected ${c}`);
    }
  }
  return tokens;
}

/** "The contains operator only performs prefix matching for a name term": a word of the name starts with the value. */
function nameContains(name: string, value: string): boolean {
  const haystack = name.toLowerCase();
  const needle = value.toLowerCase();
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(haystack[at - 1] as string)) return true;
  }
  return false;
}

const UNSUPPORTED_TERMS = new Set([
  'fullText',
  'viewedByMeTime',
  'starred',
  'owners',
  'writers',
  'readers',
  'sharedWithMe',
  'visibility',
  'shortcutDetails',
  'labels',
  'memberCount',
  'organizerCount',
]);

class Parser {
  private at = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly rootId: string,
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }
  private next(): Token {
    const token = this.tokens[this.at];
    if (!token) throw new QuerySyntaxError('unexpected end');
    this.at += 1;
    return token;
  }
  private isWord(value: string): boolean {
    const token = this.peek();
    return token?.kind === 'word' && token.value === value;
  }
  private expect(kind: Token['kind'], value?: string): Token {
    const token = this.next();
    if (token.kind !== kind || (value !== undefined && token.value !== value)) throw new QuerySyntaxError(`expected ${value ?? kind}`);
    return token;
  }
  private string(): string {
    return this.expect('string').value;
  }

  parse(): FileTest {
    const test = this.or();
    if (this.peek()) throw new QuerySyntaxError('trailing input');
    return test;
  }

  private or(): FileTest {
    let test = this.and();
    while (this.isWord('or')) {
      this.next();
      const left = test;
      const right = this.and();
      test = (f) => left(f) || right(f);
    }
    return test;
  }

  private and(): FileTest {
    let test = this.unary();
    while (this.isWord('and')) {
      this.next();
      const left = test;
      const right = this.unary();
      test = (f) => left(f) && right(f);
    }
    return test;
  }

  private unary(): FileTest {
    if (this.isWord('not')) {
      this.next();
      const inner = this.unary();
      return (f) => !inner(f);
    }
    const token = this.peek();
    if (token?.kind === 'punct' && token.value === '(') {
      this.next();
      const inner = this.or();
      this.expect('punct', ')');
      return inner;
    }
    return this.term();
  }

  private term(): FileTest {
    const first = this.next();
    if (first.kind === 'string') {
      this.expect('word', 'in');
      const collection = this.expect('word').value;
      const id = first.value === 'root' ? this.rootId : first.value;
      if (collection === 'parents') return (f) => f.parents.includes(id);
      throw new NotImplementedError(`the Drive query term '…' in ${collection}`);
    }
    if (first.kind !== 'word') throw new QuerySyntaxError('expected a query term');
    const term = first.value;
    if (term === 'name' || term === 'mimeType') {
      const op = this.next();
      const value = this.string();
      const get = (f: DriveFileRecord): string => (term === 'name' ? f.name : f.mimeType);
      if (op.kind === 'op' && op.value === '=') return (f) => get(f) === value;
      if (op.kind === 'op' && op.value === '!=') return (f) => get(f) !== value;
      if (op.kind === 'word' && op.value === 'contains')
        return term === 'name' ? (f) => nameContains(f.name, value) : (f) => f.mimeType.includes(value);
      throw new QuerySyntaxError(`operator ${op.value} for ${term}`);
    }
    if (term === 'trashed') {
      const op = this.expect('op').value;
      const value = this.expect('word').value;
      if (value !== 'true' && value !== 'false') throw new QuerySyntaxError('trashed takes true or false');
      const wanted = value === 'true';
      if (op === '=') return (f) => f.trashed === wanted;
      if (op === '!=') return (f) => f.trashed !== wanted;
      throw new QuerySyntaxError(`operator ${op} for trashed`);
    }
    if (term === 'createdTime' || term === 'modifiedTime') {
      const op = this.expect('op').value;
      const when = Date.parse(this.string());
      if (Number.isNaN(when)) throw new QuerySyntaxError('not an RFC 3339 date');
      const get = (f: DriveFileRecord): number => Date.parse(term === 'createdTime' ? f.createdTime : f.modifiedTime);
      const compare: Record<string, (a: number) => boolean> = {
        '<': (a) => a < when,
        '<=': (a) => a <= when,
        '=': (a) => a === when,
        '!=': (a) => a !== when,
        '>': (a) => a > when,
        '>=': (a) => a >= when,
      };
      const test = compare[op];
      if (!test) throw new QuerySyntaxError(`operator ${op} for ${term}`);
      return (f) => test(get(f));
    }
    if (term === 'appProperties' || term === 'properties') {
      // appProperties has { key='additionalID' and value='8e8aceg2af2ge72e78' }
      this.expect('word', 'has');
      this.expect('punct', '{');
      this.expect('word', 'key');
      this.expect('op', '=');
      const key = this.string();
      this.expect('word', 'and');
      this.expect('word', 'value');
      this.expect('op', '=');
      const value = this.string();
      this.expect('punct', '}');
      return (f) => (term === 'appProperties' ? f.appProperties : f.properties)[key] === value;
    }
    if (UNSUPPORTED_TERMS.has(term)) throw new NotImplementedError(`the Drive query term ${term}`);
    throw new QuerySyntaxError(`unknown query term ${term}`);
  }
}

/** Compiles `q`; `rootId` resolves the 'root' alias in `'root' in parents`. */
export function compileQuery(q: string, rootId: string): FileTest {
  return new Parser(tokenize(q), rootId).parse();
}
