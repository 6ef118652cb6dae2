import {
  docCreateOptionsSchema,
  docTemplateInputSchema,
  parseInput,
  personIdSchema,
  targetLevelSchema,
  type DocResult,
  type DocTemplateInfo,
} from '../core/api';
import { DOC_KINDS, DOC_TITLES, knownPlaceholders, type DocKind } from '../core/docs/docKinds';
import { CAREER_PLAN_VOCABULARY } from '../core/docs/careerPlan';
import { GROWTH_PLAN_VOCABULARY } from '../core/docs/growthPlan';
import { assertTemplateUsable } from '../core/docs/templateCheck';
import { docIdFrom } from '../core/docs/templateModel';
import { createPlanDoc } from '../gas/docsCreate';
import { docUrl, driveReach, openDocIfAllowed } from '../gas/docsFiling';
import { readTemplateDoc } from '../gas/docsTemplateReader';
import { builtInTemplateDoc, saveTemplateSettings, templateSettings, TEMPLATE_WHAT, writeDefaultTemplateDoc } from '../gas/docsTemplates';
import {
  alertError,
  askAboutExistingDoc,
  askForBlankPlan,
  selectedPersonId,
  showCreatedDoc,
  showDocTemplatesPrompt,
} from '../gas/docsMenu';
import { messageOf, readRefusal } from '../core/messages';

const VOCABULARIES = { 'growth-plan': GROWTH_PLAN_VOCABULARY, 'career-plan': CAREER_PLAN_VOCABULARY } as const;

/**
 * `createGrowthPlan(personId, options?)` (docs/ARCHITECTURE.md, Server API): a Growth Plan doc for the PM.
 * Without options, a second run for the same PM and cycle creates nothing and answers
 * `status: 'exists'` with that doc; `{ ifExists: 'open' }` answers it as `opened`,
 * `{ ifExists: 'newVersion' }` makes "(v2)". Never writes into an existing doc.
 */
export function createGrowthPlan(personId: unknown, options?: unknown): DocResult {
  const id = parseInput(personIdSchema, personId, 'Growth plan');
  const opts = parseInput(docCreateOptionsSchema, options ?? {}, 'Growth plan options');
  return createPlanDoc({
    kind: 'growth-plan',
    personId: id,
    ifExists: opts.ifExists ?? 'ask',
    targetLevel: null,
    blank: opts.blank === true,
  });
}

/**
 * `createCareerPlan(personId, targetLevel?, options?)`: a Career Plan doc towards `targetLevel`
 * (default: the level above; a level id or name of the workbook's ladder, or of another built-in
 * ladder as "<ladder id>:<level>"). Options as for createGrowthPlan; they may also come second
 * (`createCareerPlan(id, { targetLevel, ifExists })`).
 */
export function createCareerPlan(personId: unknown, targetLevel?: unknown, options?: unknown): DocResult {
  const id = parseInput(personIdSchema, personId, 'Career plan');
  const optionsGivenSecond = typeof targetLevel === 'object' && targetLevel !== null;
  const opts = parseInput(docCreateOptionsSchema, (optionsGivenSecond ? targetLevel : options) ?? {}, 'Career plan options');
  const target = optionsGivenSecond
    ? (opts.targetLevel ?? null)
    : parseInput(targetLevelSchema, targetLevel ?? null, 'Career plan target level');
  return createPlanDoc({ kind: 'career-plan', personId: id, ifExists: opts.ifExists ?? 'ask', targetLevel: target || null });
}

/**
 * One template as a manager sees it. A template doc this user cannot open is said so
 * (`reachable: false`) and still linked: the workbook's setting is shared, and stays.
 */
function templateInfo(kind: DocKind): DocTemplateInfo {
  const properties = PropertiesService.getDocumentProperties().getProperties();
  const setting = templateSettings(properties)[kind];
  let edited = false;
  let reachable = true;
  if (setting?.custom) reachable = openDocIfAllowed(setting.docId) !== null;
  else if (setting) {
    const found = builtInTemplateDoc(setting);
    reachable = found.state !== 'unreachable';
    edited = found.state === 'open' && found.edited;
  }
  return {
    kind,
    title: DOC_TITLES[kind],
    source: setting?.custom ? 'custom' : 'built-in',
    docId: setting?.docId ?? null,
    url: setting ? docUrl(setting.docId) : null,
    edited,
    reachable,
    placeholders: knownPlaceholders(VOCABULARIES[kind]),
  };
}

/**
 * `getDocTemplates()`: the template of each doc kind and the placeholders it may use. The first
 * time, the built-in templates are written into Google Docs (in My Drive) so a manager can open
 * them and edit them: an edited built-in template is used from then on. A template doc in the
 * trash is written again; one this user cannot open (another editor's) is left as the workbook's
 * setting, never replaced.
 */
export function getDocTemplates(): DocTemplateInfo[] {
  const documentProperties = PropertiesService.getDocumentProperties();
  const settings = templateSettings(documentProperties.getProperties());
  let changed = false;
  for (const kind of DOC_KINDS) {
    const setting = settings[kind];
    if (setting && (setting.custom || driveReach(setting.docId) !== 'trashed')) continue;
    settings[kind] = writeDefaultTemplateDoc(kind);
    changed = true;
  }
  if (changed) saveTemplateSettings(documentProperties, settings);
  return DOC_KINDS.map(templateInfo);
}

/**
 * `setDocTemplate({ kind, urlOrId })`: the team's own Google Doc as the template of a kind
 * (its link or id). It is opened and checked now: a doc that cannot be opened, or that holds a
 * placeholder the add-on does not know, is refused with the list and nothing changes.
 * `urlOrId: ""` or `"default"` goes back to the built-in template.
 */
export function setDocTemplate(input: unknown): DocTemplateInfo {
  const { kind, urlOrId } = parseInput(docTemplateInputSchema, input, 'Doc template');
  const documentProperties = PropertiesService.getDocumentProperties();
  const settings = templateSettings(documentProperties.getProperties());
  if (urlOrId === '' || urlOrId.toLowerCase() === 'default' || urlOrId.toLowerCase() === 'built-in') {
    delete settings[kind];
  } else {
    const docId = docIdFrom(urlOrId);
    if (!docId)
      throw new Error(
        `“${urlOrId}” is not a Google Doc link or id: copy the doc's address from the browser (https://docs.google.com/document/d/…). Nothing changed.`,
      );
    const read = readTemplateDoc(docId, kind, TEMPLATE_WHAT[kind]);
    assertTemplateUsable(read.template, VOCABULARIES[kind]);
    settings[kind] = { docId, custom: true };
  }
  saveTemplateSettings(documentProperties, settings);
  return templateInfo(kind);
}

/** Menu: Career Ladder › Create growth plan for selected PM. */
export function menuCreateGrowthPlan(): void {
  menuCreate('growth-plan');
}

/** Menu: Career Ladder › Create career plan for selected PM (towards their Team target level, else the next). */
export function menuCreateCareerPlan(): void {
  menuCreate('career-plan');
}

function menuCreate(kind: DocKind): void {
  try {
    const person = selectedPersonId();
    const target = kind === 'career-plan' ? person.targetLevel || null : null;
    let blank = false;
    const run = (ifExists: 'ask' | 'open' | 'newVersion'): DocResult =>
      kind === 'growth-plan' ? createGrowthPlan(person.id, { ifExists, blank }) : createCareerPlan(person.id, target, { ifExists });
    let result: DocResult;
    try {
      result = run('ask');
    } catch (error) {
      // No manager rating yet: a blank plan only when the manager says so.
      if (readRefusal(error).code !== 'NOT_RATED') throw error;
      if (!askForBlankPlan(person.name, messageOf(error))) return;
      blank = true;
      result = run('ask');
    }
    if (result.status === 'exists') {
      const choice = askAboutExistingDoc(result, person.name);
      if (choice === 'cancel') return;
      result = run(choice);
    }
    showCreatedDoc(result);
  } catch (error) {
    alertError(`${DOC_TITLES[kind]}`, error);
  }
}

/** Menu: Career Ladder › Doc templates…: shows the templates and takes a doc link for either. */
export function menuDocTemplates(): void {
  try {
    const answer = showDocTemplatesPrompt(getDocTemplates());
    if (answer === null) return;
    showDocTemplatesPrompt([setDocTemplate(answer)], true);
  } catch (error) {
    alertError('Doc templates', error);
  }
}
