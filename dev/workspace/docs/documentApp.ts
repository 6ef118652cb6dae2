import { DocModel } from './document';
import type { DocumentNode } from './document';
import { Attribute, ElementType, GlyphType, HorizontalAlignment, ParagraphHeading, TextAlignment, VerticalAlignment } from './enums';
import { invalidArgument, missingDocument, signatureMismatch } from './errors';
import { DOCUMENT_MIME, type DriveStore } from './driveStore';
import type { DocsRuntime } from './runtime';

/** The documents of the workspace by id, with the Drive files they belong to. */
export class DocRegistry {
  readonly docs = new Map<string, DocModel>();

  constructor(
    readonly rt: DocsRuntime,
    readonly store: DriveStore,
  ) {}

  /** A new blank document filed in My Drive; `appAccess` says whether the add-on made it (drive.file). */
  create(name: string, appAccess: boolean, parents?: string[]): DocModel {
    const file = this.store.add({ name, mimeType: DOCUMENT_MIME, parents, appAccess, idPrefix: '1Doc' });
    const doc = new DocModel(this.rt, this.store, file);
    this.docs.set(file.id, doc);
    return doc;
  }

  /**
   * A document the current user can open (the `documents` scope reaches every doc they own or
   * that is shared with them, whoever made it), or undefined.
   */
  find(id: string): DocModel | undefined {
    const doc = this.docs.get(id);
    return doc && this.store.files.has(id) && this.store.canOpen(doc.file) ? doc : undefined;
  }

  /** Apps Script saves every open document when a script ends. */
  flushAll(): void {
    for (const doc of this.docs.values()) doc.flush();
  }
}

/**
 * https://developers.google.com/apps-script/reference/document/document-app
 */
export class DocumentAppNode {
  readonly _className = 'DocumentApp';
  readonly Attribute: typeof Attribute;
  readonly ElementType: typeof ElementType;
  readonly GlyphType: typeof GlyphType;
  readonly HorizontalAlignment: typeof HorizontalAlignment;
  readonly ParagraphHeading: typeof ParagraphHeading;
  readonly TextAlignment: typeof TextAlignment;
  readonly VerticalAlignment: typeof VerticalAlignment;

  constructor(private readonly _docs: DocRegistry) {
    const rt = _docs.rt;
    this.Attribute = rt.wrap(Attribute, 'DocumentApp.Attribute');
    this.ElementType = rt.wrap(ElementType, 'DocumentApp.ElementType');
    this.GlyphType = rt.wrap(GlyphType, 'DocumentApp.GlyphType');
    this.HorizontalAlignment = rt.wrap(HorizontalAlignment, 'DocumentApp.HorizontalAlignment');
    this.ParagraphHeading = rt.wrap(ParagraphHeading, 'DocumentApp.ParagraphHeading');
    this.TextAlignment = rt.wrap(TextAlignment, 'DocumentApp.TextAlignment');
    this.VerticalAlignment = rt.wrap(VerticalAlignment, 'DocumentApp.VerticalAlignment');
  }

  _api(): this {
    return this._docs.rt.wrap(this, this._className);
  }

  /**
   * "Creates and returns a new document." It lands in the user's My Drive. Google does not say
   * that drive.file then covers it for the Drive advanced service, so here it does not: Drive
   * answers "File not found" for it until it is picked (see driveStore.ts). A doc the add-on
   * means to reach through Drive is made with Drive.Files.create (a Google Docs MIME type), the
   * route Google's Docs guide names for a doc in a folder:
   * https://developers.google.com/workspace/docs/api/how-tos/documents ("Work with Google Drive folders")
   */
  create(name: unknown): DocumentNode {
    if (typeof name !== 'string') throw signatureMismatch('DocumentApp.create', [name]);
    if (name.length === 0) throw invalidArgument('name');
    return this._docs.create(name, false).document();
  }

  openById(id: unknown): DocumentNode {
    if (typeof id !== 'string') throw signatureMismatch('DocumentApp.openById', [id]);
    const doc = this._docs.find(id);
    if (!doc) throw missingDocument(id);
    doc.closed = false;
    return doc.document();
  }

  openByUrl(url: unknown): DocumentNode {
    if (typeof url !== 'string') throw signatureMismatch('DocumentApp.openByUrl', [url]);
    const match = /^https:\/\/docs\.google\.com\/document\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]+)/.exec(url);
    if (!match?.[1]) throw invalidArgument('url');
    return this.openById(match[1]);
  }
}
