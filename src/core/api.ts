import * as z from 'zod/mini';
import { ratingSchema, ratingSourceSchema } from './ratingScale';
import { CELL_TEXT_LIMIT } from './ladder/rules';

/**
 * The server API of DESIGN.md section 7, as zod schemas: the one definition shared by the
 * server (which parses every input) and the sidebar's typed bridge. Names and shapes are a
 * contract with outside callers: add fields, never rename or remove.
 * Only JSON-safe values cross google.script.run, so dates travel as ISO strings.
 */

const text = (what: string) => z.string().check(z.maxLength(CELL_TEXT_LIMIT, `${what} is longer than the ${CELL_TEXT_LIMIT} characters a cell can hold`));
const name = z
  .string()
  .check(z.trim(), z.minLength(1, 'a name must not be blank'), z.maxLength(CELL_TEXT_LIMIT, `a name is longer than the ${CELL_TEXT_LIMIT} characters a cell can hold`));

// listLadders() -> LadderSummary[]: see ladder/summary.ts

export const teamMemberInputSchema = z.object({
  name,
  email: z.optional(z.string().check(z.trim(), z.maxLength(320, 'an email address is at most 320 characters'))),
  /** A level id or a level name of the chosen ladder. */
  level: z.string().check(z.trim(), z.minLength(1, 'a level is required')),
  targetLevel: z.optional(z.string().check(z.trim())),
});
export type TeamMemberInput = z.infer<typeof teamMemberInputSchema>;

export const setupInputSchema = z.object({
  ladderId: z.string().check(z.trim(), z.minLength(1, 'choose a ladder')),
  cycle: z.string().check(z.trim(), z.minLength(1, 'name the review cycle (for example "H2 2026")'), z.maxLength(200, 'a cycle name is at most 200 characters')),
  team: z.array(teamMemberInputSchema).check(z.minLength(1, 'the team is empty: add at least one PM'), z.maxLength(500, 'a team of more than 500 PMs is not supported')),
});
export type SetupInput = z.infer<typeof setupInputSchema>;

export const setupResultSchema = z.object({
  sheets: z.array(z.string()),
  people: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type SetupResult = z.infer<typeof setupResultSchema>;

export const teamMemberSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  /** Level id of the workbook's ladder. */
  level: z.string(),
  /** Level id, or '' when none is set. */
  targetLevel: z.string(),
});
export type TeamMember = z.infer<typeof teamMemberSchema>;

export const personIdSchema = z.string().check(z.trim(), z.minLength(1, 'choose a person'));

export const sourceRatingsSchema = z.object({
  self: z.nullable(ratingSchema),
  peer: z.nullable(ratingSchema),
  manager: z.nullable(ratingSchema),
});
export type SourceRatings = z.infer<typeof sourceRatingsSchema>;

export const ratingFormItemSchema = z.object({
  subskillId: z.string(),
  /** Skill area name. */
  area: z.string(),
  areaId: z.string(),
  name: z.string(),
  description: z.string(),
  /** Everything expected at the PM's level (on a cumulative ladder, every level up to it). */
  current: z.string(),
  /** What the next level adds or expects; '' at the top of the ladder. */
  next: z.string(),
  ratings: sourceRatingsSchema,
  evidence: z.string(),
});
export type RatingFormItem = z.infer<typeof ratingFormItemSchema>;

export const ratingFormSchema = z.object({
  person: z.extend(teamMemberSchema, { levelName: z.string(), nextLevelName: z.nullable(z.string()) }),
  ladder: z.object({ id: z.string(), title: z.string() }),
  cycle: z.string(),
  scale: z.array(z.string()),
  /** Opaque token of the ratings as read; saveRatings refuses a stale one. */
  version: z.string(),
  items: z.array(ratingFormItemSchema),
});
export type RatingForm = z.infer<typeof ratingFormSchema>;

export const ratingChangeSchema = z.object({
  subskillId: z.string().check(z.trim(), z.minLength(1, 'a sub-skill id is required')),
  source: ratingSourceSchema,
  rating: z.nullable(ratingSchema),
  evidence: z.optional(text('evidence')),
});
export type RatingChange = z.infer<typeof ratingChangeSchema>;

export const saveRatingsInputSchema = z.object({
  personId: personIdSchema,
  version: z.optional(z.string()),
  ratings: z.array(ratingChangeSchema).check(z.maxLength(2000, 'at most 2000 ratings in one save')),
});
export type SaveRatingsInput = z.infer<typeof saveRatingsInputSchema>;

export const saveRatingsResultSchema = z.object({ saved: z.number(), version: z.string() });
export type SaveRatingsResult = z.infer<typeof saveRatingsResultSchema>;

export const ratingProblemSchema = z.object({
  sheet: z.string(),
  /** A1 address within the sheet, e.g. "G12". */
  cell: z.string(),
  value: z.string(),
  message: z.string(),
});
export type RatingProblem = z.infer<typeof ratingProblemSchema>;

export const validationReportSchema = z.object({ ok: z.boolean(), problems: z.array(ratingProblemSchema) });
export type ValidationReport = z.infer<typeof validationReportSchema>;

export const calibrationPersonSchema = z.object({
  id: z.string(),
  name: z.string(),
  level: z.string(),
  /** Area id -> rating, or null when incomplete. */
  areas: z.record(z.string(), z.nullable(ratingSchema)),
  /** The overall rating in force: the manager's override when given, else the computed one. */
  overall: z.nullable(ratingSchema),
  computedOverall: z.nullable(ratingSchema),
  override: z.nullable(ratingSchema),
  overrideReason: z.string(),
  nineBox: z.nullable(z.string()),
  flags: z.array(z.string()),
});
export type CalibrationPerson = z.infer<typeof calibrationPersonSchema>;

export const calibrationResultSchema = z.object({ people: z.array(calibrationPersonSchema) });
export type CalibrationResult = z.infer<typeof calibrationResultSchema>;

export const docResultSchema = z.object({
  docId: z.string(),
  url: z.string(),
});
export type DocResult = z.infer<typeof docResultSchema>;

/** Turns a zod error into one sentence per problem, in words a manager can act on. */
export function describeInputError(error: { issues: ReadonlyArray<{ message: string; path: ReadonlyArray<PropertyKey> }> }, what: string): string {
  const lines = error.issues.map((issue) => {
    const where = issue.path.length > 0 ? ` (${issue.path.map((p) => (typeof p === 'number' ? `#${p + 1}` : String(p))).join(' ')})` : '';
    return `${issue.message}${where}`;
  });
  return `${what}: ${lines.join('; ')}`;
}

/** Parses a server input, throwing an Error a manager can read; nothing has been changed yet. */
export function parseInput<T>(schema: z.ZodMiniType<T>, input: unknown, what: string): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new Error(describeInputError(result.error, what));
  return result.data;
}
