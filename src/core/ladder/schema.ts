import * as z from 'zod/mini';

/**
 * The one definition of a ladder file (`ladders/*.json`, docs/ARCHITECTURE.md, Ladder files).
 * Shape only: what zod cannot express (ids unique, every level present, ...) is in
 * `rules.ts`, so that a file is checked by `parseLadder`, never by this schema alone.
 * zod/mini: the classic zod API costs ~450 KB in the Apps Script bundle, mini ~25 KB.
 */

/** Stable ids: ratings, named ranges and docs refer to sub-skills by id, never by row. */
export const slugSchema = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lower-case letters, digits and single hyphens'));

const nonBlank = z.string().check(z.trim(), z.minLength(1, 'must not be blank'));

export const levelSchema = z.strictObject({
  id: slugSchema,
  /** Short name as the ladder uses it in its columns, e.g. "Senior PM" or "PM3". */
  name: nonBlank,
  /** Job title where the source gives one beside the short name (Webflow: "Senior Product Manager"). */
  title: z.optional(nonBlank),
  /** The source's own summary of the level, where it has one. */
  summary: z.optional(z.string()),
});

export const dimensionSchema = z.strictObject({
  id: slugSchema,
  name: nonBlank,
  description: z.optional(z.string()),
});

/** Expectation text per level id; '' is an empty cell in the source. */
export const levelTextsSchema = z.record(slugSchema, z.string());

/**
 * Without dimensions: `{ [levelId]: text }`.
 * With dimensions: `{ [dimensionId]: { [levelId]: text } }`, listing only the dimensions
 * the source gives that sub-skill (Intercom's "Ownership" has Scope and Impact only).
 */
export const expectationsSchema = z.union([levelTextsSchema, z.record(slugSchema, levelTextsSchema)]);

export const subskillSchema = z.strictObject({
  id: slugSchema,
  name: nonBlank,
  description: z.string(),
  expectations: expectationsSchema,
});

export const calibrationAxisSchema = z.enum(['results', 'behaviours']);

export const areaSchema = z.strictObject({
  id: slugSchema,
  name: nonBlank,
  description: z.string(),
  /** Which 9-box axis the area counts towards (docs/ARCHITECTURE.md, Rating rules). */
  axis: calibrationAxisSchema,
  subskills: z.array(subskillSchema).check(z.minLength(1, 'a skill area needs at least one sub-skill')),
});

export const ladderSchema = z.strictObject({
  id: slugSchema,
  title: nonBlank,
  organization: nonBlank,
  /** Which document the ladder was transcribed from (title, edition). */
  source: nonBlank,
  /** Every place the transcription had to repair or reconstruct the source text. */
  notes: z.array(z.string()),
  levels: z.array(levelSchema).check(z.minLength(1, 'a ladder needs at least one level')),
  /** True when each level is "in addition to" the one before: an empty cell means "nothing new". */
  cumulative: z.boolean(),
  dimensions: z.optional(z.array(dimensionSchema).check(z.minLength(1))),
  areas: z.array(areaSchema).check(z.minLength(1, 'a ladder needs at least one skill area')),
});

export type Slug = z.infer<typeof slugSchema>;
export type Level = z.infer<typeof levelSchema>;
export type Dimension = z.infer<typeof dimensionSchema>;
export type LevelTexts = z.infer<typeof levelTextsSchema>;
export type Expectations = z.infer<typeof expectationsSchema>;
export type Subskill = z.infer<typeof subskillSchema>;
export type CalibrationAxis = z.infer<typeof calibrationAxisSchema>;
export type Area = z.infer<typeof areaSchema>;
export type Ladder = z.infer<typeof ladderSchema>;
