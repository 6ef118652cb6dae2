/**
 * The two documents the add-on writes from a PM's ratings (docs/ARCHITECTURE.md, Documents). The source
 * ladders point every PM to a "PM Growth Plan template" (the skill areas to focus on, and a
 * plan) and a "Career Planning Template" (longer-term career discussions).
 */
export const DOC_KINDS = ['growth-plan', 'career-plan'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

/** As the doc's name and title say it: "Growth Plan — Ana — H2 2026". */
export const DOC_TITLES: Record<DocKind, string> = {
  'growth-plan': 'Growth Plan',
  'career-plan': 'Career Plan',
};

/** The placeholders a template of one kind may use: single values and lists of items. */
export interface Vocabulary {
  kind: DocKind;
  /** Single values (README.md says what each holds). */
  scalars: readonly string[];
  /** List name -> what one item is (for messages), and its fields. */
  lists: Readonly<Record<string, { item: string; fields: readonly string[] }>>;
}

/** Every placeholder of a vocabulary as written in a template, for messages and the template help. */
export function knownPlaceholders(vocabulary: Vocabulary): string[] {
  const scalars = vocabulary.scalars.map((name) => `{{${name}}}`);
  const lists = Object.entries(vocabulary.lists).flatMap(([list, def]) => def.fields.map((field) => `{{${list}.${field}}}`));
  return [...scalars, ...lists];
}

/**
 * The Manager line of a plan: the workbook records the manager's email; the doc's owner, as Drive
 * names them, gives the name when that owner is the manager (or when no manager is recorded:
 * whoever makes the plan). Otherwise the email, as recorded.
 */
export function managerLabel(managerEmail: string, owner: { displayName: string; emailAddress: string } | null): string {
  const name = owner?.displayName.trim() ?? '';
  if (name === '' || !owner) return managerEmail;
  if (managerEmail === '' || owner.emailAddress.trim().toLowerCase() === managerEmail.trim().toLowerCase()) return name;
  return managerEmail;
}
