import type { SetupInput, TeamMember } from '../../core/api';
import { ladderLabel, type LadderSummary } from '../../core/ladder/summary';
import type { SetupPreview } from '../../core/workbook/setupPreview';
import { messageOf } from '../../core/messages';
import { pageBridge, ServerError, type Bridge } from '../bridge';
import { byId, el, replaceChildren } from '../dom';
import { closeDialog } from '../host';
import { checkSetup, isBlankRow, noRowErrors, placeServerError, type DraftRow, type SetupCheck } from './setupCheck';
import { SetupInterrupted, progressText, setUpInRuns } from './setupRuns';
import { matchLevel, rowsFromPaste } from './teamPaste';

/**
 * The set-up dialog (menu "Set up or refresh the workbook…"): choose a ladder (its levels
 * shown), name the cycle, list the team (typed or pasted from a sheet), preview, create.
 * Problems are shown next to the row or field that caused them, before anything is sent
 * and again if the server refuses.
 */

const bridge: Bridge = pageBridge();

const ui = {
  edit: byId<HTMLFormElement>('step-edit'),
  ladder: byId<HTMLSelectElement>('ladder'),
  ladderInfo: byId('ladder-info'),
  ladderError: byId('ladder-error'),
  levels: byId('levels'),
  cycle: byId<HTMLInputElement>('cycle'),
  cycleError: byId('cycle-error'),
  rows: byId('team-rows'),
  teamError: byId('team-error'),
  addRow: byId<HTMLButtonElement>('add-row'),
  pasteToggle: byId<HTMLButtonElement>('paste-toggle'),
  pastePanel: byId('paste-panel'),
  paste: byId<HTMLTextAreaElement>('paste'),
  pasteAdd: byId<HTMLButtonElement>('paste-add'),
  previewStep: byId('step-preview'),
  previewSummary: byId('preview-summary'),
  previewRows: byId('preview-rows'),
  previewWarnings: byId('preview-warnings'),
  previewChanges: byId('preview-changes'),
  previewChangeList: byId('preview-change-list'),
  previewNextCycle: byId('preview-next-cycle'),
  previewHint: byId('preview-hint'),
  confirmArchiveLabel: byId('confirm-archive-label'),
  confirmArchive: byId<HTMLInputElement>('confirm-archive'),
  confirmArchiveText: byId('confirm-archive-text'),
  doneStep: byId('step-done'),
  doneSummary: byId('done-summary'),
  doneSheets: byId('done-sheets'),
  generalError: byId('general-error'),
  nextCycleOffer: byId('next-cycle-offer'),
  nextCycleText: byId('next-cycle-text'),
  startNextCycle: byId<HTMLButtonElement>('start-next-cycle'),
  status: byId('status'),
  progress: byId<HTMLProgressElement>('setup-progress'),
  cancel: byId<HTMLButtonElement>('cancel'),
  back: byId<HTMLButtonElement>('back'),
  preview: byId<HTMLButtonElement>('preview'),
  create: byId<HTMLButtonElement>('create'),
  openSidebar: byId<HTMLButtonElement>('open-sidebar'),
  close: byId<HTMLButtonElement>('close'),
};

const state = {
  ladders: [] as LadderSummary[],
  rows: [] as DraftRow[],
  /** The last check, kept so the errors stay beside their rows until edited. */
  check: null as SetupCheck | null,
  input: null as SetupInput | null,
  /** The workbook is set up already: set-up updates it, and says first what it will change. */
  existing: false,
  /** What the server said the update would change (null: a new workbook, or not asked yet). */
  changes: null as SetupPreview | null,
  busy: false,
};

const blankRow = (): DraftRow => ({ name: '', email: '', level: '', targetLevel: '' });

function chosenLadder(): LadderSummary | undefined {
  return state.ladders.find((l) => l.id === ui.ladder.value);
}

function setStatus(text: string): void {
  ui.status.textContent = text;
}

function showGeneral(messages: string[]): void {
  replaceChildren(ui.generalError, ...messages.map((m) => el('p', {}, m)));
  ui.generalError.hidden = messages.length === 0;
  ui.nextCycleOffer.hidden = true;
}

/**
 * Another cycle label on a workbook holding ratings is refused (set-up never relabels one cycle's
 * ratings as another's); the dialog offers the way that keeps them: Start next cycle, then the
 * same preview again.
 */
function offerNextCycle(cycle: string): void {
  ui.nextCycleText.textContent = `Start “${cycle}” as the next review cycle? The current cycle’s ratings, evidence and overrides go into the History sheet (nothing is deleted), then are emptied; the Team sheet and the ladder stay.`;
  ui.startNextCycle.textContent = `Start “${cycle}”`;
  ui.nextCycleOffer.hidden = false;
}

async function startNextCycleThenPreview(): Promise<void> {
  const cycle = state.input?.cycle.trim();
  if (!cycle || state.busy) return;
  state.busy = true;
  ui.startNextCycle.disabled = true;
  setStatus(`Starting “${cycle}”…`);
  try {
    const result = await bridge.startNextCycle({ cycle });
    showGeneral([]);
    setStatus(`“${result.previousCycle}” is kept in the History sheet; “${result.cycle}” has begun.`);
  } catch (error) {
    setStatus('Nothing was changed.');
    showGeneral([messageOf(error)]);
    return;
  } finally {
    state.busy = false;
    ui.startNextCycle.disabled = false;
  }
  await preview();
}

function showFieldError(node: HTMLElement, input: HTMLElement, message: string | undefined): void {
  node.textContent = message ?? '';
  node.hidden = !message;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

// ---- the ladder ------------------------------------------------------------------------------

function renderLadders(selectedId: string): void {
  replaceChildren(ui.ladder, ...state.ladders.map((l) => el('option', { value: l.id }, ladderLabel(l))));
  ui.ladder.value = state.ladders.some((l) => l.id === selectedId) ? selectedId : (state.ladders[0]?.id ?? '');
  ui.ladder.disabled = state.ladders.length === 0;
  renderLadderInfo();
}

function renderLadderInfo(): void {
  const ladder = chosenLadder();
  ui.ladderInfo.textContent = ladder
    ? `${ladder.levels.length} levels, ${ladder.areaCount} skill areas, ${ladder.subskillCount} sub-skills${ladder.cumulative ? '; each level adds to the one below' : ''}.`
    : '';
  replaceChildren(ui.levels, ...(ladder?.levels ?? []).map((level) => el('li', {}, level.name)));
}

// ---- the team table --------------------------------------------------------------------------

function levelSelect(row: DraftRow, field: 'level' | 'targetLevel', index: number, label: string): HTMLSelectElement {
  const ladder = chosenLadder();
  const levels = ladder?.levels ?? [];
  const text = row[field].trim();
  const match = matchLevel(text, levels);
  const select = el(
    'select',
    { 'aria-label': `${label}, row ${index + 1}`, 'data-field': field },
    el('option', { value: '' }, field === 'level' ? 'Choose…' : '—'),
  );
  for (const level of levels) select.appendChild(el('option', { value: level.id }, level.name));
  if (text && !match) select.appendChild(el('option', { value: `raw:${text}` }, `${text} (not on this ladder)`));
  select.value = match ? match.id : text ? `raw:${text}` : '';
  select.addEventListener('change', () => {
    row[field] = select.value.startsWith('raw:') ? select.value.slice(4) : select.value;
    onRowEdited(index);
  });
  return select;
}

function textInput(row: DraftRow, field: 'name' | 'email', index: number, label: string): HTMLInputElement {
  const input = el('input', {
    type: field === 'email' ? 'email' : 'text',
    'aria-label': `${label}, row ${index + 1}`,
    'data-field': field,
    autocomplete: 'off',
    spellcheck: 'false',
  });
  input.value = row[field];
  input.addEventListener('input', () => {
    row[field] = input.value;
    onRowEdited(index);
  });
  if (field === 'name') {
    // Rows copied from a sheet arrive as one paste with tabs and line breaks: spread them over rows.
    input.addEventListener('paste', (event) => {
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (!/[\t\n]/.test(text.trim())) return;
      event.preventDefault();
      insertPasted(text, index);
    });
  }
  return input;
}

function renderRows(focus?: { row: number; field: string }): void {
  if (state.rows.length === 0) state.rows.push(blankRow());
  const errors = state.check?.rows ?? new Map<number, string[]>();
  const trs: HTMLElement[] = [];
  state.rows.forEach((row, index) => {
    const messages = errors.get(index);
    const errorId = `row-error-${index}`;
    const remove = el(
      'button',
      { type: 'button', class: 'remove', 'aria-label': `Remove row ${index + 1}`, title: 'Remove this row' },
      '×',
    );
    remove.addEventListener('click', () => {
      state.rows.splice(index, 1);
      state.check = null;
      renderRows({ row: Math.min(index, state.rows.length - 1), field: 'name' });
    });
    const controls = [
      textInput(row, 'name', index, 'Name'),
      textInput(row, 'email', index, 'Email'),
      levelSelect(row, 'level', index, 'Level'),
      levelSelect(row, 'targetLevel', index, 'Target level'),
    ];
    const invalid = state.check?.invalid.get(index);
    for (const control of controls) {
      if (!messages) continue;
      control.setAttribute('aria-describedby', errorId);
      if (!invalid || invalid.has(control.getAttribute('data-field') as keyof DraftRow)) control.setAttribute('aria-invalid', 'true');
    }
    trs.push(
      el(
        'tr',
        { class: messages ? 'has-error' : null, 'data-row': index },
        el('td', { class: 'num' }, String(index + 1)),
        ...controls.map((c) => el('td', {}, c)),
        el('td', {}, remove),
      ),
    );
    if (messages) {
      trs.push(
        el(
          'tr',
          { class: 'row-error', id: errorId, 'data-row-error': index },
          el('td', {}),
          el('td', { colspan: 5, class: 'error' }, el('ul', {}, ...messages.map((m) => el('li', {}, m)))),
        ),
      );
    }
  });
  replaceChildren(ui.rows, ...trs);
  if (focus) ui.rows.querySelector<HTMLElement>(`tr[data-row="${focus.row}"] [data-field="${focus.field}"]`)?.focus();
}

/** An edit clears that row's errors (they are checked again on Preview). */
function onRowEdited(index: number): void {
  if (!state.check?.rows.has(index)) return;
  state.check.rows.delete(index);
  state.check.invalid.delete(index);
  const tr = ui.rows.querySelector(`tr[data-row="${index}"]`);
  tr?.classList.remove('has-error');
  tr?.querySelectorAll('[aria-invalid]').forEach((c) => {
    c.removeAttribute('aria-invalid');
    c.removeAttribute('aria-describedby');
  });
  ui.rows.querySelector(`tr[data-row-error="${index}"]`)?.remove();
}

function insertPasted(text: string, atRow: number): void {
  const pasted = rowsFromPaste(text, chosenLadder()?.levels ?? []).filter((r) => !isBlankRow(r));
  if (pasted.length === 0) {
    setStatus('Nothing to add: the pasted text has no rows.');
    return;
  }
  // Fill from the row pasted into (if it is blank) and replace trailing blank rows.
  const start = Math.min(atRow, state.rows.length);
  const replace = state.rows[start] && isBlankRow(state.rows[start]) ? 1 : 0;
  state.rows.splice(start, replace, ...pasted);
  while (state.rows.length > 1 && isBlankRow(state.rows[state.rows.length - 1]!)) state.rows.pop();
  state.check = null;
  renderRows({ row: start + pasted.length - 1, field: 'name' });
  setStatus(`Added ${pasted.length} row${pasted.length === 1 ? '' : 's'}.`);
}

// ---- steps -----------------------------------------------------------------------------------

type Step = 'edit' | 'preview' | 'done';

function showStep(step: Step): void {
  ui.edit.hidden = step !== 'edit';
  ui.previewStep.hidden = step !== 'preview';
  ui.doneStep.hidden = step !== 'done';
  ui.preview.hidden = step !== 'edit';
  ui.back.hidden = step !== 'preview';
  ui.create.hidden = step !== 'preview';
  ui.cancel.hidden = step === 'done';
  ui.close.hidden = step !== 'done';
  ui.openSidebar.hidden = step !== 'done';
}

function runCheck(): SetupCheck {
  const check = checkSetup(chosenLadder(), ui.cycle.value, state.rows);
  state.check = check;
  showFieldError(ui.ladderError, ui.ladder, check.fields.ladder);
  showFieldError(ui.cycleError, ui.cycle, check.fields.cycle);
  ui.teamError.textContent = check.fields.team ?? '';
  ui.teamError.hidden = !check.fields.team;
  showGeneral(check.fields.general);
  renderRows();
  return check;
}

async function preview(): Promise<void> {
  const check = runCheck();
  if (!check.input) {
    const problems = check.rows.size + (check.fields.ladder ? 1 : 0) + (check.fields.cycle ? 1 : 0) + (check.fields.team ? 1 : 0);
    setStatus(`Fix the ${problems === 1 ? 'problem' : `${problems} problems`} marked in red, then preview again.`);
    const firstInvalid = ui.edit.querySelector<HTMLElement>('[aria-invalid="true"]');
    firstInvalid?.focus();
    return;
  }
  state.input = check.input;
  const ladder = chosenLadder()!;
  const levelName = (id: string | undefined) => ladder.levels.find((l) => l.id === id)?.name ?? '';
  ui.previewSummary.textContent = `${check.input.team.length} PM${check.input.team.length === 1 ? '' : 's'} on ${ladderLabel(ladder)}, review cycle “${check.input.cycle.trim()}”.`;
  replaceChildren(
    ui.previewRows,
    ...check.input.team.map((m) =>
      el(
        'tr',
        {},
        el('td', {}, m.name),
        el('td', {}, m.email ?? ''),
        el('td', {}, levelName(m.level)),
        el('td', {}, levelName(m.targetLevel)),
      ),
    ),
  );
  replaceChildren(ui.previewWarnings, ...check.warnings.map((w) => el('li', {}, w)));
  ui.previewWarnings.hidden = check.warnings.length === 0;
  state.changes = null;
  ui.previewChanges.hidden = true;
  ui.confirmArchive.checked = false;
  ui.create.textContent = state.existing ? 'Update the workbook' : 'Create the workbook';
  if (state.existing) {
    // An existing workbook: ask the server what the update would change, before anything is written.
    setStatus('Checking what would change…');
    ui.preview.disabled = true;
    try {
      const answer = await bridge.setupCalibration({ ...check.input, preview: true });
      state.changes = answer.preview;
    } catch (error) {
      setStatus('Nothing was changed.');
      showGeneral([messageOf(error)]);
      if (error instanceof ServerError && error.code === 'CYCLE_CHANGE') offerNextCycle(check.input.cycle.trim());
      return;
    } finally {
      ui.preview.disabled = false;
    }
    if (state.changes) showChanges(state.changes);
  }
  setStatus('');
  showStep('preview');
  updateCreateEnabled();
  ui.create.focus();
}

/** The update's changes, as the server planned them; ratings that would leave calibration need a tick first. */
function showChanges(changes: SetupPreview): void {
  const items: string[] = [];
  if (changes.ladder.from !== null && changes.ladder.from !== changes.ladder.to)
    items.push(`The ladder changes from ${changes.ladder.from} to ${changes.ladder.to}.`);
  if (changes.added.length > 0) items.push(`New PMs: ${changes.added.join(', ')}.`);
  if (changes.returned.length > 0) items.push(`Back on the team: ${changes.returned.join(', ')}.`);
  if (changes.archived.length > 0) items.push(`Archived (their sheets are kept): ${changes.archived.join(', ')}.`);
  if (changes.renamed.length > 0) items.push(`Renamed: ${changes.renamed.join(', ')}.`);
  for (const c of changes.levelChanges) items.push(`${c.name}: ${c.from} → ${c.to}.`);
  for (const p of changes.archivedByPerson)
    items.push(`${p.name}: ${p.ratings} rating${p.ratings === 1 ? '' : 's'} move${p.ratings === 1 ? 's' : ''} to Archived ratings.`);
  items.push(`${changes.ratingsKept} rated sub-skill${changes.ratingsKept === 1 ? '' : 's'} kept as they are.`);
  replaceChildren(ui.previewChangeList, ...items.map((t) => el('li', {}, t)));
  ui.previewChanges.hidden = false;
  const archiving = changes.ratingsArchived > 0;
  ui.confirmArchiveLabel.hidden = !archiving;
  ui.confirmArchiveText.textContent = `Move ${changes.ratingsArchived} rating${changes.ratingsArchived === 1 ? '' : 's'} to Archived ratings, where calibration no longer counts ${changes.ratingsArchived === 1 ? 'it' : 'them'}.`;
  ui.previewNextCycle.hidden = !changes.mostArchived;
  ui.previewNextCycle.textContent = changes.mostArchived
    ? 'Most of the ratings would leave calibration. To rate against a new ladder, close this dialog and use Career Ladder → Start next cycle… first: it keeps this cycle whole in the History sheet.'
    : '';
  ui.previewHint.hidden = true;
}

function updateCreateEnabled(): void {
  const needsTick = (state.changes?.ratingsArchived ?? 0) > 0;
  ui.create.disabled = state.busy || (needsTick && !ui.confirmArchive.checked);
}

async function create(): Promise<void> {
  const input = state.input;
  const check = state.check;
  if (!input || !check || state.busy) return;
  state.busy = true;
  ui.create.disabled = true;
  ui.back.disabled = true;
  setStatus(state.existing ? 'Updating the workbook…' : 'Creating the workbook…');
  const confirmed = { ...input, ...(ui.confirmArchive.checked ? { confirmArchive: true } : {}) };
  showGeneral([]);
  try {
    // A large team takes several calls (each stays well inside Apps Script's time limit).
    const result = await setUpInRuns(
      () => bridge.setupCalibration(confirmed),
      (progress) => {
        setStatus(progressText(progress));
        ui.progress.hidden = false;
        ui.progress.max = progress.total;
        ui.progress.value = progress.done;
      },
    );
    // What happened, as the server did it ("… 18 moved to archived ratings"), then who is ready.
    ui.doneSummary.textContent = `${state.existing ? `${result.summary} ` : ''}${result.people.length} PM${result.people.length === 1 ? '' : 's'} ready to rate. The workbook has these sheets:`;
    replaceChildren(ui.doneSheets, ...result.sheets.map((s) => el('li', {}, s)));
    setStatus('');
    showStep('done');
    ui.close.focus();
  } catch (error) {
    if (error instanceof SetupInterrupted) {
      const { done, total } = error.progress;
      setStatus(
        `Stopped after ${done} of ${total} PM sheets. What is written is kept: ${ui.create.textContent ?? 'Create the workbook'} again to go on.`,
      );
      showGeneral([error.message]);
      return;
    }
    // An input refusal names the member it is about; any other is about the whole workbook.
    const placed =
      error instanceof ServerError && error.code === 'INVALID_INPUT'
        ? placeServerError(error.message, input.team, check.rowOfMember)
        : { ...noRowErrors(), general: [messageOf(error)] };
    setStatus('Nothing was changed.');
    if (placed.rows.size > 0) {
      state.check = { ...check, rows: placed.rows, invalid: placed.invalid };
      renderRows();
      showStep('edit');
      showGeneral(placed.general);
      ui.rows.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    } else {
      showGeneral(placed.general);
    }
  } finally {
    ui.progress.hidden = true;
    state.busy = false;
    updateCreateEnabled();
    ui.back.disabled = false;
  }
}

// ---- start -----------------------------------------------------------------------------------

function levelNameOrId(ladder: LadderSummary | undefined, id: string): string {
  return ladder?.levels.find((l) => l.id === id)?.name ?? id;
}

async function start(): Promise<void> {
  showStep('edit');
  renderRows();
  setStatus('Loading the ladders…');
  let team: TeamMember[];
  try {
    const context = await bridge.getSetupContext();
    state.ladders = context.ladders;
    team = context.team;
    renderLadders(context.current?.ladderId ?? state.ladders[0]?.id ?? '');
    if (context.current) ui.cycle.value = context.current.cycle;
    state.existing = context.current !== null;
  } catch (error) {
    setStatus('');
    showGeneral([`Could not load the ladders: ${messageOf(error)}`]);
    return;
  }
  if (team.length > 0) {
    const ladder = chosenLadder();
    state.rows = team.map((m) => ({
      name: m.name,
      email: m.email,
      level: levelNameOrId(ladder, m.level),
      targetLevel: m.targetLevel ? levelNameOrId(ladder, m.targetLevel) : '',
    }));
    setStatus(`The workbook's team of ${team.length} is below: change it and create again to refresh the workbook (ratings are kept).`);
  } else setStatus('');
  renderRows();
  (team.length > 0 ? ui.cycle : ui.ladder).focus();
}

ui.ladder.addEventListener('change', () => {
  renderLadderInfo();
  renderRows();
});
ui.addRow.addEventListener('click', () => {
  state.rows.push(blankRow());
  renderRows({ row: state.rows.length - 1, field: 'name' });
});
ui.pasteToggle.addEventListener('click', () => {
  const open = ui.pastePanel.hidden;
  ui.pastePanel.hidden = !open;
  ui.pasteToggle.setAttribute('aria-expanded', String(open));
  if (open) ui.paste.focus();
});
ui.pasteAdd.addEventListener('click', () => {
  const firstBlank = state.rows.findIndex(isBlankRow);
  insertPasted(ui.paste.value, firstBlank >= 0 ? firstBlank : state.rows.length);
  ui.paste.value = '';
  ui.pastePanel.hidden = true;
  ui.pasteToggle.setAttribute('aria-expanded', 'false');
});
ui.cycle.addEventListener('input', () => showFieldError(ui.cycleError, ui.cycle, undefined));
ui.edit.addEventListener('submit', (event) => {
  event.preventDefault();
  void preview();
});
ui.startNextCycle.addEventListener('click', () => void startNextCycleThenPreview());
ui.preview.addEventListener('click', () => void preview());
ui.confirmArchive.addEventListener('change', updateCreateEnabled);
ui.back.addEventListener('click', () => {
  showStep('edit');
  setStatus('');
  ui.preview.focus();
});
ui.create.addEventListener('click', () => void create());
ui.cancel.addEventListener('click', closeDialog);
ui.close.addEventListener('click', closeDialog);
ui.openSidebar.addEventListener('click', () => {
  bridge
    .showSidebar()
    .then(closeDialog)
    .catch((error: unknown) => showGeneral([messageOf(error)]));
});

void start();
