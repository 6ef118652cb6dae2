import { defaultTemplate, defaultTemplateDocName } from '../core/docs/defaultTemplates';
import { APP_MARK } from '../core/docs/docFiling';
import type { DocKind } from '../core/docs/docKinds';
import type { DocTemplate } from '../core/docs/templateModel';
import { templateAsPlan } from '../core/docs/templateFill';
import { DOC_TEMPLATES_PROPERTY, parseTemplateSettings, type TemplateSetting, type TemplateSettings } from '../core/docs/templateSettings';
import { contentHash, isEdited } from '../core/docs/writtenDocs';
import { createDocFile, docText, docUrl, driveReach, openDocIfAllowed } from './docsFiling';
import { readOpenTemplate, readTemplateDoc } from './docsTemplateReader';
import { writeDocPlan } from './docsWriter';

type Element = GoogleAppsScript.Document.Element;

export const TEMPLATE_WHAT: Record<DocKind, string> = {
  'growth-plan': 'the growth plan template',
  'career-plan': 'the career plan template',
};

export interface LoadedTemplate {
  template: DocTemplate;
  /** The template doc's body children when it was read from a doc (copied by the writer). */
  elements: Element[] | null;
  source: 'built-in' | 'custom';
  /** The template's doc, when it has one. */
  docId: string | null;
  /** True when the built-in template's doc was edited and is used as the template. */
  edited: boolean;
}

export function templateSettings(properties: Readonly<Record<string, string>>): TemplateSettings {
  return parseTemplateSettings(properties[DOC_TEMPLATES_PROPERTY]);
}

/** What the built-in template's doc is, for this user. */
export type BuiltInTemplateDoc =
  | { state: 'trashed' }
  /** The workbook names it, but this user cannot open it (another editor's, or deleted). */
  | { state: 'unreachable' }
  | { state: 'open'; doc: GoogleAppsScript.Document.Document; edited: boolean };

/**
 * Where the built-in template's doc stands (1 call to Drive, then 3 to open it and hash its
 * text). Trashed is known only to the editor whose Drive holds it; any other failure to open it
 * is "unreachable", and the shared setting stays as it is.
 */
export function builtInTemplateDoc(setting: TemplateSetting): BuiltInTemplateDoc {
  if (driveReach(setting.docId) === 'trashed') return { state: 'trashed' };
  const doc = openDocIfAllowed(setting.docId);
  if (!doc) return { state: 'unreachable' };
  return { state: 'open', doc, edited: isEdited(setting.writtenHash ?? null, docText(doc)) };
}

/** Said when the workbook's template doc cannot be opened by this user. */
export function unreachableTemplateMessage(kind: DocKind, docId: string): string {
  return (
    `This workbook uses ${TEMPLATE_WHAT[kind]} in the doc ${docUrl(docId)}, which you cannot open: another editor of this ` +
    `workbook made it and has not shared it with you, or it was deleted. Ask them for access (open the link to ask), or ` +
    `choose the built-in template again under Career Ladder › Doc templates. Nothing was created.`
  );
}

/**
 * The template to fill for `kind`:
 * - the team's own doc, read every time (DocumentApp; a doc that cannot be opened is an error
 *   that names it);
 * - the built-in template: from data while its doc (if a manager opened it) holds the text it was
 *   written with; from the doc once someone edited it; from data again if the doc is in the
 *   trash; refused, with the doc's link, when this user cannot open it (the team may have edited
 *   it: writing from the data instead would quietly differ).
 */
export function loadTemplate(kind: DocKind, settings: TemplateSettings): LoadedTemplate {
  const setting = settings[kind];
  const builtIn: LoadedTemplate = { template: defaultTemplate(kind), elements: null, source: 'built-in', docId: null, edited: false };
  if (!setting) return builtIn;
  if (setting.custom) {
    const read = readTemplateDoc(setting.docId, kind, TEMPLATE_WHAT[kind]);
    return { template: read.template, elements: read.elements, source: 'custom', docId: setting.docId, edited: false };
  }
  const found = builtInTemplateDoc(setting);
  if (found.state === 'trashed') return builtIn;
  if (found.state === 'unreachable') throw new Error(unreachableTemplateMessage(kind, setting.docId));
  if (!found.edited) return { ...builtIn, docId: setting.docId };
  const read = readOpenTemplate(found.doc, kind, TEMPLATE_WHAT[kind]);
  return { template: read.template, elements: read.elements, source: 'built-in', docId: setting.docId, edited: true };
}

/**
 * Writes the built-in template into a new Google Doc in this user's My Drive ("Career Ladder
 * template — Growth Plan"), so a manager can read it, and edit it to change every doc made after.
 * About 25 calls, once.
 */
export function writeDefaultTemplateDoc(kind: DocKind): TemplateSetting {
  const docId = createDocFile(defaultTemplateDocName(kind), null, { [APP_MARK]: 'template', clKind: kind }).id;
  const doc = DocumentApp.openById(docId);
  writeDocPlan(doc.getBody(), templateAsPlan(defaultTemplate(kind)), null);
  doc.saveAndClose();
  return { docId, custom: false, writtenHash: contentHash(docText(DocumentApp.openById(docId))) };
}

export function saveTemplateSettings(documentProperties: GoogleAppsScript.Properties.Properties, settings: TemplateSettings): void {
  documentProperties.setProperty(DOC_TEMPLATES_PROPERTY, JSON.stringify(settings));
}
