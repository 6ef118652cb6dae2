import type { DocResult, DocTemplateInfo, DocTemplateInput } from '../core/api';
import type { DocKind } from '../core/docs/docKinds';
import { messageOf } from '../core/messages';
import { TEAM_SHEET } from '../core/workbook/layout';
import { showDialog } from './htmlPanels';
import { readTeam, setUpPeople } from './workbookReader';
import { activeSpreadsheet } from './workbookSpreadsheet';

/**
 * The menu side of the docs: which PM is selected, asking before a second copy, showing the
 * link to the new doc, and the template prompt. Not on any budget (a person is waiting on a
 * dialog anyway), but still a handful of calls.
 */
export interface SelectedPerson {
  id: string;
  name: string;
  targetLevel: string;
}

export const SELECT_A_PM =
  'Select a PM first: open their rating sheet, or click a cell in their row on the Team sheet, then choose the menu item again.';

/** The PM whose rating sheet is active, or whose Team row holds the active cell. */
export function selectedPersonId(): SelectedPerson {
  const { checked, content } = readTeam();
  const team = setUpPeople(checked);
  const ss = activeSpreadsheet();
  const sheetName = ss.getActiveSheet().getName();
  let person = team.find((p) => p.sheetName === sheetName);
  if (!person && sheetName === TEAM_SHEET) {
    const row = ss.getActiveRange()?.getRow();
    const id = content.rows.find((r) => r.row === row)?.id;
    person = team.find((p) => p.id === id);
  }
  if (!person) throw new Error(SELECT_A_PM);
  return { id: person.id, name: person.name, targetLevel: person.targetLevel };
}

/**
 * "A plan exists: make a new version?" Alerts offer only Google's fixed button sets, so the
 * question is worded for Yes / No / Cancel to answer it as they read: No makes nothing and
 * shows the existing doc.
 */
export function askAboutExistingDoc(result: DocResult, personName: string): 'newVersion' | 'open' | 'cancel' {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.alert(
    `${personName}: make a new version?`,
    `${result.message}\n\nYes: make a new version; the existing doc stays as it is.\nNo: make nothing, and show the existing doc.`,
    ui.ButtonSet.YES_NO_CANCEL,
  );
  if (answer === ui.Button.YES) return 'newVersion';
  if (answer === ui.Button.NO) return 'open';
  return 'cancel';
}

/** "No manager rating yet: make a blank plan?" Yes makes one to fill in together; No makes nothing. */
export function askForBlankPlan(personName: string, why: string): boolean {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.alert(
    `${personName}: make a blank growth plan?`,
    `${why}\n\nYes: make a blank plan (focus to choose together).\nNo: make nothing, and rate ${personName} first.`,
    ui.ButtonSet.YES_NO,
  );
  return answer === ui.Button.YES;
}

/** A small dialog with the doc's link (src/ui/templates/DocCreated.html: everything in it escaped). */
export function showCreatedDoc(result: DocResult): void {
  showDialog({
    title: result.status === 'created' ? 'Doc created' : 'Existing doc',
    template: 'DocCreated',
    data: { message: result.message, url: result.url, name: result.name },
    width: 420,
    height: 160,
  });
}

/**
 * Lists the templates and asks for a doc link: "growth: <link>" or "career: <link>"
 * ("growth: default" goes back to the built-in template). Null when cancelled or left empty.
 */
export function showDocTemplatesPrompt(templates: readonly DocTemplateInfo[], done = false): DocTemplateInput | null {
  const ui = SpreadsheetApp.getUi();
  const lines = templates.map((t) =>
    t.reachable
      ? `${t.title}: ${t.source === 'custom' ? 'your own doc' : t.edited ? 'the built-in template, as edited' : 'the built-in template'}${t.url ? ` — ${t.url}` : ''}`
      : `${t.title}: a doc you cannot open (another editor of this workbook made it and has not shared it with you, or it was deleted): ask them for access — ${t.url ?? ''}`,
  );
  if (done) {
    ui.alert('Doc templates', `${lines.join('\n')}\n\nSaved.`, ui.ButtonSet.OK);
    return null;
  }
  const response = ui.prompt(
    'Doc templates',
    `${lines.join('\n')}\n\nEdit a template doc to change every doc made after, or use your own Google Doc: paste ` +
      `"growth: <link>" or "career: <link>" below ("growth: default" goes back to the built-in one). ` +
      `Placeholders look like {{name}}; a table row with {{focus.name}} repeats once per focus sub-skill.`,
    ui.ButtonSet.OK_CANCEL,
  );
  if (response.getSelectedButton() !== ui.Button.OK) return null;
  const text = response.getResponseText().trim();
  if (text === '') return null;
  const match = /^(growth|career)\s*:\s*(.*)$/i.exec(text);
  if (!match)
    throw new Error(`Start with "growth:" or "career:", then the doc's link (for example growth: https://docs.google.com/document/d/…).`);
  const kind: DocKind = match[1]?.toLowerCase() === 'career' ? 'career-plan' : 'growth-plan';
  return { kind, urlOrId: (match[2] ?? '').trim() };
}

/** Shows an error from a menu item as a dialog instead of a bare script error. */
export function alertError(title: string, error: unknown): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, messageOf(error), ui.ButtonSet.OK);
}
