import { setupInputSchema, type SetupInput } from '../../core/api';
import { matchLevel, type LevelOption } from './teamPaste';

/**
 * Checks the set-up dialog's form before anything is sent, with the same zod schema the
 * server parses (src/core/api.ts), plus what only the dialog knows (which ladder's levels are
 * on offer), and places every problem next to the row or field that caused it.
 */

export interface DraftRow {
  name: string;
  email: string;
  /** A level id or name of the chosen ladder, or what was pasted. */
  level: string;
  targetLevel: string;
}

export interface LadderChoice {
  id: string;
  title: string;
  levels: readonly LevelOption[];
}

export interface FieldErrors {
  ladder?: string;
  cycle?: string;
  team?: string;
  /** Problems that belong to no field. */
  general: string[];
}

export interface SetupCheck {
  /** The input to send, or null while there are problems. */
  input: SetupInput | null;
  fields: FieldErrors;
  /** Row index (in the dialog's rows, blank rows included) -> messages. */
  rows: Map<number, string[]>;
  /** Row index -> the fields at fault (all of the row's fields when unknown). */
  invalid: Map<number, Set<RowField>>;
  /** The dialog row each team member came from (team index -> row index). */
  rowOfMember: number[];
  /** Worth a second look, but set-up goes ahead: two PMs of one name, a target that is the current level. */
  warnings: string[];
}

export type RowField = keyof DraftRow;
const ROW_FIELDS: readonly RowField[] = ['name', 'email', 'level', 'targetLevel'];

export const isBlankRow = (row: DraftRow) => !row.name.trim() && !row.email.trim() && !row.level.trim() && !row.targetLevel.trim();

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface RowErrors {
  rows: Map<number, string[]>;
  invalid: Map<number, Set<RowField>>;
}

/** No problem placed on any row. */
export function noRowErrors(): RowErrors {
  return { rows: new Map(), invalid: new Map() };
}

function addRowError(errors: RowErrors, row: number, field: RowField | undefined, message: string): void {
  const list = errors.rows.get(row) ?? [];
  if (!list.includes(message)) list.push(message);
  errors.rows.set(row, list);
  const fields = errors.invalid.get(row) ?? new Set<RowField>();
  for (const f of field ? [field] : ROW_FIELDS) fields.add(f);
  errors.invalid.set(row, fields);
}

function asField(value: PropertyKey | undefined): RowField | undefined {
  return ROW_FIELDS.find((f) => f === value);
}

function levelList(levels: readonly LevelOption[]): string {
  return levels.map((l) => l.name).join(', ');
}

export function checkSetup(ladder: LadderChoice | undefined, cycle: string, rows: readonly DraftRow[]): SetupCheck {
  const fields: FieldErrors = { general: [] };
  const rowErrors = noRowErrors();
  const rowOfMember: number[] = [];
  const team: SetupInput['team'] = [];
  const warnings: string[] = [];
  const levels = ladder?.levels ?? [];

  rows.forEach((row, index) => {
    if (isBlankRow(row)) return;
    rowOfMember.push(index);
    const level = matchLevel(row.level, levels);
    const target = row.targetLevel.trim() ? matchLevel(row.targetLevel, levels) : undefined;
    if (ladder && row.level.trim() && !level)
      addRowError(
        rowErrors,
        index,
        'level',
        `“${row.level.trim()}” is not a level of ${ladder.title}: choose one of ${levelList(levels)}.`,
      );
    if (ladder && row.targetLevel.trim() && !target)
      addRowError(rowErrors, index, 'targetLevel', `The target level “${row.targetLevel.trim()}” is not a level of this ladder.`);
    if (level && target && levels.indexOf(target) < levels.indexOf(level))
      addRowError(rowErrors, index, 'targetLevel', `The target level ${target.name} is below the current level ${level.name}.`);
    if (level && target && target === level)
      warnings.push(
        `${row.name.trim()}'s target level is their current level (${level.name}): choose a level above it, or leave it empty.`,
      );
    if (row.email.trim() && !EMAIL.test(row.email.trim()))
      addRowError(rowErrors, index, 'email', `“${row.email.trim()}” does not look like an email address.`);
    team.push({
      name: row.name,
      ...(row.email.trim() ? { email: row.email } : {}),
      level: level?.id ?? row.level,
      ...(target ? { targetLevel: target.id } : {}),
    });
  });

  // Two PMs may share a name (the server gives the second sheet "Ann Lee (2)"); their emails tell them apart.
  const counts = new Map<string, { name: string; n: number }>();
  for (const member of team) {
    const key = member.name.trim().toLowerCase();
    if (!key) continue;
    const seen = counts.get(key);
    counts.set(key, { name: seen?.name ?? member.name.trim(), n: (seen?.n ?? 0) + 1 });
  }
  for (const { name, n } of counts.values())
    if (n > 1)
      warnings.push(
        `${n} PMs are named “${name}”: each gets a sheet of their own (“${name}”, “${name} (2)”…); an email on each row tells them apart later.`,
      );

  const input = { ladderId: ladder?.id ?? '', cycle, team };
  const parsed = setupInputSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [first, index, field] = issue.path;
      if (first === 'team' && typeof index === 'number')
        addRowError(rowErrors, rowOfMember[index] ?? index, asField(field), capitalise(issue.message));
      else if (first === 'team') fields.team = capitalise(issue.message);
      else if (first === 'cycle') fields.cycle = capitalise(issue.message);
      else if (first === 'ladderId') fields.ladder = capitalise(issue.message);
      else fields.general.push(capitalise(issue.message));
    }
  }
  const ok = parsed.success && rowErrors.rows.size === 0 && !fields.ladder && !fields.cycle && !fields.team && fields.general.length === 0;
  return { input: ok ? parsed.data : null, fields, rows: rowErrors.rows, invalid: rowErrors.invalid, rowOfMember, warnings };
}

function capitalise(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * Places the sentence of an INVALID_INPUT refusal: the server names a team member as "team #3"
 * (src/core/api.ts describeInputError) or by name; anything else is shown above the form. The
 * code decided that it is an input problem; the sentence, in the server's own format, only says
 * where (never Google's text, which the server does not pass on as an input refusal).
 */
/* eslint-disable no-restricted-syntax -- locating, in the server's own format, not deciding */
export function placeServerError(
  message: string,
  team: SetupInput['team'],
  rowOfMember: readonly number[],
): RowErrors & { general: string[] } {
  const errors = noRowErrors();
  const numbered = [...message.matchAll(/\(team #(\d+)[^)]*\)/g)];
  if (numbered.length > 0) {
    const detail = message.replace(/^[^:]*:\s*/, '');
    for (const part of detail.split(/;\s*/)) {
      const match = /\(team #(\d+)(?: (\w+))?[^)]*\)/.exec(part);
      const row = match ? rowOfMember[Number(match[1]) - 1] : undefined;
      if (row !== undefined) addRowError(errors, row, asField(match?.[2]), capitalise(part.replace(/\s*\(team #\d+[^)]*\)/, '').trim()));
    }
    if (errors.rows.size > 0) return { ...errors, general: [] };
  }
  const named = team
    .map((m, i) => ({ name: m.name.trim(), i }))
    .filter(({ name }) => name && (message.includes(`“${name}”`) || message.includes(`"${name}"`)));
  if (named.length === 1) {
    addRowError(errors, rowOfMember[named[0]!.i]!, undefined, message);
    return { ...errors, general: [] };
  }
  return { ...errors, general: [message] };
}
/* eslint-enable no-restricted-syntax */
