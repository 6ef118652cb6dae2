/**
 * The OAuth scope check. Apps Script authorises a script for the scopes its manifest lists
 * (`oauthScopes`, https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes)
 * and refuses, at the call, a method whose reference page requires a scope that was not granted:
 * "Exception: You do not have permission to call Session.getActiveUser. Required permissions:
 * https://www.googleapis.com/auth/userinfo.email". The workspace does the same for every call,
 * counted or not, from the table of scopes Google lists per method (scopeTable.ts).
 *
 * Google's wording is imitated for a person reading it (the playground, a test's failure); the
 * add-on never decides anything on it. Tests tell the error by `instanceof MissingScopeError`.
 */
import manifest from '../../appsscript.json';
import { SCOPE_TABLE } from './scopeTable';

/** The scopes the add-on's manifest (appsscript.json) asks for: what a user grants at install. */
export const MANIFEST_SCOPES: readonly string[] = manifest.oauthScopes;

/** A call refused because no scope that authorises it was granted. */
export class MissingScopeError extends Error {
  /** Any one of these would have authorised the call. */
  readonly requiredScopes: readonly string[];
  /** For the Drive advanced service, the API's error as Apps Script reports it (code 403). */
  readonly details?: { code: number; message: string; errors: Array<{ domain: string; reason: string; message: string }> };

  constructor(
    readonly method: string,
    requiredScopes: readonly string[],
  ) {
    const drive = /^Drive\.(\w+)\.(\w+)$/.exec(method);
    super(drive ? driveMessage(drive[1] ?? '', drive[2] ?? '') : serviceMessage(method, requiredScopes));
    this.requiredScopes = requiredScopes;
    if (drive) {
      // An advanced service call goes to the REST API, which answers 403 for a token without the
      // scope (https://developers.google.com/apps-script/guides/services/advanced#how_to_handle_errors).
      this.name = 'GoogleJsonResponseException';
      const message = 'Request had insufficient authentication scopes.';
      this.details = { code: 403, message, errors: [{ domain: 'global', reason: 'insufficientPermissions', message }] };
    } else {
      this.name = 'Exception';
    }
  }
}

/** "(a || b)" is how Apps Script writes a choice of scopes; one scope stands alone. */
function serviceMessage(method: string, scopes: readonly string[]): string {
  const required = scopes.length === 1 ? scopes[0] : `(${scopes.join(' || ')})`;
  return `You do not have permission to call ${method}. Required permissions: ${required}`;
}

function driveMessage(resource: string, method: string): string {
  const rest = method === 'remove' ? 'delete' : method;
  return `API call to drive.${resource.toLowerCase()}.${rest} failed with error: Request had insufficient authentication scopes.`;
}

/** A method the scope table does not list: the workspace cannot know what Google requires for it. */
export class UnlistedMethodError extends Error {
  constructor(method: string) {
    super(
      `In-memory workspace: ${method} has no entry in dev/workspace/scopeTable.ts. Add the scopes its page in Google's Apps Script reference lists (or none).`,
    );
    this.name = 'UnlistedMethodError';
  }
}

const byMethod = new Map<string, readonly string[]>();
for (const [className, entry] of Object.entries(SCOPE_TABLE)) {
  for (const [scopes, methods] of entry.methods) for (const m of methods) byMethod.set(`${className}.${m}`, scopes);
}

/** The scopes Google lists for `Class.method` ([] for none), or undefined when the table has no entry. */
export function scopesFor(method: string): readonly string[] | undefined {
  return byMethod.get(method);
}

/** The reference page that lists `Class.method`'s scopes. */
export function referencePage(method: string): string | undefined {
  const className = method.slice(0, method.lastIndexOf('.'));
  return SCOPE_TABLE[className]?.page;
}

/** Refuses, as Apps Script does, a call that the granted scopes do not authorise. */
export function scopeCheck(granted: readonly string[]): (method: string) => void {
  const grantedSet = new Set(granted);
  return (method) => {
    const required = scopesFor(method);
    if (required === undefined) throw new UnlistedMethodError(method);
    if (required.length > 0 && !required.some((s) => grantedSet.has(s))) throw new MissingScopeError(method, required);
  };
}
