import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The eslint rule against deciding on an error's text (eslint.config.mjs): Google words its
 * exceptions in the user's language, so the shell asks first and the UI switches on a
 * refusal's code. The rule must catch the code it replaced, and let codes and questions pass.
 */

const ROOT = join(__dirname, '../..');

interface Report {
  line: number;
  ruleId: string | null;
}

/** Lints `source` as if it were the file at `path` (the rule holds in src/gas, src/entry and src/ui). */
function lint(path: string, source: string): Report[] {
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', path, '--format', 'json'],
    { cwd: ROOT, input: source, encoding: 'utf8' },
  );
  if (run.error) throw run.error;
  const [result] = JSON.parse(run.stdout) as Array<{ messages: Report[] }>;
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax');
}

// The four decisions on message text the add-on used to make, as they were written.
const REPLACED = `
export const NOT_SET_UP = 'Set up the calibration workbook first.';
const CONFLICT_MESSAGE = 'Someone else changed these ratings since the form was loaded.';

export function isRangeNotFound(error: unknown): boolean {
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return typeof message === 'string' && /Range not found/i.test(message);
}

export function isOutsideGrid(error: unknown): boolean {
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return typeof message === 'string' && /outside the dimensions of the sheet/i.test(message);
}

export function isNotSetUp(error: unknown): boolean {
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return message === NOT_SET_UP;
}

export function isConflictMessage(message: string): boolean {
  return (
    message.includes(CONFLICT_MESSAGE) ||
    /someone else (?:has )?(?:changed|edited)|changed since (?:you|the form was) (?:opened|loaded)/i.test(message)
  );
}
`;

// The same decisions written on `e.message` directly, then what is allowed: codes and questions.
const DIRECT = `
export function direct(e: Error): number {
  if (e.message.startsWith('Range not found')) return 1;
  if (/not found/.test(e.message)) return 2;
  if (e.message === 'Range not found') return 3;
  switch (e.message) { default: return 4; }
}
`;
const ALLOWED = `
export function isConflict(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'CONFLICT';
}
export function hasTeam(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  return ss.getSheetByName('Team') !== null;
}
`;

describe('no decisions on the text of an error', () => {
  it('catches each decision on a message the add-on used to make, and lets codes and questions pass', () => {
    // One run of eslint: starting it costs seconds.
    const source = REPLACED + DIRECT + ALLOWED;
    const lineOf = (text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;
    expect(lint('src/gas/workbookReader.ts', source).map((r) => r.line)).toEqual(
      [
        '/Range not found/i.test(message)',
        '/outside the dimensions of the sheet/i.test(message)',
        'return message === NOT_SET_UP;',
        'message.includes(CONFLICT_MESSAGE)',
        'changed since (?:you|the form was)',
        "e.message.startsWith('Range not found')",
        '/not found/.test(e.message)',
        "e.message === 'Range not found'",
        'switch (e.message)',
      ].map(lineOf),
    );
  }, 60000);
});
