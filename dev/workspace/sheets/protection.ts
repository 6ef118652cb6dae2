/**
 * Protected sheets and ranges (developers.google.com/apps-script/reference/spreadsheet/protection).
 *
 * - A new protection's editors are the spreadsheet's owner and the user who created it
 *   ("Until the script actually changes the list of editors ... the permissions mirror those of
 *   the spreadsheet itself"); neither the owner nor the current user can be removed
 *   (Protection.removeEditors: "Neither the owner of the spreadsheet nor the current user can be
 *   removed.").
 * - Sheet.protect() on a sheet that is already protected returns the existing protection.
 * - Protections do not stop the script: it runs as an editor. They are recorded for tests and the
 *   playground, not enforced.
 */
import { NotImplementedError, strict } from '../strict';
import { signatureError } from './errors';
import { ProtectionType } from './enums';
import type { SheetsEnv } from './env';
import type { Rect } from './grid';
import { rangeImplOf } from './range';
import type { SheetImpl } from './sheet';
import { makeUser } from './user';

type GasProtection = GoogleAppsScript.Spreadsheet.Protection;

export class ProtectionImpl {
  readonly _self: GasProtection;
  _description = '';
  _warningOnly = false;
  _domainEdit = false;
  _editors: string[];
  _unprotected: Rect[] = [];

  constructor(
    private readonly _env: SheetsEnv,
    readonly _type: 'RANGE' | 'SHEET',
    public _sheet: SheetImpl,
    /** The protected cells; for a sheet protection, the whole sheet (kept in step with its size). */
    public _rect: Rect | null,
  ) {
    this._editors = [...new Set([_env.ownerEmail, _env.userEmail])];
    this._self = strict(this, 'Protection', _env.log) as unknown as GasProtection;
  }

  private _emails(value: unknown, method: string): string[] {
    const list = Array.isArray(value) ? (value as unknown[]) : [value];
    return list.map((v) => {
      if (typeof v === 'string') return v;
      // A User the workspace made: read as Google reads it, not as a script call.
      if (typeof v === 'object' && v !== null && typeof (v as { _email?: unknown })._email === 'string')
        return (v as { _email: string })._email;
      if (typeof v === 'object' && v !== null && typeof (v as { getEmail?: unknown }).getEmail === 'function') {
        return String((v as { getEmail: () => unknown }).getEmail());
      }
      throw signatureError(`SpreadsheetApp.Protection.${method}`, [value]);
    });
  }

  addEditors(emails: unknown): this {
    for (const e of this._emails(emails, 'addEditors')) if (!this._editors.includes(e)) this._editors.push(e);
    return this;
  }

  removeEditor(user: unknown): this {
    return this.removeEditors(this._emails(user, 'removeEditor'));
  }

  removeEditors(users: unknown): this {
    const keep = new Set([this._env.ownerEmail, this._env.userEmail]);
    const drop = new Set(this._emails(users, 'removeEditors').filter((e) => !keep.has(e)));
    this._editors = this._editors.filter((e) => !drop.has(e));
    return this;
  }

  getEditors(): GoogleAppsScript.Base.User[] {
    return this._editors.map((e) => makeUser(e, this._env.log));
  }

  canEdit(): boolean {
    return this._warningOnly || this._editors.includes(this._env.userEmail);
  }

  /** Whether everyone in the spreadsheet's domain may edit; a new protection mirrors the spreadsheet (not domain-shared here). */
  canDomainEdit(): boolean {
    return this._domainEdit;
  }

  setDomainEdit(editable: boolean): this {
    this._domainEdit = Boolean(editable);
    return this;
  }

  getDescription(): string {
    return this._description;
  }

  setDescription(description: string): this {
    this._description = String(description);
    return this;
  }

  isWarningOnly(): boolean {
    return this._warningOnly;
  }

  setWarningOnly(warningOnly: boolean): this {
    this._warningOnly = Boolean(warningOnly);
    return this;
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return ProtectionType[this._type] as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }

  getRange(): GoogleAppsScript.Spreadsheet.Range {
    const rect = this._rect ?? this._sheet._wholeSheet();
    return this._sheet._rangeFor(rect);
  }

  setRange(range: GoogleAppsScript.Spreadsheet.Range): this {
    if (this._type === 'SHEET') throw new NotImplementedError('Protection.setRange on a sheet protection');
    const impl = rangeImplOf(range, 'SpreadsheetApp.Protection.setRange', [range]);
    this._sheet._moveProtection(this, impl._sheet);
    this._rect = impl._rectangle();
    return this;
  }

  getUnprotectedRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this._unprotected.map((r) => this._sheet._rangeFor(r));
  }

  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): this {
    if (this._type === 'RANGE') throw new NotImplementedError('Protection.setUnprotectedRanges on a range protection');
    if (!Array.isArray(ranges)) throw signatureError('SpreadsheetApp.Protection.setUnprotectedRanges', [ranges]);
    this._unprotected = ranges.map((r) => {
      const impl = rangeImplOf(r, 'SpreadsheetApp.Protection.setUnprotectedRanges', [ranges]);
      return impl._rectangle();
    });
    return this;
  }

  remove(): void {
    this._sheet._removeProtection(this);
  }

  _snapshot(): unknown {
    return {
      type: this._type,
      range: this._rect ? this._sheet._a1(this._rect) : null,
      description: this._description,
      warningOnly: this._warningOnly,
      domainEdit: this._domainEdit,
      editors: [...this._editors].sort(),
      unprotectedRanges: this._unprotected.map((r) => this._sheet._a1(r)),
    };
  }
}
