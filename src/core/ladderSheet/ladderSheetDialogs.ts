import type { DialogPlan } from '../dialogPlan';
import type { LadderSummary } from '../ladder/summary';
import type { LadderSheetProblem } from './sheetProblems';

export type { DialogPlan };

/** The template of the three dialogs below (src/ui/templates/LadderDialog.html). */
const TEMPLATE = 'LadderDialog';

/** Every problem of a ladder sheet, cell by cell; the first `highlighted` cells are highlighted on the sheet too. */
export function ladderProblemsDialog(sheetName: string, problems: LadderSheetProblem[], highlighted: number): DialogPlan {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return {
    title: `Ladder sheet: ${count}`,
    template: TEMPLATE,
    data: { kind: 'problems', sheetName, count, problems, highlighted },
    width: 640,
    height: Math.min(560, 140 + problems.length * 44),
  };
}

/** The ladder as a ladder file, in a box to copy from (`ladders/*.json` format). */
export function ladderJsonDialog(title: string, fileName: string, json: string): DialogPlan {
  return { title: 'Ladder as JSON', template: TEMPLATE, data: { kind: 'json', title, fileName, json }, width: 720, height: 480 };
}

/** "Export a ladder": pick any ladder, built-in or the team's own, and get it as a sheet or as JSON. */
export function ladderExportDialog(ladders: LadderSummary[]): DialogPlan {
  return { title: 'Export a ladder', template: TEMPLATE, data: { kind: 'export', ladders }, width: 460, height: 220 };
}
