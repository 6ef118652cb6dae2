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
