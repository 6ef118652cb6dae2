/**
 * The in-memory workspace stores formulas but does not run a spreadsheet engine. What a formula
 * cell shows (its value) is computed only for the few formulas whose result needs no other cell:
 * `=HYPERLINK("url","label")` shows its label (or the url when there is no label), and a formula
 * that is a single literal (`="text"`, `=42`, `=TRUE`) shows that literal. Every other formula's
 * value is '' (an empty string), which tests must not mistake for Google's computed value.
 */
import type { CellValue } from './cell';

type Token = { kind: 'string'; text: string } | { kind: 'number'; value: number } | { kind: 'bool'; value: boolean };

function literal(text: string): Token | null {
  const s = text.trim();
  const str = /^"((?:[^"]|"")*)"$/.exec(s);
  if (str) return { kind: 'string', text: (str[1] ?? '').replace(/""/g, '"') };
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return { kind: 'number', value: Number(s) };
  if (/^(TRUE|FALSE)$/i.test(s)) return { kind: 'bool', value: s.toUpperCase() === 'TRUE' };
  return null;
}

/** Splits `"a, b", "c"` at top-level separators (`,` or the `;` of comma-decimal locales). */
function splitArgs(text: string): string[] {
  const args: string[] = [];
  let current = '';
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    if (ch === '"') inString = !inString;
    if (!inString && (ch === ',' || ch === ';')) {
      args.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  args.push(current);
  return args;
}

function tokenValue(t: Token): CellValue {
  if (t.kind === 'string') return t.text;
  return t.value;
}

export function formulaValue(formula: string): CellValue {
  const body = formula.replace(/^=/, '').trim();
  const lit = literal(body);
  if (lit) return tokenValue(lit);
  const call = /^HYPERLINK\s*\(([\s\S]*)\)$/i.exec(body);
  if (call) {
    const args = splitArgs(call[1] ?? '').map(literal);
    const [url, label] = args;
    if (args.length === 1 && url) return String(tokenValue(url));
    if (args.length === 2 && url && label) return tokenValue(label);
  }
  return '';
}

/** Whether the formula is one we compute (see above); callers use it to explain a '' value. */
export function isComputedFormula(formula: string): boolean {
  const body = formula.replace(/^=/, '').trim();
  return literal(body) !== null || /^HYPERLINK\s*\(/i.test(body);
}
