/**
 * The characters of one paragraph (or list item) with their character attributes, one style per
 * character. Paragraph-level attributes (heading, alignment) live on the paragraph.
 * https://developers.google.com/apps-script/reference/document/text
 */
export const TEXT_ATTRIBUTES = [
  'BOLD',
  'ITALIC',
  'UNDERLINE',
  'STRIKETHROUGH',
  'LINK_URL',
  'FOREGROUND_COLOR',
  'BACKGROUND_COLOR',
  'FONT_SIZE',
  'FONT_FAMILY',
] as const;
export type TextAttribute = (typeof TEXT_ATTRIBUTES)[number];
export type StyleValue = string | number | boolean;
export type TextStyle = Readonly<Partial<Record<TextAttribute, StyleValue>>>;
/** A change of style: a value sets the attribute, null clears it. */
export type StylePatch = Partial<Record<TextAttribute, StyleValue | null>>;

export interface TextRun {
  text: string;
  style: TextStyle;
}

const EMPTY: TextStyle = Object.freeze({});

export function isTextAttribute(name: string): name is TextAttribute {
  return (TEXT_ATTRIBUTES as readonly string[]).includes(name);
}

export function sameStyle(a: TextStyle, b: TextStyle): boolean {
  if (a === b) return true;
  return TEXT_ATTRIBUTES.every((key) => a[key] === b[key]);
}

function applyPatch(style: TextStyle, patch: StylePatch): TextStyle {
  const next: Partial<Record<TextAttribute, StyleValue>> = { ...style };
  for (const key of TEXT_ATTRIBUTES) {
    if (!(key in patch)) continue;
    const value = patch[key];
    if (value === null || value === undefined || value === false) delete next[key];
    else next[key] = value;
  }
  return Object.freeze(next);
}

export class TextModel {
  private chars = '';
  private styles: TextStyle[] = [];

  constructor(text = '', style: TextStyle = EMPTY) {
    this.insert(0, text, style);
  }

  get text(): string {
    return this.chars;
  }

  get length(): number {
    return this.chars.length;
  }

  styleAt(offset: number): TextStyle {
    return this.styles[offset] ?? EMPTY;
  }

  /** The style new text takes at `offset`: that of the character before it (Docs' typing rule). */
  inheritedStyle(offset: number): TextStyle {
    if (this.chars.length === 0) return EMPTY;
    return this.styleAt(offset > 0 ? offset - 1 : 0);
  }

  insert(offset: number, text: string, style?: TextStyle): void {
    if (text.length === 0) return;
    const use = style ?? this.inheritedStyle(offset);
    this.chars = this.chars.slice(0, offset) + text + this.chars.slice(offset);
    this.styles.splice(offset, 0, ...new Array<TextStyle>(text.length).fill(use));
  }

  remove(start: number, endExclusive: number): void {
    if (endExclusive <= start) return;
    this.chars = this.chars.slice(0, start) + this.chars.slice(endExclusive);
    this.styles.splice(start, endExclusive - start);
  }

  restyle(start: number, endExclusive: number, patch: StylePatch): void {
    for (let i = start; i < endExclusive; i += 1) this.styles[i] = applyPatch(this.styleAt(i), patch);
  }

  copy(start = 0, endExclusive = this.chars.length): TextModel {
    const out = new TextModel();
    out.chars = this.chars.slice(start, endExclusive);
    out.styles = this.styles.slice(start, endExclusive);
    return out;
  }

  runs(): TextRun[] {
    const out: TextRun[] = [];
    for (let i = 0; i < this.chars.length; i += 1) {
      const style = this.styleAt(i);
      const last = out[out.length - 1];
      if (last && sameStyle(last.style, style)) last.text += this.chars[i];
      else out.push({ text: this.chars[i] as string, style });
    }
    return out;
  }

  /** Offsets where the style changes, starting with 0 (Text.getTextAttributeIndices). */
  attributeIndices(): number[] {
    const out: number[] = [];
    let offset = 0;
    for (const run of this.runs()) {
      out.push(offset);
      offset += run.text.length;
    }
    return out.length ? out : [0];
  }
}
