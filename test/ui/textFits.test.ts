import { seedDemo } from '../../dev/playground/demo';
import { PlaygroundSession } from '../../dev/playground/session';
import type { SheetView } from '../../dev/playground/sheetView';
import { CELL_PADDING_PX, DROPDOWN_CHIP_PX, textWidthPx } from '../../src/core/workbook/textWidth';

/**
 * Every cell a person must read shows its whole text, on every sheet the add-on writes for the
 * demo team: a cell that wraps grows its row; one that does not must fit its column, or run on
 * over the empty cells to its right, as Sheets draws it — never past the frozen columns when it
 * is in one, and never for a dropdown, whose chip cuts its text. Widths are measured with the
 * stated approximation of src/core/workbook/textWidth.ts (10 pt Arial's metrics).
 */
function cutCells(view: SheetView): string[] {
  const cut: string[] = [];
  const shown = view.columns.filter((c) => !c.hidden);
  for (const row of view.rows) {
    row.cells.forEach((cell, i) => {
      if (!cell || cell.text === '' || (cell.style.wrap === 'wrap' && !cell.dropdown)) return;
      const column = shown[i]!;
      let room = column.width;
      const spills = !cell.dropdown && cell.style.wrap !== 'clip' && cell.style.align !== 'right';
      for (let k = i + 1; spills && k < shown.length; k += 1) {
        const next = row.cells[k];
        // Text in a frozen column stops at the frozen columns' edge.
        if (!next || next.text !== '' || (column.index <= view.frozenColumns && shown[k]!.index > view.frozenColumns)) break;
        room += shown[k]!.width;
      }
      const needed = textWidthPx(cell.text, cell.style.bold) + CELL_PADDING_PX + (cell.dropdown ? DROPDOWN_CHIP_PX : 0);
      if (needed > room) cut.push(`${view.name}!${cell.a1} needs ${Math.ceil(needed)} px, has ${room}: “${cell.text.slice(0, 60)}”`);
    });
  }
  return cut;
}

describe('the sheets of the demo workbook', () => {
  it('show the whole of every text a person must read', () => {
    const session = new PlaygroundSession();
    seedDemo(session);
    session.run('refreshCalibration');
    const names = session.sheetNames();
    expect(names).toEqual(expect.arrayContaining(['Ladder', 'Team', 'Calibration']));
    expect(names.flatMap((name) => cutCells(session.sheet(name)))).toEqual([]);
  });
});
