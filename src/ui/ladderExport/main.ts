import { ladderLabel } from '../../core/ladder/summary';
import { pageBridge, type Bridge } from '../bridge';
import { byId, el, replaceChildren } from '../dom';
import { closeDialog } from '../host';

/**
 * "Export a ladder…" (src/entry/ladderSheet.ts showLadderExport): pick any ladder, built-in or
 * the team's own, and write it as a ladder sheet or see it as a ladder file. Every call goes
 * through the typed bridge; the server opens the JSON dialog itself, in place of this one.
 */

const bridge: Bridge = pageBridge();

const ui = {
  ladder: byId<HTMLSelectElement>('ladder'),
  asSheet: byId<HTMLButtonElement>('as-sheet'),
  asJson: byId<HTMLButtonElement>('as-json'),
  close: byId<HTMLButtonElement>('close'),
  status: byId('status'),
};

function setBusy(busy: boolean): void {
  for (const control of [ui.ladder, ui.asSheet, ui.asJson]) control.disabled = busy;
}

function showError(error: unknown): void {
  ui.status.classList.add('error');
  ui.status.textContent = error instanceof Error ? error.message : String(error);
}

async function run(action: (ladderId: string) => Promise<unknown>, then: () => void): Promise<void> {
  setBusy(true);
  ui.status.classList.remove('error');
  ui.status.textContent = 'Working…';
  try {
    await action(ui.ladder.value);
    then();
  } catch (error) {
    showError(error);
    setBusy(false);
  }
}

async function load(): Promise<void> {
  try {
    const ladders = await bridge.listLadders();
    replaceChildren(ui.ladder, ...ladders.map((l) => el('option', { value: l.id }, ladderLabel(l))));
    setBusy(false);
  } catch (error) {
    showError(error);
  }
}

ui.asSheet.addEventListener('click', () => void run(bridge.exportLadderSheet, closeDialog));
ui.asJson.addEventListener('click', () => void run(bridge.exportLadderJson, () => (ui.status.textContent = '')));
ui.close.addEventListener('click', closeDialog);
void load();
