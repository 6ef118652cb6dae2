import type { LadderSummary } from '../ladder/summary';
import { escapeHtml } from './escapeHtml';
import type { LadderSheetProblem } from './sheetProblems';

/** A modal dialog as data: the shell hands `html` to HtmlService and shows it. */
export interface DialogPlan {
  title: string;
  html: string;
  width: number;
  height: number;
}

const HEAD = `<!DOCTYPE html><html><head><base target="_top"><style>
body{font:13px Arial,sans-serif}td{vertical-align:top;padding:3px 6px;border-bottom:1px solid #ddd}
.cell{font-weight:bold}textarea,select{width:100%;box-sizing:border-box}textarea{height:330px;font:12px monospace}button{margin:8px 8px 0 0}
</style></head><body>`;
const CLOSE = '<button onclick="google.script.host.close()">Close</button>';

/** Every problem of a ladder sheet, cell by cell; the cells are highlighted on the sheet too. */
export function ladderProblemsDialog(sheetName: string, problems: LadderSheetProblem[], highlighted: number): DialogPlan {
  const rows = problems.map((p) => `<tr><td class="cell">${escapeHtml(p.cell)}</td><td>${escapeHtml(p.message)}</td></tr>`).join('');
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const shown =
    highlighted >= problems.length
      ? 'Their cells are highlighted on the sheet.'
      : `The first ${highlighted} cells are highlighted on the sheet.`;
  const html = `${HEAD}<p>The sheet "${escapeHtml(sheetName)}" has ${count}; the ladder was not stored. ${shown} Fix them and use "Use this sheet's ladder" again.</p>
<table>${rows}</table>`;
  return { title: `Ladder sheet: ${count}`, html, width: 640, height: Math.min(560, 140 + problems.length * 44) };
}

/** The ladder as a ladder file, in a box to copy from (`ladders/*.json` format). */
export function ladderJsonDialog(title: string, fileName: string, json: string): DialogPlan {
  const html = `${HEAD}<p>"${escapeHtml(title)}" as a ladder file (${escapeHtml(fileName)}), ${json.length.toLocaleString('en-US')} characters. Copy it into a file of its own to keep or share the ladder.</p>
<textarea id="json" readonly spellcheck="false">${escapeHtml(json)}</textarea>
<button id="copy">Copy</button>${CLOSE}<span id="status"></span>
<script>
document.getElementById('copy').onclick = function () {
  var box = document.getElementById('json'), ok = false;
  box.select();
  try { ok = document.execCommand('copy'); } catch (e) {}
  document.getElementById('status').textContent = ok ? 'Copied.' : 'Selected: press Ctrl+C (Cmd+C) to copy.';
};
</script>`;
  return { title: 'Ladder as JSON', html, width: 720, height: 480 };
}

/** "Export a ladder": pick any ladder, built-in or the team's own, and get it as a sheet or as JSON. */
export function ladderExportDialog(ladders: LadderSummary[]): DialogPlan {
  const options = ladders
    .map(
      (l) =>
        `<option value="${escapeHtml(l.id)}">${escapeHtml(`${l.title} (${l.organization}${l.builtIn ? '' : ', own ladder'})`)}</option>`,
    )
    .join('');
  const html = `${HEAD}<p>A ladder as a ladder sheet (to edit, then use as the team's own), or as a ladder file (JSON).</p>
<label>Ladder <select id="ladder">${options}</select></label>
<button onclick="run('exportLadderSheet')">Write as a sheet</button><button onclick="run('exportLadderJson')">Show as JSON</button>${CLOSE}
<p id="status" role="status"></p>
<script>
function run(fn) {
  var status = document.getElementById('status');
  status.textContent = 'Working…';
  google.script.run
    .withSuccessHandler(function () { if (fn === 'exportLadderSheet') google.script.host.close(); })
    .withFailureHandler(function (e) { status.textContent = e && e.message ? e.message : String(e); })
    [fn](document.getElementById('ladder').value);
}
</script>`;
  return { title: 'Export a ladder', html, width: 460, height: 220 };
}
