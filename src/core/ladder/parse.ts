import { ladderSchema, type Ladder } from './schema';
import { ladderRuleProblems } from './rules';
import { formatPath, type LadderProblem } from './problems';

export type LadderParseResult = { ok: true; ladder: Ladder } | { ok: false; problems: LadderProblem[] };

/** Shape first (zod), then the rules; every problem at once, each with its JSON path. */
export function parseLadder(input: unknown): LadderParseResult {
  const shaped = ladderSchema.safeParse(input);
  if (!shaped.success) {
    return {
      ok: false,
      problems: shaped.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    };
  }
  const problems = ladderRuleProblems(shaped.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, ladder: shaped.data };
}

/** One line per problem, prefixed with the file name: what `npm run build` prints. */
export function describeLadderProblems(file: string, problems: LadderProblem[]): string {
  return problems.map((p) => `${file}: ${p.path}: ${p.message}`).join('\n');
}
