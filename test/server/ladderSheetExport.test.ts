import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LadderJsonExport, LadderSheetWritten, UseSheetLadderResult } from '../../src/core/api';
import { builtinLadders, findBuiltinLadder } from '../../dev/builtinLadders';
import type { Ladder } from '../../src/core/ladder/schema';
import type { LadderSummary } from '../../src/core/ladder/summary';
import { ladderFromSheetValues } from '../../src/core/ladderSheet/ladderFromSheet';
import { ladderJson } from '../../src/core/ladderSheet/ladderJson';
import { LADDER_STORE_RANGE } from '../../src/core/ladderSheet/ladderStore';
import { loadAddon, readDist, type LoadedAddon } from '../support/bundle';

const file = (id: string) => readFileSync(join(__dirname, '../../ladders', `${id}.json`), 'utf8');
const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

/** Exports a built-in ladder to a sheet, gives the copy an id of its own, and uses it. */
function useCopyOf(addon: LoadedAddon, ladderId: string, ownId: string): LadderSheetWritten {
  const written = addon.run<LadderSheetWritten>('exportLadderSheet', ladderId);
  addon.workspace.spreadsheet.api.getRange(`${quoted(written.sheet)}!B2`).setValue(ownId);
  const used = addon.run<UseSheetLadderResult>('useSheetLadder');
  if (!used.ok) throw new Error(JSON.stringify(used.problems));
  return written;
}

describe('every built-in ladder survives the round trip through a real sheet', () => {
  const addon = loadAddon();
  it.each(builtinLadders().map((l) => [l.id, l] as const))(
    '%s: exported to a sheet and read back, it equals the original',
    (id, ladder) => {
      const written = addon.run<LadderSheetWritten>('exportLadderSheet', id);
      expect(written.ladderId).toBe(id);
      expect(addon.workspace.spreadsheet.activeSheetName()).toBe(written.sheet);
      const back = ladderFromSheetValues(addon.workspace.spreadsheet.displayValues(written.sheet), { sheetName: written.sheet });
      if (!back.ok) throw new Error(JSON.stringify(back.problems));
      expect(back.ladder).toStrictEqual(ladder);
    },
  );

  it.each(builtinLadders().map((l) => [l.id] as const))(
    "%s: used as the team's own copy, its JSON export is the ladder file but for the id",
    (id) => {
      const own = `${id}-own`;
      useCopyOf(addon, id, own);
      const exported = addon.run<LadderJsonExport>('exportLadderJson', own);
      expect(exported.fileName).toBe(`${own}.json`);
      expect(exported.json).toBe(file(id).replace(`"id": "${id}"`, `"id": "${own}"`));
    },
  );

  it('the built-in ladders refuse to be replaced: an exported copy must get an id of its own first', () => {
    const fresh = loadAddon();
    fresh.run('exportLadderSheet', 'webflow-pm');
    const result = fresh.run<UseSheetLadderResult>('useSheetLadder');
    expect(result).toMatchObject({
      ok: false,
      problems: [{ cell: 'B2', message: expect.stringContaining('"webflow-pm" is the id of a built-in ladder') }],
    });
  });
});

describe('exports', () => {
  it('a built-in ladder as JSON is its ladder file, shown escaped in a dialog to copy', () => {
    const addon = loadAddon();
    const exported = addon.run<LadderJsonExport>('exportLadderJson', 'intercom-gpm-2020');
    expect(exported).toEqual({ ladderId: 'intercom-gpm-2020', fileName: 'intercom-gpm-2020.json', json: file('intercom-gpm-2020') });
    const shown = addon.workspace.ui.shown.at(-1)!;
    expect(shown).toMatchObject({ kind: 'modal', title: 'Ladder as JSON' });
    const inside = /<textarea[^>]*>([\s\S]*?)<\/textarea>/.exec(shown.html)?.[1] ?? '';
    expect(
      inside
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&'),
    ).toBe(exported.json);
  });

  it('an unknown ladder is refused with the list of ladders, and nothing changes', () => {
    const addon = loadAddon();
    const before = JSON.stringify(addon.workspace.snapshot());
    expect(() => addon.run('exportLadderSheet', 'acme')).toThrow(/There is no ladder “acme”\. Choose one of: intercom-pm-2021/);
    expect(() => addon.run('exportLadderJson', '  ')).toThrow('The ladder cannot be exported: choose a ladder');
    expect(JSON.stringify(addon.workspace.snapshot())).toBe(before);
  });

  it('"Export a ladder…" opens its page, which offers every ladder, the team\'s own included', () => {
    const addon = loadAddon();
    useCopyOf(addon, 'rookie-to-rockstar', 'rockstar-own');
    addon.run('showLadderExport');
    const shown = addon.workspace.ui.shown.at(-1)!;
    expect(shown).toMatchObject({ kind: 'modal', title: 'Export a ladder', html: readDist('LadderExport.html') });
    // The page lists what listLadders answers, and exports through the typed bridge (src/ui/bridge.ts).
    expect(addon.run<LadderSummary[]>('listLadders').map((l) => [l.id, l.builtIn])).toEqual([
      ...builtinLadders().map((l) => [l.id, true]),
      ['rockstar-own', false],
    ]);
    expect(shown.html).not.toMatch(/google\.script\.run\s*\./);
  });
});

describe('ladder text stays text', () => {
  it('text a person typed that looks like a formula or a number is stored, exported and read back as typed', () => {
    const addon = loadAddon();
    const sheet = addon.workspace.spreadsheet.api.insertSheet('Odd ladder');
    // A leading apostrophe is how a person types text that Sheets would otherwise read as a formula or number.
    sheet.getRange(1, 1, 5, 5).setValues([
      ['Title', '\'=HYPERLINK("x")', '', '', ''],
      ['Cumulative', 'no', '', '', ''],
      ['Skill area', 'Axis', 'Sub-skill', '2026', '+1 level'],
      ['Area', 'results', "'007", "'=SUM(1,2)", "'+15551234"],
      ['', '', 'Plain', 'a', 'b'],
    ]);
    const used = addon.run<UseSheetLadderResult>('useSheetLadder');
    if (!used.ok) throw new Error(JSON.stringify(used.problems));
    const exported = addon.run<LadderSheetWritten>('exportLadderSheet', used.ladder.id);
    const at = (a1: string) => `${quoted(exported.sheet)}!${a1}`;
    const values = addon.workspace.spreadsheet.values(exported.sheet);
    const header = values.findIndex((r) => r[0] === 'Skill area');
    expect(values[0]?.[1]).toBe('=HYPERLINK("x")');
    expect(values[header]?.slice(4, 6)).toEqual(['2026', '+1 level']);
    expect(values[header + 2]?.slice(2, 6)).toEqual(['007', '', '=SUM(1,2)', '+15551234']);
    expect(
      addon.workspace.spreadsheet
        .formulas(at('A1:H12'))
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
    const json = JSON.parse(addon.run<LadderJsonExport>('exportLadderJson', used.ladder.id).json) as Ladder;
    expect(json.title).toBe('=HYPERLINK("x")');
    expect(json.levels.map((l) => l.name)).toEqual(['2026', '+1 level']);
    expect(json.areas[0]?.subskills[0]).toMatchObject({ name: '007', expectations: { '2026': '=SUM(1,2)', '1-level': '+15551234' } });
  });
});

describe('the template', () => {
  it('"New ladder from template" writes an annotated empty ladder sheet that becomes a ladder once filled in', () => {
    const addon = loadAddon();
    const written = addon.run<LadderSheetWritten>('newLadderSheet');
    expect(written).toEqual({ sheet: 'New ladder', ladderId: null });
    expect(addon.workspace.spreadsheet.activeSheetName()).toBe('New ladder');
    const labels = addon.workspace.spreadsheet.values('New ladder!A1:E10');
    expect(labels.map((r) => r[0])).toEqual([
      'Title',
      'Ladder id',
      'Organization',
      'Source',
      'Cumulative',
      '',
      'Level id',
      'Level title',
      'Level summary',
      'Skill area',
    ]);
    expect(labels[9]).toEqual(['Skill area', 'Axis', 'Sub-skill', 'Description', 'Dimension']);
    expect(
      addon.workspace.spreadsheet
        .notes('New ladder!A1:A10')
        .flat()
        .filter((n) => n !== ''),
    ).toHaveLength(9);
    expect(addon.workspace.spreadsheet.validations('New ladder!B5')[0]?.[0]).toMatchObject({ values: [['yes', 'no'], true] });
    expect(addon.workspace.ui.toasts.at(-1)?.message).toContain("Use this sheet's ladder");

    const empty = addon.run<UseSheetLadderResult>('useSheetLadder');
    expect(empty.ok ? [] : empty.problems.map((p) => p.cell)).toEqual(['B1', 'B5', 'A10', 'F10']);

    const api = addon.workspace.spreadsheet.api;
    api.getRange('New ladder!B1').setValue('Acme ladder');
    api.getRange('New ladder!B5').setValue('yes');
    api.getRange('New ladder!F10:G10').setValues([['PM', 'Senior PM']]);
    api.getRange('New ladder!A11:G12').setValues([
      ['Strategy', 'results', 'Vision', '', '', 'Knows it', ''],
      ['', '', 'Roadmap', '', '', 'Follows it', 'Owns it'],
    ]);
    const used = addon.run<UseSheetLadderResult>('useSheetLadder');
    expect(used).toMatchObject({ ok: true, ladder: { id: 'acme-ladder', cumulative: true, subskillCount: 2 } });
    // The template's Ladder id and Level id rows took the ids; id columns were added after the last used one, hidden.
    expect(addon.workspace.spreadsheet.values('New ladder!B2')[0]?.[0]).toBe('acme-ladder');
    expect(addon.workspace.spreadsheet.values('New ladder!F7:G7')[0]).toEqual(['pm', 'senior-pm']);
    expect((addon.workspace.spreadsheet.sheet('New ladder') as { hiddenColumns: string[] }).hiddenColumns).toEqual(['H', 'I']);
    expect(addon.workspace.spreadsheet.values('New ladder!H10:I12')).toEqual([
      ['Area id', 'Sub-skill id'],
      ['strategy', 'vision'],
      ['', 'roadmap'],
    ]);
  });

  it("does not read the workbook's own Ladder sheet as a ladder sheet, pointing to the export instead", () => {
    const addon = loadAddon();
    addon.run('setupCalibration', { ladderId: 'webflow-pm', cycle: 'H1', team: [{ name: 'Ada', level: 'PM1' }] });
    addon.workspace.spreadsheet.api.getSheetByName('Ladder')!.activate();
    const before = JSON.stringify(addon.workspace.snapshot());
    const result = addon.run<UseSheetLadderResult>('useSheetLadder');
    expect(result).toEqual({
      ok: false,
      sheet: 'Ladder',
      problems: [
        {
          cell: 'A1',
          message: expect.stringMatching(
            /^“Ladder” is the workbook's copy of its ladder, written by set-up\. To change the ladder, use .* Export a ladder…/,
          ),
        },
      ],
    });
    expect(JSON.stringify(addon.workspace.snapshot())).toBe(before);
  });

  it('the add-on menu offers the three items, each a top-level function of dist/Code.js', () => {
    const addon = loadAddon();
    addon.run('onOpen', {});
    const items = addon.workspace.ui.menu()!.items.filter((i): i is { caption: string; functionName: string } => 'functionName' in i);
    const ours = items.filter((i) => ['newLadderSheet', 'useSheetLadder', 'showLadderExport'].includes(i.functionName));
    expect(ours.map((i) => i.caption)).toEqual(['New ladder from template', "Use this sheet's ladder", 'Export a ladder…']);
    for (const i of ours) expect(addon.functions).toContain(i.functionName);
  });
});

describe('the stored ladders', () => {
  it('a damaged store is reported with how to repair it, not used', () => {
    const addon = loadAddon();
    useCopyOf(addon, 'webflow-pm', 'webflow-own');
    const store = addon.workspace.spreadsheet.api.getRangeByName(LADDER_STORE_RANGE)!;
    store.getCell(2, 6).setValue('{"broken":');
    expect(() => addon.run('exportLadderJson', 'webflow-own')).toThrow(
      /The stored ladder "webflow-own" is damaged \(its JSON does not parse\)\. Open its ladder sheet "Webflow Product Manager Career Ladder \(ladder sheet\)" and use "Use this sheet's ladder" again\./,
    );
  });

  it('a second ladder gets a row of its own; storing one again replaces only its row', () => {
    const addon = loadAddon();
    useCopyOf(addon, 'webflow-pm', 'webflow-own');
    useCopyOf(addon, 'intercom-pm-2021', 'intercom-own');
    const sheet = useCopyOf(addon, 'rookie-to-rockstar', 'webflow-own');
    expect(addon.workspace.ui.dialogs.at(-1)?.prompt).toContain(
      'It replaces the version stored from the sheet “Webflow Product Manager Career Ladder (ladder sheet)”',
    );
    const ladders = addon.run<LadderSummary[]>('listLadders').filter((l) => !l.builtIn);
    expect(ladders.map((l) => [l.id, l.title])).toEqual([
      ['webflow-own', findBuiltinLadder('rookie-to-rockstar')!.title],
      ['intercom-own', findBuiltinLadder('intercom-pm-2021')!.title],
    ]);
    // Sheet names lose what .xlsx refuses (":") and stay short.
    expect(sheet.sheet).toBe('From Rookie to Rockstar- Understanding P (ladder sheet)');
    const intercom = JSON.parse(addon.run<LadderJsonExport>('exportLadderJson', 'intercom-own').json) as Ladder;
    expect(ladderJson(intercom)).toBe(file('intercom-pm-2021').replace('"id": "intercom-pm-2021"', '"id": "intercom-own"'));
  });
});

describe('service calls (docs/ARCHITECTURE.md, Service-call budgets)', () => {
  function measured(addon: LoadedAddon, fn: string, ...args: unknown[]): number {
    return addon.workspace.log.measure(() => addon.run(fn, ...args)).calls;
  }

  it('"Use this sheet\'s ladder" costs the same for the smallest and the largest ladder, and reports problems as cheaply', () => {
    const addon = loadAddon();
    const cost = (id: string, own: string): number => {
      const written = addon.run<LadderSheetWritten>('exportLadderSheet', id);
      addon.workspace.spreadsheet.api.getRange(`${quoted(written.sheet)}!B2`).setValue(own);
      return measured(addon, 'useSheetLadder');
    };
    const first = cost('webflow-pm', 'first-own'); // makes the store
    const small = cost('rookie-to-rockstar', 'small-own');
    const large = cost('intercom-pm-2021', 'large-own');
    expect([first, small, large]).toEqual([expect.any(Number), large, large]);
    expect(first).toBeLessThanOrEqual(19);
    expect(large).toBeLessThanOrEqual(17);
    // Used again, replacing itself: cheaper still (the store does not grow).
    expect(measured(addon, 'useSheetLadder')).toBeLessThanOrEqual(15);
    // The ladder sheet stays the active sheet, even when the hidden store was made.
    expect(addon.workspace.spreadsheet.activeSheetName()).toMatch(/^Product Manager expectations by level/);
    addon.workspace.spreadsheet.api.getActiveSheet().getRange('B5').setValue('maybe');
    expect(measured(addon, 'useSheetLadder')).toBeLessThanOrEqual(17);
  });

  it('listing the ladders and loading a stored one cost a handful of calls', () => {
    const addon = loadAddon();
    expect(measured(addon, 'listLadders')).toBe(2);
    useCopyOf(addon, 'intercom-pm-2021', 'intercom-own');
    expect(measured(addon, 'listLadders')).toBe(3);
    const exportCalls = addon.workspace.log.measure(() => addon.run('exportLadderJson', 'intercom-own'));
    expect(exportCalls.byName.filter(([n]) => n.startsWith('Range.') || n.startsWith('Spreadsheet.'))).toEqual([
      ['Spreadsheet.getRangeByName', 1],
      ['Range.getValues', 1],
    ]);
  });

  it('exporting a ladder to a sheet costs the same whatever its size', () => {
    const addon = loadAddon();
    const large = measured(addon, 'exportLadderSheet', 'intercom-pm-4-level');
    expect(measured(addon, 'exportLadderSheet', 'rookie-to-rockstar')).toBe(large);
    expect(large).toBeLessThanOrEqual(35);
  });
});
