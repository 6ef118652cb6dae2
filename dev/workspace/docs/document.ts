import { BodyNode } from './body';
import { documentClosed, signatureMismatch } from './errors';
import type { DocHost, ElementSnapshot } from './elements';
import type { DriveFileRecord, DriveStore } from './driveStore';
import type { DocsRuntime } from './runtime';

/**
 * One Google Doc: its body and its Drive file. Edits made through DocumentApp are pending until
 * saveAndClose() or the end of the script ("Saves the current Document. Causes pending updates to
 * be flushed and applied."), and only then move the file's modifiedTime and version. After
 * saveAndClose() the document refuses edits until it is opened again.
 * https://developers.google.com/apps-script/reference/document/document#saveAndClose()
 */
export class DocModel implements DocHost {
  closed = false;
  pending = false;
  private handle: DocumentNode | null = null;

  constructor(
    readonly rt: DocsRuntime,
    readonly store: DriveStore,
    readonly file: DriveFileRecord,
    readonly body: BodyNode = new BodyNode(rt),
  ) {
    body._host = this;
  }

  _beforeEdit(): void {
    if (this.closed) throw documentClosed();
    this.pending = true;
  }

  /** Applies pending edits: Drive's modifiedTime and version move. */
  flush(by?: string): void {
    if (!this.pending) return;
    this.pending = false;
    this.store.modified(this.file, by);
  }

  /** The Document object callers hold (one per document). */
  document(): DocumentNode {
    this.handle ??= new DocumentNode(this);
    return this.handle._api();
  }

  elements(): ElementSnapshot[] {
    return this.body._elements();
  }
}

/**
 * https://developers.google.com/apps-script/reference/document/document
 */
export class DocumentNode {
  readonly _className = 'Document';

  constructor(private readonly _doc: DocModel) {}

  _api(): this {
    return this._doc.rt.wrap(this, this._className);
  }

  getId(): string {
    return this._doc.file.id;
  }

  getUrl(): string {
    return `https://docs.google.com/document/d/${this._doc.file.id}/edit`;
  }

  getName(): string {
    return this._doc.file.name;
  }

  setName(name: unknown): this {
    if (typeof name !== 'string') throw signatureMismatch('Document.setName', [name]);
    this._doc._beforeEdit();
    this._doc.file.name = name;
    return this;
  }

  getBody(): BodyNode {
    if (this._doc.closed) throw documentClosed();
    return this._doc.body._api();
  }

  /** A document without a header or footer answers null, as Google's does. */
  getHeader(): null {
    return null;
  }

  getFooter(): null {
    return null;
  }

  saveAndClose(): void {
    this._doc.flush();
    this._doc.closed = true;
  }
}
