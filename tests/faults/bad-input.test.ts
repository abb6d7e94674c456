/**
 * Issue 14, point 7: bad CSVs and backups, each through the path the product uses (the
 * page's reader, then the background's messages). Every refusal says what and where, and a
 * full dump of the store is unchanged afterwards; a bad row is listed by line and column
 * while the rest of the file stays importable.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../lib/background/handlers';
import { restoreBackupFile, WHOLE_FILE_LIMIT } from '../../lib/backup-file';
import { detectLayout, FIELD_LABELS } from '../../lib/customers/csv/layouts';
import { MAX_CELL_CHARS, MAX_IMPORT_ROWS, readCsv, type BlobLike } from '../../lib/customers/csv/parse';
import { badRowsCsv, projectRows } from '../../lib/customers/csv/transfer';
import { openDatabase, type FollowThroughDB } from '../../lib/db/database';
import { createClient } from '../../lib/messaging/client';
import { createRouter } from '../../lib/messaging/server';
import { defaultSettings } from '../../lib/settings';
import { dumpStore, fillStore, freshName, sampleRecords, T0 } from '../support/sample-store';

const ACCOUNT = 'sam@northwind.example';
let db: FollowThroughDB;
afterEach(async () => {
  await db?.delete();
});

async function setup() {
  db = openDatabase(freshName());
  await fillStore(db, sampleRecords(ACCOUNT));
  const router = createRouter(createHandlers({ db, clock: () => new Date('2026-11-22T10:00:00Z'), version: 't' }));
  return createClient(async (m) => router(m));
}

const bytes = (text: string) => new TextEncoder().encode(text);
function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i * 2 + (endian === 'le' ? 0 : 1)] = c & 0xff;
    out[i * 2 + (endian === 'le' ? 1 : 0)] = c >> 8;
  }
  return out;
}
const blob = (data: Uint8Array, size = data.length): BlobLike => ({
  size,
  arrayBuffer: async () => data.slice().buffer,
});

type CsvCase = {
  name: string;
  file: BlobLike;
  /** The file is refused as a whole, with this message. */
  refused?: RegExp;
  /** Or it reads, and the dry run lists this bad row (line, column label, reason). */
  bad?: { line: number; field: string | null; reason: RegExp };
  /** Or it reads and imports, e.g. a company called "Ünal GmbH". */
  creates?: string;
};

const HEADER = 'company,tier,domains,contact_name,contact_email,contact_role,notes\n';
const csvCases: CsvCase[] = [
  { name: 'empty file', file: blob(bytes('')), refused: /The file is empty/ },
  { name: 'only blank lines', file: blob(bytes('\n\n  \n')), refused: /The file is empty/ },
  { name: 'header, no rows', file: blob(bytes(HEADER)), refused: /column names but no rows/ },
  { name: 'an Excel workbook', file: blob(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4])), refused: /Excel workbook/ },
  { name: 'binary with NUL bytes', file: blob(new Uint8Array([1, 0, 0, 7, 200, 0, 0, 0, 9, 0, 0, 0])), refused: /not a CSV text file/ },
  { name: 'a 60 MB file, by its size alone', file: blob(bytes('a'), 60 * 1024 * 1024), refused: /60 MB; files up to 50 MB/ },
  {
    name: 'more rows than one import takes, said with the line',
    file: blob(bytes(HEADER + 'Acme,,acme.com,,,,\n'.repeat(MAX_IMPORT_ROWS + 1))),
    refused: new RegExp(`more than 200,000 rows \\(row 200,001 is on line 200,002\\)`),
  },
  { name: 'UTF-16 little-endian without a byte-order mark', file: blob(utf16(HEADER + 'Ünal GmbH,,unal.de,,,,\n', 'le')), creates: 'Ünal GmbH' },
  { name: 'UTF-16 big-endian without a byte-order mark', file: blob(utf16(HEADER + 'Åsa AB,,asa.se,,,,\n', 'be')), creates: 'Åsa AB' },
  { name: 'first line is data', file: blob(bytes('Acme,acme.com\nGlobex,globex.com\n')), refused: /first line holds data/ },
  {
    name: 'header by commas, rows by semicolons',
    file: blob(bytes('company,domains,notes\n' + 'Acme;acme.com;x\n'.repeat(5))),
    refused: /seem to be separated by semicolons/,
  },
  {
    name: 'a cell over 100,000 characters',
    file: blob(bytes(HEADER + 'Acme,,acme.com,,,,ok\nGlobex,,globex.com,,,,' + 'x'.repeat(MAX_CELL_CHARS + 1) + '\n')),
    bad: { line: 3, field: null, reason: /column "notes" is 100,001 characters long/ },
  },
  { name: 'an unclosed quote', file: blob(bytes(HEADER + 'Acme,,acme.com,,,,ok\n"Globex,,globex.com,,,,\n')), bad: { line: 3, field: null, reason: /never closed/ } },
  { name: 'more values than columns', file: blob(bytes(HEADER + 'Acme,,acme.com,,,,ok,extra,more\n')), bad: { line: 2, field: null, reason: /9 values but the header has 7/ } },
  { name: 'not an email address', file: blob(bytes(HEADER + 'Acme,,acme.com,Dana,dana(at)acme.com,,\n')), bad: { line: 2, field: 'Contact email', reason: /not an email address/ } },
  { name: 'a public suffix as domain', file: blob(bytes(HEADER + 'Acme,,co.uk,,,,\n')), bad: { line: 2, field: 'Domains or website', reason: /public suffix/ } },
  { name: 'a website that is not one', file: blob(bytes(HEADER + 'Acme,,http://!!!,,,,\n')), bad: { line: 2, field: 'Domains or website', reason: /"http:\/\/!!!" is not a domain/ } },
  { name: 'a company name of 300 characters', file: blob(bytes(HEADER + 'A'.repeat(300) + ',,acme.com,,,,\n')), bad: { line: 2, field: 'Company name', reason: /at most 200/ } },
  { name: 'nothing to identify a company', file: blob(bytes(HEADER + ',Standard,,,,,just notes\n')), bad: { line: 2, field: 'Company name', reason: /no company name, domain or contact email/ } },
  { name: 'a colleague’s address as a contact', file: blob(bytes(HEADER + 'Acme,,acme.com,Pat,-pat@northwind.example,,\n')), bad: { line: 2, field: 'Contact email', reason: /own domains/ } },
];

describe('bad CSV files', () => {
  it.each(csvCases)('$name', async ({ file, refused, bad, creates }) => {
    const send = await setup();
    const before = await dumpStore(db);
    const read = await readCsv(file, { yieldToPage: async () => {} });
    if (refused) {
      expect(read.ok ? 'read' : read.error.message).toMatch(refused);
      expect(await dumpStore(db)).toEqual(before);
      return;
    }
    if (!read.ok) throw new Error(read.error.message);
    const request = { accountId: ACCOUNT, ...projectRows(read.table.rows, detectLayout(read.table.header).mapping) };
    const preview = await send('customers.import.plan', request);
    if (bad) {
      const row = preview.bad.find((b) => b.line === bad.line);
      expect(row?.reason).toMatch(bad.reason);
      expect(row?.field ? FIELD_LABELS[row.field] : null).toBe(bad.field);
      // The downloadable list never hands a spreadsheet a formula.
      for (const line of badRowsCsv(preview.bad).split('\r\n').slice(1)) expect(line).not.toMatch(/(^|,)"[=+\-@]/);
      expect(await dumpStore(db)).toEqual(before);
    }
    if (creates) {
      await send('customers.import.apply', { ...request, expected: preview.summary });
      expect((await db.customers.toArray()).map((c) => c.name)).toContain(creates);
    }
  });
});

/** A valid one-account backup; cases break one thing in it. */
function backup(): Record<string, unknown> {
  const records = sampleRecords(ACCOUNT);
  return {
    format: 'follow-through-backup',
    formatVersion: 1,
    exportedAt: T0,
    schemaVersion: 3,
    settings: defaultSettings(),
    tables: { ...records, alertStates: [] },
  };
}
// The cases break the document's types on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;
const broken = (change: (doc: Loose) => void): string => {
  const doc: Loose = backup();
  change(doc);
  return JSON.stringify(doc, null, 2);
};

const backupCases: { name: string; text: string; message: RegExp; streamed?: RegExp }[] = [
  { name: 'empty file', text: '', message: /the file is empty/ },
  { name: 'whitespace only', text: '  \n ', message: /the file is empty/ },
  { name: 'not JSON at all', text: 'hello', message: /line 1, \(file\): not valid JSON/ },
  { name: 'cut off in the middle', text: broken(() => {}).slice(0, 400), message: /line \d+, \(file\): not valid JSON/ },
  { name: 'a CSV file picked by mistake', text: 'company,domains\nAcme,acme.com\n', message: /not valid JSON/ },
  { name: 'a JSON array', text: '[1,2,3]', message: /expected object/, streamed: /must start with "\{"/ },
  { name: 'another program’s JSON', text: '{"name":"x","version":"1.0"}', message: /expected "format": "follow-through-backup"/ },
  { name: 'a newer format', text: broken((d) => (d.formatVersion = 2)), message: /written by a newer Follow-through/ },
  { name: 'nested 100,000 levels deep', text: '{"format":"follow-through-backup","x":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}', message: /line 1, \(file\): nested more than 64 levels deep/, streamed: /nested more than 64 levels deep \(at character \d+\)/ },
  { name: 'nested deep on a later line', text: '{\n"a":\n' + '{"b":'.repeat(70) + '1' + '}'.repeat(70) + '\n}', message: /line 3, \(file\): nested more than 64/, streamed: /nested more than 64 levels deep \(at character \d+\)/ },
  { name: 'tables is not an object', text: broken((d) => (d.tables = [])), message: /tables: .*expected object/, streamed: /tables\.accounts: the file lists no account/ },
  { name: 'customers is not a list', text: broken((d) => (d.tables.customers = { a: d.tables.customers[0] })), message: /tables\.customers: .*expected array/ },
  { name: 'a customer’s bad domain', text: broken((d) => (d.tables.customers[1].domains[0] = 'not a domain')), message: /line \d+, tables\.customers\[1\]\.domains\[0\]/ },
  { name: 'a customer without a name', text: broken((d) => delete d.tables.customers[0].name), message: /line \d+, tables\.customers\[0\]\.name/ },
  { name: 'notes over 20,000 characters', text: broken((d) => (d.tables.customers[0].notes = 'n'.repeat(20_001))), message: /tables\.customers\[0\]\.notes/ },
  { name: 'two customers with one key', text: broken((d) => d.tables.customers.push(d.tables.customers[0])), message: /tables\.customers\[2\]: duplicates customers\[0\]/ },
  { name: 'a row of an account not in the file', text: broken((d) => (d.tables.threads[0].accountId = 'eve@evil.example')), message: /tables\.threads\[0\]\.accountId: account eve@evil\.example is not listed/ },
  { name: 'an account id that is not an address', text: broken((d) => (d.tables.accounts[0].id = 'root')), message: /tables\.accounts\[0\]\.id/ },
  { name: 'a thread with a bad time', text: broken((d) => (d.tables.threads[0].updatedAt = 'yesterday')), message: /tables\.threads\[0\]\.updatedAt/ },
  { name: 'the same promise twice', text: broken((d) => d.tables.followUps.push({ ...d.tables.followUps[0], id: 'fu-copy' })), message: /same account, message and sentence as followUps\[0\]/ },
  { name: 'a time zone that does not exist', text: broken((d) => (d.settings.timeZone = 'Mars/Olympus')), message: /settings\.timeZone/ },
  { name: 'exportedAt is not a time', text: broken((d) => (d.exportedAt = 12)), message: /exportedAt/ },
  { name: '__proto__ instead of a backup', text: '{"__proto__":{"polluted":true}}', message: /expected "format"/ },
  { name: 'a message without its sender', text: broken((d) => delete d.tables.messages[0].from), message: /tables\.messages\[0\]\.from/ },
];

describe('bad backup files', () => {
  // Read whole (files up to 64 MB: line and column), and streamed (larger files: where by path).
  const modes = [
    ['read whole', WHOLE_FILE_LIMIT],
    ['streamed', 0],
  ] as const;
  it.each(modes.flatMap(([mode, limit]) => backupCases.map((c) => ({ ...c, mode, limit }))))(
    '$name ($mode): refused with where and what, and nothing changes',
    async ({ text, message, streamed, mode, limit }) => {
    await setup();
    const before = await dumpStore(db);
    const failure = await restoreBackupFile(db, new Blob([text]), { wholeFileLimit: limit }).then(
      () => new Error('imported'),
      (e: Error) => e,
    );
    expect(failure.message).toMatch(/cannot be imported; nothing was changed/);
    expect(failure.message).toMatch(mode === 'streamed' ? (streamed ?? new RegExp(message.source.replace(/line [^,]+, /g, ''))) : message);
    expect(await dumpStore(db)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  },
  );
});
