/**
 * RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF line ends. Small on
 * purpose: the reference files are a few hundred kilobytes and read once at start-up.
 */
export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted || (c !== ',' && c !== '\n' && c !== '\r')) {
      field += c;
    } else {
      row.push(field);
      field = '';
      if (c === ',') continue;
      if (c === '\r' && text[i + 1] === '\n') i++;
      rows.push(row);
      row = [];
    }
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/**
 * One record per data row, keyed by the header. Naming the expected columns types the records and fails fast
 * when a file no longer has them.
 */
export function parseCsv<Column extends string>(
  text: string,
  columns: readonly Column[],
): Record<Column, string>[] {
  const [header, ...body] = parseCsvRows(text.startsWith('\uFEFF') ? text.slice(1) : text);
  if (!header) throw new Error('CSV has no header row');
  const positions = columns.map((column) => {
    const position = header.indexOf(column);
    if (position < 0) throw new Error(`CSV has no column "${column}"`);
    return position;
  });
  return body.map((cells, rowIndex) => {
    if (cells.length !== header.length) {
      throw new Error(`CSV row ${rowIndex + 2} has ${cells.length} fields, the header ${header.length}`);
    }
    const record = {} as Record<Column, string>;
    columns.forEach((column, i) => (record[column] = cells[positions[i]]));
    return record;
  });
}
