/**
 * What crosses from the options page to the background during an import. The page
 * parses the file (readCsv yields to the page and reports progress); only the mapped
 * columns of each row travel, so a 50,000-row export with 40 columns becomes a message
 * of a few megabytes. The background plans (the preview) and later re-plans and writes in one
 * transaction, so the page never sends records that the store would have to trust.
 */
import Papa from 'papaparse';
import { z } from 'zod';
import { escapeCell } from './export';
import { FIELD_LABELS, IMPORT_FIELDS, type ColumnMapping } from './layouts';
import { MAX_CELL_CHARS, MAX_IMPORT_ROWS, type CsvRow } from './parse';
import type { ImportPlan } from './plan';

export { MAX_IMPORT_ROWS };

export const importRowSchema = z.object({
  line: z.number().int().min(1),
  cells: z.array(z.string().max(MAX_CELL_CHARS)).max(IMPORT_FIELDS.length),
  problem: z.string().max(500).optional(),
});

export const importRowsSchema = z.array(importRowSchema).max(MAX_IMPORT_ROWS, `at most ${MAX_IMPORT_ROWS} rows in one import`);

/**
 * Keeps only the mapped columns, renumbered 0..k-1, and the mapping that points at them.
 * The plan reads nothing but mapped cells, so it is the same plan as for the full rows.
 */
export function projectRows(
  rows: readonly CsvRow[],
  mapping: ColumnMapping,
): { rows: CsvRow[]; mapping: ColumnMapping } {
  const source: number[] = [];
  const columns: ColumnMapping['columns'] = {};
  for (const field of IMPORT_FIELDS) {
    const index = mapping.columns[field];
    if (index === undefined) continue;
    let at = source.indexOf(index);
    if (at === -1) at = source.push(index) - 1;
    columns[field] = at;
  }
  const projected = rows.map((row) => {
    const out: CsvRow = { line: row.line, cells: source.map((i) => row.cells[i] ?? '') };
    if (row.problem !== undefined) out.problem = row.problem;
    return out;
  });
  return { rows: projected, mapping: { layout: mapping.layout, columns } };
}

/** Lists in a preview reply are cut here; counts are always whole. Bad rows are never cut. */
export const PREVIEW_LIMIT = 500;

const summarySchema = z.object({
  rows: z.number().int().min(0),
  customersCreated: z.number().int().min(0),
  customersMerged: z.number().int().min(0),
  contactsCreated: z.number().int().min(0),
  contactsUpdated: z.number().int().min(0),
  skipped: z.number().int().min(0),
  bad: z.number().int().min(0),
});
export type ImportSummary = z.infer<typeof summarySchema>;
export { summarySchema as importSummarySchema };

const fieldOrNull = z.enum(IMPORT_FIELDS).nullable();

export const importPreviewSchema = z.object({
  summary: summarySchema,
  created: z.array(z.object({ name: z.string(), domains: z.array(z.string()), lines: z.array(z.number()) })),
  merged: z.array(z.object({ name: z.string(), changed: z.array(z.string()), lines: z.array(z.number()) })),
  /** Rows that only add a contact to a customer already in the book. */
  contactsToExisting: z.array(z.object({ email: z.string(), customer: z.string(), line: z.number() })),
  contactsToExistingCount: z.number().int().min(0),
  /** New customers that no address could ever match (no domain, no contact). */
  unmatchable: z.array(z.object({ name: z.string(), lines: z.array(z.number()) })),
  skipped: z.array(z.object({ line: z.number(), reason: z.string() })),
  bad: z.array(z.object({ line: z.number(), field: fieldOrNull, reason: z.string() })),
  warnings: z.array(z.object({ line: z.number(), field: fieldOrNull, message: z.string() })),
  warningCount: z.number().int().min(0),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

/** The preview as the page shows it: whole counts, every bad row, the rest cut at `limit`. */
export function previewOf(plan: ImportPlan, limit = PREVIEW_LIMIT): ImportPreview {
  return {
    summary: plan.summary,
    created: plan.customersToCreate
      .slice(0, limit)
      .map((c) => ({ name: c.record.name, domains: c.record.domains, lines: c.lines.slice(0, 20) })),
    merged: plan.customersToMerge
      .slice(0, limit)
      .map((m) => ({ name: m.after.name, changed: m.changed, lines: m.lines.slice(0, 20) })),
    contactsToExisting: plan.contactsToExisting.slice(0, limit),
    contactsToExistingCount: plan.contactsToExisting.length,
    unmatchable: plan.unmatchable.slice(0, limit).map((u) => ({ name: u.name, lines: u.lines.slice(0, 20) })),
    skipped: plan.skipped.slice(0, limit),
    bad: plan.bad,
    warnings: plan.warnings.slice(0, limit),
    warningCount: plan.warnings.length,
  };
}

/**
 * The bad rows of a preview as a CSV the user can fix the file from: line, field, reason.
 * A reason quotes the file's own values, so its cells are formula-escaped like an export.
 */
export function badRowsCsv(bad: ImportPreview['bad']): string {
  return Papa.unparse(
    {
      fields: ['line', 'field', 'reason'],
      data: bad.map((b) => [String(b.line), b.field ? FIELD_LABELS[b.field] : '', b.reason].map(escapeCell)),
    },
    { newline: '\r\n', quotes: true },
  );
}
