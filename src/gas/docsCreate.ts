import { personPast } from '../core/cycles/trend';
import { trendRows } from './cycleHistory';
import type { DocResult } from '../core/api';
import { CAREER_PLAN_VOCABULARY, careerPlanContent, careerPlanValues } from '../core/docs/careerPlan';
import { docAppProperties, docName, existingDecision, type ExistingDoc, type IfExists } from '../core/docs/docFiling';
import { DOC_TITLES, managerLabel, type DocKind, type Vocabulary } from '../core/docs/docKinds';
import { GROWTH_PLAN_VOCABULARY, growthPlanContent, growthPlanValues } from '../core/docs/growthPlan';
import { resolveTarget } from '../core/docs/targetLevel';
import { assertTemplateUsable } from '../core/docs/templateCheck';
import { fillTemplate } from '../core/docs/templateFill';
import type { TemplateValues } from '../core/docs/templateModel';
import { contentHash, isEdited, writtenDocKey, writtenDocValue } from '../core/docs/writtenDocs';
import { BUILTIN_LADDER_INDEX } from '../core/ladder/builtinIndex';
import { findLevel } from '../core/ladder/query';
import type { Ladder } from '../core/ladder/schema';
import type { PersonRecord } from '../core/workbook/model';
import {
  createCycleFolder,
  createDocFile,
  docText,
  docUrl,
  findCycleFolder,
  findExistingDocs,
  openDocIfAllowed,
  trashQuietly,
} from './docsFiling';
import { messageOf } from '../core/messages';
import { loadTemplate, templateSettings } from './docsTemplates';
import { writeDocPlan } from './docsWriter';
import { loadLadder } from './ladderSource';
import { setTeamDocLink } from './teamSheet';
import { readWorkbook, type WorkbookRead } from './workbookReader';
import { activeSpreadsheet } from './workbookSpreadsheet';

export interface CreateRequest {
  kind: DocKind;
  personId: string;
  ifExists: IfExists;
  /** Career plan: the target as the manager wrote it; null for the default. */
  targetLevel: string | null;
  /** Growth plan: made even with no manager rating (asked for explicitly). */
  blank?: boolean;
}

const NOUN: Record<DocKind, string> = { 'growth-plan': 'growth plan', 'career-plan': 'career plan' };

/** The PM by id, or an error that says what to do; nothing has been written yet. */
export function findPerson(book: WorkbookRead, personId: string): PersonRecord {
  const person = book.team.find((p) => p.id === personId);
  if (!person) {
    throw new Error(
      `There is no PM with the id "${personId}" in this workbook: choose a PM on the Team sheet (or refresh the workbook) and try again. Nothing was created.`,
    );
  }
  return person;
}

/**
 * Today in the spreadsheet's time zone, the manager's, as the docs date things (2 calls). Not
 * the script's: that is the add-on project's zone, and Google warns that the two differing is a
 * frequent source of bugs (developers.google.com/apps-script/reference/base/session#getScriptTimeZone()).
 */
function today(): string {
  return Utilities.formatDate(new Date(), activeSpreadsheet().getSpreadsheetTimeZone(), 'yyyy-MM-dd');
}

/** The doc's values, given the Manager line (known by name only once Drive has made the doc). */
function contentValues(
  request: CreateRequest,
  book: WorkbookRead,
  person: PersonRecord,
  date: string,
): { valuesFor: (manager: string) => TemplateValues; vocabulary: Vocabulary } {
  const common = {
    ladder: book.ladder,
    person,
    ratings: book.ratings[person.id],
    cycle: book.settings.cycle,
    manager: book.settings.manager,
    today: date,
    // The trend: one read of the History sheet (2 calls; none in the first cycle).
    past: personPast(trendRows(book.settings), person.id),
  };
  if (request.kind === 'growth-plan') {
    const content = growthPlanContent({ ...common, blank: request.blank === true });
    return { valuesFor: (manager) => growthPlanValues({ ...content, manager }), vocabulary: GROWTH_PLAN_VOCABULARY };
  }
  const level = findLevel(book.ladder, person.level);
  if (!level)
    throw new Error(
      `${person.name}'s level "${person.level}" is not a level of the ladder "${book.ladder.title}": fix it on the Team sheet.`,
    );
  const target = resolveTarget(book.ladder, level.id, request.targetLevel ?? undefined, BUILTIN_LADDER_INDEX);
  const targetLadder: Ladder = target.sameLadder ? book.ladder : loadLadder(target.ladderId);
  const content = careerPlanContent({ ...common, target: { ladder: targetLadder, levelId: target.levelId } });
  return { valuesFor: (manager) => careerPlanValues({ ...content, manager }), vocabulary: CAREER_PLAN_VOCABULARY };
}

/**
 * The answer when a doc exists for the PM, kind and cycle: opened (1 call) to hash its text
 * (2 calls) and tell whether someone edited it; or, when this user cannot open it, said plainly.
 * Nothing is written either way: not the Team sheet's link, not the workbook's records.
 */
function existingAnswer(request: CreateRequest, person: PersonRecord, cycle: string, doc: ExistingDoc, open: boolean): DocResult {
  const noun = NOUN[request.kind];
  const opened = openDocIfAllowed(doc.id);
  const base = { docId: doc.id, url: doc.url, status: open ? 'opened' : 'exists', name: doc.name, version: doc.version } as const;
  if (!opened) {
    const cannot =
      `you cannot open it: another editor of this workbook made it and has not shared it with you, or it was deleted. ` +
      `Ask them for access at ${doc.url}`;
    return {
      ...base,
      edited: true,
      reachable: false,
      message: open
        ? `The workbook's ${noun} for ${person.name} (“${doc.name}”) exists, but ${cannot}.`
        : `${person.name} already has a ${noun} for ${cycle} (“${doc.name}”), but ${cannot}, or make a new version of your own: nothing was created.`,
    };
  }
  const edited = isEdited(doc.writtenHash, docText(opened));
  const state = edited ? 'someone has edited it since it was written' : 'nobody has edited it since it was written';
  return {
    ...base,
    edited,
    reachable: true,
    message: open
      ? `Opened the existing ${noun} “${doc.name}”.`
      : `${person.name} already has a ${noun} for ${cycle} (“${doc.name}”; ${state}). Open it, or make a new version: nothing was created.`,
  };
}

/**
 * Makes a Growth Plan or Career Plan doc for one PM (docs/ARCHITECTURE.md, Documents and Safety).
 * Everything is read and checked first — the PM, their ratings, the target level, the template
 * and its placeholders, an existing doc for the same PM and cycle — and only then is anything
 * written: the cycle's folder (once per user), the doc (made empty by Drive inside the folder,
 * tagged, then opened with DocumentApp, filled from the plan, saved), the hash of its text
 * remembered in the workbook, and its link put in the PM's Team row. A failure after the doc was
 * created moves it to the trash.
 */
export function createPlanDoc(request: CreateRequest): DocResult {
  const title = DOC_TITLES[request.kind];
  const book = readWorkbook({ personIds: [request.personId] });
  const person = findPerson(book, request.personId);
  const documentProperties = PropertiesService.getDocumentProperties();
  const properties = documentProperties.getProperties();
  const date = today();
  const { valuesFor, vocabulary } = contentValues(request, book, person, date);
  const values = valuesFor(book.settings.manager);
  const loaded = loadTemplate(request.kind, templateSettings(properties));
  assertTemplateUsable(loaded.template, vocabulary);
  // Filled once before anything is written, so a template that cannot take these values fails first.
  fillTemplate(loaded.template, values);
  const cycle = book.settings.cycle;

  const decision = existingDecision(findExistingDocs(request.kind, person.id, cycle, properties), request.ifExists);
  if (decision.action !== 'create') return existingAnswer(request, person, cycle, decision.doc, decision.action === 'open');

  // Everything checked: write.
  const folderId = findCycleFolder(cycle) ?? createCycleFolder(cycle);
  const name = docName(request.kind, person.name, cycle, decision.version);
  const created = createDocFile(name, folderId, docAppProperties(request.kind, person.id, cycle, decision.version));
  const docId = created.id;
  const url = docUrl(docId);
  let propertySet = false;
  try {
    // The Manager line by name, which Drive gave with the new doc; the values were checked above.
    const manager = managerLabel(book.settings.manager, created.owner);
    const plan = fillTemplate(loaded.template, valuesFor(manager));
    const doc = DocumentApp.openById(docId);
    writeDocPlan(doc.getBody(), plan, loaded.elements);
    doc.saveAndClose();
    // The text as saved, read back from the saved doc: what a later run compares with.
    const hash = contentHash(docText(DocumentApp.openById(docId)));
    documentProperties.setProperty(writtenDocKey(docId), writtenDocValue(request.kind, person.id, cycle, decision.version, name, hash));
    propertySet = true;
    setTeamDocLink(person.id, request.kind, url, decision.version > 1 ? `${title} (v${decision.version})` : title);
  } catch (error) {
    const trashProblem = trashQuietly(docId);
    if (propertySet) {
      try {
        documentProperties.deleteProperty(writtenDocKey(docId));
      } catch {
        // The entry only names a trashed doc: harmless.
      }
    }
    throw new Error(
      `The ${NOUN[request.kind]} for ${person.name} could not be finished: ${messageOf(error)} ` +
        (trashProblem === null
          ? 'The unfinished doc was moved to the trash; nothing else changed.'
          : `Delete the unfinished doc “${name}” by hand (${trashProblem}).`),
      { cause: error },
    );
  }
  const unrated = values.lists.unrated?.items.length ?? 0;
  return {
    docId,
    url,
    status: 'created',
    name,
    version: decision.version,
    edited: false,
    reachable: true,
    message: `Created “${name}”${unrated > 0 ? `; ${unrated} sub-skill${unrated === 1 ? ' has' : 's have'} no manager rating yet (listed in the doc)` : ''}.`,
  };
}
