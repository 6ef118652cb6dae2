import type { Ladder } from '../../../src/core/ladder/schema';
import type { TeamSheetPerson } from '../../../src/core/workbook/teamSheetPlan';
import { findBuiltinLadder } from '../../../dev/builtinLadders';

/** A small non-cumulative ladder without dimensions. */
export function tinyLadder(): Ladder {
  return {
    id: 'tiny',
    title: 'Tiny ladder',
    organization: 'Example',
    source: 'hand written',
    notes: [],
    cumulative: false,
    levels: [
      { id: 'one', name: 'One' },
      { id: 'two', name: 'Two' },
      { id: 'three', name: 'Three' },
    ],
    areas: [
      {
        id: 'craft',
        name: 'Craft',
        description: 'Making things',
        axis: 'results',
        subskills: [
          {
            id: 'writing',
            name: 'Writing',
            description: 'Words',
            expectations: { one: 'Writes.', two: 'Writes well.', three: 'Writes brilliantly.' },
          },
          { id: 'drawing', name: 'Drawing', description: 'Pictures', expectations: { one: 'Draws.', two: 'Draws well.', three: '' } },
        ],
      },
      {
        id: 'people',
        name: 'People',
        description: '',
        axis: 'behaviours',
        subskills: [
          { id: 'listening', name: 'Listening', description: '', expectations: { one: 'Listens.', two: '', three: 'Listens deeply.' } },
        ],
      },
    ],
  };
}

export function intercom(): Ladder {
  const ladder = findBuiltinLadder('intercom-pm-2021');
  if (!ladder) throw new Error('intercom-pm-2021 is missing');
  return JSON.parse(JSON.stringify(ladder)) as Ladder;
}

/** A plan's values as a sheet reads them back (copies, so a test can edit "cells"). */
export function asSheet(values: readonly string[][]): unknown[][] {
  return values.map((row) => [...row]);
}

export function rowOfMarker(values: readonly unknown[][], marker: string): number {
  const i = values.findIndex((row) => row[0] === marker);
  if (i < 0) throw new Error(`no row with marker ${marker}`);
  return i + 1;
}

/** A person as the Team sheet holds them: Ann, unless `over` says otherwise. */
export function teamSheetPerson(over: Partial<TeamSheetPerson> = {}): TeamSheetPerson {
  return {
    id: 'p-1',
    name: 'Ann',
    email: 'ann@example.com',
    level: 'one',
    targetLevel: '',
    growthPlanUrl: '',
    careerPlanUrl: '',
    growthPlanLabel: '',
    careerPlanLabel: '',
    sheetName: 'Ann',
    ...over,
  };
}
