import type { Ladder, LevelTexts } from './schema';
import type { LadderProblem } from './problems';

/** Google Sheets refuses a cell over 50,000 characters; a ladder cell must fit in one. */
export const CELL_TEXT_LIMIT = 50000;

/**
 * What the schema's shape cannot check: unique ids, every level given in every
 * expectation, dimensions that exist, no sub-skill empty at every level, text that fits
 * in a cell and carries no stray white space at its ends (a sign of a bad transcription).
 */
export function ladderRuleProblems(ladder: Ladder): LadderProblem[] {
  const problems: LadderProblem[] = [];
  const levelIds = ladder.levels.map((l) => l.id);
  const dimensionIds = (ladder.dimensions ?? []).map((d) => d.id);

  duplicates(levelIds).forEach((i) => problems.push({ path: `levels[${i}].id`, message: `level id "${levelIds[i]}" is used twice` }));
  duplicates(dimensionIds).forEach((i) =>
    problems.push({ path: `dimensions[${i}].id`, message: `dimension id "${dimensionIds[i]}" is used twice` }),
  );
  const areaIds = ladder.areas.map((a) => a.id);
  duplicates(areaIds).forEach((i) => problems.push({ path: `areas[${i}].id`, message: `skill area id "${areaIds[i]}" is used twice` }));

  const seenSubskills = new Map<string, string>();
  ladder.areas.forEach((area, a) => {
    checkText(problems, `areas[${a}].name`, area.name);
    checkText(problems, `areas[${a}].description`, area.description);
    area.subskills.forEach((sub, s) => {
      const at = `areas[${a}].subskills[${s}]`;
      const earlier = seenSubskills.get(sub.id);
      if (earlier !== undefined) problems.push({ path: `${at}.id`, message: `sub-skill id "${sub.id}" is already used at ${earlier}` });
      else seenSubskills.set(sub.id, `${at}.id`);
      checkText(problems, `${at}.name`, sub.name);
      checkText(problems, `${at}.description`, sub.description);

      const cells: Array<{ path: string; texts: LevelTexts }> = [];
      if (dimensionIds.length === 0) {
        if (!isFlatTexts(sub.expectations)) {
          problems.push({ path: `${at}.expectations`, message: 'this ladder has no dimensions: give one text per level id' });
          return;
        }
        cells.push({ path: `${at}.expectations`, texts: sub.expectations });
      } else {
        if (isFlatTexts(sub.expectations)) {
          problems.push({
            path: `${at}.expectations`,
            message: `this ladder has dimensions (${dimensionIds.join(', ')}): give texts per dimension, then per level id`,
          });
          return;
        }
        const dims = Object.keys(sub.expectations);
        if (dims.length === 0) problems.push({ path: `${at}.expectations`, message: 'no dimension is given' });
        for (const dim of dims) {
          if (!dimensionIds.includes(dim)) {
            problems.push({
              path: `${at}.expectations.${dim}`,
              message: `"${dim}" is not one of the ladder's dimensions (${dimensionIds.join(', ')})`,
            });
            continue;
          }
          cells.push({ path: `${at}.expectations.${dim}`, texts: sub.expectations[dim] as LevelTexts });
        }
      }

      let nonEmpty = 0;
      for (const { path, texts } of cells) {
        for (const id of levelIds) {
          if (!(id in texts)) problems.push({ path, message: `level "${id}" is missing (write "" for an empty cell)` });
        }
        for (const [id, text] of Object.entries(texts)) {
          if (!levelIds.includes(id)) {
            problems.push({ path: `${path}.${id}`, message: `"${id}" is not one of the ladder's levels (${levelIds.join(', ')})` });
            continue;
          }
          checkText(problems, `${path}.${id}`, text);
          if (text.trim() !== '') nonEmpty++;
        }
      }
      if (nonEmpty === 0 && cells.length > 0)
        problems.push({ path: `${at}.expectations`, message: 'the sub-skill has no expectation at any level' });
    });
  });
  return problems;
}

function isFlatTexts(value: Ladder['areas'][number]['subskills'][number]['expectations']): value is LevelTexts {
  return Object.values(value).every((v) => typeof v === 'string');
}

function duplicates(ids: string[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  ids.forEach((id, i) => {
    if (seen.has(id)) out.push(i);
    seen.add(id);
  });
  return out;
}

function checkText(problems: LadderProblem[], path: string, text: string): void {
  if (text.length > CELL_TEXT_LIMIT) {
    problems.push({ path, message: `text is ${text.length} characters; a Google Sheets cell holds at most ${CELL_TEXT_LIMIT}` });
  }
  if (text !== text.trim()) problems.push({ path, message: 'text starts or ends with white space' });
}
