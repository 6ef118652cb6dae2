import {
  historyResultSchema,
  parseInput,
  personIdSchema,
  startNextCycleInputSchema,
  startNextCycleResultSchema,
  type HistoryResult,
  type StartNextCycleResult,
} from '../core/api';
import { personHistory } from '../core/cycles/history';
import { messageOf, unknownPerson } from '../core/messages';
import { readHistorySheet } from '../gas/cycleHistory';
import { startCycle } from '../gas/cycleStart';
import { findTeam } from '../gas/workbookReader';

/**
 * startNextCycle: keeps the finished cycle in the History sheet, then empties the ratings,
 * evidence (unless `carryEvidence`) and overrides for the new one. The Team sheet, the ladder
 * and the doc templates stay. A label already used, or an empty one, is refused and changes nothing.
 */
export function startNextCycle(input: unknown): StartNextCycleResult {
  const request = parseInput(startNextCycleInputSchema, input, 'The next cycle cannot be started');
  return startNextCycleResultSchema.parse(startCycle(request.cycle, request.carryEvidence ?? false));
}

/** getHistory: a PM's finished cycles, newest first, from one read of the History sheet (3 calls; 2 more for an unknown id). */
export function getHistory(input: unknown): HistoryResult {
  const personId = parseInput(personIdSchema, input, 'The history cannot be read');
  const cycles = personHistory(readHistorySheet().sheet.rows, personId);
  if (cycles.length === 0 && !findTeam()?.content.rows.some((r) => r.id === personId)) {
    throw unknownPerson(personId, 'nothing to show.');
  }
  return historyResultSchema.parse({ personId, cycles });
}

/** Menu "Start next cycle…": asks for the new label, confirms, starts it, and says what happened. */
export function startNextCycleFromMenu(): void {
  const ui = SpreadsheetApp.getUi();
  const title = 'Start next cycle';
  const asked = ui.prompt(
    title,
    'Name the new review cycle (for example "H2 2026"). The current cycle’s ratings, evidence and overrides go into the History sheet, then are emptied.',
    ui.ButtonSet.OK_CANCEL,
  );
  if (asked.getSelectedButton() !== ui.Button.OK) return;
  const cycle = asked.getResponseText().trim();
  const sure = ui.alert(
    title,
    `Start “${cycle}”? Every rating, piece of evidence and override is emptied (kept in the History sheet). The Team sheet and the ladder stay.`,
    ui.ButtonSet.OK_CANCEL,
  );
  if (sure !== ui.Button.OK) return;
  try {
    const result = startNextCycle({ cycle });
    ui.alert(
      title,
      `“${result.previousCycle}” is kept in the History sheet (${result.archivedPeople} PMs). “${result.cycle}” has begun: its ratings are empty.`,
      ui.ButtonSet.OK,
    );
  } catch (e) {
    ui.alert(title, `${messageOf(e)}\n\nNothing was changed.`, ui.ButtonSet.OK);
  }
}
