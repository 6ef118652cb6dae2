/**
 * On a cumulative ladder (Intercom's: each level is "in addition to" the one below) the
 * expectation at the next level repeats everything at the PM's level and adds to it. The
 * sidebar shows only what it adds, line by line (one line per dimension, "Scope: …"), so the
 * two blocks read as "what you do now" and "what comes next" within 300 px.
 * A line that does not start with the current line's text is shown whole.
 */
export interface NextExpectation {
  text: string;
  /** True when only the additions are shown. */
  additionsOnly: boolean;
}

function labelOf(line: string): string {
  const colon = line.indexOf(':');
  return colon > 0 && colon < 40 ? line.slice(0, colon) : '';
}

export function nextLevelAdds(current: string, next: string): NextExpectation {
  const currentLines = current.split('\n').map((l) => l.trim());
  const nextLines = next.split('\n').map((l) => l.trim());
  let reduced = false;
  const out: string[] = [];
  nextLines.forEach((line, i) => {
    if (!line) return;
    const label = labelOf(line);
    const same = label ? currentLines.find((c) => labelOf(c) === label) : currentLines[i];
    if (same && line.startsWith(same) && line.length >= same.length) {
      reduced = true;
      const added = line.slice(same.length).trim();
      if (added) out.push(label ? `${label}: ${added}` : added);
      return;
    }
    out.push(line);
  });
  if (!reduced) return { text: next, additionsOnly: false };
  return { text: out.join('\n'), additionsOnly: true };
}
