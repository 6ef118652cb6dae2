import { loadAddon, type LoadedAddon } from '../support/bundle';
import type { WorkspaceOptions } from '../../dev/workspace';
import type { DocResult } from '../../src/core/api';

/** A name and evidence made of everything replaceText or a formula would misread. */
export const HOSTILE_NAME = "Zoë $1 $& \\ {{cycle}} O'Neil";
export const HOSTILE_EVIDENCE = '=1+1 $$ $` \\1 {{name}} {{focus.name}}';

export interface DocsWorkbook {
  addon: LoadedAddon;
  /** Person ids by name. */
  ids: Record<string, string>;
}

/** A set-up workbook on the Intercom ladder with a hostile PM (Senior PM, rated) and a PM without ratings. */
export function docsWorkbook(options: WorkspaceOptions = {}): DocsWorkbook {
  const addon = loadAddon(options);
  const setup = addon.run<{ people: Array<{ id: string; name: string }> }>('setupCalibration', {
    ladderId: 'intercom-pm-2021',
    cycle: "H2 '26 \\ $1",
    team: [
      { name: HOSTILE_NAME, email: 'zoe@example.com', level: 'Senior PM', targetLevel: 'Principal PM' },
      { name: 'Bo Chen', email: 'bo@example.com', level: 'PM' },
      { name: 'Top Person', level: 'Principal PM' },
    ],
  });
  const ids = Object.fromEntries(setup.people.map((p) => [p.name, p.id]));
  const form = addon.run<{ version: string }>('getRatingForm', ids[HOSTILE_NAME]);
  addon.run('saveRatings', {
    personId: ids[HOSTILE_NAME],
    version: form.version,
    ratings: [
      { subskillId: 'customer-focus', source: 'manager', rating: 'Successfully Meets', evidence: HOSTILE_EVIDENCE },
      { subskillId: 'customer-focus', source: 'peer', rating: 'Successfully Meets' },
      { subskillId: 'analytics-focus', source: 'manager', rating: 'Exceeds', evidence: 'Built the activation dashboards' },
      { subskillId: 'competitive-insight', source: 'manager', rating: 'Successfully Meets', evidence: 'Quarterly competitor teardown' },
      { subskillId: 'learn-fast', source: 'manager', rating: 'Successfully Meets', evidence: 'Ran 4 beta tests' },
      { subskillId: 'learn-fast', source: 'peer', rating: 'Stronger Performance Needed' },
      { subskillId: 'communication', source: 'manager', rating: 'Needs Immediate Improvement', evidence: 'Updates arrive late' },
      { subskillId: 'ownership', source: 'manager', rating: 'Exceptional', evidence: 'Owned the pricing launch end to end' },
      { subskillId: 'collaboration', source: 'manager', rating: 'Exceeds', evidence: 'Design and research love working with them' },
    ],
  });
  return { addon, ids };
}

export function docText(addon: LoadedAddon, result: DocResult): string {
  return addon.workspace.docs.text(result.docId);
}

/** Everything the workspace holds (sheets, properties, docs, Drive): to prove a refusal changed nothing. */
export function everything(addon: LoadedAddon): string {
  return JSON.stringify(addon.workspace.snapshot());
}
