import { NotImplementedError } from '../strict';
import { AppsScriptException } from './errors';

/**
 * Search patterns of findText / replaceText.
 *
 * Google: "The search pattern is passed as a string, not a JavaScript regular expression object
 * [...] This methods uses Google's RE2 regular expression library, which limits the supported
 * syntax. The provided regular expression pattern is independently matched against each text
 * block contained in the current element."
 * https://developers.google.com/apps-script/reference/document/body#replaceText(String,String)
 * https://github.com/google/re2/wiki/Syntax
 *
 * JavaScript's RegExp stands in for RE2: RE2-only syntax that is cheap to translate is translated
 * (`(?i)` flags in front, `(?P<name>`, `\Q...\E`, `\A`, `\z`, POSIX classes), syntax RE2 rejects
 * (lookaround, backreferences) is rejected, and the rest of RE2 that JavaScript lacks throws as
 * not implemented.
 */

const POSIX_CLASSES: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  lower: 'a-z',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function re2Rejects(pattern: string, what: string): AppsScriptException {
  return new AppsScriptException(`Invalid regular expression pattern ${pattern}: RE2 does not support ${what}.`);
}

function translate(pattern: string): { source: string; flags: string } {
  let flags = '';
  let i = 0;
  const lead = /^\(\?([a-zA-Z]+)\)/.exec(pattern);
  if (lead?.[1]) {
    for (const flag of lead[1]) {
      if (flag === 'i' || flag === 's' || flag === 'm') flags += flags.includes(flag) ? '' : flag;
      else throw new NotImplementedError(`the RE2 flag (?${flag}) in a search pattern`);
    }
    i = lead[0].length;
  }
  let out = '';
  const n = pattern.length;
  while (i < n) {
    const c = pattern[i] as string;
    if (c === '\\') {
      const next = pattern[i + 1];
      if (next === undefined) throw re2Rejects(pattern, 'a trailing backslash');
      if (/[1-9]/.test(next) || next === 'k') throw re2Rejects(pattern, 'backreferences');
      if (next === 'Q') {
        const end = pattern.indexOf('\\E', i + 2);
        out += escapeLiteral(pattern.slice(i + 2, end < 0 ? n : end));
        i = end < 0 ? n : end + 2;
        continue;
      }
      if (next === 'A') out += '^';
      else if (next === 'z') out += '(?![\\s\\S])';
      else if (next === 'p' || next === 'P' || next === 'C') throw new NotImplementedError(`the RE2 escape \\${next} in a search pattern`);
      else out += `\\${next}`;
      i += 2;
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      out += '[';
      if (pattern[j] === '^') {
        out += '^';
        j += 1;
      }
      if (pattern[j] === ']') {
        out += '\\]';
        j += 1;
      }
      while (j < n && pattern[j] !== ']') {
        if (pattern[j] === '\\') {
          out += pattern.slice(j, j + 2);
          j += 2;
        } else if (pattern.startsWith('[:', j)) {
          const end = pattern.indexOf(':]', j);
          const name = end < 0 ? '' : pattern.slice(j + 2, end);
          const members = POSIX_CLASSES[name];
          if (members === undefined) throw re2Rejects(pattern, `the character class [:${name}:]`);
          out += members;
          j = end + 2;
        } else {
          out += pattern[j] === '[' ? '\\[' : pattern[j];
          j += 1;
        }
      }
      if (j >= n) throw re2Rejects(pattern, 'an unclosed character class');
      out += ']';
      i = j + 1;
      continue;
    }
    if (c === '(' && pattern[i + 1] === '?') {
      const rest = pattern.slice(i + 2);
      if (rest.startsWith(':')) {
        out += '(?:';
        i += 3;
      } else if (rest.startsWith('P<')) {
        out += '(?<';
        i += 4;
      } else if (/^<[A-Za-z_]/.test(rest)) {
        out += '(?<';
        i += 3;
      } else if (/^(=|!|<=|<!)/.test(rest)) {
        throw re2Rejects(pattern, 'lookahead or lookbehind');
      } else if (rest.startsWith('>')) {
        throw re2Rejects(pattern, 'atomic groups');
      } else {
        throw new NotImplementedError(`the RE2 group syntax (?${rest.slice(0, 3)} in a search pattern`);
      }
      continue;
    }
    out += c;
    i += 1;
  }
  return { source: out, flags };
}

/** A global RegExp for an Apps Script search pattern, or Google's kind of error for a bad one. */
export function compileSearchPattern(pattern: unknown): RegExp {
  if (typeof pattern !== 'string') throw new AppsScriptException(`Invalid argument: searchPattern`);
  const { source, flags } = translate(pattern);
  try {
    return new RegExp(source, `${flags}g`);
  } catch {
    throw new AppsScriptException(`Invalid regular expression pattern ${pattern}`);
  }
}

/**
 * The replacement of replaceText. Google documents it only as "the text to use as replacement"
 * and says nothing of `$` or `\` in it; public reports disagree (scripts that rely on `$0`, `0$`
 * being inserted literally, others that expect `$1` to insert a group). So the workspace does not
 * guess: a replacement holding `$` or `\` throws, which is what makes a test catch code that hands
 * user text (a name, evidence) to replaceText. Insert such text with findText + Text.insertText /
 * deleteText, or Text.setText, which are literal by definition. Any other replacement is inserted
 * as typed, the one reading every account agrees on.
 * https://developers.google.com/apps-script/reference/document/text#replaceText(String,String)
 */
export function checkReplacement(replacement: unknown, method: string): string {
  if (typeof replacement !== 'string') throw new AppsScriptException(`Invalid argument: replacement`);
  if (/[$\\]/.test(replacement)) {
    throw new NotImplementedError(
      `${method} with a replacement containing "$" or "\\" (Google documents no meaning for them; insert user text with findText + Text.insertText or setText)`,
    );
  }
  return replacement;
}

/** Non-empty matches of `regex` in `text`, in order, not overlapping. */
export function matchesIn(regex: RegExp, text: string, from = 0): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  regex.lastIndex = from;
  for (;;) {
    const m = regex.exec(text);
    if (!m) break;
    if (m[0].length === 0) {
      regex.lastIndex = m.index + 1;
      if (regex.lastIndex > text.length) break;
      continue;
    }
    found.push({ start: m.index, end: m.index + m[0].length });
  }
  return found;
}
