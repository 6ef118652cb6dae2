/**
 * Built-in ladders ship as project files named `Ladder-<id>.html` holding the ladder's JSON,
 * read with HtmlService only when a ladder is needed (tools/build.ts writes them).
 */
export function ladderDataFileName(ladderId: string): string {
  return `Ladder-${ladderId}`;
}
