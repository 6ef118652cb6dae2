/**
 * The add-on menu as data. Each item names a top-level server function; an item is listed
 * only once the feature behind it exists (no item pretends to work).
 */
export interface MenuItem {
  caption: string;
  functionName: string;
}

export type MenuEntry = MenuItem | 'separator';

export function addonMenu(): MenuEntry[] {
  return [
    { caption: 'Rate a PM…', functionName: 'showSidebar' },
    { caption: 'Set up or refresh the workbook…', functionName: 'showSetupDialog' },
    { caption: 'Refresh workbook', functionName: 'refreshWorkbook' },
    { caption: 'Validate ratings', functionName: 'showRatingProblems' },
    { caption: 'Refresh calibration', functionName: 'refreshCalibrationFromMenu' },
    { caption: 'Counted ratings…', functionName: 'calibrationSourcesFromMenu' },
    { caption: 'Close cycle…', functionName: 'closeCycleFromMenu' },
    { caption: 'Reopen cycle…', functionName: 'reopenCycleFromMenu' },
    { caption: 'Start next cycle…', functionName: 'startNextCycleFromMenu' },
    { caption: 'Export calibration data', functionName: 'exportCalibrationDataFromMenu' },
    { caption: 'Request self review for selected PM', functionName: 'requestSelfReviewFromMenu' },
    { caption: 'Collect reviews', functionName: 'collectReviewsFromMenu' },
    'separator',
    { caption: 'Create growth plan for selected PM', functionName: 'menuCreateGrowthPlan' },
    { caption: 'Create career plan for selected PM', functionName: 'menuCreateCareerPlan' },
    { caption: 'Doc templates…', functionName: 'menuDocTemplates' },
    'separator',
    { caption: 'New ladder from template', functionName: 'newLadderSheet' },
    { caption: "Use this sheet's ladder", functionName: 'useSheetLadder' },
    { caption: 'Export a ladder…', functionName: 'showLadderExport' },
  ];
}
