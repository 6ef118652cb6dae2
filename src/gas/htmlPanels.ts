import type { DialogPlan } from '../core/dialogPlan';

/**
 * Opens the add-on's pages (built into dist/<Page>.html) beside or over the spreadsheet.
 * The sidebar's width is fixed by Google at 300 px; its title is the HtmlOutput's title.
 * A modal dialog takes its title from showModalDialog and its size from the HtmlOutput.
 * https://developers.google.com/apps-script/guides/dialogs
 */
export function showSidebarPage(file: string, title: string): void {
  const page = HtmlService.createHtmlOutputFromFile(file).setTitle(title);
  SpreadsheetApp.getUi().showSidebar(page);
}

export function showDialogPage(file: string, title: string, size: { width: number; height: number }): void {
  const page = HtmlService.createHtmlOutputFromFile(file).setWidth(size.width).setHeight(size.height);
  SpreadsheetApp.getUi().showModalDialog(page, title);
}

/**
 * Shows a dialog the core planned: its template file evaluated with the plan's data as the
 * variable `data` (the template escapes every value it prints).
 * https://developers.google.com/apps-script/guides/html/templates#pushing_variables_to_templates
 */
export function showDialog(plan: DialogPlan): void {
  const template = HtmlService.createTemplateFromFile(plan.template);
  template.data = plan.data;
  const page = template.evaluate().setWidth(plan.width).setHeight(plan.height);
  const ui = SpreadsheetApp.getUi();
  if (plan.modeless) ui.showModelessDialog(page, plan.title);
  else ui.showModalDialog(page, plan.title);
}

export function showAlert(title: string, message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}
