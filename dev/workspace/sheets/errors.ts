/**
 * Errors as Apps Script raises them. In the V8 runtime a service error is an `Error` whose
 * `name` is "Exception" and whose `message` is Google's text; the editor log shows it as
 * "Exception: <message>". The texts here are Google's English; Google words them in the
 * user's language, and a workspace made with `errorLanguage: 'reworded'` words them
 * differently when they leave a service call (../errorLanguage.ts), so that no caller can
 * depend on them.
 */
export function exception(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
}

/** How Apps Script names a JavaScript value's type in its "parameters don't match" message. */
export function argTypeName(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) {
    const first: unknown = value[0];
    if (value.length === 0) return 'Object[]';
    return `${argTypeName(first)}[]`;
  }
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'Boolean';
  if (Object.prototype.toString.call(value) === '[object Date]') return 'Date';
  return 'Object';
}

/**
 * Google's message when a method gets arguments of the wrong type, e.g.
 * "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues."
 */
export function signatureError(method: string, args: readonly unknown[]): Error {
  return exception(`The parameters (${args.map(argTypeName).join(',')}) don't match the method signature for ${method}.`);
}
