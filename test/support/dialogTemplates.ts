import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createWorkspace } from '../../dev/workspace';
import type { DialogPlan } from '../../src/core/dialogPlan';

const TEMPLATES = join(__dirname, '../../src/ui/templates');

/**
 * The HTML a dialog plan shows: its template file of src/ui/templates evaluated with the plan's
 * data, as src/gas/htmlPanels.ts showDialog does, by the workspace's HtmlService.
 */
export function renderDialog(plan: DialogPlan): string {
  const files = Object.fromEntries(
    readdirSync(TEMPLATES)
      .filter((f) => f.endsWith('.html'))
      .map((f) => [f.slice(0, -5), readFileSync(join(TEMPLATES, f), 'utf8')]),
  );
  const template = createWorkspace({ htmlFiles: files }).globals.HtmlService.createTemplateFromFile(plan.template);
  template.data = plan.data;
  return template.evaluate().getContent();
}
