import { defaultTemplate, defaultTemplateDocName } from '../core/docs/defaultTemplates';
import { APP_MARK } from '../core/docs/docFiling';
import type { DocKind } from '../core/docs/docKinds';
import type { DocTemplate } from '../core/docs/templateModel';
import { templateAsPlan } from '../core/docs/templateFill';
import { DOC_TEMPLATES_PROPERTY, parseTemplateSettings, type TemplateSetting, type TemplateSettings } from '../core/docs/templateSettings';
import { fileDoc, fileState } from './docsFiling';
import { readTemplateDoc } from './docsTemplateReader';
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

/**
 * The template to fill for `kind`:
 * - the team's own doc, read every time (DocumentApp; a doc that cannot be opened is an error
 *   that names it);
 * - the built-in template: from data while its doc (if a manager opened it) is unchanged, 1 call
 *   to Drive to know; from the doc once someone edited it; from data again if the doc is gone.
 */
export function loadTemplate(kind: DocKind, settings: TemplateSettings): LoadedTemplate {
  const setting = settings[kind];
  const builtIn: LoadedTemplate = { template: defaultTemplate(kind), elements: null, source: 'built-in', docId: null, edited: false };
  if (!setting) return builtIn;
  if (setting.custom) {
    const read = readTemplateDoc(setting.docId, kind, TEMPLATE_WHAT[kind]);
    return { template: read.template, elements: read.elements, source: 'custom', docId: setting.docId, edited: false };
  }
  const state = fileState(setting.docId);
  if (!state) return builtIn;
  if (state.modifiedTime === setting.writtenTime) return { ...builtIn, docId: setting.docId };
  const read = readTemplateDoc(setting.docId, kind, TEMPLATE_WHAT[kind]);
  return { template: read.template, elements: read.elements, source: 'built-in', docId: setting.docId, edited: true };
}

/**
 * Writes the built-in template into a new Google Doc in My Drive ("Career Ladder template —
 * Growth Plan"), so a manager can read it, and edit it to change every doc made after. About 25
 * calls, once.
 */
export function writeDefaultTemplateDoc(kind: DocKind): TemplateSetting {
  const doc = DocumentApp.create(defaultTemplateDocName(kind));
  const docId = doc.getId();
  writeDocPlan(doc.getBody(), templateAsPlan(defaultTemplate(kind)), null);
  doc.saveAndClose();
  const { modifiedTime } = fileDoc(docId, null, { [APP_MARK]: 'template', clKind: kind });
  return { docId, custom: false, writtenTime: modifiedTime };
}

export function saveTemplateSettings(documentProperties: GoogleAppsScript.Properties.Properties, settings: TemplateSettings): void {
  documentProperties.setProperty(DOC_TEMPLATES_PROPERTY, JSON.stringify(settings));
}
