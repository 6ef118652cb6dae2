/**
 * The editor UI (developers.google.com/apps-script/reference/base/ui): menus, sidebars,
 * dialogs, alerts, prompts and toasts. Nothing is shown; everything is recorded on
 * `UiInspection` for tests and the playground, and alerts and prompts answer from a queue of
 * scripted responses.
 *
 * - alert(prompt) / alert(prompt, buttons) / alert(title, prompt, buttons) return the Button
 *   clicked; prompt(...) returns a PromptResponse (getResponseText, getSelectedButton).
 * - With nothing queued, an alert or prompt is answered OK when its button set has OK, and
 *   CLOSE (the user closed the dialog) otherwise — never YES, so a confirmation is never given
 *   by accident. `whenUnanswered` replaces that default: the playground sets it to stop the
 *   execution there and ask the person at the page, since "alerts suspend the server-side
 *   script while the dialog is open" (https://developers.google.com/apps-script/guides/dialogs).
 * - A Menu is a builder: only addToUi() is counted. Showing a new menu with the name of one
 *   already shown replaces it, as onOpen does on every open.
 */
import type { CallLog } from './callLog';
import { htmlOutputOf } from './html';
import { strict } from './strict';
import { Button, type ButtonName, ButtonSet, type ButtonSetName, enumName, isEnumValue, strictEnum } from './sheets/enums';
import { signatureError } from './sheets/errors';

export type MenuEntry = { caption: string; functionName: string } | { separator: true } | { subMenu: MenuRecord };

export interface MenuRecord {
  name: string;
  /** Created with createAddonMenu (shown under Extensions › add-on name). */
  addon: boolean;
  items: MenuEntry[];
}

export interface ShownHtml {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  html: string;
  width: number | null;
  height: number | null;
}

export interface DialogRecord {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: ButtonSetName;
  /** The button the scripted user clicked. */
  button: ButtonName;
  /** What the scripted user typed (prompts only). */
  text?: string;
}

export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number | null;
}

export interface ScriptedResponse {
  button?: ButtonName;
  text?: string;
}

/** An alert or prompt as the user sees it: what `whenUnanswered` is asked about. */
export interface AskedDialog {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: ButtonSetName;
}

const BUTTONS_OF: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

/** What tests and the playground see of the UI; nothing here counts as a service call. */
export class UiInspection {
  readonly menus: MenuRecord[] = [];
  readonly shown: ShownHtml[] = [];
  readonly dialogs: DialogRecord[] = [];
  readonly toasts: ToastRecord[] = [];
  private readonly queue: ScriptedResponse[] = [];
  /** Answers an alert or prompt when nothing is queued (or throws to stop the execution there). */
  whenUnanswered: ((dialog: AskedDialog) => ScriptedResponse) | null = null;

  constructor(readonly addonName: string) {}

  get sidebars(): ShownHtml[] {
    return this.shown.filter((s) => s.kind === 'sidebar');
  }

  /** Modal and modeless dialogs built from HTML. */
  get htmlDialogs(): ShownHtml[] {
    return this.shown.filter((s) => s.kind !== 'sidebar');
  }

  get alerts(): DialogRecord[] {
    return this.dialogs.filter((d) => d.kind === 'alert');
  }

  get prompts(): DialogRecord[] {
    return this.dialogs.filter((d) => d.kind === 'prompt');
  }

  /** The add-on menu as last shown, or a custom menu by name. */
  menu(name?: string): MenuRecord | undefined {
    return name === undefined ? this.menus.find((m) => m.addon) : this.menus.find((m) => m.name === name);
  }

  /** The next alert or prompt will be answered with this button (and text, for a prompt). */
  queueResponse(response: ScriptedResponse): void {
    this.queue.push({ ...response });
  }

  /** Drops the responses still queued. */
  clearResponses(): void {
    this.queue.length = 0;
  }

  pendingResponses(): number {
    return this.queue.length;
  }

  /** The buttons a ButtonSet shows, in Google's order (the title bar's close button aside). */
  static buttonsOf(buttons: ButtonSetName): readonly ButtonName[] {
    return BUTTONS_OF[buttons];
  }

  _answer(dialog: AskedDialog): ScriptedResponse & { button: ButtonName } {
    const { buttons } = dialog;
    const allowed = BUTTONS_OF[buttons];
    const next = this.queue.shift() ?? this.whenUnanswered?.(dialog);
    if (!next) return { button: allowed.includes('OK') ? 'OK' : 'CLOSE', text: '' };
    const button = next.button ?? (allowed.includes('OK') ? 'OK' : (allowed[0] as ButtonName));
    if (button !== 'CLOSE' && !allowed.includes(button)) {
      throw new Error(`In-memory workspace: the queued response ${button} is not a button of ButtonSet.${buttons}.`);
    }
    return { button, text: next.text ?? '' };
  }

  _addMenu(menu: MenuRecord): void {
    const index = this.menus.findIndex((m) => (menu.addon ? m.addon : !m.addon && m.name === menu.name));
    if (index >= 0) this.menus.splice(index, 1, menu);
    else this.menus.push(menu);
  }
}

const menus = new WeakMap<object, MenuImpl>();

class MenuImpl {
  readonly _self: GoogleAppsScript.Base.Menu;
  readonly _items: MenuEntry[] = [];

  constructor(
    private readonly _state: UiInspection,
    log: CallLog,
    readonly _name: string,
    readonly _addon: boolean,
  ) {
    this._self = strict(this, 'Menu', log, { counted: (m) => m === 'addToUi' }) as unknown as GoogleAppsScript.Base.Menu;
    menus.set(this._self, this);
  }

  addItem(caption: string, functionName: string): this {
    if (typeof caption !== 'string' || typeof functionName !== 'string') {
      throw signatureError('Menu.addItem', [caption, functionName]);
    }
    this._items.push({ caption, functionName });
    return this;
  }

  addSeparator(): this {
    this._items.push({ separator: true });
    return this;
  }

  addSubMenu(menu: GoogleAppsScript.Base.Menu): this {
    const sub = menus.get(menu as object);
    if (!sub) throw signatureError('Menu.addSubMenu', [menu]);
    this._items.push({ subMenu: sub._record() });
    return this;
  }

  addToUi(): void {
    this._state._addMenu(this._record());
  }

  _record(): MenuRecord {
    return { name: this._name, addon: this._addon, items: this._items.map((i) => ({ ...i })) };
  }
}

class PromptResponseImpl {
  constructor(
    private readonly _text: string,
    private readonly _button: ButtonName,
  ) {}

  getResponseText(): string {
    return this._text;
  }

  getSelectedButton(): GoogleAppsScript.Base.Button {
    return Button[this._button] as unknown as GoogleAppsScript.Base.Button;
  }
}

type DialogArgs = { title: string; prompt: string; buttons: ButtonSetName };

function dialogArgs(method: string, args: unknown[]): DialogArgs {
  const [a, b, c] = args;
  if (args.length === 1 && typeof a === 'string') return { title: '', prompt: a, buttons: 'OK' };
  if (args.length === 2 && typeof a === 'string' && isEnumValue(b)) {
    const buttons = enumName(ButtonSet, b);
    if (buttons) return { title: '', prompt: a, buttons };
  }
  if (args.length === 3 && typeof a === 'string' && typeof b === 'string' && isEnumValue(c)) {
    const buttons = enumName(ButtonSet, c);
    if (buttons) return { title: a, prompt: b, buttons };
  }
  throw signatureError(`Ui.${method}`, args);
}

class UiImpl {
  readonly Button;
  readonly ButtonSet;

  constructor(
    private readonly _state: UiInspection,
    private readonly _log: CallLog,
  ) {
    this.Button = strictEnum(Button, 'Ui.Button', _log);
    this.ButtonSet = strictEnum(ButtonSet, 'Ui.ButtonSet', _log);
  }

  /** Inspection hook (uncounted): the same as UiInspection.queueResponse. */
  _queueResponse(response: ScriptedResponse): void {
    this._state.queueResponse(response);
  }

  createMenu(caption: string): GoogleAppsScript.Base.Menu {
    if (typeof caption !== 'string') throw signatureError('Ui.createMenu', [caption]);
    return new MenuImpl(this._state, this._log, caption, false)._self;
  }

  createAddonMenu(): GoogleAppsScript.Base.Menu {
    return new MenuImpl(this._state, this._log, this._state.addonName, true)._self;
  }

  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    const d = dialogArgs('alert', args);
    const { button } = this._state._answer({ kind: 'alert', ...d });
    this._state.dialogs.push({ kind: 'alert', ...d, button });
    return Button[button] as unknown as GoogleAppsScript.Base.Button;
  }

  prompt(...args: unknown[]): GoogleAppsScript.Base.PromptResponse {
    const d = dialogArgs('prompt', args);
    const { button, text = '' } = this._state._answer({ kind: 'prompt', ...d });
    this._state.dialogs.push({ kind: 'prompt', ...d, button, text });
    return strict(new PromptResponseImpl(text, button), 'PromptResponse', this._log) as unknown as GoogleAppsScript.Base.PromptResponse;
  }

  /** The sidebar's width is fixed by Google (300 px); the width set on the output is recorded anyway. */
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this._show('sidebar', userInterface, undefined, 'showSidebar');
  }

  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this._show('modal', userInterface, title, 'showModalDialog');
  }

  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this._show('modeless', userInterface, title, 'showModelessDialog');
  }

  private _show(kind: ShownHtml['kind'], ui: unknown, title: string | undefined, method: string): void {
    const out = htmlOutputOf(ui, `Ui.${method}`);
    if (kind !== 'sidebar' && typeof title !== 'string') throw signatureError(`Ui.${method}`, [ui, title]);
    this._state.shown.push({
      kind,
      title: title ?? out._title,
      html: out._content,
      width: out._width,
      height: out._height,
    });
  }
}

export function createUi(state: UiInspection, log: CallLog): GoogleAppsScript.Base.Ui {
  return strict(new UiImpl(state, log), 'Ui', log) as unknown as GoogleAppsScript.Base.Ui;
}
