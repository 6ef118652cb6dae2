/**
 * The version of the workbook's layout: what the add-on's sheets look like beyond their values
 * (number formats, dropdowns, colours, the Calibration sheet's chart range). Refresh decides
 * that a sheet needs no write from its values alone, which cannot see a new dropdown choice or
 * colour; so the workbook settings record the layout its sheets were written with, and a
 * refresh of a workbook with an older one rewrites every sheet in full once, then records this one.
 *
 * Raise it with every change of the rating scale (src/core/ratingScale.ts), of the PM sheets'
 * columns (ratingColumns.ts) or of a sheet's formats: test/core/workbook/layoutVersion.test.ts
 * fails until it is raised (docs/CHANGING.md).
 *
 * - 1: every workbook set up before the version was recorded (settings without `layoutVersion`).
 * - 2: the version is recorded, in the settings and in the Calibration sheet's hidden A1.
 * - 3: PM sheets put Self, Peer, Manager and Evidence right after the sub-skill, the PM's level
 *   and the next first among the level columns, rating cells coloured by rating (conditional
 *   formatting), rating columns as wide as the longest rating; titles wrap in their frozen cell.
 *   The Calibration sheet points to the overall rule in C3 (the rule in its note), and has Discuss and Meeting notes columns.
 * - 4: the Calibration sheet shows the trend (Since last cycle, Past cycles), wrapped, with the
 *   view columns' sentences wrapped too; the PM sheets' rating dropdowns offer Not applicable.
 */
export const LAYOUT_VERSION = 4;

/** What a workbook or sheet that records no version was written with. */
export const UNRECORDED_LAYOUT_VERSION = 1;

/** The layout recorded in the settings read (null: none read). */
export function storedLayoutVersion(settings: { layoutVersion?: number | undefined } | null): number {
  return settings?.layoutVersion ?? UNRECORDED_LAYOUT_VERSION;
}

/** Whether sheets written with `stored` must be rewritten in full (formats, dropdowns, colours, chart ranges). */
export function isOlderLayout(stored: number): boolean {
  return stored < LAYOUT_VERSION;
}
