/**
 * Reading a CSV file the user picked: size, encoding and binary checks, delimiter and
 * header detection, then papaparse in chunks that yield to the page between them, so a
 * 50,000-row file keeps the options page responsive and can be cancelled. Every row keeps
 * the physical line number where it starts, even after quoted newlines, so that the dry
 * run can say "line 1234".
 */
import Papa from 'papaparse';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Rows in one import; said before the file is picked, and checked while it is read. */
export const MAX_IMPORT_ROWS = 200_000;
/** Characters in one cell: a longer one is a bad row of its own, not a refused file. */
export const MAX_CELL_CHARS = 100_000;

/** A File or Blob; only what the reader needs, so tests can fake a 100 MB file. */
export interface BlobLike {
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}
export type CsvSource = string | BlobLike;

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];
const DELIMITER_NAMES: Readonly<Record<Delimiter, string>> = {
  ',': 'commas (,)',
  ';': 'semicolons (;)',
  '\t': 'tabs',
  '|': 'vertical bars (|)',
};

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface CsvRow {
  /** 1-based physical line of the file where the row starts. */
  line: number;
  cells: string[];
  /** Set when the row itself is malformed (unclosed quote, too many values). */
  problem?: string;
}

export interface CsvTable {
  header: string[];
  headerLine: number;
  rows: CsvRow[];
  delimiter: Delimiter;
  linebreak: '\n' | '\r\n' | '\r';
  encoding: CsvEncoding;
  hadByteOrderMark: boolean;
  /** Things the user may want to know that did not stop the import. */
  notices: string[];
}

export type CsvErrorCode =
  | 'too-large'
  | 'empty'
  | 'binary'
  | 'no-header'
  | 'no-rows'
  | 'wrong-delimiter'
  | 'unreadable'
  | 'too-many-rows'
  | 'aborted';

export interface CsvFileError {
  code: CsvErrorCode;
  message: string;
}

export type CsvReadResult = { ok: true; table: CsvTable } | { ok: false; error: CsvFileError };

export interface CsvProgress {
  /** 0..1 of the text parsed. */
  fraction: number;
  rows: number;
}

export interface ReadCsvOptions {
  maxBytes?: number;
  /** 'auto' (default) picks among comma, semicolon, tab and vertical bar. */
  delimiter?: Delimiter | 'auto';
  signal?: AbortSignal;
  onProgress?: (progress: CsvProgress) => void;
  /** Characters per parse step; each step is followed by a yield to the page. */
  chunkChars?: number;
  yieldToPage?: () => Promise<void>;
}

const DEFAULT_CHUNK_CHARS = 512 * 1024;
const SAMPLE_BYTES = 64 * 1024;

function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}

/** Checked before reading a single byte: a 100 MB file is refused by its size alone. */
export function checkFileSize(size: number, maxBytes: number = MAX_FILE_BYTES): CsvFileError | null {
  if (size === 0) return { code: 'empty', message: 'The file is empty.' };
  if (size > maxBytes) {
    return {
      code: 'too-large',
      message:
        `The file is ${formatMegabytes(size)}; files up to ${formatMegabytes(maxBytes)} can be imported. ` +
        'Export fewer columns or split the file (for example by owner or region) and import the parts one after another.',
    };
  }
  return null;
}

const binaryError = (what: string): CsvFileError => ({
  code: 'binary',
  message:
    `This is not a CSV text file (${what}). In Excel, Numbers or Google Sheets, ` +
    'use "Save as" or "Download" and choose CSV, then pick that file.',
});

function controlShare(text: string): number {
  const sample = text.slice(0, SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  return sample.length === 0 ? 0 : control / sample.length;
}

/**
 * Bytes to text. A byte-order mark decides UTF-8 / UTF-16 (older Google Contacts exports
 * are UTF-16); otherwise UTF-8, and when that is invalid, Windows-1252 — what Excel on
 * Windows writes for "CSV (comma delimited)". NUL bytes or control characters mean binary.
 */
export function decodeCsvBytes(
  bytes: Uint8Array,
): { ok: true; text: string; encoding: CsvEncoding; hadByteOrderMark: boolean } | { ok: false; error: CsvFileError } {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', hadByteOrderMark: true };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', hadByteOrderMark: true };
  }
  if (b0 === 0x50 && b1 === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return { ok: false, error: binaryError('it looks like an Excel workbook or another zip archive') };
  }
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const utf16 = utf16WithoutMark(sample);
  if (utf16 !== null) {
    return { ok: true, text: new TextDecoder(utf16).decode(bytes), encoding: utf16, hadByteOrderMark: false };
  }
  if (sample.includes(0)) return { ok: false, error: binaryError('it contains binary data') };
  const hadByteOrderMark = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf;
  const body = hadByteOrderMark ? bytes.subarray(3) : bytes;
  let text: string;
  let encoding: CsvEncoding = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const lenient = new TextDecoder('utf-8').decode(body.subarray(0, SAMPLE_BYTES));
    if (controlShare(lenient) > 0.1) return { ok: false, error: binaryError('it is not readable as text') };
    text = new TextDecoder('windows-1252').decode(body);
    encoding = 'windows-1252';
  }
  if (controlShare(text) > 0.01) return { ok: false, error: binaryError('it contains control characters') };
  return { ok: true, text, encoding, hadByteOrderMark };
}

/**
 * UTF-16 text without a byte-order mark: Latin text has a zero in every other byte (the
 * high byte of each character), odd bytes for little-endian, even bytes for big-endian.
 */
function utf16WithoutMark(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  if (oddZeros / pairs > 0.6 && evenZeros / pairs < 0.05) return 'utf-16le';
  if (evenZeros / pairs > 0.6 && oddZeros / pairs < 0.05) return 'utf-16be';
  return null;
}

function detectLinebreak(text: string): '\n' | '\r\n' | '\r' {
  const n = text.indexOf('\n');
  if (n === -1) return text.includes('\r') ? '\r' : '\n';
  const r = text.indexOf('\r');
  if (r !== -1 && r < n - 1) return '\r';
  return n > 0 && text[n - 1] === '\r' ? '\r\n' : '\n';
}

interface DelimiterFit {
  delimiter: Delimiter;
  headerColumns: number;
  /** Share of sampled rows whose field count fits the header (equal, or fewer but > 1). */
  fit: number;
  typicalRowColumns: number;
  rowsSampled: number;
}

function sampleFit(head: string, delimiter: Delimiter, linebreak: '\n' | '\r\n' | '\r'): DelimiterFit {
  const result = Papa.parse<string[]>(head, { delimiter, newline: linebreak, preview: 60, skipEmptyLines: 'greedy' });
  const rows = result.data;
  const headerColumns = rows[0]?.length ?? 0;
  const counts = rows.slice(1).map((r) => r.length);
  const fitting = counts.filter((c) => c === headerColumns || (c > 1 && c < headerColumns)).length;
  const tally = new Map<number, number>();
  for (const c of counts) tally.set(c, (tally.get(c) ?? 0) + 1);
  let typicalRowColumns = headerColumns;
  let most = 0;
  for (const [count, times] of tally) {
    if (times > most) {
      most = times;
      typicalRowColumns = count;
    }
  }
  return {
    delimiter,
    headerColumns,
    fit: counts.length === 0 ? 1 : fitting / counts.length,
    typicalRowColumns,
    rowsSampled: counts.length,
  };
}

function chooseDelimiter(
  text: string,
  linebreak: '\n' | '\r\n' | '\r',
  requested: Delimiter | 'auto',
): { ok: true; delimiter: Delimiter } | { ok: false; error: CsvFileError } {
  // Cut the sample at a line end so the last sampled row is whole.
  let head = text.slice(0, SAMPLE_BYTES);
  if (head.length < text.length) head = head.slice(0, Math.max(head.lastIndexOf(linebreak), 1));
  const fits = DELIMITERS.map((d) => sampleFit(head, d, linebreak));
  const ranked = [...fits]
    .filter((f) => f.headerColumns > 1)
    .sort((a, b) => b.fit - a.fit || b.headerColumns - a.headerColumns);
  const best = ranked[0];

  if (requested !== 'auto') {
    const chosen = fits.find((f) => f.delimiter === requested)!;
    if (best !== undefined && best.delimiter !== requested && best.fit >= 0.8 && (chosen.headerColumns <= 1 || chosen.fit < 0.5)) {
      return {
        ok: false,
        error: {
          code: 'wrong-delimiter',
          message:
            `With ${DELIMITER_NAMES[requested]} as separator the file has ${chosen.headerColumns} column(s); ` +
            `it seems to be separated by ${DELIMITER_NAMES[best.delimiter]} (${best.headerColumns} columns). ` +
            'Choose that separator, or "detect automatically".',
        },
      };
    }
    return { ok: true, delimiter: requested };
  }

  if (best === undefined) {
    const headerLine = head.split(linebreak, 1)[0] ?? '';
    // One column is fine for a plain list of addresses, but not when the header line is
    // clearly several names joined by an unsupported separator.
    if (/[^\p{L}\p{N}\s_\-'.()"/]/u.test(headerLine.replace(/^\uFEFF/, ''))) {
      return {
        ok: false,
        error: {
          code: 'wrong-delimiter',
          message:
            `Only one column was found in the header line ("${headerLine.slice(0, 80)}"). ` +
            'The file must separate columns with commas, semicolons, tabs or vertical bars; save it again as CSV.',
        },
      };
    }
    return { ok: true, delimiter: ',' };
  }
  // Rows that are short only because trailing cells were left out are fine; the file is
  // wrong only when another separator explains the rows.
  const rowsFit = fits
    .filter((f) => f.delimiter !== best.delimiter && f.typicalRowColumns > 1)
    .sort((a, b) => b.typicalRowColumns - a.typicalRowColumns)[0];
  if (best.fit < 0.5 && best.rowsSampled > 0 && rowsFit !== undefined) {
    return {
      ok: false,
      error: {
        code: 'wrong-delimiter',
        message:
          `The header line is separated by ${DELIMITER_NAMES[best.delimiter]} (${best.headerColumns} columns), ` +
          `but most rows have ${best.typicalRowColumns} column(s) and seem to be separated by ` +
          `${DELIMITER_NAMES[rowsFit.delimiter]}. Save the file again with one separator throughout.`,
      },
    };
  }
  return { ok: true, delimiter: best.delimiter };
}

/** A header cell that is clearly a value: an address, a website or domain, a number. */
function looksLikeData(cell: string): boolean {
  const v = cell.trim();
  return (
    /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ||
    /^(?:https?:\/\/|www\.)/i.test(v) ||
    /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(v) ||
    /^\d+(?:[.,]\d+)?$/.test(v)
  );
}

interface ParseCore {
  rows: CsvRow[];
  header: string[] | null;
  headerLine: number;
  /** The line of the first row past MAX_IMPORT_ROWS; reading stops there. */
  overflowLine: number | null;
}

const newCore = (): ParseCore => ({ rows: [], header: null, headerLine: 0, overflowLine: null });

/**
 * Parses text[start..) in steps of about `chunkChars`, each step ending on a row boundary
 * that papaparse itself found (a row cut by the step's end is parsed again in the next
 * step), so quoted newlines never split a row. Generator: the async reader yields between
 * steps, the synchronous one does not.
 */
function* parseSteps(
  text: string,
  delimiter: Delimiter,
  linebreak: '\n' | '\r\n' | '\r',
  chunkChars: number,
  core: ParseCore,
): Generator<number> {
  const lineChar = linebreak === '\r' ? '\r' : '\n';
  let linesCountedTo = 0;
  let line = 1;
  const lineAt = (offset: number): number => {
    for (let i = text.indexOf(lineChar, linesCountedTo); i !== -1 && i < offset; i = text.indexOf(lineChar, i + 1)) {
      line++;
    }
    linesCountedTo = Math.max(linesCountedTo, offset);
    return line;
  };

  let start = 0;
  let size = chunkChars;
  while (start < text.length) {
    const end = Math.min(text.length, start + size);
    const final = end === text.length;
    let rowStart = start;
    let completed = 0;
    const parser = new Papa.Parser({
      delimiter,
      newline: linebreak,
      step: (result: { data: string[][]; errors: { code: string }[]; meta: { cursor: number } }) => {
        const cells = result.data[0] ?? [];
        const rowLine = lineAt(rowStart);
        rowStart = result.meta.cursor;
        completed++;
        acceptRow(core, rowLine, cells, result.errors);
      },
    });
    parser.parse(text.slice(start, end), start, !final);
    if (final || core.overflowLine !== null) break;
    if (completed === 0) {
      // One row longer than the step (a long quoted note): widen the step and retry.
      size *= 2;
      continue;
    }
    start = rowStart;
    size = chunkChars;
    yield start / text.length;
  }
}

function acceptRow(core: ParseCore, line: number, cells: string[], errors: { code: string }[]): void {
  if (cells.every((c) => c.trim() === '')) return;
  if (core.header === null) {
    core.header = cells;
    core.headerLine = line;
    return;
  }
  if (core.overflowLine !== null) return;
  if (core.rows.length === MAX_IMPORT_ROWS) {
    core.overflowLine = line;
    return;
  }
  const row: CsvRow = { line, cells };
  const width = core.header.length;
  const long = cells.findIndex((c) => c.length > MAX_CELL_CHARS);
  if (long !== -1) {
    const name = core.header[long]?.trim() || `column ${long + 1}`;
    row.problem = `the value in column "${name}" is ${cells[long]!.length.toLocaleString('en')} characters long; a cell holds at most ${MAX_CELL_CHARS.toLocaleString('en')}`;
    // The page sends rows to the background: an over-long value is not carried along.
    row.cells = cells.map((c) => (c.length > MAX_CELL_CHARS ? '' : c));
  } else if (errors.some((e) => e.code === 'MissingQuotes')) {
    row.problem = 'a quote opened in this row is never closed, so the rest of the file was read as one value';
  } else if (errors.some((e) => e.code === 'InvalidQuotes')) {
    row.problem = 'a quote inside a value is not doubled ("")';
  } else if (cells.length > width && cells.slice(width).some((c) => c.trim() !== '')) {
    row.problem = `the row has ${cells.length} values but the header has ${width} columns (an unquoted separator inside a value?)`;
  }
  core.rows.push(row);
}

interface Prepared {
  text: string;
  encoding: CsvEncoding;
  hadByteOrderMark: boolean;
  delimiter: Delimiter;
  linebreak: '\n' | '\r\n' | '\r';
}

function prepareText(
  decoded: { text: string; encoding: CsvEncoding; hadByteOrderMark: boolean },
  requested: Delimiter | 'auto',
): { ok: true; prepared: Prepared } | { ok: false; error: CsvFileError } {
  let { text, hadByteOrderMark } = decoded;
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    hadByteOrderMark = true;
  }
  if (text.trim() === '') return { ok: false, error: { code: 'empty', message: 'The file is empty.' } };
  if (text.includes('\u0000') || controlShare(text) > 0.01) {
    return { ok: false, error: binaryError('it contains binary data') };
  }
  const linebreak = detectLinebreak(text);
  const chosen = chooseDelimiter(text, linebreak, requested);
  if (!chosen.ok) return chosen;
  return {
    ok: true,
    prepared: { text, encoding: decoded.encoding, hadByteOrderMark, delimiter: chosen.delimiter, linebreak },
  };
}

function finishTable(core: ParseCore, prepared: Prepared): CsvReadResult {
  if (core.overflowLine !== null) {
    return {
      ok: false,
      error: {
        code: 'too-many-rows',
        message:
          `The file has more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows (row ${(MAX_IMPORT_ROWS + 1).toLocaleString('en')} is on line ` +
          `${core.overflowLine.toLocaleString('en')}); one import takes at most ${MAX_IMPORT_ROWS.toLocaleString('en')}. ` +
          'Split the file (for example by owner or region) and import the parts one after another.',
      },
    };
  }
  const header = core.header;
  if (header === null) return { ok: false, error: { code: 'empty', message: 'The file is empty.' } };
  const dataCell = header.find(looksLikeData);
  if (dataCell !== undefined || header.every((h) => h.trim() === '')) {
    return {
      ok: false,
      error: {
        code: 'no-header',
        message:
          (dataCell !== undefined
            ? `The first line holds data ("${dataCell.trim().slice(0, 60)}"), not column names. `
            : 'The first line has no column names. ') +
          'Add a header line, for example: company,tier,domains,contact_name,contact_email,contact_role,notes',
      },
    };
  }
  if (core.rows.length === 0) {
    return { ok: false, error: { code: 'no-rows', message: 'The file has column names but no rows to import.' } };
  }
  const notices: string[] = [];
  if (prepared.delimiter !== ',') notices.push(`Columns are separated by ${DELIMITER_NAMES[prepared.delimiter]}.`);
  if (prepared.encoding === 'windows-1252') {
    notices.push('The file is not UTF-8; it was read as Windows-1252 (Western European). Check accented names in the preview.');
  }
  return {
    ok: true,
    table: {
      header: header.map((h) => h.trim()),
      headerLine: core.headerLine,
      rows: core.rows,
      delimiter: prepared.delimiter,
      linebreak: prepared.linebreak,
      encoding: prepared.encoding,
      hadByteOrderMark: prepared.hadByteOrderMark,
      notices,
    },
  };
}

/** Synchronous parse of text already in memory (tests, benchmarks, small pastes). */
export function parseCsvText(text: string, options: Pick<ReadCsvOptions, 'delimiter' | 'maxBytes' | 'chunkChars'> = {}): CsvReadResult {
  const sizeError = checkFileSize(text.length, options.maxBytes);
  if (sizeError !== null) return { ok: false, error: sizeError };
  const ready = prepareText({ text, encoding: 'utf-8', hadByteOrderMark: false }, options.delimiter ?? 'auto');
  if (!ready.ok) return ready;
  const core = newCore();
  const steps = parseSteps(ready.prepared.text, ready.prepared.delimiter, ready.prepared.linebreak, options.chunkChars ?? DEFAULT_CHUNK_CHARS, core);
  for (let s = steps.next(); !s.done; s = steps.next()) {
    // run to completion
  }
  return finishTable(core, ready.prepared);
}

const defaultYield = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const aborted = (): CsvReadResult => ({
  ok: false,
  error: { code: 'aborted', message: 'Import cancelled. Nothing was imported.' },
});

/**
 * Reads a File/Blob (or a string) into a table, checking it on the way. The size limit
 * applies before reading; a string's size is its length in characters.
 */
export async function readCsv(source: CsvSource, options: ReadCsvOptions = {}): Promise<CsvReadResult> {
  const { signal, onProgress } = options;
  const yieldToPage = options.yieldToPage ?? defaultYield;
  const size = typeof source === 'string' ? source.length : source.size;
  const sizeError = checkFileSize(size, options.maxBytes);
  if (sizeError !== null) return { ok: false, error: sizeError };
  if (signal?.aborted) return aborted();

  let decoded: { text: string; encoding: CsvEncoding; hadByteOrderMark: boolean };
  if (typeof source === 'string') {
    decoded = { text: source, encoding: 'utf-8', hadByteOrderMark: false };
  } else {
    let buffer: ArrayBuffer;
    try {
      buffer = await source.arrayBuffer();
    } catch {
      return { ok: false, error: { code: 'unreadable', message: 'The file could not be read. Pick it again.' } };
    }
    if (signal?.aborted) return aborted();
    const result = decodeCsvBytes(new Uint8Array(buffer));
    if (!result.ok) return result;
    decoded = result;
  }

  const ready = prepareText(decoded, options.delimiter ?? 'auto');
  if (!ready.ok) return ready;
  const core = newCore();
  const steps = parseSteps(
    ready.prepared.text,
    ready.prepared.delimiter,
    ready.prepared.linebreak,
    options.chunkChars ?? DEFAULT_CHUNK_CHARS,
    core,
  );
  for (let s = steps.next(); !s.done; s = steps.next()) {
    onProgress?.({ fraction: s.value, rows: core.rows.length });
    await yieldToPage();
    if (signal?.aborted) return aborted();
  }
  onProgress?.({ fraction: 1, rows: core.rows.length });
  return finishTable(core, ready.prepared);
}
