import * as z from 'zod/mini';
import { describeInputError } from '../api';

/**
 * zod/mini ships no message texts (its default for every issue is "Invalid input"), so the
 * inputs of the workbook's server functions are parsed with this map: what was wrong, in words
 * a manager can act on. Messages a schema sets itself (e.g. "a name must not be blank") win.
 */
const readableIssue: z.core.$ZodErrorMap = (issue) => {
  const last = issue.path?.[issue.path.length - 1];
  if (issue.code === 'invalid_value') {
    const values = (issue as { values?: unknown[] }).values ?? [];
    const choices = values.map((v) => String(v)).join(', ');
    if (last === 'rating') return `“${String(issue.input)}” is not on the rating scale: choose one of ${choices}, or null for no rating`;
    return `“${String(issue.input)}” is not one of ${choices}`;
  }
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'is missing';
    return `must be ${(issue as { expected?: string }).expected ?? 'of another type'}, not ${issue.input === null ? 'null' : typeof issue.input}`;
  }
  return undefined;
};

/** parseInput with readable messages: throws an Error naming every problem; nothing has been changed yet. */
export function parseWorkbookInput<T>(schema: z.ZodMiniType<T>, input: unknown, what: string): T {
  const result = schema.safeParse(input, { error: readableIssue });
  if (!result.success) throw new Error(describeInputError(result.error, what));
  return result.data;
}
