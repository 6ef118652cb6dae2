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
  return [];
}
