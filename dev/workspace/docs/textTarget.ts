import { NotImplementedError } from '../strict';
import { invalidArgument } from './errors';
import { type StylePatch, type TextModel, type TextStyle } from './textModel';

/**
 * What a Text element edits. A paragraph's Text covers its whole model; the Text that
 * Paragraph.appendText returns covers just the appended characters; editAsText() of a container
 * (body, table, cell) sees its paragraphs joined by "\n", as getText() does.
 */
export interface TextTarget {
  text(): string;
  styleAt(offset: number): TextStyle;
  insert(offset: number, text: string, style?: TextStyle): void;
  remove(start: number, endExclusive: number): void;
  restyle(start: number, endExclusive: number, patch: StylePatch): void;
  /** The model and range, when the target is one paragraph's characters (find/replace work on it). */
  slice(): { model: TextModel; start: number; end: number } | null;
}

/** All of one paragraph's characters. */
export class ModelTarget implements TextTarget {
  constructor(
    readonly model: TextModel,
    private readonly touch: () => void,
  ) {}
  text(): string {
    return this.model.text;
  }
  styleAt(offset: number): TextStyle {
    return this.model.styleAt(offset);
  }
  insert(offset: number, text: string, style?: TextStyle): void {
    this.touch();
    this.model.insert(offset, text, style);
  }
  remove(start: number, endExclusive: number): void {
    this.touch();
    this.model.remove(start, endExclusive);
  }
  restyle(start: number, endExclusive: number, patch: StylePatch): void {
    this.touch();
    this.model.restyle(start, endExclusive, patch);
  }
  slice(): { model: TextModel; start: number; end: number } {
    return { model: this.model, start: 0, end: this.model.length };
  }
}

/**
 * Some of a paragraph's characters (what appendText returns, so that
 * `paragraph.appendText(value).setBold(true)` bolds only the value). Its offsets are fixed when
 * it is made: edits before it through other handles are not tracked.
 */
export class SliceTarget implements TextTarget {
  constructor(
    readonly model: TextModel,
    private readonly touch: () => void,
    private readonly start: number,
    private length: number,
  ) {}
  private check(): void {
    if (this.start + this.length > this.model.length) throw invalidArgument('text (the paragraph changed under this Text)');
  }
  text(): string {
    this.check();
    return this.model.text.slice(this.start, this.start + this.length);
  }
  styleAt(offset: number): TextStyle {
    return this.model.styleAt(this.start + offset);
  }
  insert(offset: number, text: string, style?: TextStyle): void {
    this.check();
    this.touch();
    this.model.insert(this.start + offset, text, style);
    this.length += text.length;
  }
  remove(start: number, endExclusive: number): void {
    this.check();
    this.touch();
    this.model.remove(this.start + start, this.start + endExclusive);
    this.length -= endExclusive - start;
  }
  restyle(start: number, endExclusive: number, patch: StylePatch): void {
    this.check();
    this.touch();
    this.model.restyle(this.start + start, this.start + endExclusive, patch);
  }
  slice(): { model: TextModel; start: number; end: number } {
    this.check();
    return { model: this.model, start: this.start, end: this.start + this.length };
  }
}

/** A container's paragraphs joined by "\n": styles can be read and set across them, not edited. */
export class JoinedTarget implements TextTarget {
  constructor(
    private readonly models: () => TextModel[],
    private readonly touch: () => void,
    private readonly what: string,
  ) {}
  private locate(offset: number): { model: TextModel; at: number } | null {
    let base = 0;
    for (const model of this.models()) {
      if (offset < base + model.length) return { model, at: offset - base };
      base += model.length + 1;
    }
    return null;
  }
  text(): string {
    return this.models()
      .map((m) => m.text)
      .join('\n');
  }
  styleAt(offset: number): TextStyle {
    const hit = this.locate(offset);
    return hit ? hit.model.styleAt(hit.at) : {};
  }
  insert(): void {
    throw new NotImplementedError(`Text.insertText / appendText / setText on ${this.what}.editAsText() (edit its paragraphs instead)`);
  }
  remove(): void {
    throw new NotImplementedError(`Text.deleteText on ${this.what}.editAsText() (edit its paragraphs instead)`);
  }
  restyle(start: number, endExclusive: number, patch: StylePatch): void {
    this.touch();
    let base = 0;
    for (const model of this.models()) {
      const from = Math.max(start, base);
      const to = Math.min(endExclusive, base + model.length);
      if (from < to) model.restyle(from - base, to - base, patch);
      base += model.length + 1;
    }
  }
  slice(): null {
    return null;
  }
}
