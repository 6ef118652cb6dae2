import type { RatingForm, SetupResult } from '../../src/core/api';
import { withLadder, type LoadedAddon } from '../../dev/addonLoader';
import { findBuiltinLadder } from '../../dev/builtinLadders';
import type { Ladder } from '../../src/core/ladder/schema';
import { loadAddon, measure, type BenchRow, type Scenario } from './harness';

/**
 * The calibration workbook on the largest ladder (intercom-pm-2021: 5 levels, 19 sub-skills
 * with up to 3 dimensions, 62 rows): set-up and refresh with 5, 25 and 100 PMs, the per-PM
 * constant they grow by (docs/ARCHITECTURE.md, Service-call budgets: ≤ 15 calls per PM sheet), and the sidebar's
 * calls (getRatingForm, saveRatings of a whole form) and validateRatings.
 */
const LADDER_ID = 'intercom-pm-2021';
const SIZES = [5, 25, 100];
const LEVELS = ['apm', 'pm', 'senior-pm', 'staff-pm', 'principal-pm'];

function team(n: number) {
  return Array.from({ length: n }, (_, i) => ({ name: `PM ${i + 1}`, email: `pm${i + 1}@example.com`, level: LEVELS[i % LEVELS.length]! }));
}

/**
 * The workbook as the release before the layout version left it: no `layoutVersion` in the
 * settings (Team!A1 and the document properties). Uncounted: only the refresh is measured.
 */
export function asUnversionedWorkbook(addon: LoadedAddon): void {
  const strip = (json: string) => {
    const settings = JSON.parse(json) as Record<string, unknown>;
    delete settings.layoutVersion;
    return JSON.stringify(settings);
  };
  addon.workspace.log.measure(() => {
    const a1 = addon.workspace.spreadsheet.api.getRange('Team!A1');
    a1.setValue(strip(String(a1.getValue())));
  });
  const stored = addon.workspace.properties.document.get('careerLadder.settings');
  if (stored) addon.workspace.properties.document.set('careerLadder.settings', strip(stored));
}

function perPm(operation: string, rows: BenchRow[]): BenchRow {
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const [a, b] = [SIZES[0]!, SIZES[SIZES.length - 1]!];
  return {
    operation,
    setting: `per PM sheet (${a} → ${b} PMs), fixed part ${first.calls - ((last.calls - first.calls) / (b - a)) * a}`,
    calls: (last.calls - first.calls) / (b - a),
    budget: 15,
    ms: (last.ms - first.ms) / (b - a),
    top: '',
  };
}

export const workbookScenario: Scenario = {
  name: 'calibration workbook',
  run() {
    const setups: BenchRow[] = [];
    const changed: BenchRow[] = [];
    const same: BenchRow[] = [];
    const extra: BenchRow[] = [];
    const upgrades: BenchRow[] = [];
    for (const n of SIZES) {
      let addon = loadAddon();
      const input = { ladderId: LADDER_ID, cycle: 'H2 2026', team: team(n) };
      let result: SetupResult | undefined;
      setups.push(
        measure(addon, 'setupCalibration', `${n} PMs, new workbook`, () => (result = addon.run<SetupResult>('setupCalibration', input))),
      );
      const ladder = JSON.parse(JSON.stringify(findBuiltinLadder(LADDER_ID))) as Ladder;
      for (const area of ladder.areas) area.subskills.reverse();
      ladder.areas[0]!.subskills.pop();
      addon = withLadder(addon, ladder);
      changed.push(
        measure(addon, 'setupCalibration', `${n} PMs, refresh after the ladder changed`, () => addon.run('setupCalibration', input)),
      );
      same.push(measure(addon, 'refreshWorkbook (menu)', `${n} PMs, nothing changed`, () => addon.run('refreshWorkbook')));
      asUnversionedWorkbook(addon);
      upgrades.push(
        measure(addon, 'refreshWorkbook (menu)', `${n} PMs, first after a layout upgrade (once)`, () => addon.run('refreshWorkbook')),
      );
      if (n === SIZES[SIZES.length - 1]) {
        const id = result!.people[0]!.id;
        let form: RatingForm | undefined;
        extra.push(
          measure(addon, 'getRatingForm', `${n} PMs, 18 sub-skills`, () => (form = addon.run<RatingForm>('getRatingForm', id)), 10),
        );
        const save = {
          personId: id,
          version: form!.version,
          ratings: form!.items.flatMap((i) => [
            { subskillId: i.subskillId, source: 'manager', rating: 'Exceeds', evidence: `Evidence for ${i.name}` },
            { subskillId: i.subskillId, source: 'self', rating: 'Successfully Meets' },
          ]),
        };
        extra.push(
          measure(addon, 'saveRatings', 'a whole form: 18 sub-skills × 2 ratings + evidence', () => addon.run('saveRatings', save), 12),
        );
        extra.push(measure(addon, 'validateRatings', `${n} PM sheets`, () => addon.run('validateRatings')));
      }
    }
    return [
      ...setups,
      perPm('setupCalibration', setups),
      ...changed,
      perPm('setupCalibration (refresh)', changed),
      ...same,
      perPm('refreshWorkbook (nothing changed)', same),
      ...upgrades,
      perPm('refreshWorkbook (layout upgrade, once)', upgrades),
      ...extra,
    ];
  },
};
