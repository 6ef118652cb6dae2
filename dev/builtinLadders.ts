import type { Ladder } from '../src/core/ladder/schema';
import intercomPm2021 from '../ladders/intercom-pm-2021.json';
import intercomPm4Level from '../ladders/intercom-pm-4-level.json';
import intercomGpm2020 from '../ladders/intercom-gpm-2020.json';
import webflowPm from '../ladders/webflow-pm.json';
import rookieToRockstar from '../ladders/rookie-to-rockstar.json';

/**
 * The built-in ladders as objects, for the tests and the benchmark (the add-on itself reads them
 * from the data files the build writes: src/gas/ladderSource.ts), in the order the set-up
 * dialog lists them. Every file is checked with `parseLadder` by `npm run build`
 * (tools/build.ts) and by the ladder tests.
 */
export const BUILTIN_LADDER_FILES = [
  intercomPm2021,
  intercomPm4Level,
  intercomGpm2020,
  webflowPm,
  rookieToRockstar,
] as unknown as readonly Ladder[];

export function builtinLadders(): readonly Ladder[] {
  return BUILTIN_LADDER_FILES;
}

export function findBuiltinLadder(id: string): Ladder | undefined {
  return BUILTIN_LADDER_FILES.find((l) => l.id === id);
}
