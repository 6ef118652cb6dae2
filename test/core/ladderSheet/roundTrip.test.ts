import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinLadders } from '../../../dev/builtinLadders';
import { ladderToSheetValues } from '../../../src/core/ladderSheet/ladderToSheet';
import { ladderFromSheetValues } from '../../../src/core/ladderSheet/ladderFromSheet';
import { ladderJson } from '../../../src/core/ladderSheet/ladderJson';

describe('every built-in ladder survives the ladder sheet round trip', () => {
  it.each(builtinLadders().map((l) => [l.id, l] as const))('%s: sheet -> ladder gives the original, field for field', (_id, ladder) => {
    const grid = ladderToSheetValues(ladder);
    const back = ladderFromSheetValues(grid.values, { sheetName: 'Exported' });
    if (!back.ok) throw new Error(JSON.stringify(back.problems, null, 2));
    expect(back.ladder).toStrictEqual(ladder);
  });

  it.each(builtinLadders().map((l) => [l.id, l] as const))('%s: the JSON export is its ladder file, byte for byte', (id, ladder) => {
    const file = readFileSync(join(__dirname, '../../../ladders', `${id}.json`), 'utf8');
    expect(ladderJson(ladder)).toBe(file);
    const back = ladderFromSheetValues(ladderToSheetValues(ladder).values);
    expect(back.ok && ladderJson(back.ladder)).toBe(file);
  });
});
