/** A value for one CSV cell: text, a number the application computed, or nothing. */
export type CsvCell = string | number | null | undefined;

/** OWASP CSV injection guidance: a spreadsheet reads a cell starting with one of these as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180). Text that a spreadsheet would run as a formula gets a leading single quote, so it
 * shows as the text it is; numbers the application computed (a negative balance) stay numbers, so sums still
 * work. Every export goes through here: a name typed by a user is never a live formula.
 */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV: comma-separated, CRLF line ends, a CRLF after the last row. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
