/**
 * HtmlService (developers.google.com/apps-script/reference/html/html-service) and templated HTML
 * (developers.google.com/apps-script/guides/html/templates):
 * - `createHtmlOutputFromFile(name)` reads one of the script's HTML files (`name` with or without
 *   `.html`); a missing file throws Google's "No HTML file named X was found.";
 * - templates support printing scriptlets `<?= expr ?>` (escaped for their context: HTML text
 *   and attributes, or JavaScript inside `<script>`), force-printing `<?!= expr ?>` (raw) and
 *   standard scriptlets `<? code ?>`; template variables are set as properties
 *   (`template.data = …`) and are in scope while it evaluates.
 * Templates run their scriptlets with `new Function`: only the add-on's own HTML files are
 * templates, never text from a sheet (docs/ARCHITECTURE.md, Safety).
 */
import type { CallLog } from './callLog';
import { NotImplementedError, strict } from './strict';
import { SandboxMode, XFrameOptionsMode, enumName, strictEnum } from './sheets/enums';
import { exception, signatureError } from './sheets/errors';

type GasHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type GasHtmlTemplate = GoogleAppsScript.HTML.HtmlTemplate;

const outputs = new WeakMap<object, HtmlOutputImpl>();

/** The output behind an HtmlOutput a caller hands to Ui.showSidebar and friends. */
export function htmlOutputOf(value: unknown, method: string): HtmlOutputImpl {
  const impl = typeof value === 'object' && value !== null ? outputs.get(value) : undefined;
  if (!impl) throw signatureError(method, [value]);
  return impl;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export class HtmlOutputImpl {
  readonly _self: GasHtmlOutput;
  _content: string;
  _title = '';
  _width: number | null = null;
  _height: number | null = null;
  _sandboxMode = 'IFRAME';
  _xFrameOptionsMode = 'DEFAULT';
  _metaTags: Array<{ name: string; content: string }> = [];
  _faviconUrl = '';

  constructor(
    private readonly _log: CallLog,
    content: string,
  ) {
    this._content = content;
    this._self = strict(this, 'HtmlOutput', _log) as unknown as GasHtmlOutput;
    outputs.set(this._self, this);
  }

  addMetaTag(name: string, content: string): this {
    this._metaTags.push({ name: String(name), content: String(content) });
    return this;
  }

  getMetaTags(): GoogleAppsScript.HTML.HtmlOutputMetaTag[] {
    return this._metaTags.map(
      (t) =>
        strict(
          { getName: () => t.name, getContent: () => t.content },
          'HtmlOutputMetaTag',
          this._log,
        ) as unknown as GoogleAppsScript.HTML.HtmlOutputMetaTag,
    );
  }

  append(addedContent: string): this {
    this._content += String(addedContent);
    return this;
  }

  /** Escaped as HTML before it is appended (html-output#appenduntrustedaddedcontent). */
  appendUntrusted(addedContent: string): this {
    this._content += escapeHtml(String(addedContent));
    return this;
  }

  clear(): this {
    this._content = '';
    return this;
  }

  getContent(): string {
    return this._content;
  }

  getTitle(): string {
    return this._title;
  }

  setTitle(title: string): this {
    this._title = String(title);
    return this;
  }

  setWidth(width: number): this {
    if (!Number.isInteger(width)) throw signatureError('HtmlService.HtmlOutput.setWidth', [width]);
    this._width = width;
    return this;
  }

  setHeight(height: number): this {
    if (!Number.isInteger(height)) throw signatureError('HtmlService.HtmlOutput.setHeight', [height]);
    this._height = height;
    return this;
  }

  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): this {
    const name = enumName(SandboxMode, mode);
    if (name === null) throw signatureError('HtmlService.HtmlOutput.setSandboxMode', [mode]);
    this._sandboxMode = name;
    return this;
  }

  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): this {
    const name = enumName(XFrameOptionsMode, mode);
    if (name === null) throw signatureError('HtmlService.HtmlOutput.setXFrameOptionsMode', [mode]);
    this._xFrameOptionsMode = name;
    return this;
  }
}

/** Compiles a template to the body of a function `(__print, __raw, ...variables) => string`. */
export function compileTemplate(source: string): string {
  let js = 'let __out = "";\n';
  let text = '';
  let pos = 0;
  while (pos < source.length) {
    const open = source.indexOf('<?', pos);
    const chunk = open < 0 ? source.slice(pos) : source.slice(pos, open);
    if (chunk) js += `__out += ${JSON.stringify(chunk)};\n`;
    text += chunk;
    if (open < 0) break;
    const close = source.indexOf('?>', open + 2);
    // Wording ours: a scriptlet that is never closed.
    if (close < 0) throw exception('Unterminated scriptlet: "<?" without "?>".');
    const inner = source.slice(open + 2, close);
    const lower = text.toLowerCase();
    const inScript = lower.lastIndexOf('<script') > lower.lastIndexOf('</script');
    const expression = (s: string) => s.trim().replace(/;\s*$/, '');
    if (inner.startsWith('!=')) js += `__out += __raw(${expression(inner.slice(2))});\n`;
    else if (inner.startsWith('=')) js += `__out += __print(${expression(inner.slice(1))}, ${String(inScript)});\n`;
    else js += `${inner}\n`;
    pos = close + 2;
  }
  return `${js}return __out;`;
}

function printRaw(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** Contextual escaping of printing scriptlets: JavaScript literals inside <script>, HTML elsewhere. */
function printEscaped(value: unknown, inScript: boolean): string {
  if (inScript) {
    const json = JSON.stringify(value === undefined ? null : value) ?? 'null';
    return json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
  }
  return escapeHtml(printRaw(value));
}

const TEMPLATE_METHODS = new Set(['evaluate', 'getCode', 'getCodeWithComments', 'getRawContent']);

class HtmlTemplateImpl {
  readonly _vars: Record<string, unknown> = {};

  constructor(
    private readonly _log: CallLog,
    readonly _source: string,
  ) {}

  evaluate(): GasHtmlOutput {
    const names = Object.keys(this._vars).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
    const run = new Function('__print', '__raw', ...names, compileTemplate(this._source)) as (...a: unknown[]) => string;
    const html = run(printEscaped, printRaw, ...names.map((n) => this._vars[n]));
    return new HtmlOutputImpl(this._log, html)._self;
  }

  getCode(): string {
    return compileTemplate(this._source);
  }

  getCodeWithComments(): string {
    return compileTemplate(this._source);
  }

  getRawContent(): string {
    return this._source;
  }
}

/**
 * A template takes any property as a variable (`t.people = …`), so it is not wrapped by
 * strict(): its four methods are counted, every other name reads or writes a variable.
 */
function templateProxy(impl: HtmlTemplateImpl, log: CallLog): GasHtmlTemplate {
  return new Proxy(impl, {
    get(target, prop) {
      if (typeof prop !== 'string') return undefined;
      if (TEMPLATE_METHODS.has(prop)) {
        const method = (target as unknown as Record<string, (...a: unknown[]) => unknown>)[prop] as (...a: unknown[]) => unknown;
        return (...args: unknown[]) => {
          log.beforeCall(`HtmlTemplate.${prop}`);
          log.record(`HtmlTemplate.${prop}`);
          return method.apply(target, args);
        };
      }
      return target._vars[prop];
    },
    set(target, prop, value) {
      if (typeof prop !== 'string' || TEMPLATE_METHODS.has(prop)) return false;
      target._vars[prop] = value;
      return true;
    },
    has(target, prop) {
      return typeof prop === 'string' && (TEMPLATE_METHODS.has(prop) || prop in target._vars);
    },
  }) as unknown as GasHtmlTemplate;
}

class HtmlServiceImpl {
  readonly SandboxMode;
  readonly XFrameOptionsMode;

  constructor(
    private readonly _log: CallLog,
    private readonly _files: Record<string, string>,
  ) {
    this.SandboxMode = strictEnum(SandboxMode, 'HtmlService.SandboxMode', _log);
    this.XFrameOptionsMode = strictEnum(XFrameOptionsMode, 'HtmlService.XFrameOptionsMode', _log);
  }

  private _file(filename: unknown, method: string): string {
    if (typeof filename !== 'string') throw signatureError(`HtmlService.${method}`, [filename]);
    const name = filename.replace(/\.html$/, '');
    const content = this._files[name];
    if (content === undefined) throw exception(`No HTML file named ${filename} was found.`);
    return content;
  }

  private _text(html: unknown, method: string): string {
    if (html === undefined) return '';
    if (typeof html === 'string') return html;
    throw new NotImplementedError(`HtmlService.${method} with a ${typeof html} (only strings are modelled)`);
  }

  createHtmlOutput(html?: string): GasHtmlOutput {
    return new HtmlOutputImpl(this._log, this._text(html, 'createHtmlOutput'))._self;
  }

  createHtmlOutputFromFile(filename: string): GasHtmlOutput {
    return new HtmlOutputImpl(this._log, this._file(filename, 'createHtmlOutputFromFile'))._self;
  }

  createTemplate(html: string): GasHtmlTemplate {
    if (html === undefined) throw signatureError('HtmlService.createTemplate', [html]);
    return templateProxy(new HtmlTemplateImpl(this._log, this._text(html, 'createTemplate')), this._log);
  }

  createTemplateFromFile(filename: string): GasHtmlTemplate {
    return templateProxy(new HtmlTemplateImpl(this._log, this._file(filename, 'createTemplateFromFile')), this._log);
  }
}

export function createHtmlService(log: CallLog, files: Record<string, string>): GoogleAppsScript.HTML.HtmlService {
  return strict(new HtmlServiceImpl(log, { ...files }), 'HtmlService', log) as unknown as GoogleAppsScript.HTML.HtmlService;
}
