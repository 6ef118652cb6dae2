/**
 * A dialog as data. The shell evaluates the HTML template file `template` (src/ui/templates,
 * copied into dist/ by the build) with `data` as its one variable, and shows it. Each dialog
 * states the shape of its data (`DialogPlan<LadderJsonData>`), the one its template reads. The
 * templates print every value with a printing scriptlet (`<?= … ?>`), which escapes it: text
 * from a sheet, a doc or a ladder is shown as text, never run (docs/ARCHITECTURE.md, Safety).
 * Markup lives in those files rather than in dist/Code.js, which Apps Script parses on every
 * call (docs/ARCHITECTURE.md, Service-call budgets).
 * https://developers.google.com/apps-script/guides/html/templates
 */
export interface DialogPlan<Data extends object = object> {
  title: string;
  template: string;
  data: Data;
  width: number;
  height: number;
  /** The manager can go on working in the sheet while it is open. */
  modeless?: boolean;
}
