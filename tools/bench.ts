/**
 * `npm run bench`: runs each operation of the built dist/Code.js against the in-memory
 * workspace and prints, per operation, the Apps Script service calls it made (the measure of
 * speed in Apps Script, docs/ARCHITECTURE.md, Service-call budgets), its budget, and the local wall time.
 * `--markdown` prints the table as the README shows it.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchRow, Scenario } from './bench/harness';
import { menuScenario } from './bench/menu';
import { calibrationScenario } from './bench/calibration';
import { cyclesScenario } from './bench/cycles';
import { workbookScenario } from './bench/workbook';
import { docsScenario } from './bench/docs';
import { uiPagesScenario } from './bench/uiPages';
import { ladderSheetScenario } from './bench/ladderSheet';
import { reviewsScenario } from './bench/reviews';

const scenarios: Scenario[] = [
  menuScenario,
  calibrationScenario,
  cyclesScenario,
  workbookScenario,
  docsScenario,
  uiPagesScenario,
  ladderSheetScenario,
  reviewsScenario,
];

function main(): void {
  const rows: BenchRow[] = [];
  for (const scenario of scenarios) rows.push(...scenario.run());
  const dist = join(__dirname, '../dist');
  const size = statSync(join(dist, 'Code.js')).size;
  const markdown = process.argv.includes('--markdown');
  const header = ['operation', 'setting', 'service calls', 'budget', 'ms', 'most frequent calls'];
  const lines = rows.map((r) => [
    r.operation,
    r.setting,
    String(r.calls),
    r.budget === undefined ? '' : `≤ ${r.budget}${r.calls > r.budget ? ' OVER' : ''}`,
    r.ms.toFixed(1),
    r.top,
  ]);
  if (markdown) {
    console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
    for (const l of lines) console.log(`| ${l.join(' | ')} |`);
  } else {
    const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
    const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
    console.log(fmt(header));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const l of lines) console.log(fmt(l));
  }
  console.log(`\ndist/Code.js: ${(size / 1024).toFixed(1)} KB (budget 150 KB${size > 150 * 1024 ? ', over: see README "Speed"' : ''})`);
  const over = rows.filter((r) => r.budget !== undefined && r.calls > r.budget);
  if (over.length > 0) {
    // Known departures are explained in the README ("Speed"); the table says which rows they are.
    console.log(`Over budget: ${over.map((r) => `${r.operation} (${r.setting})`).join(', ')}`);
  }
}

main();
