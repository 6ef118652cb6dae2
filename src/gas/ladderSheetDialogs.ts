import type { DialogPlan } from '../core/ladderSheet/ladderSheetDialogs';

/** Shows a dialog whose HTML the core made (everything in it from a sheet or a ladder is escaped there). */
export function showDialog(plan: DialogPlan): void {
  const output = HtmlService.createHtmlOutput(plan.html).setWidth(plan.width).setHeight(plan.height);
  SpreadsheetApp.getUi().showModalDialog(output, plan.title);
}

export function showAlert(title: string, message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}
