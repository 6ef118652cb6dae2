import { knownPlaceholders, type Vocabulary } from './docKinds';
import { findPlaceholders, type PlaceholderHit } from './placeholders';
import type { DocTemplate, TemplateBlock } from './templateModel';

/**
 * Checks a template against the placeholders a doc kind knows, before anything is created
 * (docs/ARCHITECTURE.md, Documents: unknown placeholders in a template are reported, not left blank
 * silently). Every problem names the placeholder and where it is, in words a manager can find
 * in the doc: "paragraph 3", "table 2, row 2".
 */
export interface TemplateProblem {
  /** As written, braces included; for an element problem, the element type. */
  placeholder: string;
  where: string;
  reason: 'unknown' | 'list-outside-table' | 'two-lists-in-row' | 'unsupported-element' | 'empty';
}

export function checkTemplate(template: DocTemplate, vocabulary: Vocabulary): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (template.blocks.every((b) => b.type === 'paragraph' && b.text.trim() === '')) {
    problems.push({ placeholder: '', where: 'the body', reason: 'empty' });
  }
  let paragraphs = 0;
  let tables = 0;
  for (const block of template.blocks) {
    if (block.type === 'unsupported') {
      problems.push({ placeholder: block.elementType, where: `element ${(block.source ?? 0) + 1}`, reason: 'unsupported-element' });
    } else if (block.type === 'table') {
      tables += 1;
      checkTable(block, `table ${tables}`, vocabulary, problems);
    } else {
      paragraphs += 1;
      const where = `${block.type === 'listItem' ? 'list item' : 'paragraph'} ${paragraphs}`;
      for (const hit of findPlaceholders(block.text)) {
        if (!isKnown(hit, vocabulary)) problems.push({ placeholder: hit.raw, where, reason: 'unknown' });
        else if (hit.list !== null) problems.push({ placeholder: hit.raw, where, reason: 'list-outside-table' });
      }
    }
  }
  return problems;
}

function checkTable(
  block: Extract<TemplateBlock, { type: 'table' }>,
  label: string,
  vocabulary: Vocabulary,
  problems: TemplateProblem[],
): void {
  if (findPlaceholders(block.text).length === 0) return;
  if (block.rows === null) throw new Error(`${label} holds placeholders but its cells were not read`);
  block.rows.forEach((row, r) => {
    const where = `${label}, row ${r + 1}`;
    const lists = new Set<string>();
    for (const cell of row) {
      for (const hit of findPlaceholders(cell)) {
        if (!isKnown(hit, vocabulary)) problems.push({ placeholder: hit.raw, where, reason: 'unknown' });
        else if (hit.list !== null) lists.add(hit.list);
      }
    }
    if (lists.size > 1)
      problems.push({ placeholder: [...lists].map((l) => `{{${l}.…}}`).join(' and '), where, reason: 'two-lists-in-row' });
  });
}

export function isKnown(hit: PlaceholderHit, vocabulary: Vocabulary): boolean {
  if (!hit.wellFormed) return false;
  if (hit.list === null) return vocabulary.scalars.includes(hit.key);
  const list = Object.prototype.hasOwnProperty.call(vocabulary.lists, hit.list) ? vocabulary.lists[hit.list] : undefined;
  return list !== undefined && hit.field !== null && list.fields.includes(hit.field);
}

/** One message for all the problems, or null when the template can be used. */
export function describeTemplateProblems(
  template: DocTemplate,
  vocabulary: Vocabulary,
  problems: readonly TemplateProblem[],
): string | null {
  if (problems.length === 0) return null;
  const parts: string[] = [];
  if (problems.some((p) => p.reason === 'empty')) parts.push('it is empty');
  const unknown = problems.filter((p) => p.reason === 'unknown');
  if (unknown.length > 0) {
    parts.push(`it has placeholders the add-on does not know: ${unknown.map((p) => `${p.placeholder} (${p.where})`).join(', ')}`);
  }
  for (const p of problems.filter((q) => q.reason === 'list-outside-table')) {
    const list = /^\{\{\s*([A-Za-z0-9_]+)\./.exec(p.placeholder)?.[1] ?? '';
    const item = vocabulary.lists[list]?.item ?? 'item';
    parts.push(`${p.placeholder} (${p.where}) repeats once per ${item}, so it must sit in a table row`);
  }
  for (const p of problems.filter((q) => q.reason === 'two-lists-in-row')) {
    parts.push(`${p.where} mixes ${p.placeholder}: a repeating row may use one list only`);
  }
  for (const p of problems.filter((q) => q.reason === 'unsupported-element')) {
    parts.push(`${p.where} is a ${p.placeholder.toLowerCase().replace(/_/g, ' ')}, which the add-on cannot copy: remove it`);
  }
  return (
    `${capitalise(template.label)} cannot be used: ${parts.join('; ')}. ` +
    `Known placeholders: ${knownPlaceholders(vocabulary).join(', ')}. Nothing was created.`
  );
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Throws the message of describeTemplateProblems when the template cannot be used. */
export function assertTemplateUsable(template: DocTemplate, vocabulary: Vocabulary): void {
  const message = describeTemplateProblems(template, vocabulary, checkTemplate(template, vocabulary));
  if (message !== null) throw new Error(message);
}
