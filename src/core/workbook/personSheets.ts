import { sheetNameKey } from './sheetNames';
import type { CheckedTeam } from './teamSheetRead';
import type { KnownPerson } from './workbookRefresh';

/**
 * Who the workbook already knows, and which PM sheet is each person's: the rules set-up and
 * refresh apply to what they read before planning anything.
 */

/** A PM sheet found in the spreadsheet: the person its A1 marker names, and the tab. */
export interface FoundRatingSheet {
  personId: string;
  sheetName: string;
}

/**
 * One sheet per person. A sheet the Team sheet names wins over another carrying the same
 * person's marker (a copy someone made with Duplicate); between two sheets equally named or
 * unnamed, the first in tab order stays. Names compare ignoring case, as Sheets compares them.
 */
export function sheetPerPerson<S extends FoundRatingSheet>(sheets: readonly S[], namedOnTeamSheet: ReadonlySet<string>): Map<string, S> {
  // Sheets compares sheet names ignoring case, so the Team sheet does too.
  const named = new Set([...namedOnTeamSheet].map(sheetNameKey));
  const isNamed = (sheet: S) => named.has(sheetNameKey(sheet.sheetName));
  const chosen = new Map<string, S>();
  for (const sheet of sheets) {
    const current = chosen.get(sheet.personId);
    if (!current || (!isNamed(current) && isNamed(sheet))) chosen.set(sheet.personId, sheet);
  }
  return chosen;
}

/**
 * Everyone the workbook knows: each Team sheet person with an id (those under "Former team
 * members" archived), then each PM sheet no Team row claims. Such a sheet's row was deleted:
 * the PM left the team, so they are known as active here and the plan archives them (the
 * refresh summary names them), keeping their ratings.
 */
export function knownPeople(checked: CheckedTeam | null, sheets: Iterable<FoundRatingSheet & { personName: string }>): KnownPerson[] {
  const known: KnownPerson[] = [
    ...(checked?.active ?? []).filter((e) => e.id).map((e) => ({ ...e, archived: false })),
    ...(checked?.archived ?? []).filter((e) => e.id).map((e) => ({ ...e, archived: true })),
  ];
  const ids = new Set(known.map((k) => k.id));
  for (const sheet of sheets) {
    if (ids.has(sheet.personId)) continue;
    ids.add(sheet.personId);
    known.push({
      id: sheet.personId,
      name: sheet.personName,
      email: '',
      level: '',
      targetLevel: '',
      growthPlanUrl: '',
      careerPlanUrl: '',
      growthPlanLabel: '',
      careerPlanLabel: '',
      sheetName: sheet.sheetName,
      archived: false,
    });
  }
  return known;
}
