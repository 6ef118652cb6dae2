/** A problem found in a ladder, named by where it is: a JSON path, or a sheet cell. */
export interface LadderProblem {
  /** `areas[2].subskills[0].name` style path into the ladder file. */
  path: string;
  message: string;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}
