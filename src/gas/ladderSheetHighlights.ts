import { HIGHLIGHT, highlightPlan, highlightsPropertyKey, parseStoredHighlights } from '../core/ladderSheet/highlights';

/**
 * Shades the cells of a ladder sheet's problems, and puts back the colour of cells shaded before
 * that are fixed now. Each shaded cell's colour before is kept in a document property per
 * sheet (a few KB at most: MAX_HIGHLIGHTS cells); when none is kept and there is no problem,
 * nothing is highlighted and the colours are not read (2 calls).
 */
export function updateHighlights(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  sheetName: string,
  range: GoogleAppsScript.Spreadsheet.Range,
  problemCells: readonly string[],
): number {
  const properties = PropertiesService.getDocumentProperties();
  const key = highlightsPropertyKey(sheetName);
  const previous = parseStoredHighlights(properties.getProperty(key));
  if (!previous && problemCells.length === 0) return 0;
  const plan = highlightPlan(problemCells, range.getBackgrounds(), previous);
  for (const r of plan.restore) sheet.getRangeList(r.cells).setBackground(r.color);
  if (plan.highlight.length > 0) sheet.getRangeList(plan.highlight).setBackground(HIGHLIGHT);
  if (plan.remember) properties.setProperty(key, JSON.stringify(plan.remember));
  else if (previous) properties.deleteProperty(key);
  return plan.highlight.length;
}
