/**
 * The public API of the add-on: every export here becomes a top-level function of
 * dist/Code.js (tools/build.ts writes the stubs), which is how Apps Script finds triggers,
 * menu callbacks and google.script.run targets. Keep each export thin: validate, call
 * core, call gas, return. Names and shapes follow docs/ARCHITECTURE.md, Server API.
 */
export { onOpen, onInstall } from './entry/menu';
export { listLadders } from './entry/ladders';
export { showSidebar, showSetupDialog } from './entry/ui';
export { setupCalibration, getTeam, validateRatings, refreshWorkbook, showRatingProblems } from './entry/workbook';
export { getRatingForm, saveRatings } from './entry/ratings';
export { getSidebarContext, getSetupContext } from './entry/sidebar';
export {
  createGrowthPlan,
  createCareerPlan,
  getDocTemplates,
  setDocTemplate,
  menuCreateGrowthPlan,
  menuCreateCareerPlan,
  menuDocTemplates,
} from './entry/docs';
export { refreshCalibration, refreshCalibrationFromMenu, setCalibrationSources, calibrationSourcesFromMenu } from './entry/calibration';
export { newLadderSheet, useSheetLadder, exportLadderSheet, exportLadderJson, showLadderExport } from './entry/ladderSheet';
export {
  startNextCycle,
  getHistory,
  startNextCycleFromMenu,
  exportCalibrationData,
  exportCalibrationDataFromMenu,
  closeCycle,
  reopenCycle,
  closeCycleFromMenu,
  reopenCycleFromMenu,
} from './entry/cycles';
export {
  requestReviews,
  listReviewRequests,
  collectReviews,
  collectReviewsFromMenu,
  requestSelfReviewFromMenu,
  getReviewDetails,
} from './entry/reviews';
