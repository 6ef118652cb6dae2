import { cellA1, quoteSheetName } from '../core/workbook/a1';
import type { DocKind } from '../core/docs/docKinds';
import { TEAM_SHEET, docLinkColumns } from '../core/workbook/layout';
import { AUTOMATIC } from '../core/workbook/sheetPlan';
import { hyperlinkFormula } from '../core/workbook/teamSheetPlan';
import { readTeamSheet } from '../core/workbook/teamSheetRead';
import { CELL_TEXT_LIMIT } from '../core/ladder/rules';
import { notSetUp, unknownPerson } from '../core/messages';
import { readTeamValues } from './workbookReader';
import { activeSpreadsheet } from './workbookSpreadsheet';

/**
 * Puts a link to a PM's doc in their Team row: the visible cell (Growth plan / Career plan)
 * gets `=HYPERLINK("url", "label")` with both escaped for the formula (quotes doubled, line
 * breaks removed: see hyperlinkFormula), and the url is also kept as text in the hidden
 * column beside the id, so that readWorkbook reads it in the same `getValues()` as the team.
 * Refresh rebuilds the formula from the two. 8 calls.
 */
export function setTeamDocLink(personId: string, kind: DocKind, url: string, label: string): void {
  if (!/^https:\/\/\S+$/.test(url)) throw new Error(`A doc link must be an https:// address; got “${url}”.`);
  const formula = hyperlinkFormula(url, label);
  if (formula.length > CELL_TEXT_LIMIT) throw new Error(`The link to “${label}” is longer than a cell can hold.`);
  const values = readTeamValues();
  const team = values ? readTeamSheet(values) : null;
  if (!team || !team.isTeamSheet) throw notSetUp();
  const row = team.rows.find((r) => r.id === personId);
  if (!row) throw unknownPerson(personId, 'run Career Ladder → Refresh workbook.');

  const columns = docLinkColumns(kind);
  const ss = activeSpreadsheet();
  const sheet = quoteSheetName(TEAM_SHEET);
  ss.getRange(`${sheet}!${cellA1(row.row, columns.url)}`).setValue(url);
  // The link cell is formatted Automatic by the Team sheet's plan; set it again in case a paste changed it.
  ss.getRange(`${sheet}!${cellA1(row.row, columns.link)}`)
    .setNumberFormat(AUTOMATIC)
    .setFormula(formula);
}
