import { addonMenu } from '../core/menu';
import { showAddonMenu } from '../gas/menu';

/**
 * Editor add-ons must build their menu in onOpen; onInstall runs onOpen so the menu shows
 * right after installation without reopening the spreadsheet.
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  showAddonMenu(addonMenu());
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
