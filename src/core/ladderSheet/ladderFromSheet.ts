import type { Area, Dimension, Ladder, Level, LevelTexts, Subskill } from '../ladder/schema';
import { ladderSchema } from '../ladder/schema';
import { ladderRuleProblems } from '../ladder/rules';
import { formatPath, type LadderProblem } from '../ladder/problems';
import { cellA1, type CellPosition } from './cellAddress';
import { slugFromName } from './slug';
import { SheetProblems, SheetSourceMap, type LadderSheetProblem } from './sheetProblems';
import { draftFromGrid, normaliseGrid, sameName, type SheetLadderDraft, type TextCell } from './sheetLadderDraft';
import {
  COLUMN_LABELS,
  DEFAULT_ORGANIZATION,
  ID_LIMIT,
  NAME_LIMIT,
  ROW_LABELS,
  SETTING_LABELS,
  SOURCE_LIMIT,
  defaultSource,
  parseAxis,
  parseYesNo,
} from './sheetFormat';

export interface LadderFromSheetOptions {
  /** The sheet's name: the default source of a ladder whose "Source" row is blank. */
  sheetName?: string;
  /** Ids of the built-in ladders: a sheet ladder gets its own id, never one of these. */
  reservedIds?: readonly string[];
}

export type LadderFromSheetResult =
  | { ok: true; ladder: Ladder; draft: SheetLadderDraft }
  /** `headerFound` false: the sheet does not look like a ladder sheet at all (nothing to highlight). */
  | { ok: false; problems: LadderSheetProblem[]; headerFound: boolean };

/**
 * Reads a ladder sheet (values as `Range.getDisplayValues()` gives them) into a ladder,
 * checked with the same schema and rules as the built-in ladders (`parseLadder`). Every
 * problem is reported at once, each with its cell: layout problems found while reading,
 * then the schema's and rules' problems, their JSON paths turned back into cells.
 */
export function ladderFromSheetValues(
  values: ReadonlyArray<ReadonlyArray<unknown>>,
  options: LadderFromSheetOptions = {},
): LadderFromSheetResult {
  const problems = new SheetProblems();
  const draft = draftFromGrid(normaliseGrid(values), problems);
  if (!draft) return { ok: false, problems: problems.sorted(), headerFound: false };

  const top: CellPosition = { row: 0, col: 0 };
  const map = new SheetSourceMap(top);
  const reported = new Set<string>();
  const { settings, columns, headerRow } = draft;
  const axisCol = columns.axis;
  const firstLevelCol = draft.levels[0]?.col ?? Math.max(...Object.values(columns)) + 1;

  // Settings.
  const title = settings.title?.text ?? '';
  map.set('title', settings.title?.pos ?? top);
  if (!settings.title) problems.add(top, `add a row "${SETTING_LABELS.title}" with the ladder's title in column B`);
  const idCell = settings.ladderId && settings.ladderId.text !== '' ? settings.ladderId : null;
  const id = idCell?.text ?? slugFromName(title, 'own-ladder');
  map.set('id', idCell?.pos ?? settings.title?.pos ?? top);
  if ((options.reservedIds ?? []).includes(id)) {
    problems.add(
      idCell?.pos ?? settings.title?.pos ?? top,
      idCell
        ? `"${id}" is the id of a built-in ladder: give this ladder an id of its own here (for example "${id}-own")`
        : `this title gives the id "${id}" of a built-in ladder: add a "${SETTING_LABELS.ladderId}" row with an id of its own`,
    );
  }
  const organization = settings.organization?.text || DEFAULT_ORGANIZATION;
  map.set('organization', settings.organization?.pos ?? top);
  const source = settings.source?.text || defaultSource(options.sheetName);
  map.set('source', settings.source?.pos ?? top);
  const cumulativeCell = settings.cumulative;
  const cumulative = cumulativeCell ? parseYesNo(cumulativeCell.text) : undefined;
  map.set('cumulative', cumulativeCell?.pos ?? top);
  if (!cumulativeCell) {
    problems.add(top, `add a row "${SETTING_LABELS.cumulative}" with yes or no in column B`);
  } else if (cumulative === undefined) {
    problems.add(
      cumulativeCell.pos,
      `${cumulativeCell.text === '' ? 'write' : `"${cumulativeCell.text}" is not yes or no: write`} yes when each level adds to the one before, no when each level's column says all that is expected at it`,
    );
  }
  const notes = draft.notes.map((n, i) => {
    map.set(`notes[${i}]`, n.pos);
    return n.text;
  });

  // Levels.
  map.set('levels', { row: headerRow, col: firstLevelCol });
  const levels: Level[] = draft.levels.map((l, i) => {
    const level: Level = { id: l.id?.text ?? slugFromName(l.name.text, `level-${i + 1}`), name: l.name.text };
    map.set(`levels[${i}]`, l.name.pos);
    map.set(`levels[${i}].id`, l.id?.pos ?? l.name.pos);
    if (l.title) {
      level.title = l.title.text;
      map.set(`levels[${i}].title`, l.title.pos);
    }
    if (l.summary) {
      level.summary = l.summary.text;
      map.set(`levels[${i}].summary`, l.summary.pos);
    }
    return level;
  });

  // Dimensions: listed above the header, or else the names used in the Dimension column.
  const rows = draft.areas.flatMap((a) => a.subskills.flatMap((s) => s.rows));
  const usesDimensions = draft.dimensions.length > 0 || rows.some((r) => r.dimension !== null);
  const dimensionDrafts: Array<{ name: TextCell; description: TextCell | null; id: TextCell | null }> = [...draft.dimensions];
  if (draft.dimensions.length > 0 && columns.dimension === undefined) {
    const first = draft.dimensions[0] as (typeof draft.dimensions)[number];
    problems.add({ row: first.name.pos.row, col: 0 }, `dimensions are listed, but the header has no "${COLUMN_LABELS.dimension}" column`);
  }
  if (draft.dimensions.length === 0) {
    for (const r of rows)
      if (r.dimension && !dimensionDrafts.some((d) => sameName(d.name.text, (r.dimension as TextCell).text)))
        dimensionDrafts.push({ name: r.dimension, description: null, id: null });
  }
  const dimensions: Dimension[] = dimensionDrafts.map((d, i) => {
    const dimension: Dimension = { id: d.id?.text ?? slugFromName(d.name.text, `dimension-${i + 1}`), name: d.name.text };
    if (d.description) dimension.description = d.description.text;
    map.set(`dimensions[${i}]`, d.name.pos);
    map.set(`dimensions[${i}].id`, d.id?.pos ?? d.name.pos);
    if (d.description) map.set(`dimensions[${i}].description`, d.description.pos);
    return dimension;
  });
  const dimensionNames = dimensions.map((d) => d.name).join(', ');
  const findDimension = (cell: TextCell): number => dimensions.findIndex((d) => sameName(d.name, cell.text) || d.id === cell.text);

  // Skill areas and sub-skills.
  map.set('areas', { row: headerRow, col: columns.area ?? 0 });
  if (axisCol === undefined && draft.areas.length > 0) {
    problems.add(
      { row: headerRow, col: draft.width },
      `add an "${COLUMN_LABELS.axis}" column: results or behaviours on each skill area's row (its 9-box axis)`,
    );
  }
  const areas: Area[] = draft.areas.map((a, ai) => {
    const at = `areas[${ai}]`;
    map.set(at, a.name.pos);
    map.set(`${at}.id`, a.id?.pos ?? a.name.pos);
    map.set(`${at}.description`, a.description?.pos ?? a.name.pos);
    map.set(`${at}.subskills`, a.name.pos);
    const axisPos = a.axis?.pos ?? { row: a.name.pos.row, col: axisCol ?? draft.width };
    map.set(`${at}.axis`, axisPos);
    const axis = a.axis ? parseAxis(a.axis.text) : undefined;
    if (axisCol !== undefined && !axis) {
      problems.add(
        axisPos,
        a.axis
          ? `"${a.axis.text}" is not an axis: write results or behaviours`
          : `write the axis of "${a.name.text}": results or behaviours (its 9-box axis)`,
      );
    }
    const subskills: Subskill[] = a.subskills.map((s, si) => {
      const sp = `${at}.subskills[${si}]`;
      map.set(sp, s.name.pos);
      map.set(`${sp}.id`, s.id?.pos ?? s.name.pos);
      map.set(`${sp}.description`, s.description?.pos ?? s.name.pos);
      map.set(`${sp}.expectations`, s.name.pos);
      const textsOf = (row: (typeof s.rows)[number], path: string): LevelTexts => {
        const texts: LevelTexts = {};
        levels.forEach((l, li) => {
          const cell = row.texts[li] as TextCell;
          texts[l.id] = cell.text;
          map.set(`${path}.${l.id}`, cell.pos);
        });
        return texts;
      };
      let expectations: Subskill['expectations'];
      if (!usesDimensions) {
        expectations = textsOf(s.rows[0] as (typeof s.rows)[number], `${sp}.expectations`);
      } else {
        const byIndex = new Map<number, LevelTexts>();
        // A row reported here is left out; the rules must not report its sub-skill again as incomplete.
        const leftOut = (): void => void reported.add(`${sp}.expectations`);
        for (const row of s.rows) {
          if (!row.dimension) {
            leftOut();
            // Without a Dimension column, the one problem is reported above the header.
            if (columns.dimension !== undefined)
              problems.add({ row: row.row, col: columns.dimension }, `name this row's dimension (${dimensionNames})`);
            continue;
          }
          const d = findDimension(row.dimension);
          if (d < 0) {
            leftOut();
            problems.add(row.dimension.pos, `"${row.dimension.text}" is not a listed dimension (${dimensionNames})`);
            continue;
          }
          if (byIndex.has(d)) {
            leftOut();
            const first = s.rows.find((r) => r.dimension && findDimension(r.dimension) === d) as (typeof s.rows)[number];
            problems.add(row.dimension.pos, `"${s.name.text}" already has this dimension (${cellA1((first.dimension as TextCell).pos)})`);
            continue;
          }
          const dimId = (dimensions[d] as Dimension).id;
          map.set(`${sp}.expectations.${dimId}`, row.dimension.pos);
          byIndex.set(d, textsOf(row, `${sp}.expectations.${dimId}`));
        }
        // In the ladder's dimension order, as the ladder files list them.
        const byDimension: Record<string, LevelTexts> = {};
        [...byIndex.keys()]
          .sort((x, y) => x - y)
          .forEach((d) => (byDimension[(dimensions[d] as Dimension).id] = byIndex.get(d) as LevelTexts));
        expectations = byDimension;
      }
      return {
        id: s.id?.text ?? slugFromName(s.name.text, `subskill-${ai + 1}-${si + 1}`),
        name: s.name.text,
        description: s.description?.text ?? '',
        expectations,
      };
    });
    return {
      id: a.id?.text ?? slugFromName(a.name.text, `area-${ai + 1}`),
      name: a.name.text,
      description: a.description?.text ?? '',
      axis: axis ?? 'results',
      subskills,
    };
  });

  const ladder: Ladder = {
    id,
    title,
    organization,
    source,
    notes,
    levels,
    cumulative: cumulative ?? false,
    ...(usesDimensions ? { dimensions } : {}),
    areas,
  };

  checkLengths(draft, problems);

  // Duplicates, said in the sheet's words (a name appearing twice, rather than an id used twice).
  reportDuplicates(
    draft.levels.map((l, i) => ({ id: (levels[i] as Level).id, given: l.id, name: l.name, path: `levels[${i}]` })),
    'level',
    `in the "${ROW_LABELS.levelId}" row`,
    problems,
    reported,
  );
  reportDuplicates(
    dimensionDrafts.map((d, i) => ({ id: (dimensions[i] as Dimension).id, given: d.id, name: d.name, path: `dimensions[${i}]` })),
    'dimension',
    'in column D of its row',
    problems,
    reported,
  );
  reportDuplicates(
    draft.areas.map((a, i) => ({ id: (areas[i] as Area).id, given: a.id, name: a.name, path: `areas[${i}]` })),
    'skill area',
    `in the "${COLUMN_LABELS.areaId}" column`,
    problems,
    reported,
  );
  reportDuplicates(
    draft.areas.flatMap((a, ai) =>
      a.subskills.map((s, si) => ({
        id: ((areas[ai] as Area).subskills[si] as Subskill).id,
        given: s.id,
        name: s.name,
        path: `areas[${ai}].subskills[${si}]`,
      })),
    ),
    'sub-skill',
    `in the "${COLUMN_LABELS.subskillId}" column`,
    problems,
    reported,
  );

  // The same schema and rules as the built-in ladders (what parseLadder runs). parseLadder
  // stops after the shape when it fails; the ladder built here always has the right shape
  // of objects, so both run and a blank name does not hide a text over the limit.
  const shaped = ladderSchema.safeParse(ladder);
  const ruleProblems: LadderProblem[] = [
    ...(shaped.success ? [] : shaped.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }))),
    ...ladderRuleProblems(ladder),
  ];
  for (const p of ruleProblems) {
    if (reported.has(p.path)) continue;
    const pos = map.cellOf(p.path);
    if (problems.hasCell(pos)) continue;
    problems.add(pos, describeRuleProblem(p.path, map.rewriteMessage(p.message)));
  }
  if (problems.size > 0) return { ok: false, problems: problems.sorted(), headerFound: true };
  return { ok: true, ladder, draft };
}

/** Names, ids and the source within what the workbook can use (see NAME_LIMIT). */
function checkLengths(draft: SheetLadderDraft, problems: SheetProblems): void {
  const check = (cell: TextCell | null | undefined, limit: number, what: string, advice: string): void => {
    if (cell && cell.text.length > limit)
      problems.add(cell.pos, `${what} is ${cell.text.length} characters, over the limit of ${limit}${advice}`);
  };
  const name = (cell: TextCell | null | undefined, what: string): void =>
    check(cell, NAME_LIMIT, what, ': shorten it, and put the rest in a description');
  const id = (cell: TextCell | null | undefined): void => check(cell, ID_LIMIT, 'this id', '');
  const { settings } = draft;
  name(settings.title, "the ladder's title");
  name(settings.organization, 'the organization');
  id(settings.ladderId);
  check(settings.source, SOURCE_LIMIT, 'the source', ': put the rest in a note');
  for (const d of draft.dimensions) {
    name(d.name, 'the dimension name');
    id(d.id);
  }
  for (const l of draft.levels) {
    name(l.name, 'the level name');
    name(l.title, 'the level title');
    id(l.id);
  }
  for (const a of draft.areas) {
    name(a.name, 'the skill area name');
    id(a.id);
    for (const s of a.subskills) {
      name(s.name, 'the sub-skill name');
      id(s.id);
      for (const r of s.rows) name(r.dimension, 'the dimension name');
    }
  }
}

interface Identified {
  id: string;
  /** The id cell when the person wrote the id; null when it was made from the name. */
  given: TextCell | null;
  name: TextCell;
  path: string;
}

function reportDuplicates(items: Identified[], what: string, idPlace: string, problems: SheetProblems, reported: Set<string>): void {
  const first = new Map<string, Identified>();
  for (const item of items) {
    const earlier = first.get(item.id);
    if (!earlier) {
      first.set(item.id, item);
      continue;
    }
    reported.add(`${item.path}.id`);
    if (item.given) {
      problems.add(item.given.pos, `the id "${item.id}" is already used at ${cellA1((earlier.given ?? earlier.name).pos)}`);
    } else if (sameName(item.name.text, earlier.name.text)) {
      problems.add(item.name.pos, `duplicate ${what} "${item.name.text}": it is already at ${cellA1(earlier.name.pos)}`);
    } else {
      problems.add(
        item.name.pos,
        `this ${what} gets the id "${item.id}" of "${earlier.name.text}" (${cellA1(earlier.name.pos)}): rename one, or give it an id ${idPlace}`,
      );
    }
  }
}

/** The schema's short messages ("must not be blank") need to say what must not be. */
function describeRuleProblem(path: string, message: string): string {
  if (!message.startsWith('must')) return message;
  const key =
    path
      .split('.')
      .pop()
      ?.replace(/\[\d+\]$/, '') ?? '';
  const subjects: Record<string, string> = {
    id: 'an id',
    name: 'a name',
    title: path === 'title' ? "the ladder's title" : 'a title',
    source: 'the source',
    organization: 'the organization',
    description: 'a description',
    summary: 'a summary',
  };
  return `${subjects[key] ?? 'this cell'} ${message}`;
}
