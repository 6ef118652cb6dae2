import * as z from 'zod/mini';
import { ratingChoiceSchema, ratingSchema, ratingSourceSchema } from './ratingScale';
import { CELL_TEXT_LIMIT } from './ladder/rules';
import { ladderSummarySchema } from './ladder/summary';
import { setupPreviewSchema } from './workbook/setupPreview';
import { invalidInput } from './messages';
import { CALIBRATION_SOURCES } from './calibration/calibrationSources';

/**
 * The server API of docs/ARCHITECTURE.md, Server API, as zod schemas: the one definition shared by the
 * server (which parses every input) and the sidebar's typed bridge. Names and shapes are a
 * contract with outside callers: add fields, never rename or remove.
 * Only JSON-safe values cross google.script.run, so dates travel as ISO strings.
 */

const text = (what: string) =>
  z.string().check(z.maxLength(CELL_TEXT_LIMIT, `${what} is longer than the ${CELL_TEXT_LIMIT} characters a cell can hold`));
const name = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'a name must not be blank'),
    z.maxLength(CELL_TEXT_LIMIT, `a name is longer than the ${CELL_TEXT_LIMIT} characters a cell can hold`),
  );

// listLadders() -> LadderSummary[]: see ladder/summary.ts

export const teamMemberInputSchema = z.object({
  name,
  email: z.optional(z.string().check(z.trim(), z.maxLength(320, 'an email address is at most 320 characters'))),
  /** A level id or a level name of the chosen ladder. */
  level: z.string().check(z.trim(), z.minLength(1, 'a level is required')),
  targetLevel: z.optional(z.string().check(z.trim())),
});
export type TeamMemberInput = z.infer<typeof teamMemberInputSchema>;

/** A review cycle's label: trimmed, not empty (`whenEmpty` says what to do), at most 200 characters. */
function cycleLabel(whenEmpty: string) {
  return z.string().check(z.trim(), z.minLength(1, whenEmpty), z.maxLength(200, 'a cycle name is at most 200 characters'));
}

export const setupInputSchema = z.object({
  /** Say what the set-up would change, writing nothing. */
  preview: z.optional(z.boolean()),
  /** Go ahead even though ratings move to Archived ratings (refused with CONFIRM_ARCHIVE otherwise). */
  confirmArchive: z.optional(z.boolean()),
  ladderId: z.string().check(z.trim(), z.minLength(1, 'choose a ladder')),
  cycle: cycleLabel('name the review cycle (for example "H2 2026")'),
  team: z
    .array(teamMemberInputSchema)
    .check(z.minLength(1, 'the team is empty: add at least one PM'), z.maxLength(500, 'a team of more than 500 PMs is not supported')),
});
export type SetupInput = z.infer<typeof setupInputSchema>;

export const setupResultSchema = z.object({
  sheets: z.array(z.string()),
  people: z.array(z.object({ id: z.string(), name: z.string() })),
  /** false: the call's time ran out first; call again with the same input to go on. */
  done: z.boolean(),
  /** PM sheets written so far, of all of them. */
  progress: z.object({ done: z.number(), total: z.number() }),
  /** What the set-up changed, in words (what it will change, for a preview). */
  summary: z.string(),
  /** With `preview: true`: what it would change, nothing written; null otherwise. */
  preview: z.nullable(setupPreviewSchema),
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

/** A rating of the scale, "Not applicable", or null when blank. */
export const sourceRatingsSchema = z.object({
  self: z.nullable(ratingChoiceSchema),
  peer: z.nullable(ratingChoiceSchema),
  manager: z.nullable(ratingChoiceSchema),
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
  /**
   * Rating cells whose content is not a rating (a typed or pasted "great", a formula): shown with
   * their cell, so the sidebar does not pass them off as "Not rated". They do not count anywhere.
   */
  unreadable: z.array(z.object({ source: ratingSourceSchema, cell: z.string(), value: z.string(), message: z.string() })),
  /** The manager's rating in the last finished cycle (History sheet); null when none was given or in the first cycle. */
  lastManager: z.nullable(ratingChoiceSchema),
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
  /** The last finished cycle's label; null in the workbook's first cycle. */
  lastCycle: z.nullable(z.string()),
  /** Set while the cycle is closed: saves are refused until it is reopened. */
  closed: z.nullable(z.object({ at: z.string(), by: z.string() })),
});
export type RatingForm = z.infer<typeof ratingFormSchema>;

export const ratingChangeSchema = z.object({
  subskillId: z.string().check(z.trim(), z.minLength(1, 'a sub-skill id is required')),
  source: ratingSourceSchema,
  /** A rating of the scale, "Not applicable", or null to empty the cell. */
  rating: z.nullable(ratingChoiceSchema),
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
  /** The level's name as the ladder writes it (e.g. "Senior PM"). */
  levelName: z.string(),
  /** 9-box axis scores, null when an area of the axis is incomplete. */
  results: z.nullable(z.enum(['low', 'medium', 'high'])),
  behaviours: z.nullable(z.enum(['low', 'medium', 'high'])),
  /** Mean gap in scale steps over the sub-skills rated by both (other − manager); null when none. */
  gaps: z.object({ selfVsManager: z.nullable(z.number()), peerVsManager: z.nullable(z.number()) }),
  /** Sub-skills at the next level's bar (manager rating Exceeds or above); level and indicator null at the top level. */
  readiness: z.object({
    level: z.nullable(z.string()),
    indicator: z.nullable(z.enum(['Ready', 'Close', 'Not yet'])),
    metBySubskills: z.number(),
    ofSubskills: z.number(),
    /** The same count area by area, in ladder order. */
    byArea: z.array(z.object({ areaId: z.string(), met: z.number(), of: z.number() })),
  }),
  /** The Calibration sheet's "Meeting notes" cell, kept across refresh. */
  notes: z.string(),
  /** The Calibration sheet's "Discuss" mark, kept across refresh. */
  discuss: z.boolean(),
  /**
   * Past cycles from the History sheet: the overall rating of up to three, newest first, and this
   * cycle's overall against the last one's (null when either is missing). `firstCycle` when the
   * workbook has finished none.
   */
  trend: z.object({
    firstCycle: z.boolean(),
    lastCycle: z.nullable(z.string()),
    change: z.nullable(z.enum(['up', 'same', 'down'])),
    past: z.array(z.object({ cycle: z.string(), overall: z.nullable(ratingSchema) })),
  }),
});
export type CalibrationPerson = z.infer<typeof calibrationPersonSchema>;

export const startNextCycleInputSchema = z.object({
  cycle: cycleLabel('name the new review cycle (for example "H2 2026")'),
  /** Keep last cycle's evidence as a starting note (ratings are emptied either way). */
  carryEvidence: z.optional(z.boolean()),
});
export type StartNextCycleInput = z.infer<typeof startNextCycleInputSchema>;

/** exportCalibrationData(): the sheet written and how many data rows it holds (the header not counted). */
export const calibrationExportResultSchema = z.object({ sheet: z.string(), rows: z.number() });
export type CalibrationExportResult = z.infer<typeof calibrationExportResultSchema>;

export const startNextCycleResultSchema = z.object({
  cycle: z.string(),
  previousCycle: z.string(),
  /** PMs whose finished cycle went into the History sheet. */
  archivedPeople: z.number(),
});
export type StartNextCycleResult = z.infer<typeof startNextCycleResultSchema>;

export const historyResultSchema = z.object({
  personId: z.string(),
  /** Finished cycles, newest first; the current cycle is not among them. */
  cycles: z.array(
    z.object({
      cycle: z.string(),
      level: z.string(),
      overall: z.nullable(ratingSchema),
      nineBox: z.nullable(z.string()),
      areas: z.record(z.string(), z.nullable(ratingSchema)),
      ratings: z.array(
        z.object({
          subskillId: z.string(),
          self: z.nullable(ratingChoiceSchema),
          peer: z.nullable(ratingChoiceSchema),
          manager: z.nullable(ratingChoiceSchema),
          evidence: z.string(),
        }),
      ),
    }),
  ),
});
export type HistoryResult = z.infer<typeof historyResultSchema>;

/** closeCycle({ note? }): the note goes into the change log with the close. */
export const closeCycleInputSchema = z.optional(z.object({ note: z.optional(z.string().check(z.maxLength(2000))) }));
export const closeCycleResultSchema = z.object({ cycle: z.string(), closedAt: z.string() });
export type CloseCycleResult = z.infer<typeof closeCycleResultSchema>;

/** reopenCycle({ reason }): the reason is required (it goes into the change log). */
export const reopenCycleInputSchema = z.object({
  reason: z.string().check(
    z.refine((r) => r.trim() !== '', 'give the reason for reopening (it goes into the change log)'),
    z.maxLength(2000),
  ),
});
export const reopenCycleResultSchema = z.object({ cycle: z.string() });
export type ReopenCycleResult = z.infer<typeof reopenCycleResultSchema>;

/** setCalibrationSources: which ratings the roll-up counts (a workbook setting). */
export const calibrationSourcesSchema = z.object({ sources: z.enum(CALIBRATION_SOURCES) });
export type CalibrationSourcesSetting = z.infer<typeof calibrationSourcesSchema>;

export const calibrationResultSchema = z.object({
  people: z.array(calibrationPersonSchema),
  /** The team's overall ratings in force, counted per rating (lowest first), and those without one. */
  distribution: z.object({
    rows: z.array(z.object({ rating: ratingSchema, count: z.number() })),
    incomplete: z.number(),
    total: z.number(),
  }),
});
export type CalibrationResult = z.infer<typeof calibrationResultSchema>;

export const docResultSchema = z.object({
  docId: z.string(),
  url: z.string(),
  /**
   * `created`: a new doc; `exists`: a doc for the same PM and cycle exists and nothing was made
   * (docId/url are that doc's; ask the manager, then call again with `ifExists`); `opened`: the
   * existing doc, as asked with `ifExists: 'open'`.
   */
  status: z.enum(['created', 'exists', 'opened']),
  /** The doc's name, e.g. "Growth Plan — Ana — H2 2026 (v2)". */
  name: z.string(),
  version: z.number(),
  /** For an existing doc: someone changed it after the add-on wrote it (or that is unknown). */
  edited: z.boolean(),
  /**
   * False when the workbook records the doc but this user cannot open it: another editor of the
   * workbook made it and has not shared it with them (or it was deleted). `url` is the link the
   * workbook holds: opening it lets them ask for access.
   */
  reachable: z.boolean(),
  /** One sentence for the manager: what happened, or what to decide. */
  message: z.string(),
});
export type DocResult = z.infer<typeof docResultSchema>;

/**
 * The second argument of createGrowthPlan (third of createCareerPlan). Without `ifExists` a run
 * for a PM and cycle that already has a doc creates nothing and answers `status: 'exists'`;
 * `open` answers the existing doc; `newVersion` makes "(v2)", "(v3)", … and never touches the
 * existing one. No option writes into an existing doc.
 */
export const docCreateOptionsSchema = z.object({
  ifExists: z.optional(z.enum(['ask', 'open', 'newVersion'])),
  /** createGrowthPlan only: make the plan even for a PM with no manager rating (refused with NOT_RATED otherwise). */
  blank: z.optional(z.boolean()),
  /** createCareerPlan only: the target level, when not given as the second argument. */
  targetLevel: z.optional(z.nullable(z.string().check(z.trim(), z.maxLength(300, 'a target level is at most 300 characters')))),
});
export type DocCreateOptions = z.infer<typeof docCreateOptionsSchema>;

export const targetLevelSchema = z.nullable(z.string().check(z.trim(), z.maxLength(300, 'a target level is at most 300 characters')));

export const docKindSchema = z.enum(['growth-plan', 'career-plan'], 'the kind of doc is "growth-plan" or "career-plan"');

/** setDocTemplate: a Google Doc (its URL or id) as the template of one kind; "" or "default" for the built-in one. */
export const docTemplateInputSchema = z.object({
  kind: docKindSchema,
  urlOrId: z.string().check(z.trim(), z.maxLength(2000, 'a doc link is at most 2000 characters')),
});
export type DocTemplateInput = z.infer<typeof docTemplateInputSchema>;

export const docTemplateInfoSchema = z.object({
  kind: docKindSchema,
  /** "Growth Plan" or "Career Plan". */
  title: z.string(),
  source: z.enum(['built-in', 'custom']),
  /** The template's doc (the built-in one is written into a doc the first time templates are listed). */
  docId: z.nullable(z.string()),
  url: z.nullable(z.string()),
  /** The built-in template's doc was edited: it is the template now. */
  edited: z.boolean(),
  /** False when the workbook names a template doc this user cannot open (another editor's, not shared with them). */
  reachable: z.boolean(),
  /** Every placeholder a template of this kind may use. */
  placeholders: z.array(z.string()),
});
export type DocTemplateInfo = z.infer<typeof docTemplateInfoSchema>;

/** getSidebarContext(): what the rating sidebar needs when it opens. */
export const sidebarContextSchema = z.object({
  people: z.array(teamMemberSchema),
  /** The PM whose rating sheet is active, so the sidebar opens on them; null otherwise. */
  activePersonId: z.nullable(z.string()),
  /** Features whose server functions this build exports (their buttons show only then). */
  features: z.object({ growthPlan: z.boolean() }),
});
export type SidebarContext = z.infer<typeof sidebarContextSchema>;

/** getSetupContext(): what the set-up dialog needs: the ladders, and the workbook's current set-up if any. */
export const setupContextSchema = z.object({
  ladders: z.array(ladderSummarySchema),
  /** The workbook's ladder and cycle; null before the first set-up. */
  current: z.nullable(z.object({ ladderId: z.string(), cycle: z.string() })),
  team: z.array(teamMemberSchema),
});
export type SetupContext = z.infer<typeof setupContextSchema>;

/** Bring your own ladder: a ladder id to export (a built-in ladder or one stored from a ladder sheet). */
export const ladderIdInputSchema = z
  .string()
  .check(z.trim(), z.minLength(1, 'choose a ladder'), z.maxLength(200, 'a ladder id is at most 200 characters'));

/** A problem of a ladder sheet, at its cell ("C7"). */
export const ladderSheetProblemSchema = z.object({ cell: z.string(), message: z.string() });
export type LadderSheetProblemReply = z.infer<typeof ladderSheetProblemSchema>;

/** useSheetLadder(): the ladder stored from the active sheet, or every problem of the sheet. */
export const useSheetLadderResultSchema = z.union([
  z.object({
    ok: z.literal(true),
    sheet: z.string(),
    ladder: ladderSummarySchema,
    /** True when a ladder with this id was stored before and is now replaced. */
    replaced: z.boolean(),
    /** Ids made from names and written into the sheet. */
    idsFilled: z.number(),
  }),
  z.object({ ok: z.literal(false), sheet: z.string(), problems: z.array(ladderSheetProblemSchema) }),
]);
export type UseSheetLadderResult = z.infer<typeof useSheetLadderResultSchema>;

/** newLadderSheet() and exportLadderSheet(ladderId): the sheet written (and made active). */
export const ladderSheetWrittenSchema = z.object({ sheet: z.string(), ladderId: z.nullable(z.string()) });
export type LadderSheetWritten = z.infer<typeof ladderSheetWrittenSchema>;

/** exportLadderJson(ladderId): the ladder as a ladder file, also shown in a dialog to copy. */
export const ladderJsonExportSchema = z.object({ ladderId: z.string(), fileName: z.string(), json: z.string() });
export type LadderJsonExport = z.infer<typeof ladderJsonExportSchema>;

/**
 * Names an item of an input list in an error ("sub-skill “Customer focus”") from the item itself;
 * null keeps its place in the list ("team #3", which the set-up dialog reads to find the row).
 */
export type InputItemLabel = (item: unknown) => string | null;

/** Turns a zod error into one sentence per problem, in words a manager can act on. */
export function describeInputError(
  error: { issues: ReadonlyArray<{ message: string; path: ReadonlyArray<PropertyKey> }> },
  what: string,
  input?: unknown,
  itemLabel?: InputItemLabel,
): string {
  const lines = error.issues.map((issue) => {
    const where = issue.path.length > 0 ? ` (${describePath(issue.path, input, itemLabel)})` : '';
    return `${issue.message}${where}`;
  });
  return `${what}: ${lines.join('; ')}.`;
}

function describePath(path: ReadonlyArray<PropertyKey>, input: unknown, itemLabel: InputItemLabel | undefined): string {
  const words: string[] = [];
  let at: unknown = input;
  for (const key of path) {
    at = at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key !== 'number') words.push(String(key));
    else {
      const label = itemLabel?.(at) ?? null;
      // A named item replaces the list's name: "ratings #3" becomes "sub-skill “Customer focus”".
      if (label !== null) words.splice(words.length - 1, 1, `${label},`);
      else words.push(`#${key + 1}`);
    }
  }
  return words.join(' ');
}

/**
 * zod/mini ships no message texts (its default for every issue is "Invalid input"), so server
 * inputs are parsed with this map: what was wrong, in words a manager can act on. Messages a
 * schema sets itself (e.g. "a name must not be blank") win.
 */
export const readableIssue: z.core.$ZodErrorMap = (issue) => {
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

/** Parses a server input, refusing it (INVALID_INPUT) in words a manager can read; nothing has been changed yet. */
export function parseInput<T>(schema: z.ZodMiniType<T>, input: unknown, what: string, itemLabel?: () => InputItemLabel): T {
  const result = schema.safeParse(input, { error: readableIssue });
  // The labeller is made only for a refused input: it may cost calls (a ladder's sub-skill names).
  if (!result.success) throw invalidInput(describeInputError(result.error, what, input, itemLabel?.()));
  return result.data;
}

// ---- self and peer reviews (README, "Self and peer reviews") ----------------------------------

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export const reviewerSchema = z.object({
  name,
  email: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'a reviewer needs an email address: the review file is shared with it'),
      z.regex(EMAIL, 'is not an email address'),
      z.maxLength(320, 'an email address is at most 320 characters'),
    ),
});
export type Reviewer = z.infer<typeof reviewerSchema>;

export const requestReviewsInputSchema = z.object({
  personId: personIdSchema,
  kind: z.enum(['self', 'peer']),
  /** Required for peer reviews; a self review goes to the PM's own email on the Team sheet. */
  reviewers: z.optional(z.array(reviewerSchema).check(z.maxLength(20, 'at most 20 reviewers at a time'))),
  /** Added to Google's sharing email. */
  message: z.optional(z.string().check(z.trim(), z.maxLength(2000, 'a message is at most 2000 characters'))),
  /** YYYY-MM-DD: said in the file and in the email. */
  dueDate: z.optional(z.string().check(z.trim(), z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a due date is written YYYY-MM-DD'))),
});
export type RequestReviewsInput = z.infer<typeof requestReviewsInputSchema>;

export const reviewStatusSchema = z.enum(['sent', 'returned', 'imported', 'problems']);

export const requestReviewsResultSchema = z.object({
  requests: z.array(
    z.object({
      requestId: z.string(),
      reviewer: z.string(),
      email: z.string(),
      fileId: z.string(),
      url: z.string(),
      status: reviewStatusSchema,
    }),
  ),
});
export type RequestReviewsResult = z.infer<typeof requestReviewsResultSchema>;

/** getReviewDetails(personId): each collected review's ratings and evidence of one PM, attributed (the Review details sheet). */
export const reviewDetailsSchema = z.object({
  personId: z.string(),
  reviews: z.array(
    z.object({
      requestId: z.string(),
      kind: z.enum(['self', 'peer']),
      reviewer: z.string(),
      subskillId: z.string(),
      rating: z.string(),
      evidence: z.string(),
      importedAt: z.string(),
    }),
  ),
});
export type ReviewDetails = z.infer<typeof reviewDetailsSchema>;

export const reviewRequestListSchema = z.object({
  requests: z.array(
    z.object({
      requestId: z.string(),
      personId: z.string(),
      kind: z.enum(['self', 'peer']),
      reviewer: z.string(),
      email: z.string(),
      url: z.string(),
      status: reviewStatusSchema,
      /** ISO times; importedAt '' until imported. */
      requestedAt: z.string(),
      importedAt: z.string(),
    }),
  ),
});
export type ReviewRequestList = z.infer<typeof reviewRequestListSchema>;

export const collectReviewsResultSchema = z.object({
  imported: z.array(
    z.object({
      requestId: z.string(),
      personId: z.string(),
      kind: z.enum(['self', 'peer']),
      ratings: z.array(z.object({ subskillId: z.string(), rating: z.nullable(ratingChoiceSchema), evidence: z.string() })),
    }),
  ),
  pending: z.array(z.string()),
  /** `file`: the review file's link; `cell`: A1 on the review file, or on the PM sheet (with its name) for a conflict; '' when none. */
  problems: z.array(z.object({ requestId: z.string(), file: z.string(), cell: z.string(), value: z.string(), message: z.string() })),
});
export type CollectReviewsResult = z.infer<typeof collectReviewsResultSchema>;
