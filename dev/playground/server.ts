/**
 * `npm start`: the local playground (docs/ARCHITECTURE.md, The in-memory workspace and the playground). A small node:http server that
 * shows the add-on as a manager sees it in Google Sheets — the workbook's sheets, the add-on
 * menu, the real sidebar and dialog from dist/, the documents it writes — with the real
 * dist/Code.js running against the in-memory workspace. It opens on a demo team.
 *
 *   npm start                 http://localhost:8080
 *   PORT=9000 npm start       another port
 *   npm start -- --empty      no demo team: start from the set-up dialog
 *
 * A call that reaches an alert or prompt is held open until the person at the page answers it
 * (GET /api/awaiting shows the dialog, POST /api/answer gives the button): see session.ts.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { seedDemo, DEMO_NOW } from './demo';
import { playgroundPage } from './page';
import { PlaygroundSession, readBundle, type AddonBundle, type AwaitedDialog, type RunResult } from './session';
import type { ButtonName } from '../workspace/sheets/enums';
import { injectShim } from './shim';
import { docPage } from './docPage';
import { reviewPage } from './reviewPage';

export interface PlaygroundOptions {
  /** 0 picks a free port (tests). */
  port?: number;
  host?: string;
  /** Seed the demo team (default true). */
  demo?: boolean;
  /** The workspace's clock; fixed by default so that every run looks the same. */
  now?: Date;
}

export interface Playground {
  url: string;
  port: number;
  /** The current spreadsheet (replaced by POST /api/reset). */
  readonly session: PlaygroundSession;
  /**
   * Starts again; with the demo team unless told otherwise, or as the playground started.
   * `latencyMs`: simulated time per service call (the workspace's option), so long operations take several runs.
   */
  reset(options?: { demo?: boolean; latencyMs?: number }): PlaygroundSession;
  /** The alert or prompt a call is waiting on, if any. */
  awaiting(): WaitingDialog | null;
  /** Answers it, as a click on one of its buttons (CLOSE: its close button). */
  answer(id: number, button: ButtonName, text?: string): void;
  close(): Promise<void>;
}

const MAX_BODY = 2 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('Request too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(text ? (JSON.parse(text) as unknown) : {});
      } catch {
        reject(new Error('The request body is not JSON'));
      }
    });
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(body);
}

const json = (res: ServerResponse, value: unknown, status = 200, headers: Record<string, string> = {}) =>
  send(res, status, 'application/json', JSON.stringify(value), headers);

/** Sidebars and dialogs run in sandboxed iframes; they may call /api/run only. */
const PANEL_CORS = { 'access-control-allow-origin': '*' };

function field<T>(body: unknown, name: string, check: (v: unknown) => v is T): T {
  const value = body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
  if (!check(value)) throw new Error(`"${name}" is missing or has the wrong type`);
  return value;
}
const isString = (v: unknown): v is string => typeof v === 'string';
const isArray = (v: unknown): v is unknown[] => Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number';
const BUTTON_NAMES: readonly string[] = ['OK', 'CANCEL', 'YES', 'NO', 'CLOSE'];
const isButton = (v: unknown): v is ButtonName => typeof v === 'string' && BUTTON_NAMES.includes(v);

/** A dialog shown to the person at the page, with the id that answers it. */
export interface WaitingDialog extends AwaitedDialog {
  id: number;
}

/** A call held open at an alert or prompt. */
interface HeldCall {
  id: number;
  fn: string;
  args: unknown[];
  answers: Array<{ button: ButtonName; text: string }>;
  dialog: AwaitedDialog;
  done: (result: RunResult) => void;
}

export function playgroundState(session: PlaygroundSession, demo = true): unknown {
  const ws = session.workspace;
  const snapshot = ws.spreadsheet.snapshot() as {
    name: string;
    activeSheet: string;
    sheets: Array<{ name: string; hidden: boolean; tabColor: string | null }>;
  };
  const active = snapshot.activeSheet;
  return {
    spreadsheet: { name: snapshot.name },
    sheets: snapshot.sheets.map((s) => ({ name: s.name, hidden: s.hidden, tabColor: s.tabColor })),
    activeSheet: active,
    activeCell: ws.spreadsheet.activeRangeA1(),
    demo,
    view: session.sheet(active),
    menu: ws.ui.menu() ?? null,
    shown: ws.ui.shown.map((s, index) => ({ index, kind: s.kind, title: s.title, width: s.width, height: s.height })),
    dialogs: ws.ui.dialogs.map((d) => ({ kind: d.kind, title: d.title, prompt: d.prompt, button: d.button })),
    toasts: ws.ui.toasts.map((t) => ({ message: t.message, title: t.title })),
    docs: ws.docs.docs().map((d) => ({ id: d.id, name: d.name, url: d.url })),
    reviewFiles: session.reviewFiles(),
    history: session.history.slice(-30),
    totalCalls: ws.log.total(),
  };
}

/** dist/ as `npm run build` leaves it; a build still writing it gets a few seconds to finish. */
async function readBundleWhenBuilt(): Promise<AddonBundle> {
  for (let attempt = 1; ; attempt++) {
    try {
      return readBundle();
    } catch (error) {
      if (attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

export async function startPlayground(options: PlaygroundOptions = {}): Promise<Playground> {
  const now = options.now ?? DEMO_NOW;
  const bundle = await readBundleWhenBuilt();
  const makeSession = (demo: boolean, latencyMs?: number) => {
    const session = new PlaygroundSession({ now, bundle, ...(latencyMs ? { workspace: { latencyMs } } : {}) });
    session.run('onOpen', [{ authMode: 'FULL' }]);
    if (demo) seedDemo(session);
    return session;
  };
  const startedWithDemo = options.demo ?? true;
  let demo = startedWithDemo;
  let session = makeSession(demo);
  const page = await playgroundPage();

  // Calls waiting on a dialog, oldest first: the page shows the first.
  let held: HeldCall[] = [];
  let nextId = 1;
  const hold = (fn: string, args: unknown[], result: RunResult): Promise<RunResult> | RunResult => {
    if (!result.awaiting) return result;
    const dialog = result.awaiting;
    return new Promise<RunResult>((done) => held.push({ id: nextId++, fn, args, answers: [], dialog, done }));
  };
  const call = (fn: string, args: unknown[]) => hold(fn, args, session.run(fn, args));
  const awaiting = (): WaitingDialog | null => (held[0] ? { id: held[0].id, ...held[0].dialog } : null);
  const answer = (id: number, button: ButtonName, text = ''): void => {
    const waiting = held.find((h) => h.id === id);
    if (!waiting) throw new Error('No dialog is waiting with that id (it was answered already, or the playground was reset).');
    if (button !== 'CLOSE' && !waiting.dialog.choices.includes(button)) throw new Error(`This dialog has no ${button} button.`);
    const answers = [...waiting.answers, { button, text: waiting.dialog.kind === 'prompt' ? text : '' }];
    const result = session.run(waiting.fn, waiting.args, answers);
    if (result.awaiting) {
      // The same call, stopped at its next dialog (a new id: the page shows it as a new one).
      waiting.id = nextId++;
      waiting.answers = answers;
      waiting.dialog = result.awaiting;
      return;
    }
    held = held.filter((h) => h !== waiting);
    waiting.done(result);
  };
  const reset = (withDemo: boolean, latencyMs?: number): PlaygroundSession => {
    for (const h of held) h.done({ ok: false, error: 'The playground was reset before the dialog was answered.', calls: 0, ms: 0 });
    held = [];
    demo = withDemo;
    session = makeSession(demo, latencyMs);
    return session;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (req.method === 'GET' && (path === '/' || path === '/index.html')) return send(res, 200, 'text/html', page);
    if (req.method === 'GET' && path === '/api/state') return json(res, playgroundState(session, demo));
    if (req.method === 'GET' && path === '/api/awaiting') return json(res, awaiting());
    if (req.method === 'GET' && path.startsWith('/panel/')) {
      const shown = session.workspace.ui.shown[Number(path.slice('/panel/'.length))];
      if (!shown) return send(res, 404, 'text/plain', 'No such sidebar or dialog');
      return send(res, 200, 'text/html', injectShim(shown.html, session.functionNames));
    }
    if (req.method === 'GET' && path.startsWith('/doc/')) {
      const id = decodeURIComponent(path.slice('/doc/'.length));
      const doc = session.workspace.docs.docs().find((d) => d.id === id);
      if (!doc) return send(res, 404, 'text/plain', 'No such document');
      return send(res, 200, 'text/html', docPage(doc.name, session.workspace.docs.html(id)));
    }
    if (req.method === 'GET' && path.startsWith('/review/')) {
      const id = decodeURIComponent(path.slice('/review/'.length));
      const file = session.reviewFiles().find((f) => f.id === id);
      const sheet = file ? session.workspace.spreadsheetFile(id) : undefined;
      if (!file || !sheet) return send(res, 404, 'text/plain', 'No such review file');
      const values = sheet.displayValues(`'${sheet.sheetNames()[0]!.replace(/'/g, "''")}'!A1:G300`);
      return send(res, 200, 'text/html', reviewPage(id, file.name, file.reviewer, values));
    }
    if (req.method === 'GET' && path === '/favicon.ico') return send(res, 204, 'text/plain', '');
    if (req.method !== 'POST') return send(res, 404, 'text/plain', 'Not found');

    const body = await readBody(req);
    switch (path) {
      case '/api/run':
        return json(res, await call(field(body, 'fn', isString), field(body, 'args', isArray)), 200, PANEL_CORS);
      case '/api/menu':
        // A menu item runs its function with no arguments.
        return json(res, await call(field(body, 'fn', isString), []));
      case '/api/answer': {
        const text = body && typeof body === 'object' ? (body as { text?: unknown }).text : undefined;
        answer(field(body, 'id', isNumber), field(body, 'button', isButton), typeof text === 'string' ? text : '');
        return json(res, { ok: true });
      }
      case '/api/activate':
        session.activateSheet(field(body, 'name', isString));
        return json(res, { ok: true });
      case '/api/select':
        session.selectCell(field(body, 'sheet', isString), field(body, 'a1', isString));
        return json(res, { ok: true });
      case '/api/review': {
        const cells = body && typeof body === 'object' ? (body as { cells?: unknown }).cells : undefined;
        if (!Array.isArray(cells)) return send(res, 400, 'text/plain', 'cells must be a list');
        session.editReviewFile(
          field(body, 'fileId', isString),
          cells.map((c) => ({ a1: field(c, 'a1', isString), value: field(c, 'value', isString) })),
        );
        return json(res, { ok: true });
      }
      case '/api/cell':
        session.editCell(field(body, 'sheet', isString), field(body, 'a1', isString), field(body, 'value', isString));
        return json(res, { ok: true });
      case '/api/reset': {
        // The page's "Reset" starts again as the playground started (`--empty`: empty).
        const asked = body && typeof body === 'object' ? (body as { demo?: unknown }).demo : undefined;
        reset(typeof asked === 'boolean' ? asked : startedWithDemo);
        return json(res, { ok: true });
      }
      default:
        return send(res, 404, 'text/plain', 'Not found');
    }
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const cors = (req.url ?? '').startsWith('/api/run') ? PANEL_CORS : {};
      if (!res.headersSent)
        json(res, { ok: false, error: error instanceof Error ? error.message : String(error), calls: 0, ms: 0 }, 400, cors);
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}/`,
    port,
    get session() {
      return session;
    },
    reset(opts = {}) {
      return reset(opts.demo ?? true, opts.latencyMs);
    },
    awaiting,
    answer,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

if (require.main === module) {
  const port = Number(process.env.PORT ?? 8080);
  startPlayground({ port, demo: !process.argv.includes('--empty') })
    .then((playground) => {
      console.log(`Career Ladder playground: ${playground.url}`);
      console.log(
        "The add-on's real code (dist/Code.js) against an in-memory Google Sheets; nothing leaves this machine. Ctrl+C stops it.",
      );
    })
    .catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      console.error(/EADDRINUSE/.test(message) ? `Port ${port} is taken: run "PORT=8081 npm start".` : message);
      process.exit(1);
    });
}
