import type { DocBlock, DocPlan } from './docPlan';
import { applyEdits, fillEdits, fillText, findPlaceholders, hasPlaceholders, type ListItem } from './placeholders';
import type { DocTemplate, TemplateBlock, TemplateValues } from './templateModel';

/**
 * Fills a checked template (templateCheck.ts) with values: the doc plan the shell applies.
 *
 * - Paragraphs and list items of a Google Doc template are copied and only their placeholders
 *   edited, so the template's formatting stays; those of the built-in template are built from
 *   text.
 * - A table holding placeholders is rebuilt from its cells in one call. A row holding
 *   placeholders of a list (`{{focus.name}}`) repeats once per item of the list; consecutive
 *   rows of the same list repeat together, as a block. A list with no items leaves one row
 *   saying so (e.g. "No sub-skill has a manager rating yet") instead of a silent gap.
 * - A table without placeholders is copied as it is.
 */
export function fillTemplate(template: DocTemplate, values: TemplateValues): DocPlan {
  return { kind: template.kind, blocks: template.blocks.map((block) => fillBlock(block, values)) };
}

function fillBlock(block: TemplateBlock, values: TemplateValues): DocBlock {
  switch (block.type) {
    case 'paragraph':
    case 'listItem': {
      if (block.source === null) {
        return {
          kind: 'paragraph',
          text: fillText(block.text, values.scalars),
          heading: block.type === 'paragraph' ? block.heading : 'NORMAL',
        };
      }
      const edits = fillEdits(block.text, values.scalars);
      return {
        kind: 'copy',
        source: block.source,
        elementType: block.type === 'paragraph' ? 'PARAGRAPH' : 'LIST_ITEM',
        text: applyEdits(block.text, edits),
        edits,
      };
    }
    case 'table': {
      if (block.source !== null && !hasPlaceholders(block.text)) {
        return { kind: 'copy', source: block.source, elementType: 'TABLE', text: block.text, edits: [] };
      }
      if (block.rows === null) throw new Error('a table with placeholders must be read cell by cell first');
      return { ...expandTable(block.rows, values), ...(block.widths ? { widths: block.widths } : {}) };
    }
    case 'unsupported':
      throw new Error(`a ${block.elementType} cannot be copied: check the template first`);
  }
}

/** The list a row repeats for, or null for a row of single values. */
function rowList(row: readonly string[]): string | null {
  for (const cell of row) for (const hit of findPlaceholders(cell)) if (hit.list !== null) return hit.list;
  return null;
}

function expandTable(template: readonly (readonly string[])[], values: TemplateValues): DocBlock {
  const rows: string[][] = [];
  const lists = template.map(rowList);
  let r = 0;
  while (r < template.length) {
    const list = lists[r] ?? null;
    let end = r + 1;
    while (end < template.length && list !== null && lists[end] === list) end += 1;
    const group = template.slice(r, end);
    if (list === null) {
      for (const row of group) rows.push(row.map((cell) => fillText(cell, values.scalars)));
    } else {
      const def = values.lists[list];
      const items: readonly ListItem[] = def?.items ?? [];
      if (items.length === 0) {
        const width = group[0]?.length ?? 1;
        rows.push([def?.whenEmpty ?? 'None.', ...Array.from({ length: width - 1 }, () => '')]);
      }
      for (const item of items) {
        for (const row of group) rows.push(row.map((cell) => fillText(cell, values.scalars, { list, values: item })));
      }
    }
    r = end;
  }
  const width = Math.max(1, ...rows.map((row) => row.length));
  const padded = rows.map((row) => [...row, ...Array.from({ length: width - row.length }, () => '')]);
  const headerRow = lists[0] === null && lists.some((l) => l !== null);
  return { kind: 'table', rows: padded, headerRow };
}

/** The template itself as a doc plan, placeholders as written: what the built-in template's doc shows. */
export function templateAsPlan(template: DocTemplate): DocPlan {
  return {
    kind: template.kind,
    blocks: template.blocks.map((block): DocBlock => {
      if (block.type === 'paragraph') return { kind: 'paragraph', text: block.text, heading: block.heading };
      if (block.type === 'table' && block.rows) {
        const lists = block.rows.map(rowList);
        return {
          kind: 'table',
          rows: block.rows.map((r) => [...r]),
          headerRow: lists[0] === null && lists.some((l) => l !== null),
          ...(block.widths ? { widths: block.widths } : {}),
        };
      }
      throw new Error('only a built-in template can be written as it is');
    }),
  };
}
