// The spec's §3 corpus format (JSON Lines), validated with zod. Errors name the
// line and the field so a hand-edited corpus is quick to fix.
import { z } from 'zod';

const civilDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

function validZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const GoldCommitmentSchema = z.looseObject({
  quote: z.string().min(1),
  due: civilDate.nullable(),
});

export const CorpusCaseSchema = z
  .looseObject({
    id: z.string().min(1),
    sentAt: z.string().refine((s) => !Number.isNaN(new Date(s).getTime()), 'not an ISO date-time'),
    timeZone: z.string().refine(validZone, 'unknown IANA time zone'),
    text: z.string(),
    commitments: z.array(GoldCommitmentSchema),
    workingDays: z.array(z.number().int().min(1).max(7)).optional(),
    holidays: z.array(civilDate).optional(),
    dateOrder: z.enum(['MDY', 'DMY']).optional(),
    format: z.enum(['text', 'html']).optional(),
    note: z.string().optional(),
  })
  .superRefine((c, ctx) => {
    c.commitments.forEach((g, i) => {
      const first = c.text.indexOf(g.quote);
      if (first < 0) {
        ctx.addIssue({ code: 'custom', path: ['commitments', i, 'quote'], message: 'quote does not occur in text' });
      } else if (c.text.indexOf(g.quote, first + 1) >= 0) {
        ctx.addIssue({ code: 'custom', path: ['commitments', i, 'quote'], message: 'quote occurs more than once in text' });
      }
    });
  });
export type CorpusCase = z.infer<typeof CorpusCaseSchema>;

export interface CorpusError {
  file: string;
  line: number;
  field: string;
  message: string;
}

export class CorpusParseError extends Error {
  constructor(readonly errors: CorpusError[]) {
    super(errors.map(formatCorpusError).join('\n'));
    this.name = 'CorpusParseError';
  }
}

export function formatCorpusError(e: CorpusError): string {
  return `${e.file}:${e.line}: ${e.field}: ${e.message}`;
}

export interface ParsedCorpus {
  cases: CorpusCase[];
  errors: CorpusError[];
}

/** Parses JSONL; blank lines and lines starting with '//' are skipped. Duplicate ids are errors. */
export function parseCorpus(content: string, file = '<input>'): ParsedCorpus {
  const cases: CorpusCase[] = [];
  const errors: CorpusError[] = [];
  const seen = new Map<string, number>();
  content.split('\n').forEach((raw, idx) => {
    const line = idx + 1;
    const s = raw.trim();
    if (s === '' || s.startsWith('//')) return;
    let json: unknown;
    try {
      json = JSON.parse(s);
    } catch (err) {
      errors.push({ file, line, field: '(json)', message: err instanceof Error ? err.message : String(err) });
      return;
    }
    const r = CorpusCaseSchema.safeParse(json);
    if (!r.success) {
      for (const issue of r.error.issues) {
        errors.push({ file, line, field: issue.path.length ? issue.path.join('.') : '(case)', message: issue.message });
      }
      return;
    }
    const dup = seen.get(r.data.id);
    if (dup !== undefined) {
      errors.push({ file, line, field: 'id', message: `duplicate id "${r.data.id}" (first on line ${dup})` });
      return;
    }
    seen.set(r.data.id, line);
    cases.push(r.data);
  });
  return { cases, errors };
}
