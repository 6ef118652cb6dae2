import type { DialogPlan } from '../dialogPlan';
import type { LadderSheetProblem } from './sheetProblems';

export type { DialogPlan };

/** What src/ui/templates/LadderProblems.html prints. */
export interface LadderProblemsData {
  sheetName: string;
  /** "1 problem", "3 problems". */
  count: string;
  problems: LadderSheetProblem[];
  /** How many of the problems' cells are highlighted on the sheet (the first ones). */
  highlighted: number;
}

/** What src/ui/templates/LadderJson.html prints. */
export interface LadderJsonData {
  title: string;
  fileName: string;
  json: string;
}

/** Every problem of a ladder sheet, cell by cell; the first `highlighted` cells are highlighted on the sheet too. */
export function ladderProblemsDialog(
  sheetName: string,
  problems: LadderSheetProblem[],
  highlighted: number,
): DialogPlan<LadderProblemsData> {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return {
    title: `Ladder sheet: ${count}`,
    template: 'LadderProblems',
    data: { sheetName, count, problems, highlighted },
    width: 640,
    height: Math.min(560, 140 + problems.length * 44),
  };
}

/** The ladder as a ladder file, in a box to copy from (`ladders/*.json` format). */
export function ladderJsonDialog(title: string, fileName: string, json: string): DialogPlan<LadderJsonData> {
  return { title: 'Ladder as JSON', template: 'LadderJson', data: { title, fileName, json }, width: 720, height: 480 };
}
