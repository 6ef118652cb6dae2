import type { MenuEntry } from '../core/menu';

/** Adds the add-on menu: one Ui call per item, then addToUi (builders are cheap, menus are short). */
export function showAddonMenu(entries: MenuEntry[]): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const entry of entries) {
    if (entry === 'separator') menu.addSeparator();
    else menu.addItem(entry.caption, entry.functionName);
  }
  menu.addToUi();
}
