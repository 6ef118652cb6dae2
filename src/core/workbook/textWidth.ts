/**
 * How wide a text is drawn in a cell of Sheets' default font, 10 pt Arial (13⅓ px), as a stated
 * approximation: Arial's advance widths (in thousandths of an em, from the font's metrics) per
 * character, 556 (the digits' and most lower-case letters' width) for any other character, and
 * bold 7% wider. It sizes the columns whose text must be read whole (a rating in its dropdown
 * chip) and lets a test check every cell a person must read against its column's width.
 */
const EM_PX = 40 / 3;
const BOLD = 1.07;
/** Sheets' padding inside a cell, left and right together. */
export const CELL_PADDING_PX = 6;
/** What a dropdown chip adds around its text: its own padding and the arrow. */
export const DROPDOWN_CHIP_PX = 30;

const WIDTHS: Record<string, number> = {
  ...spread(" !,./:;Iijlt|’‘'·", 278),
  ...spread('fr()-[]{}“”"', 333),
  ...spread('ckszvxyJ', 500),
  ...spread('FTZ', 611),
  ...spread('ABEKPSVXY&', 667),
  ...spread('CDHNRUw', 722),
  ...spread('GOQ', 778),
  ...spread('mM', 833),
  ...spread('W—', 944),
  ...spread('→', 1000),
  i: 222,
  j: 222,
  l: 222,
  L: 556,
};

function spread(chars: string, width: number): Record<string, number> {
  return Object.fromEntries([...chars].map((c) => [c, width]));
}

/** The text's width in px on one line (its longest line when it has several). */
export function textWidthPx(text: string, bold = false): number {
  const lines = text.split('\n');
  const widest = Math.max(...lines.map((line) => [...line].reduce((sum, c) => sum + (WIDTHS[c] ?? 556), 0)));
  return (widest / 1000) * EM_PX * (bold ? BOLD : 1);
}
