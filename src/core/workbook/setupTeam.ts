import type { TeamMemberInput } from '../api';
import type { Ladder } from '../ladder/schema';
import { findLevel } from '../ladder/query';
import type { CheckedTeam } from './teamSheetRead';
import { describeTeamProblems } from './teamSheetRead';
import { invalidInput, teamSheetProblems } from '../messages';
import type { DesiredMember } from './workbookRefresh';

/**
 * The team of a set-up request, checked against the ladder: each member's level (an id or a
 * name as a person types it) must be one of the ladder's, a target level too, and an email may
 * be used once. All problems are reported together, naming the member, before anything is written.
 */
export function desiredFromSetup(ladder: Ladder, team: readonly TeamMemberInput[]): DesiredMember[] {
  const problems: string[] = [];
  const levelList = ladder.levels.map((l) => l.name).join(', ');
  const emails = new Map<string, number>();
  const members = team.map((m, i) => {
    const who = `team member #${i + 1} (${m.name})`;
    const level = findLevel(ladder, m.level);
    if (!level) problems.push(`${who}: “${m.level}” is not a level of the ladder “${ladder.title}” (levels: ${levelList})`);
    const target = m.targetLevel ? findLevel(ladder, m.targetLevel) : undefined;
    if (m.targetLevel && !target)
      problems.push(`${who}: the target level “${m.targetLevel}” is not a level of the ladder “${ladder.title}” (levels: ${levelList})`);
    const email = m.email ?? '';
    if (email) {
      const first = emails.get(email.toLowerCase());
      if (first !== undefined) problems.push(`${who}: the email ${email} is also given to team member #${first}`);
      else emails.set(email.toLowerCase(), i + 1);
    }
    return { id: '', name: m.name, email, level: level?.id ?? '', targetLevel: target?.id ?? '' };
  });
  if (problems.length > 0) throw invalidInput(`The team cannot be set up, nothing was changed:\n${problems.join('\n')}`);
  return members;
}

/** The team as the manager edited the Team sheet; throws the sheet's problems, each with its cell. */
export function desiredFromTeamSheet(checked: CheckedTeam): DesiredMember[] {
  if (checked.problems.length > 0) throw teamSheetProblems(describeTeamProblems(checked.problems));
  return checked.active.map((entry) => ({
    id: entry.id,
    name: entry.name,
    email: entry.email,
    level: entry.level,
    targetLevel: entry.targetLevel,
    links: {
      growthPlanUrl: entry.growthPlanUrl,
      careerPlanUrl: entry.careerPlanUrl,
      growthPlanLabel: entry.growthPlanLabel,
      careerPlanLabel: entry.careerPlanLabel,
    },
  }));
}
