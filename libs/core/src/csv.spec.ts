import { csvCell, toCsv } from './csv';

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","klik")', `"'=HYPERLINK(""http://evil.example"",""klik"")"`],
    ['+31 6 1234', "'+31 6 1234"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
  ])('neutralises text that a spreadsheet would read as a formula: %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('leaves ordinary text alone and quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('Zorggroep De Meierij')).toBe('Zorggroep De Meierij');
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('Zorg, "Noord"')).toBe('"Zorg, ""Noord"""');
    expect(csvCell('twee\nregels')).toBe('"twee\nregels"');
  });

  it('keeps numbers numeric, negative ones too, so spreadsheets still compute', () => {
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(14)).toBe('14');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('writes nothing for a missing value', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('toCsv', () => {
  it('joins cells with commas and rows with CRLF, ending in CRLF', () => {
    expect(
      toCsv([
        ['name', 'balance'],
        ['=1+1', -3],
      ]),
    ).toBe("name,balance\r\n'=1+1,-3\r\n");
  });
});
