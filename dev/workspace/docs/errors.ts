/**
 * Google's own error texts, in English, so that a person reading them in the playground sees
 * what Apps Script would show an English user. Apps Script service errors reach JavaScript as
 * errors named `Exception`; a workspace made with `errorLanguage: 'reworded'` words them as
 * another language would (../errorLanguage.ts), so that no caller can depend on the text.
 */
export class AppsScriptException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

/** DocumentApp.openById on an id that is not a document the user can read. */
export function missingDocument(id: string): AppsScriptException {
  return new AppsScriptException(`Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`);
}

/** Appending or inserting an element that already sits in a document (copy() it first). */
export function mustBeDetached(): AppsScriptException {
  return new AppsScriptException('Element must be detached.');
}

/** A document section always ends with a paragraph; Docs refuses to remove it. */
export function lastParagraph(): AppsScriptException {
  return new AppsScriptException("Can't remove the last paragraph in a document section.");
}

export function childIndexOutOfRange(index: number, count: number): AppsScriptException {
  return new AppsScriptException(`Child index (${index}) must be less than the number of child elements (${count}).`);
}

/** Any edit through a Document (or its elements) after saveAndClose(); reopen with openById. */
export function documentClosed(): AppsScriptException {
  return new AppsScriptException('Document is closed, its contents cannot be updated.');
}

export function invalidArgument(name: string): AppsScriptException {
  return new AppsScriptException(`Invalid argument: ${name}`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'Object[]';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'object') {
    const type = (value as { _className?: unknown })._className;
    return typeof type === 'string' ? `DocumentApp.${type}` : 'Object';
  }
  return typeof value;
}

/** Apps Script's answer to arguments of the wrong kind. */
export function signatureMismatch(method: string, args: readonly unknown[]): AppsScriptException {
  return new AppsScriptException(
    `The parameters (${args.map(describe).join(',')}) don't match the method signature for DocumentApp.${method}.`,
  );
}

export function insertIndexOutOfRange(index: number, count: number): AppsScriptException {
  return new AppsScriptException(`Child index (${index}) must not be greater than the number of child elements (${count}).`);
}
