import { escapeHtml } from '../workspace/docs';
import { RATING_SCALE } from '../../src/core/ratingScale';

/**
 * "Play the reviewer": a review file as its reviewer fills it in, in place of Google Sheets.
 * Each sub-skill row shows the expectations and a Rating and an Evidence field; Save writes the
 * changed cells into the file as the reviewer (POST /api/review). The Rating field offers the
 * scale but takes any text, as a paste into the real file does, so a bad value can be tried.
 */
export function reviewPage(fileId: string, name: string, reviewer: string, values: readonly string[][]): string {
  const at = (r: number, c: number) => values[r]?.[c] ?? '';
  const rows = values
    .map((row, i) => ({ row, a1Row: i + 1 }))
    .filter(({ row }) => (row[0] ?? '').startsWith('subskill:'))
    .map(
      ({ row, a1Row }) => `<tr>
  <td>${escapeHtml(row[1] ?? '')}</td><td><b>${escapeHtml(row[2] ?? '')}</b></td>
  <td class="x">${escapeHtml(row[3] ?? '')}</td><td class="x">${escapeHtml(row[4] ?? '')}</td>
  <td><input list="scale" data-a1="F${a1Row}" data-was="${escapeHtml(row[5] ?? '')}" value="${escapeHtml(row[5] ?? '')}" aria-label="Rating, ${escapeHtml(row[2] ?? '')}"></td>
  <td><textarea data-a1="G${a1Row}" data-was="${escapeHtml(row[6] ?? '')}" aria-label="Evidence, ${escapeHtml(row[2] ?? '')}">${escapeHtml(row[6] ?? '')}</textarea></td>
</tr>`,
    )
    .join('\n');
  const head = values[3] ?? [];
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(name)}</title>
<style>
  body { margin: 0; font: 10pt Arial, sans-serif; color: #202124; }
  header { background: #0f9d58; color: #fff; padding: 8px 16px; }
  main { padding: 12px 16px; }
  table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #dadce0; padding: 4px 6px; vertical-align: top; text-align: left; }
  th { background: #f1f3f4; } td.x { white-space: pre-wrap; max-width: 28em; }
  input { width: 14em; } textarea { width: 18em; height: 4em; }
  #status { margin-left: 12px; }
</style></head>
<body>
<header>${escapeHtml(name)} — shared with you, <b>${escapeHtml(reviewer)}</b> (this is the reviewer's view)</header>
<main>
<h2>${escapeHtml(at(0, 1))}</h2><p>${escapeHtml(at(1, 1))}</p><p>${escapeHtml(at(2, 1))}</p>
<datalist id="scale">${RATING_SCALE.map((r) => `<option value="${escapeHtml(r)}"></option>`).join('')}</datalist>
<table><thead><tr>${[1, 2, 3, 4, 5, 6].map((c) => `<th>${escapeHtml(head[c] ?? '')}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody></table>
<p><button id="save">Save</button><span id="status"></span></p>
</main>
<script>
document.getElementById('save').addEventListener('click', function () {
  var cells = [];
  document.querySelectorAll('[data-a1]').forEach(function (el) {
    if (el.value !== el.getAttribute('data-was')) cells.push({ a1: el.getAttribute('data-a1'), value: el.value });
  });
  fetch('/api/review', { method: 'POST', body: JSON.stringify({ fileId: ${JSON.stringify(fileId)}, cells: cells }) })
    .then(function (r) { return r.json(); })
    .then(function (reply) {
      if (reply.ok) location.reload();
      else document.getElementById('status').textContent = reply.error || 'Not saved';
    });
});
</script>
</body></html>`;
}
