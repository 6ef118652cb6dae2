import { fresh, thrown } from './setup';

const REF = 'developers.google.com/apps-script/reference/spreadsheet/range';

function sheet() {
  const ws = fresh();
  return { ws, sheet: ws.SpreadsheetApp.getActiveSheet() };
}

describe('Range formats, notes, merges and clearing', () => {
  it(`colours read back as lowercase #rrggbb; null resets to the default (${REF}#setbackgroundcolor)`, () => {
    const { sheet: s } = sheet();
    s.getRange('A1:B1').setBackground('#FFEE00');
    s.getRange('B1').setFontColor('red');
    expect(s.getRange('A1:B1').getBackgrounds()).toEqual([['#ffee00', '#ffee00']]);
    expect(s.getRange('A1:B1').getFontColors()).toEqual([['#000000', '#ff0000']]);
    s.getRange('A1').setBackground(null);
    expect(s.getRange('A1').getBackground()).toBe('#ffffff');
  });

  it(`plural setters take one value per cell and check the shape (${REF}#setbackgroundscolor)`, () => {
    const { sheet: s } = sheet();
    s.getRange('A1:B1').setFontWeights([['bold', 'normal']]);
    expect(s.getRange('A1:B1').getFontWeights()).toEqual([['bold', 'normal']]);
    expect(() => s.getRange('A1:B2').setBackgrounds([['#000000', '#000000']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });

  it(`a new cell uses Sheets' defaults: number format "0.###############", Arial 10, overflow (${REF}#getnumberformat)`, () => {
    const { sheet: s } = sheet();
    const r = s.getRange('A1');
    expect([r.getNumberFormat(), r.getFontFamily(), r.getFontSize(), r.getFontWeight(), r.getFontStyle(), r.getWrap()]).toEqual([
      '0.###############',
      'Arial',
      10,
      'normal',
      'normal',
      false,
    ]);
  });

  it(`setWrap(true) wraps, setWrapStrategy takes SpreadsheetApp.WrapStrategy (${REF}#setwrapstrategystrategy)`, () => {
    const { ws, sheet: s } = sheet();
    s.getRange('A1').setWrap(true);
    s.getRange('B1').setWrapStrategy(ws.SpreadsheetApp.WrapStrategy.CLIP);
    expect(s.getRange('A1:B1').getWraps()).toEqual([[true, false]]);
    expect(String(s.getRange('B1').getWrapStrategy())).toBe('CLIP');
    expect(s.getRange('B1').getWrapStrategy()).toBe(ws.SpreadsheetApp.WrapStrategy.CLIP);
  });

  it(`notes: setNote / setNotes / getNotes, '' when none (${REF}#setnotenote)`, () => {
    const { sheet: s } = sheet();
    s.getRange('A1').setNote('Rated in Q2');
    s.getRange('A2:B2').setNotes([['x', null]]);
    expect(s.getRange('A1:B2').getNotes()).toEqual([
      ['Rated in Q2', ''],
      ['x', ''],
    ]);
  });

  it(`merge keeps the top-left value; getMergedRanges and isPartOfMerge see it (${REF}#merge)`, () => {
    const { sheet: s } = sheet();
    s.getRange('A1:B1').setValues([['Delivery', 'lost']]);
    s.getRange('A1:C1').merge();
    expect(s.getRange('A1:B1').getValues()).toEqual([['Delivery', '']]);
    expect(s.getRange('B1').isPartOfMerge()).toBe(true);
    expect(
      s
        .getRange('A1:D4')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A1:C1']);
    s.getRange('A2:C3').mergeAcross();
    expect(
      s
        .getRange('A2:C3')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A2:C2', 'A3:C3']);
  });

  it('merging or unmerging part of a merge throws Google\'s "You must select all cells in a merged range to merge or unmerge them."', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:C1').merge();
    expect(() => s.getRange('B1:D1').merge()).toThrow('You must select all cells in a merged range to merge or unmerge them.');
    expect(() => s.getRange('A1:B1').breakApart()).toThrow('You must select all cells in a merged range to merge or unmerge them.');
    s.getRange('A1:C1').breakApart();
    expect(s.getRange('A1').isPartOfMerge()).toBe(false);
  });

  it(`clear() clears contents and formats, keeps notes and validation; options narrow it (${REF}#clearoptions)`, () => {
    const { ws, sheet: s } = sheet();
    const rule = ws.SpreadsheetApp.newDataValidation().requireCheckbox().build();
    s.getRange('A1').setValue(5).setBackground('#00ff00').setNote('n').setDataValidation(rule);
    s.getRange('A1').clear({ formatOnly: true });
    expect([s.getRange('A1').getValue(), s.getRange('A1').getBackground()]).toEqual([5, '#ffffff']);
    s.getRange('A1').setBackground('#00ff00').clear();
    expect([s.getRange('A1').getValue(), s.getRange('A1').getBackground(), s.getRange('A1').getNote()]).toEqual(['', '#ffffff', 'n']);
    expect(s.getRange('A1').getDataValidation()).not.toBeNull();
    s.getRange('A1').clear({ validationsOnly: true });
    expect(s.getRange('A1').getDataValidation()).toBeNull();
    expect(() => s.getRange('A1').clear({ commentsOnly: true })).toThrow(/not implemented/);
  });

  it(`clearContent keeps formats; clearFormat keeps values (${REF}#clearcontent)`, () => {
    const { sheet: s } = sheet();
    s.getRange('A1').setValue('v').setFontWeight('bold');
    s.getRange('A1').clearContent();
    expect([s.getRange('A1').getValue(), s.getRange('A1').getFontWeight()]).toEqual(['', 'bold']);
    s.getRange('A1').setValue('v').clearFormat();
    expect([s.getRange('A1').getValue(), s.getRange('A1').getFontWeight()]).toEqual(['v', 'normal']);
  });

  it(`setBorder: true sets, false removes, null leaves; inner lines are vertical/horizontal (${REF}#setbordertop,-left,-bottom,-right,-vertical,-horizontal,-color,-style)`, () => {
    const { ws, sheet: s } = sheet();
    s.getRange('A1:B2').setBorder(true, true, true, true, null, null, '#333333', ws.SpreadsheetApp.BorderStyle.SOLID_MEDIUM);
    const cells = (ws.spreadsheet.sheet('Sheet1') as { cells: Record<string, { format: { borders: object } }> }).cells;
    expect(cells.A1?.format.borders).toEqual({
      top: { color: '#333333', style: 'SOLID_MEDIUM' },
      left: { color: '#333333', style: 'SOLID_MEDIUM' },
    });
    expect(cells.B2?.format.borders).toEqual({
      bottom: { color: '#333333', style: 'SOLID_MEDIUM' },
      right: { color: '#333333', style: 'SOLID_MEDIUM' },
    });
  });

  it(`getCell is 1-based relative to the range; offset moves it (${REF}#getcellrow,-column)`, () => {
    const { sheet: s } = sheet();
    const r = s.getRange('B2:D4');
    expect(r.getCell(1, 1).getA1Notation()).toBe('B2');
    expect(r.getCell(3, 3).getA1Notation()).toBe('D4');
    expect(thrown(() => r.getCell(4, 1)).message).toBe('Cell reference out of range');
    expect(r.offset(1, 1).getA1Notation()).toBe('C3:E5');
    expect(r.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
  });

  it('a RangeList formats many disjoint ranges in one call (developers.google.com/apps-script/reference/spreadsheet/range-list)', () => {
    const { ws, sheet: s } = sheet();
    const list = s.getRangeList(['A1:A3', 'C1:C3']);
    ws.log.reset();
    list.setBackground('#fff2cc').setFontWeight('bold').setNumberFormat('@');
    expect(ws.log.total()).toBe(3);
    expect(s.getRange('A1:C1').getBackgrounds()).toEqual([['#fff2cc', '#ffffff', '#fff2cc']]);
    expect(list.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:A3', 'C1:C3']);
  });
});
