import type { LadderSheetWritten, RatingForm, SetupResult } from '../../src/core/api';
import { loadAddon, measure, pageSize, type BenchRow, type Scenario } from './harness';
import type { LoadedAddon } from '../../dev/addonLoader';

/**
 * Bring your own ladder: what reading, storing and exporting a ladder sheet costs. "Use this
 * sheet's ladder" on the smallest and the largest built-in ladder (as own copies) must cost the
 * same: one read of the sheet, one write of the store, whatever the number of rows.
 */
function ownCopy(addon: LoadedAddon, ladderId: string, ownId: string): void {
  const written = addon.run<LadderSheetWritten>('exportLadderSheet', ladderId);
  addon.workspace.spreadsheet.api.getRange(`'${written.sheet.replace(/'/g, "''")}'!B2`).setValue(ownId);
}

export const ladderSheetScenario: Scenario = {
  name: 'bring your own ladder',
  run() {
    const rows: BenchRow[] = [];
    const addon = loadAddon();
    rows.push(measure(addon, 'newLadderSheet', 'empty template', () => addon.run('newLadderSheet')));
    rows.push(
      measure(addon, 'exportLadderSheet', 'rookie-to-rockstar (5 sub-skills)', () => addon.run('exportLadderSheet', 'rookie-to-rockstar')),
    );
    rows.push(
      measure(addon, 'exportLadderSheet', 'intercom-pm-2021 (19 sub-skills × 3 dimensions)', () =>
        addon.run('exportLadderSheet', 'intercom-pm-2021'),
      ),
    );

    ownCopy(addon, 'webflow-pm', 'webflow-own');
    rows.push(measure(addon, 'useSheetLadder', 'first ladder: makes the hidden store', () => addon.run('useSheetLadder')));
    ownCopy(addon, 'rookie-to-rockstar', 'small-own');
    rows.push(measure(addon, 'useSheetLadder', 'new ladder: rookie-to-rockstar, 29 rows', () => addon.run('useSheetLadder')));
    ownCopy(addon, 'intercom-pm-2021', 'large-own');
    rows.push(measure(addon, 'useSheetLadder', 'new ladder: intercom-pm-2021, 112 rows, 52 KB of JSON', () => addon.run('useSheetLadder')));
    rows.push(measure(addon, 'useSheetLadder', 'same ladder again (replaces itself)', () => addon.run('useSheetLadder')));
    const sheet = addon.workspace.spreadsheet.api.getActiveSheet();
    sheet.getRange('B5').setValue('maybe');
    sheet.getRange('C20').setValue('');
    rows.push(measure(addon, 'useSheetLadder', 'largest ladder with problems (dialog, highlights)', () => addon.run('useSheetLadder')));

    rows.push(measure(addon, 'showLadderExport', pageSize('LadderExport.html'), () => addon.run('showLadderExport')));
    rows.push(measure(addon, 'listLadders', '5 built-in + 3 stored ladders', () => addon.run('listLadders')));
    rows.push(
      measure(addon, 'exportLadderJson', 'stored ladder (intercom-pm-2021 copy)', () => addon.run('exportLadderJson', 'large-own')),
    );

    const { people } = addon.run<SetupResult>('setupCalibration', {
      ladderId: 'large-own',
      cycle: 'H1 2026',
      team: [{ name: 'Ada Park', level: 'pm' }],
    });
    const personId = people[0]?.id ?? '';
    rows.push(
      measure(addon, 'getRatingForm', 'stored ladder (intercom-pm-2021 copy)', () => addon.run<RatingForm>('getRatingForm', personId), 10),
    );
    return rows;
  },
};
