import type { RatingForm, SetupResult } from '../../src/core/api';
import { RATING_SCALE } from '../../src/core/ratingScale';
import type { LoadedAddon } from '../../dev/addonLoader';
import { loadAddon, measure, type BenchRow, type Scenario } from './harness';

/**
 * Growth Plan and Career Plan docs (docs/ARCHITECTURE.md, Service-call budgets: createGrowthPlan ≤ 60 calls). A doc
 * costs calls per block of its template, never per sub-skill or per row: the rows compare a
 * 5-sub-skill ladder with a 19-sub-skill one, and a small team with a large one.
 */
function workbook(ladderId: string, level: string, teamSize: number): { addon: LoadedAddon; id: string } {
  const addon = loadAddon();
  const team = Array.from({ length: teamSize }, (_, i) => ({ name: `PM ${i + 1}`, level }));
  const setup = addon.run<SetupResult>('setupCalibration', { ladderId, cycle: 'H2 2026', team });
  const id = setup.people[0]?.id ?? '';
  const form = addon.run<RatingForm>('getRatingForm', id);
  addon.run('saveRatings', {
    personId: id,
    version: form.version,
    ratings: form.items.map((item, i) => ({
      subskillId: item.subskillId,
      source: 'manager',
      rating: RATING_SCALE[i % RATING_SCALE.length],
      evidence: `Evidence ${i + 1}`,
    })),
  });
  return { addon, id };
}

export const docsScenario: Scenario = {
  name: 'growth plan and career plan docs',
  run() {
    const rows: BenchRow[] = [];
    for (const [ladderId, level, size] of [
      ['webflow-pm', 'PM2', 5],
      ['intercom-pm-2021', 'Senior PM', 5],
      ['intercom-pm-2021', 'Senior PM', 50],
    ] as const) {
      const { addon, id } = workbook(ladderId, level, size);
      const setting = `${ladderId}, ${size} PMs`;
      rows.push(measure(addon, 'createGrowthPlan (first: makes the cycle folder)', setting, () => addon.run('createGrowthPlan', id), 60));
      rows.push(measure(addon, 'createGrowthPlan again (answers "exists")', setting, () => addon.run('createGrowthPlan', id), 60));
      rows.push(
        measure(
          addon,
          'createGrowthPlan { ifExists: newVersion }',
          setting,
          () => addon.run('createGrowthPlan', id, { ifExists: 'newVersion' }),
          60,
        ),
      );
      rows.push(measure(addon, 'createCareerPlan (next level)', setting, () => addon.run('createCareerPlan', id)));
    }
    const { addon, id } = workbook('intercom-pm-2021', 'Senior PM', 5);
    rows.push(
      measure(addon, 'createCareerPlan (another ladder)', 'intercom-pm-2021 → intercom-gpm-2020:gpm', () =>
        addon.run('createCareerPlan', id, 'intercom-gpm-2020:gpm'),
      ),
    );
    rows.push(
      measure(addon, 'getDocTemplates (first: writes both template docs)', 'built-in templates', () => addon.run('getDocTemplates')),
    );
    rows.push(measure(addon, 'createGrowthPlan', 'built-in template doc, unedited', () => addon.run('createGrowthPlan', id), 60));
    const own = addon.workspace.docs.createExternalDoc('Our growth plan', (body) => {
      body.appendParagraph('Growth plan: {{name}} ({{level}} → {{nextLevel}})');
      body.appendTable([
        ['Focus', 'Rating', 'Evidence'],
        ['{{focus.name}}', '{{focus.rating}}', '{{focus.evidence}}'],
      ]);
      body.appendTable([
        ['Check-in', 'Date'],
        ['{{checkin.name}}', '{{checkin.date}}'],
      ]);
    });
    addon.run('setDocTemplate', { kind: 'growth-plan', urlOrId: own });
    rows.push(
      measure(addon, 'createGrowthPlan { ifExists: newVersion }', 'custom template: 1 paragraph, 2 tables with repeating rows', () =>
        addon.run('createGrowthPlan', id, { ifExists: 'newVersion' }),
      ),
    );
    return rows;
  },
};
