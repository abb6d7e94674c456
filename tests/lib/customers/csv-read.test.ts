import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { CsvReadResult } from '../../../lib/customers/csv/parse';
import { checkFileSize, parseCsvText, readCsv } from '../../../lib/customers/csv/parse';

const fixture = (name: string): Blob =>
  new Blob([readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url))]);
const read = (name: string, options = {}): Promise<CsvReadResult> => readCsv(fixture(name), options);

describe('readCsv: broken files get a clear message', () => {
  it.each([
    ['empty.csv', 'empty', /empty/],
    ['whitespace-only.csv', 'empty', /empty/],
    ['header-only.csv', 'no-rows', /no rows/],
    ['missing-header.csv', 'no-header', /first line holds data \("Acme Corporation|first line holds data/],
    ['wrong-delimiter.csv', 'wrong-delimiter', /separated by commas.*semicolons/],
    ['colon-separated.csv', 'wrong-delimiter', /Only one column/],
    ['binary.csv', 'binary', /not a CSV text file/],
    ['workbook.xlsx.csv', 'binary', /Excel workbook/],
  ])('%s → %s', async (name, code, message) => {
    const result = await read(name);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message).toMatch(message);
  });

  it('refuses a 100 MB file by its size, before reading it', async () => {
    const arrayBuffer = vi.fn(() => Promise.reject(new Error('must not be read')));
    const result = await readCsv({ size: 100 * 1024 * 1024, arrayBuffer });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'too-large' }) });
    if (!result.ok) expect(result.error.message).toMatch(/100 MB.*50 MB/);
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(checkFileSize(50 * 1024 * 1024)).toBeNull();
    expect(checkFileSize(50 * 1024 * 1024 + 1)?.code).toBe('too-large');
  });

  it('says which separator fits when the user forced the wrong one', async () => {
    const result = await read('semicolon-excel.csv', { delimiter: ',' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'wrong-delimiter', message: expect.stringMatching(/semicolons/) });
  });
});

describe('readCsv: awkward but valid files', () => {
  it('strips a UTF-8 byte-order mark from the first header', async () => {
    const result = await read('bom.csv');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.table.header[0]).toBe('company');
    expect(result.table.hadByteOrderMark).toBe(true);
    expect(result.table.linebreak).toBe('\r\n');
    expect(result.table.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('keeps quoted newlines in the value and physical line numbers for each row', async () => {
    for (const chunkChars of [7, 64, 1 << 20]) {
      const result = await read('quoted-newlines.csv', { chunkChars, yieldToPage: () => Promise.resolve() });
      if (!result.ok) throw new Error(result.error.message);
      expect(result.table.rows.map((r) => r.line)).toEqual([2, 5, 8, 9]);
      expect(result.table.rows[0]!.cells[6]).toBe('First line\nsecond line\nthird line');
      expect(result.table.rows[1]!.cells[6]).toBe('He said "call me"\nafter the launch');
    }
  });

  it('detects semicolons (European Excel) and says so', async () => {
    const result = await read('semicolon-excel.csv');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.table.delimiter).toBe(';');
    expect(result.table.header).toEqual(['Firma', 'Stufe', 'Domain', 'Name', 'E-Mail', 'Rolle']);
    expect(result.table.rows[0]!.cells[0]).toBe('Müller Feinmechanik GmbH');
    expect(result.table.notices.join(' ')).toMatch(/semicolons/);
  });

  it('reads tab-separated text', () => {
    const result = parseCsvText('company\tdomains\nAcme\tacme.com\n');
    expect(result.ok && result.table.delimiter).toBe('\t');
  });

  it('reads UTF-16 (older Google Contacts) and Windows-1252 (Excel on Windows)', async () => {
    const utf16 = await read('google-legacy-utf16.csv');
    if (!utf16.ok) throw new Error(utf16.error.message);
    expect(utf16.table.encoding).toBe('utf-16le');
    expect(utf16.table.header[0]).toBe('Name');
    const cp1252 = await read('windows-1252.csv');
    if (!cp1252.ok) throw new Error(cp1252.error.message);
    expect(cp1252.table.encoding).toBe('windows-1252');
    expect(cp1252.table.rows[0]!.cells[0]).toBe('Café Lumière');
    expect(cp1252.table.notices.join(' ')).toMatch(/Windows-1252/);
  });

  it('marks malformed rows with their line', async () => {
    const unclosed = await read('unclosed-quote.csv');
    if (!unclosed.ok) throw new Error(unclosed.error.message);
    expect(unclosed.table.rows).toHaveLength(1);
    expect(unclosed.table.rows[0]).toMatchObject({ line: 2, problem: expect.stringMatching(/never closed/) });
    const bad = await read('bad-rows.csv');
    if (!bad.ok) throw new Error(bad.error.message);
    expect(bad.table.rows.find((r) => r.line === 7)?.problem).toMatch(/9 values but the header has 7/);
  });
});

describe('readCsv: progress and cancel', () => {
  const big = ['company,tier,domains,contact_name,contact_email,contact_role,notes']
    .concat(Array.from({ length: 2000 }, (_, i) => `Company ${i},Key,c${i}.com,Person ${i},p${i}@c${i}.com,Buyer,"a\nb"`))
    .join('\n');

  it('reports progress between chunks and ends at 1', async () => {
    const fractions: number[] = [];
    const result = await readCsv(big, { chunkChars: 4096, onProgress: (p) => fractions.push(p.fraction) });
    expect(result.ok && result.table.rows.length).toBe(2000);
    expect(result.ok && result.table.rows[1999]!.line).toBe(1 + 1 + 1999 * 2);
    expect(fractions.length).toBeGreaterThan(10);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
  });

  it('stops when the signal aborts', async () => {
    const controller = new AbortController();
    const result = await readCsv(big, {
      chunkChars: 4096,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.fraction > 0.3) controller.abort();
      },
    });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'aborted' }) });
  });
});
