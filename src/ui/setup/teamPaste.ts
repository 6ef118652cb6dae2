/**
 * Reading a team pasted into the set-up dialog: rows copied from a spreadsheet (Google Sheets
 * and Excel copy cells as tab-separated text, quoting a cell that holds a tab, a line break or
 * a quote), a CSV line, or just one name per line. Columns are found by a header row when
 * there is one ("Name", "Email", "Level", "Target level"), else by what the cells hold:
 * an address with "@" is the email, a level of the chosen ladder is the level.
 */

export interface LevelOption {
  id: string;
  name: string;
}

export interface PastedRow {
  name: string;
  email: string;
  /** As pasted: a level id or name (matched to the ladder later, so a typo can be shown on its row). */
  level: string;
  targetLevel: string;
}

/** Splits delimited text into rows of cells, honouring double-quoted cells ("" is a quote). */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let atCellStart = true;
  const src = text.replace(/\r\n?/g, '\n');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
      continue;
    }
    if (ch === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
    } else if (ch === delimiter) {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else {
      cell += ch;
      atCellStart = false;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.map((r) => r.map((c) => c.trim())).filter((r) => r.some((c) => c !== ''));
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

/** The ladder level a text names, by id or by name (case, spaces and dashes ignored). */
export function matchLevel(text: string, levels: readonly LevelOption[]): LevelOption | undefined {
  const wanted = normalise(text);
  if (!wanted) return undefined;
  return levels.find((l) => normalise(l.id) === wanted) ?? levels.find((l) => normalise(l.name) === wanted);
}

const looksLikeEmail = (cell: string) => /^[^\s@]+@[^\s@]+$/.test(cell);

type Column = 'name' | 'email' | 'level' | 'targetLevel';

function headerColumns(cells: string[], levels: readonly LevelOption[]): Array<Column | null> | null {
  // A row holding an address or a level is a PM, not a header.
  if (cells.some((cell) => looksLikeEmail(cell) || matchLevel(cell, levels))) return null;
  const columns = cells.map((cell): Column | null => {
    const c = normalise(cell);
    if (/target|next level|aspiration/.test(c)) return 'targetLevel';
    if (/mail/.test(c)) return 'email';
    if (/level|grade|band/.test(c)) return 'level';
    if (/name|person|^who$/.test(c)) return 'name';
    return null;
  });
  return columns.includes('name') ? columns : null;
}

function rowByContent(cells: string[], levels: readonly LevelOption[]): PastedRow {
  const row: PastedRow = { name: '', email: '', level: '', targetLevel: '' };
  const rest: string[] = [];
  for (const cell of cells) {
    if (!cell) continue;
    if (!row.email && looksLikeEmail(cell)) row.email = cell;
    else if (!row.level && row.name && matchLevel(cell, levels)) row.level = cell;
    else if (row.level && !row.targetLevel && matchLevel(cell, levels)) row.targetLevel = cell;
    else if (!row.name) row.name = cell;
    else rest.push(cell);
  }
  // An unknown level still belongs in the level column, so its row can say what is wrong.
  if (!row.level && rest.length > 0) row.level = rest.shift()!;
  return row;
}

/** The team rows in pasted text; a header row, when present, decides the columns. */
export function rowsFromPaste(text: string, levels: readonly LevelOption[]): PastedRow[] {
  const delimiter = text.includes('\t') ? '\t' : text.includes(',') ? ',' : text.includes(';') ? ';' : '\t';
  const table = parseDelimited(text, delimiter);
  if (table.length === 0) return [];
  const header = headerColumns(table[0]!, levels);
  if (!header) return table.map((cells) => rowByContent(cells, levels));
  return table.slice(1).map((cells) => {
    const row: PastedRow = { name: '', email: '', level: '', targetLevel: '' };
    header.forEach((column, i) => {
      if (column && !row[column]) row[column] = cells[i] ?? '';
    });
    return row;
  });
}
