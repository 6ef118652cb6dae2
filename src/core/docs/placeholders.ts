/**
 * The placeholder language of doc templates (docs/ARCHITECTURE.md, Documents).
 *
 * - `{{name}}` is a single value; spaces just inside the braces are allowed (`{{ name }}`).
 * - `{{focus.name}}` is a field of an item of the list `focus`. A table row holding such
 *   placeholders repeats once per item (see templateFill.ts).
 * - Anything else written between `{{` and `}}` on one line is a placeholder the add-on does
 *   not know, and is reported (templateCheck.ts), never left blank silently.
 *
 * Values are inserted literally, in one pass over the template's own text: a `$1`, `$&`, `\` or
 * a `{{cycle}}` typed in a name or in evidence comes out exactly as typed and is never read as
 * a placeholder (only template text is searched, never an inserted value).
 */

/** A name or a list field: letters, digits and `_`, starting with a letter. */
const KEY = /^([A-Za-z][A-Za-z0-9_]*)(?:\.([A-Za-z][A-Za-z0-9_]*))?$/;

/** `{{` ... `}}` on one line, with no brace inside (so `{{{x}}}` reads as `{` + `{{x}}` + `}`). */
const PLACEHOLDER = /\{\{([^{}\n\r]*)\}\}/g;

export interface PlaceholderHit {
  /** Offset of the first `{`. */
  start: number;
  /** Offset just after the last `}`. */
  end: number;
  /** As written in the template, braces included. */
  raw: string;
  /** The text between the braces, trimmed. */
  key: string;
  /** For `{{list.field}}`: the list; null for a single value or a key that is not well formed. */
  list: string | null;
  field: string | null;
  /** False when the key is not a name nor a `list.field` (e.g. `{{first name}}`). */
  wellFormed: boolean;
}

export function findPlaceholders(text: string): PlaceholderHit[] {
  const hits: PlaceholderHit[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    const key = (m[1] ?? '').trim();
    const parts = KEY.exec(key);
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      raw: m[0],
      key,
      list: parts?.[2] !== undefined ? (parts[1] ?? null) : null,
      field: parts?.[2] ?? null,
      wellFormed: parts !== null,
    });
  }
  return hits;
}

export function hasPlaceholders(text: string): boolean {
  return findPlaceholders(text).length > 0;
}

/** The value of each single placeholder, by name. */
export type ScalarValues = Readonly<Record<string, string>>;
/** One item of a list: the value of each field. */
export type ListItem = Readonly<Record<string, string>>;

/**
 * The template text with every known placeholder replaced by its value, literally.
 * `item` gives the fields of the current list item, in a repeated table row.
 * Unknown placeholders are left as written: templateCheck.ts refuses such a template first.
 */
export function fillText(text: string, scalars: ScalarValues, item?: { list: string; values: ListItem }): string {
  let out = '';
  let at = 0;
  for (const hit of findPlaceholders(text)) {
    out += text.slice(at, hit.start);
    out += valueOf(hit, scalars, item) ?? hit.raw;
    at = hit.end;
  }
  return out + text.slice(at);
}

function valueOf(hit: PlaceholderHit, scalars: ScalarValues, item?: { list: string; values: ListItem }): string | undefined {
  if (!hit.wellFormed) return undefined;
  if (hit.list === null) return Object.prototype.hasOwnProperty.call(scalars, hit.key) ? scalars[hit.key] : undefined;
  if (!item || item.list !== hit.list || hit.field === null) return undefined;
  return Object.prototype.hasOwnProperty.call(item.values, hit.field) ? item.values[hit.field] : undefined;
}

/**
 * The edits that turn `text` into its filled form, last first, so that applying them in order
 * on a Text element keeps every earlier offset valid (Text.deleteText takes an inclusive end;
 * Text.insertText inserts before the offset). An empty value is only a deletion.
 */
export interface TextEdit {
  start: number;
  endInclusive: number;
  value: string;
}

export function fillEdits(text: string, scalars: ScalarValues): TextEdit[] {
  return findPlaceholders(text)
    .map((hit) => ({ start: hit.start, endInclusive: hit.end - 1, value: valueOf(hit, scalars) ?? hit.raw }))
    .filter((edit) => text.slice(edit.start, edit.endInclusive + 1) !== edit.value)
    .reverse();
}

/** Applies edits as the shell will (for the doc plan's own text and for tests). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.value + out.slice(e.endInclusive + 1);
  return out;
}
