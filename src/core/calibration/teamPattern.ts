import { RATING_SCALE, ratingStep, type Rating } from '../ratingScale';

/**
 * "A rating far from the team's pattern for the same level": the overall rating in force is
 * compared with the **median** overall rating of the *other* PMs at the same level (the PM is
 * left out so as not to pull the pattern towards themselves).
 * - A pattern needs at least 2 other rated PMs at the level: one colleague is a comparison, not
 *   a pattern.
 * - Far means 2 or more steps away: one step is the ordinary spread of a team; two steps (e.g.
 *   Exceptional where the level is usually Successfully Meets) is what a calibration meeting
 *   should talk about.
 */
export const MIN_PEERS_FOR_PATTERN = 2;
export const FAR_FROM_PATTERN = 2;

export interface PatternMember {
  id: string;
  level: string;
  levelName: string;
  overall: Rating | null;
}

function describeStep(step: number): string {
  if (Number.isInteger(step)) return RATING_SCALE[step] as string;
  return `between ${RATING_SCALE[Math.floor(step)]} and ${RATING_SCALE[Math.ceil(step)]}`;
}

function median(sorted: readonly number[]): number {
  const mid = sorted.length / 2;
  return sorted.length % 2 === 1 ? (sorted[Math.floor(mid)] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Person id -> flag, for the PMs far from the pattern of their level. */
export function teamPatternFlags(members: readonly PatternMember[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (const member of members) {
    if (member.overall === null) continue;
    const peers = members.filter((m) => m.id !== member.id && m.level === member.level && m.overall !== null);
    if (peers.length < MIN_PEERS_FOR_PATTERN) continue;
    const usual = median(peers.map((p) => ratingStep(p.overall as Rating)).sort((a, b) => a - b));
    const distance = Math.abs(ratingStep(member.overall) - usual);
    if (distance >= FAR_FROM_PATTERN) {
      flags.set(
        member.id,
        `Far from the team's pattern: ${member.overall}, where the other ${peers.length} PMs at ${member.levelName} are rated ${describeStep(usual)} (median)`,
      );
    }
  }
  return flags;
}
