// The CSV reader of the data scripts (ESCO and CBS files are RFC 4180 CSV).

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. One object per data row. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
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
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}
