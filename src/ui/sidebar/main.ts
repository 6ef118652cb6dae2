import type { RatingForm, RatingFormItem, ReviewDetails, SidebarContext } from '../../core/api';
import { RATING_CHOICES, RATING_SCALE, type Rating, type RatingChoice, type RatingSource } from '../../core/ratingScale';
import { asSentence, messageOf } from '../../core/messages';
import { pageBridge, type Bridge } from '../bridge';
import { byId, el, isWebLink, replaceChildren } from '../dom';
import { isConflict, isNotRated, isNotSetUp } from './refusals';
import { nextLevelAdds } from './expectations';
import {
  browserDraftStore,
  countRated,
  draftKey,
  draftToStore,
  formEntries,
  markSaved,
  mergeAfterReload,
  parseStoredDraft,
  pendingChanges,
  sameEntry,
  unsavedIds,
  type Entries,
  type ManagerEntry,
} from './ratingDrafts';

/**
 * The rating sidebar (docs/ARCHITECTURE.md, The sidebar and dialogs): pick a PM, rate each sub-skill against the
 * expectations of their level and the next, write evidence, save. What was typed is kept
 * until the server confirms it: a failed save keeps it and says why, a conflict offers a
 * reload that keeps it on top of the fresh ratings, and switching PMs keeps each PM's drafts.
 */

interface ItemControls {
  item: RatingFormItem;
  article: HTMLElement;
  rating: HTMLSelectElement;
  evidence: HTMLTextAreaElement;
  overlap: HTMLElement;
}

interface Drafts {
  saved: Entries;
  current: Entries;
}

const bridge: Bridge = pageBridge();
const kept = browserDraftStore(() => window.localStorage);

const ui = {
  person: byId<HTMLSelectElement>('person'),
  reload: byId<HTMLButtonElement>('reload'),
  meta: byId('meta'),
  progress: byId('progress'),
  progressBar: byId<HTMLProgressElement>('progress-bar'),
  progressText: byId('progress-text'),
  nextUnrated: byId<HTMLButtonElement>('next-unrated'),
  notice: byId('notice'),
  form: byId('form'),
  bottom: byId('bottom'),
  status: byId('status'),
  save: byId<HTMLButtonElement>('save'),
  growthPlan: byId<HTMLButtonElement>('growth-plan'),
  growthPlanResult: byId('growth-plan-result'),
};

const state = {
  context: null as SidebarContext | null,
  form: null as RatingForm | null,
  saved: {} as Entries,
  current: {} as Entries,
  overlaps: {} as Entries,
  controls: new Map<string, ItemControls>(),
  /** Unsaved edits of PMs not on screen, by person id. */
  drafts: new Map<string, Drafts>(),
  saving: false,
  /** Increases with every load, so a slow reply for a PM no longer shown is ignored. */
  loadSeq: 0,
};

function setStatus(text: string, tone: 'plain' | 'ok' | 'error' = 'plain'): void {
  ui.status.textContent = text;
  ui.status.className = `status${tone === 'plain' ? '' : ` ${tone}`}`;
}

function showNotice(tone: 'error' | 'warning', ...content: Array<Node | string>): void {
  replaceChildren(ui.notice, ...content);
  ui.notice.className = `notice message ${tone}`;
  ui.notice.hidden = false;
}

function hideNotice(): void {
  ui.notice.hidden = true;
  replaceChildren(ui.notice);
}

function personName(personId: string): string {
  return state.context?.people.find((p) => p.id === personId)?.name ?? '';
}

// ---- the PM picker -------------------------------------------------------------------------

function renderPicker(selectedId: string | null): void {
  const people = state.context?.people ?? [];
  const options = [el('option', { value: '' }, people.length ? 'Choose a PM…' : 'No team yet')];
  for (const person of people) {
    const hasDrafts = state.drafts.has(person.id) && person.id !== selectedId;
    options.push(
      el('option', { value: person.id, selected: person.id === selectedId }, hasDrafts ? `${person.name} (unsaved changes)` : person.name),
    );
  }
  replaceChildren(ui.person, ...options);
  ui.person.value = selectedId ?? '';
  ui.person.disabled = people.length === 0;
}

function currentPersonId(): string | null {
  return state.form?.person.id ?? null;
}

/** Keeps the shown PM's unsaved edits aside before another PM is loaded. */
function stashDrafts(): void {
  const personId = currentPersonId();
  if (!personId) return;
  if (unsavedIds(state.saved, state.current).length > 0) state.drafts.set(personId, { saved: state.saved, current: state.current });
  else state.drafts.delete(personId);
}

// ---- loading a PM's form ------------------------------------------------------------------

async function loadPerson(personId: string, reason: 'open' | 'reload'): Promise<void> {
  const seq = ++state.loadSeq;
  if (reason === 'open') {
    // The previous PM's edits were stashed; nothing typed from here on may land on the wrong PM.
    state.form = null;
    state.saved = {};
    state.current = {};
    state.overlaps = {};
    state.controls.clear();
    ui.progress.hidden = true;
    ui.bottom.hidden = true;
    ui.meta.textContent = '';
    replaceChildren(ui.form, el('p', { class: 'empty muted' }, 'Loading…'));
  }
  ui.form.setAttribute('aria-busy', 'true');
  ui.reload.disabled = true;
  setStatus(reason === 'reload' ? 'Reloading the latest ratings…' : `Loading ${personName(personId) || 'the ratings'}…`);
  let form: RatingForm;
  try {
    form = await bridge.getRatingForm(personId);
  } catch (error) {
    if (seq !== state.loadSeq) return;
    ui.form.setAttribute('aria-busy', 'false');
    ui.reload.disabled = false;
    setStatus('');
    // The workbook lost its Team sheet or settings since the sidebar opened: offer set-up again.
    if (isNotSetUp(error)) return showEmptyTeam();
    if (!state.form) replaceChildren(ui.form);
    showNotice('error', `Could not load the ratings: ${messageOf(error)}`);
    return;
  }
  if (seq !== state.loadSeq) return;
  ui.form.setAttribute('aria-busy', 'false');
  hideNotice();

  const fresh = formEntries(form);
  // Edits typed before this load (a conflict reload, or drafts kept while another PM was shown).
  const previous: Drafts | undefined =
    reason === 'reload' && currentPersonId() === personId ? { saved: state.saved, current: state.current } : state.drafts.get(personId);
  state.drafts.delete(personId);
  const merge = previous
    ? mergeAfterReload(previous.saved, previous.current, fresh)
    : { current: { ...fresh }, overlaps: {}, orphaned: {} };
  state.form = form;
  state.saved = fresh;
  state.current = merge.current;
  state.overlaps = merge.overlaps;
  renderPicker(personId);
  renderForm(form);
  void showReviews(personId, seq);

  const kept = unsavedIds(state.saved, state.current).length;
  const overlapCount = Object.keys(merge.overlaps).length;
  const orphanCount = Object.keys(merge.orphaned).length;
  if (orphanCount > 0) {
    showNotice(
      'warning',
      `${orphanCount} unsaved change${orphanCount === 1 ? ' was' : 's were'} for sub-skills no longer on this PM's ladder; the text is below so you can copy it.`,
      el(
        'pre',
        { class: 'orphaned' },
        Object.entries(merge.orphaned)
          .map(([id, e]) => `${id}: ${e.rating ?? 'not rated'}\n${e.evidence}`)
          .join('\n\n'),
      ),
    );
  }
  if (kept > 0) {
    const also =
      overlapCount > 0
        ? ` ${overlapCount} of them ${overlapCount === 1 ? 'was' : 'were'} also changed by someone else (marked below).`
        : '';
    setStatus(`Your ${kept} unsaved change${kept === 1 ? ' is' : 's are'} kept on top of the latest ratings.${also} Save when ready.`);
  } else {
    setStatus(reason === 'reload' ? 'Showing the latest ratings.' : '');
  }
  updateProgress();
  if (previous) keepDraft();
  else offerKeptDraft(form);
}

// ---- rendering ------------------------------------------------------------------------------

function ratingSelect(
  id: string,
  labelledBy: string,
  value: RatingChoice | null,
  scale: readonly string[],
  unrated: string,
): HTMLSelectElement {
  const select = el('select', { id, class: 'rating', 'aria-describedby': labelledBy }, el('option', { value: '' }, unrated));
  for (const rating of scale) select.appendChild(el('option', { value: rating }, rating));
  select.value = value ?? '';
  return select;
}

function describeEntry(entry: ManagerEntry): string {
  return `${entry.rating ?? 'not rated'}${entry.evidence ? ` — “${entry.evidence.length > 140 ? `${entry.evidence.slice(0, 140)}…` : entry.evidence}”` : ''}`;
}

function expectation(kind: 'current' | 'next', label: string, text: string): HTMLElement {
  return el('div', { class: `expectation ${kind}` }, el('div', { class: 'label' }, label), el('p', { class: 'clamped' }, text));
}

function nextExpectation(item: RatingFormItem, nextLevel: string | null): HTMLElement {
  if (!nextLevel) return expectation('next', 'Next level', 'Top of the ladder.');
  const next = nextLevelAdds(item.current, item.next);
  if (!next.additionsOnly) return expectation('next', `At ${nextLevel}`, item.next || 'Nothing stated at this level.');
  return expectation('next', `${nextLevel} adds`, next.text || 'Nothing new for this sub-skill.');
}

/**
 * Expectations on a cumulative ladder run long; each shows its first lines, with a button to
 * show the rest (added only where text is cut, once the sidebar has laid it out).
 */
function addShowMore(root: HTMLElement): void {
  for (const text of Array.from(root.querySelectorAll<HTMLElement>('.expectation p.clamped'))) {
    if (text.scrollHeight <= text.clientHeight + 1) {
      text.classList.remove('clamped');
      continue;
    }
    const toggle = el('button', { type: 'button', class: 'link more', 'aria-expanded': 'false' }, 'Show more');
    toggle.addEventListener('click', () => {
      const open = text.classList.toggle('clamped') === false;
      toggle.textContent = open ? 'Show less' : 'Show more';
      toggle.setAttribute('aria-expanded', String(open));
    });
    text.after(toggle);
  }
}

function renderItem(item: RatingFormItem, index: number, form: RatingForm): HTMLElement {
  const entry = state.current[item.subskillId] ?? { rating: null, evidence: '' };
  const headingId = `name-${index}`;
  const unreadable = item.unreadable;
  const typed = (source: RatingSource) => unreadable.find((u) => u.source === source);
  const manager = typed('manager');
  // What the sheet holds, with its cell, rather than "Not rated": the manager sees what to replace.
  const rating = ratingSelect(
    `rating-${index}`,
    headingId,
    entry.rating,
    form.scale,
    manager ? `“${manager.value}” in ${manager.cell} (not counted)` : 'Not rated',
  );
  const other = (source: 'self' | 'peer') => {
    const cell = typed(source);
    return cell ? `“${cell.value}” in ${cell.cell} (not counted)` : (item.ratings[source] ?? '—');
  };
  const evidence = el('textarea', { id: `evidence-${index}`, rows: 3, placeholder: 'What did you see? Examples, links, quotes.' });
  evidence.value = entry.evidence;
  const overlap = el('p', { class: 'overlap message warning', role: 'note' });
  const nextLevel = form.person.nextLevelName;
  const article = el(
    'article',
    { class: 'item', 'data-subskill': item.subskillId, 'aria-labelledby': headingId },
    el('h3', { id: headingId }, item.name),
    item.description ? el('p', { class: 'description' }, item.description) : null,
    expectation('current', `At ${form.person.levelName}`, item.current || 'Nothing stated at this level.'),
    nextExpectation(item, nextLevel),
    el(
      'div',
      { class: 'others' },
      el('span', {}, el('b', {}, 'Self: '), other('self')),
      el('span', {}, el('b', {}, 'Peer: '), other('peer')),
      // The trend: last cycle's manager rating next to this one ("First cycle" before any is archived).
      form.lastCycle === null
        ? el('span', { class: 'last-cycle' }, el('b', {}, 'First cycle'))
        : el('span', { class: 'last-cycle' }, el('b', {}, `${form.lastCycle}: `), item.lastManager ?? 'not rated'),
    ),
    unreadable.length > 0
      ? el(
          'p',
          { class: 'message warning unreadable', role: 'note' },
          unreadable.map((u) => asSentence(`${u.cell} holds “${u.value}”: ${u.message}`)).join(' '),
        )
      : null,
    el('label', { for: rating.id }, 'Your rating'),
    rating,
    el('label', { for: evidence.id }, 'Evidence'),
    evidence,
    overlap,
  );
  const controls: ItemControls = { item, article, rating, evidence, overlap };
  rating.addEventListener('change', () => onEdit(controls));
  evidence.addEventListener('input', () => onEdit(controls));
  state.controls.set(item.subskillId, controls);
  refreshItem(controls);
  return article;
}

/**
 * Each collected review under its sub-skill, attributed (README, "Self and peer reviews"): asked
 * after the form is shown, in a call of its own, so the form costs no more to open. A failure
 * leaves the form as it is: the reviews are a help, not the form.
 */
async function showReviews(personId: string, seq: number): Promise<void> {
  let details: ReviewDetails;
  try {
    details = await bridge.getReviewDetails(personId);
  } catch {
    return;
  }
  if (seq !== state.loadSeq) return;
  const bySubskill = new Map<string, ReviewDetails['reviews']>();
  for (const r of details.reviews) bySubskill.set(r.subskillId, [...(bySubskill.get(r.subskillId) ?? []), r]);
  for (const [subskillId, reviews] of bySubskill) {
    const controls = state.controls.get(subskillId);
    if (!controls) continue;
    controls.article.querySelector('.reviews')?.remove();
    const list = el(
      'ul',
      {},
      ...reviews.map((r) =>
        el(
          'li',
          {},
          el('b', {}, `${r.reviewer} (${r.kind === 'self' ? 'self' : 'peer'}): `),
          r.rating || 'no rating',
          r.evidence ? ` — ${r.evidence}` : '',
        ),
      ),
    );
    const block = el('details', { class: 'reviews' }, el('summary', {}, `Reviews (${reviews.length})`), list);
    controls.article.querySelector('.others')?.after(block);
  }
}

function renderForm(form: RatingForm): void {
  state.controls.clear();
  const { person } = form;
  ui.meta.textContent = `${person.levelName}${person.nextLevelName ? ` → ${person.nextLevelName}` : ' (top level)'} · ${form.cycle} · ${form.ladder.title}`;
  const areas: HTMLElement[] = [];
  let section: HTMLElement | null = null;
  let areaId: string | null = null;
  form.items.forEach((item, index) => {
    if (item.areaId !== areaId || !section) {
      areaId = item.areaId;
      section = el(
        'section',
        { class: 'area', 'data-area': item.areaId },
        el('h2', {}, el('span', {}, item.area), el('span', { class: 'count' })),
      );
      areas.push(section);
    }
    section.appendChild(renderItem(item, index, form));
  });
  const closed = form.closed
    ? el(
        'p',
        { class: 'message warning closed', role: 'note' },
        `“${form.cycle}” was closed on ${form.closed.at.slice(0, 10)}${form.closed.by ? ` by ${form.closed.by}` : ''}: ratings cannot be saved until it is reopened (Career Ladder → Reopen cycle…).`,
      )
    : null;
  replaceChildren(ui.form, ...(closed ? [closed] : []), ...areas);
  addShowMore(ui.form);
  if (form.items.length === 0) replaceChildren(ui.form, el('p', { class: 'empty muted' }, 'This ladder has no sub-skills to rate.'));
  ui.progress.hidden = false;
  ui.bottom.hidden = false;
  ui.reload.disabled = false;
  ui.growthPlan.hidden = !state.context?.features.growthPlan;
  ui.growthPlanResult.hidden = true;
  updateAreaCounts();
}

function refreshItem(controls: ItemControls): void {
  const id = controls.item.subskillId;
  const entry = state.current[id];
  const unsaved = !sameAsSaved(id);
  controls.article.classList.toggle('unsaved', unsaved);
  // Not applicable has no step: no colour mark.
  controls.rating.dataset.step = entry?.rating ? String(RATING_SCALE.indexOf(entry.rating as Rating)) : '';
  const theirs = state.overlaps[id];
  controls.overlap.hidden = !theirs;
  if (theirs) controls.overlap.textContent = `Someone else saved: ${describeEntry(theirs)}. Your version is kept; saving replaces theirs.`;
}

function sameAsSaved(id: string): boolean {
  return sameEntry(state.saved[id], state.current[id]);
}

/** Keeps the shown PM's unsaved edits in the browser, or forgets them once nothing is unsaved. */
function keepDraft(): void {
  const form = state.form;
  if (!form) return;
  const draft = draftToStore(form.version, state.saved, state.current, new Date());
  if (draft) kept.write(draftKey(form), JSON.stringify(draft));
  else kept.remove(draftKey(form));
}

/** Edits kept in the browser from an earlier sidebar on this PM: offered back, never applied unasked. */
function offerKeptDraft(form: RatingForm): void {
  const key = draftKey(form);
  const draft = parseStoredDraft(kept.read(key));
  if (!draft) return;
  const merge = mergeAfterReload(draft.saved, draft.current, state.saved);
  const count = unsavedIds(state.saved, merge.current).length;
  if (count === 0) {
    kept.remove(key);
    return;
  }
  const restore = el('button', { type: 'button', class: 'action' }, 'Restore');
  const discard = el('button', { type: 'button' }, 'Discard');
  restore.addEventListener('click', () => {
    if (state.form !== form) return;
    hideNotice();
    state.current = { ...merge.current, ...pickUnsaved() };
    state.overlaps = merge.overlaps;
    renderForm(form);
    updateProgress();
    keepDraft();
    setStatus(`Restored ${count} unsaved change${count === 1 ? '' : 's'}. Save when ready.`);
  });
  discard.addEventListener('click', () => {
    kept.remove(key);
    hideNotice();
    keepDraft();
  });
  const when = new Date(draft.at);
  showNotice(
    'warning',
    el(
      'p',
      {},
      `You have unsaved changes from earlier (${count} sub-skill${count === 1 ? '' : 's'}${isNaN(when.getTime()) ? '' : `, ${when.toLocaleString()}`}).`,
    ),
    el('div', { class: 'buttons' }, restore, discard),
  );
}

/** Edits typed since this form was shown (they win over a restored draft). */
function pickUnsaved(): Entries {
  return Object.fromEntries(unsavedIds(state.saved, state.current).map((id) => [id, state.current[id]!])) as Entries;
}

function updateAreaCounts(): void {
  for (const section of Array.from(ui.form.querySelectorAll<HTMLElement>('section.area'))) {
    const ids = Array.from(section.querySelectorAll<HTMLElement>('article.item')).map((a) => a.dataset.subskill ?? '');
    const rated = ids.filter((id) => state.current[id]?.rating).length;
    const count = section.querySelector('.count');
    if (count) count.textContent = `${rated}/${ids.length}`;
  }
}

function updateProgress(): void {
  const total = state.form?.items.length ?? 0;
  const rated = countRated(state.current);
  ui.progressBar.max = Math.max(total, 1);
  ui.progressBar.value = rated;
  const unsaved = unsavedIds(state.saved, state.current).length;
  ui.progressText.textContent = `${rated} of ${total} rated${unsaved ? ` · ${unsaved} unsaved` : ''}`;
  ui.nextUnrated.hidden = rated >= total;
  ui.save.disabled = state.saving || unsaved === 0 || Boolean(state.form?.closed);
  ui.save.textContent = state.saving ? 'Saving…' : unsaved ? `Save ${unsaved} change${unsaved === 1 ? '' : 's'}` : 'Saved';
  updateAreaCounts();
}

// ---- editing and saving ----------------------------------------------------------------------

function onEdit(controls: ItemControls): void {
  const value = controls.rating.value;
  const rating = (RATING_CHOICES as readonly string[]).includes(value) ? (value as RatingChoice) : null;
  state.current = { ...state.current, [controls.item.subskillId]: { rating, evidence: controls.evidence.value } };
  refreshItem(controls);
  updateProgress();
  keepDraft();
  if (!state.saving && ui.status.classList.contains('ok')) setStatus('');
}

async function save(): Promise<void> {
  const form = state.form;
  if (!form || state.saving) return;
  const changes = pendingChanges(state.saved, state.current);
  if (changes.length === 0) return;
  const personId = form.person.id;
  state.saving = true;
  hideNotice();
  setStatus(`Saving ${changes.length} change${changes.length === 1 ? '' : 's'}…`);
  updateProgress();
  try {
    const result = await bridge.saveRatings({ personId, version: form.version, ratings: changes });
    if (state.form !== form) return; // another PM is shown; their drafts were stashed with these changes unsaved
    form.version = result.version;
    state.saved = markSaved(state.saved, changes);
    keepDraft();
    for (const change of changes) delete state.overlaps[change.subskillId];
    const left = unsavedIds(state.saved, state.current).length;
    setStatus(
      `Saved ${changes.length} change${changes.length === 1 ? '' : 's'} for ${form.person.name}.${left ? ` ${left} newer change${left === 1 ? ' is' : 's are'} not saved yet.` : ''}`,
      'ok',
    );
  } catch (error) {
    const message = messageOf(error);
    if (isConflict(error)) showConflict(message);
    else setStatus(`Not saved: ${asSentence(message)} Your changes are still here; try again.`, 'error');
  } finally {
    state.saving = false;
    for (const controls of state.controls.values()) refreshItem(controls);
    updateProgress();
  }
}

function showConflict(message: string): void {
  setStatus('Not saved: someone else changed these ratings. Your changes are still here.', 'error');
  const reload = el('button', { type: 'button', class: 'action' }, 'Reload, keeping my changes');
  const dismiss = el('button', { type: 'button' }, 'Not now');
  reload.addEventListener('click', () => {
    const personId = currentPersonId();
    if (personId) void loadPerson(personId, 'reload');
  });
  dismiss.addEventListener('click', () => {
    hideNotice();
    ui.save.focus();
  });
  showNotice(
    'error',
    el('p', {}, message),
    el('p', {}, 'Reload to see their ratings; your unsaved changes stay on top, then save again.'),
    el('div', { class: 'buttons' }, reload, dismiss),
  );
  reload.focus();
}

function docLink(url: string, text: string): Node {
  return isWebLink(url)
    ? el('a', { href: url, target: '_blank', rel: 'noopener' }, text)
    : document.createTextNode('The document is in your Drive.');
}

async function createGrowthPlan(ifExists?: 'newVersion', blank = false): Promise<void> {
  const form = state.form;
  if (!form) return;
  if (unsavedIds(state.saved, state.current).length > 0) {
    setStatus('Save your changes first: the growth plan is written from the saved ratings.', 'error');
    return;
  }
  ui.growthPlan.disabled = true;
  ui.growthPlanResult.hidden = true;
  setStatus(`Writing ${form.person.name}'s growth plan…`);
  try {
    const options = { ...(ifExists ? { ifExists } : {}), ...(blank ? { blank } : {}) };
    const doc = await bridge.createGrowthPlan(form.person.id, ifExists || blank ? options : undefined);
    setStatus('');
    if (doc.status === 'exists') {
      // Never a second copy without asking (docs/ARCHITECTURE.md, Documents).
      const again = el('button', { type: 'button' }, 'Make a new version');
      again.addEventListener('click', () => void createGrowthPlan('newVersion', blank));
      // A plan another editor made and has not shared: the reply says so, with the link to ask for access.
      replaceChildren(
        ui.growthPlanResult,
        doc.reachable
          ? el('p', {}, `${form.person.name} already has a growth plan for ${form.cycle}: `, docLink(doc.url, doc.name), '.')
          : el('p', {}, doc.message, ' ', docLink(doc.url, 'Ask for access')),
        el('div', { class: 'buttons' }, again),
      );
    } else {
      replaceChildren(ui.growthPlanResult, docLink(doc.url, `Open ${doc.name}`));
    }
    ui.growthPlanResult.hidden = false;
  } catch (error) {
    if (isNotRated(error)) {
      // Nothing to choose a focus from: ask, and offer a blank plan as a choice of its own.
      setStatus('');
      const makeBlank = el('button', { type: 'button' }, 'Create a blank plan');
      makeBlank.addEventListener('click', () => void createGrowthPlan(ifExists, true));
      replaceChildren(ui.growthPlanResult, el('p', {}, messageOf(error)), el('div', { class: 'buttons' }, makeBlank));
      ui.growthPlanResult.hidden = false;
      return;
    }
    setStatus(`No growth plan: ${messageOf(error)}`, 'error');
  } finally {
    ui.growthPlan.disabled = false;
  }
}

function focusNextUnrated(): void {
  const controls = [...state.controls.values()];
  const at = controls.findIndex((c) => c.article.contains(document.activeElement));
  // From the item being edited onwards, wrapping round; from the top when focus is elsewhere.
  const ordered = at < 0 ? controls : [...controls.slice(at + 1), ...controls.slice(0, at + 1)];
  const next = ordered.find((c) => !state.current[c.item.subskillId]?.rating);
  if (next) {
    next.article.scrollIntoView({ block: 'start' });
    next.rating.focus();
  }
}

// ---- start -----------------------------------------------------------------------------------

function showEmptyTeam(): void {
  const setup = el('button', { type: 'button', class: 'action' }, 'Set up the workbook…');
  setup.addEventListener('click', () => {
    bridge.showSetupDialog().catch((error: unknown) => setStatus(messageOf(error), 'error'));
  });
  replaceChildren(
    ui.form,
    el('div', { class: 'empty' }, el('p', {}, 'This workbook has no team yet. Choose a ladder and list your PMs first.'), setup),
  );
}

async function start(): Promise<void> {
  try {
    state.context = await bridge.getSidebarContext();
  } catch (error) {
    renderPicker(null);
    showNotice('error', `Could not load the team: ${messageOf(error)}`);
    return;
  }
  const { people, activePersonId } = state.context;
  const first = activePersonId ?? (people.length === 1 ? people[0]!.id : null);
  renderPicker(first);
  if (people.length === 0) showEmptyTeam();
  else if (first) await loadPerson(first, 'open');
  else replaceChildren(ui.form, el('p', { class: 'empty muted' }, `Choose one of your ${people.length} PMs to rate.`));
}

ui.person.addEventListener('change', () => {
  const personId = ui.person.value;
  if (!personId) {
    ui.person.value = currentPersonId() ?? '';
    return;
  }
  stashDrafts();
  void loadPerson(personId, 'open');
});
ui.reload.addEventListener('click', () => {
  const personId = ui.person.value;
  if (personId) void loadPerson(personId, currentPersonId() === personId ? 'reload' : 'open');
});
ui.save.addEventListener('click', () => void save());
ui.growthPlan.addEventListener('click', () => void createGrowthPlan());
ui.nextUnrated.addEventListener('click', focusNextUnrated);
document.addEventListener('keydown', (event) => {
  // Ctrl+S / ⌘S saves, as in the spreadsheet itself.
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
    event.preventDefault();
    void save();
  }
});
window.addEventListener('beforeunload', (event) => {
  if (unsavedIds(state.saved, state.current).length > 0 || state.drafts.size > 0) {
    event.preventDefault();
    event.returnValue = '';
  }
});

void start();
