import * as z from 'zod/mini';
import type * as Server from '../server';
import {
  docResultSchema,
  ladderJsonExportSchema,
  ladderSheetWrittenSchema,
  ratingFormSchema,
  reviewDetailsSchema,
  saveRatingsResultSchema,
  setupContextSchema,
  setupResultSchema,
  sidebarContextSchema,
  teamMemberSchema,
  type DocCreateOptions,
  type SaveRatingsInput,
  type SetupInput,
  startNextCycleResultSchema,
  type StartNextCycleInput,
} from '../core/api';
import { ladderSummarySchema } from '../core/ladder/summary';
import { readRefusal, type RefusalCode } from '../core/messages';

/**
 * The one way the sidebar and the dialogs talk to the server: a typed, promise-based
 * wrapper over `google.script.run`. Names, arguments and replies are checked against the
 * exports of src/server.ts at build time (types only: no server code lands in the page), and
 * every reply is checked against its zod schema at run time, so a renamed function or field
 * breaks `npm run build`/`tsc`, and a server that drifted anyway gets a clear message rather
 * than a blank sidebar.
 */

/** The server's public API as the type checker sees it (`import type`: erased from the bundle). */
type Api = typeof Server;

/**
 * Argument types the UI sends. Server functions take `unknown` where they parse their input
 * with zod; the bridge still wants the precise shape, and checks it is accepted by the server.
 */
interface Inputs {
  getRatingForm: [personId: string];
  getReviewDetails: [personId: string];
  saveRatings: [input: SaveRatingsInput];
  setupCalibration: [input: SetupInput];
  startNextCycle: [input: StartNextCycleInput];
  createGrowthPlan: [personId: string, options?: DocCreateOptions];
  exportLadderSheet: [ladderId: string];
  exportLadderJson: [ladderId: string];
}

/** What reaches the browser: google.script.run drops functions and turns a Date into null. */
type OverTheWire<T> = T extends void
  ? null | undefined
  : T extends Date
    ? null
    : T extends (...args: never[]) => unknown
      ? never
      : T extends ReadonlyArray<infer E>
        ? Array<OverTheWire<E>>
        : T extends object
          ? { [K in keyof T]: OverTheWire<T[K]> }
          : T;

type FunctionName = { [K in keyof Api]: Api[K] extends (...args: never[]) => unknown ? K : never }[keyof Api];
type ServerArgs<K extends FunctionName> = Api[K] extends (...args: infer A) => unknown ? A : never;
type ServerReply<K extends FunctionName> = Api[K] extends (...args: never[]) => infer R ? OverTheWire<Awaited<R>> : never;
type Args<K extends FunctionName> = K extends keyof Inputs ? Inputs[K] : ServerArgs<K>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Each reply schema must describe exactly what its server function returns, and the UI's arguments must suit it. */
type Checked<T> = {
  [K in keyof T]: K extends FunctionName
    ? T[K] extends z.ZodMiniType
      ? Same<z.output<T[K]>, ServerReply<K>> extends true
        ? Args<K> extends ServerArgs<K>
          ? T[K]
          : `the bridge's arguments for ${K} do not suit src/server.ts`
        : `the reply schema of ${K} differs from what src/server.ts returns`
      : never
    : `${K & string} is not a function exported by src/server.ts`;
};

function checked<T extends Checked<T>>(schemas: T): T {
  return schemas;
}

/** Every server function the UI calls, with the schema its reply must match. */
const replySchemas = checked({
  listLadders: z.array(ladderSummarySchema),
  getTeam: z.array(teamMemberSchema),
  getSidebarContext: sidebarContextSchema,
  getSetupContext: setupContextSchema,
  getRatingForm: ratingFormSchema,
  getReviewDetails: reviewDetailsSchema,
  saveRatings: saveRatingsResultSchema,
  setupCalibration: setupResultSchema,
  startNextCycle: startNextCycleResultSchema,
  showSetupDialog: z.optional(z.null()),
  showSidebar: z.optional(z.null()),
  createGrowthPlan: docResultSchema,
  exportLadderSheet: ladderSheetWrittenSchema,
  exportLadderJson: ladderJsonExportSchema,
});

type Schemas = typeof replySchemas;
export type BridgeFunction = keyof Schemas;

export type Bridge = {
  [K in BridgeFunction]: (...args: K extends FunctionName ? Args<K> : never) => Promise<z.output<Schemas[K]>>;
};

/** `google.script.run` as the HTML service provides it (https://developers.google.com/apps-script/guides/html/reference/run). */
export interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
  [serverFunction: string]: unknown;
}

/**
 * The server threw. `message` is meant for the manager; `code` is the refusal's code
 * (src/core/messages.ts), null for an error the server did not raise on purpose. The UI
 * decides on the code, never on the words.
 */
export class ServerError extends Error {
  constructor(
    message: string,
    readonly functionName: string,
    readonly code: RefusalCode | null = null,
  ) {
    super(message);
    this.name = 'ServerError';
  }
}

/** The reply did not have the shape this page was built for (an out-of-date page or server). */
export class ReplyShapeError extends Error {
  constructor(functionName: string, detail: string) {
    super(
      `The add-on's server sent an unexpected reply to ${functionName} (${detail}). Close and reopen this panel; if it happens again, the add-on needs an update.`,
    );
    this.name = 'ReplyShapeError';
  }
}

/**
 * What the failure handler received, read back: the failure handler gets an Error built from
 * the message the server threw, and nothing else of it
 * (https://developers.google.com/apps-script/guides/html/reference/run#withFailureHandler(Function)),
 * so a refusal's code rides at the start of its message and is read off here (readRefusal);
 * a type prefix Apps Script may add ("Error: ", "Exception: ") is dropped.
 */
export function serverFailure(error: unknown): { code: RefusalCode | null; message: string } {
  const { code, message } = readRefusal(error);
  return { code, message: message || 'The server did not say why. Check your connection and try again.' };
}

/** The manager's words for what the failure handler received. */
export function serverMessage(error: unknown): string {
  return serverFailure(error).message;
}

function describeIssues(error: { issues: ReadonlyArray<{ message: string; path: ReadonlyArray<PropertyKey> }> }): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || 'reply'}: ${i.message}`)
    .join('; ');
}

/** A bridge over a `google.script.run` (a function, so each call starts from a fresh runner). */
export function createBridge(run: () => ScriptRun): Bridge {
  const bridge: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const name of Object.keys(replySchemas) as BridgeFunction[]) {
    const schema: z.ZodMiniType = replySchemas[name];
    bridge[name] = (...args: unknown[]) =>
      new Promise<unknown>((resolve, reject) => {
        const runner = run()
          .withSuccessHandler((value) => {
            const parsed = schema.safeParse(value);
            if (parsed.success) resolve(parsed.data);
            else reject(new ReplyShapeError(name, describeIssues(parsed.error)));
          })
          .withFailureHandler((error) => {
            const { code, message } = serverFailure(error);
            reject(new ServerError(message, name, code));
          });
        const fn = runner[name];
        if (typeof fn !== 'function') {
          reject(new ServerError(`The add-on's server has no function ${name}. Close and reopen this panel.`, name));
          return;
        }
        (fn as (...a: unknown[]) => void).apply(runner, args);
      });
  }
  return bridge as unknown as Bridge;
}

declare const google: { script: { run: ScriptRun } } | undefined;

/** The bridge over the page's real `google.script.run`. */
export function pageBridge(): Bridge {
  return createBridge(() => {
    if (typeof google === 'undefined' || !google.script?.run) {
      throw new ServerError('This page must be opened from the add-on menu in Google Sheets.', 'google.script.run');
    }
    return google.script.run;
  });
}
