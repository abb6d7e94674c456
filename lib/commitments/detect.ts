// The public entry point: outgoing message in, commitments with spans and due dates out.
import { z } from 'zod';
import { TZDate } from '@date-fns/tz';
import { classifyClause, type Verdict } from './classify';
import { findDeadline, makeContext, type Deadline, type DeadlineContext } from './deadline';
import { splitClauses, splitSentences, type Span } from './sentences';
import { htmlToText, maskNonAuthored } from './strip-quoted';
import { makeCalendar } from './working-days';

export const CommitmentSchema = z.object({
  /** UTF-16 offsets into the original input (the HTML string for HTML input). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The commitment clause. */
  text: z.string(),
  sentence: z.string(),
  /** Short imperative summary, e.g. "Send the revised quote". */
  action: z.string(),
  due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  dueSource: z.enum(['explicit', 'none']),
  duePhrase: z.string().nullable(),
  confidence: z.number().min(0).max(1),
});
export type Commitment = z.infer<typeof CommitmentSchema>;

export interface DetectOptions {
  /** When the message is sent: a Date, or an ISO string (with offset; without one it is read in `timeZone`). */
  sentAt: Date | string;
  /** The user's IANA time zone. */
  timeZone: string;
  /** ISO weekdays 1..7 that are working days; default Monday to Friday. */
  workingDays?: number[];
  /** Non-working dates, 'YYYY-MM-DD'. */
  holidays?: string[];
  dateOrder?: 'MDY' | 'DMY';
  format?: 'text' | 'html';
}

export function toInstant(sentAt: Date | string, timeZone: string): Date {
  if (sentAt instanceof Date) return sentAt;
  if (/(?:[zZ]|[+-]\d{2}:?\d{2})$/.test(sentAt.trim())) return new Date(sentAt);
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(sentAt.trim());
  if (!m) return new Date(Number.NaN);
  const [, y, mo, d, h, mi, s] = m;
  return new Date(new TZDate(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), timeZone).getTime());
}

// Cheap pre-filter: a sentence without any of these cannot hold a promise.
const TRIGGER = /\b(?:will|shall|wil|going to|gonna|let me|let us|lemme|expect|can have|plan to|planning to|intend to|aim to|hope to)\b|['’]ll\b/i;

const MAX_SENTENCE = 1500;

interface Found {
  clause: Span;
  verdict: Verdict;
  deadline: Deadline | null;
  /** Offset base of the text the deadline was searched in. */
  deadlineBase: number;
}

function searchDeadline(masked: string, clauses: Span[], idx: number, from: number, ctx: DeadlineContext): { d: Deadline | null; base: number } {
  const c = clauses[idx]!;
  const own = findDeadline(masked.slice(from, c.end), ctx);
  if (own) return { d: own, base: from };
  // A trailing fragment without its own subject still belongs to this promise: "…, hopefully by Friday".
  const next = clauses[idx + 1];
  if (next && !/^(?:and\s+|but\s+|so\s+)?(?:I|we|you|he|she|they|let me|will)\b/i.test(masked.slice(next.start, next.end))) {
    const d = findDeadline(masked.slice(next.start, next.end), ctx);
    if (d) return { d, base: next.start };
  }
  // A short leading time phrase: "On Monday, I'll …" / "Tomorrow, we will …".
  const prev = clauses[idx - 1];
  if (prev && prev.end - prev.start <= 30) {
    const d = findDeadline(masked.slice(prev.start, prev.end), ctx);
    if (d) return { d, base: prev.start };
  }
  return { d: null, base: from };
}

function summarize(clause: string, verbAt: number, deadline: Deadline | null, deadlineAt: number, rule: string): string {
  let s = clause.slice(verbAt);
  if (deadline && deadlineAt >= verbAt && deadlineAt - verbAt <= s.length) {
    s = s.slice(0, deadlineAt - verbAt) + s.slice(deadlineAt - verbAt + deadline.phrase.length);
  }
  s = s
    .replace(/\s+/g, ' ')
    .replace(/\b(?:by|on|before|until|within|in|at|no later than)\s*(?:the\s*)?(?=[,.;!]|$)/gi, '')
    .replace(/\s+(?:as well|too|if possible|asap|shortly|soon)\s*$/i, '')
    .replace(/[\s,.;:!-]+$/, '')
    .trim();
  if (rule === 'you-will-have' || rule === 'expect-from-me') s = `Get them ${s.replace(/^expect\s+/i, '').replace(/\bfrom (?:me|us)\b\s*/i, '')}`.trim();
  if (s.length > 80) s = `${s.slice(0, 77).replace(/\s+\S*$/, '')}…`;
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function detectCommitments(input: string, options: DetectOptions): Commitment[] {
  const instant = toInstant(options.sentAt, options.timeZone);
  if (Number.isNaN(instant.getTime())) throw new Error(`Invalid sentAt: ${String(options.sentAt)}`);
  const ctx = makeContext(instant, options.timeZone, makeCalendar(options.workingDays, options.holidays), options.dateOrder ?? 'MDY');
  const html = options.format === 'html' ? htmlToText(input) : null;
  const text = html ? html.text : input;
  const masked = maskNonAuthored(text);
  const toOrig = (i: number): number => (html ? (html.map[i] ?? input.length) : i);
  const toOrigEnd = (i: number): number => (html ? (i > 0 ? (html.map[i - 1] ?? input.length - 1) + 1 : 0) : i);

  const out: Commitment[] = [];
  for (const sentence of splitSentences(masked)) {
    const stext = masked.slice(sentence.start, sentence.end);
    if (stext.length > MAX_SENTENCE || !TRIGGER.test(stext)) continue;
    const clauses = splitClauses(masked, sentence);
    const found: Found[] = [];
    clauses.forEach((clause, idx) => {
      const verdict = classifyClause({
        clause: masked.slice(clause.start, clause.end),
        before: masked.slice(sentence.start, clause.start),
        after: masked.slice(clause.end, sentence.end),
      });
      if (!verdict.commitment) return;
      const { d, base } = searchDeadline(masked, clauses, idx, clause.start + verdict.at, ctx);
      found.push({ clause, verdict, deadline: d, deadlineBase: base });
    });
    // Two promise clauses of one sentence are one reminder unless they name different deadlines.
    const merged: Found[] = [];
    for (const f of found) {
      const prev = merged[merged.length - 1];
      if (prev && !(prev.deadline && f.deadline && prev.deadline.due !== f.deadline.due)) {
        prev.clause = { start: prev.clause.start, end: f.clause.end };
        if (!prev.deadline && f.deadline) {
          prev.deadline = f.deadline;
          prev.deadlineBase = f.deadlineBase;
        }
        prev.verdict = { ...prev.verdict, confidence: Math.max(prev.verdict.confidence, f.verdict.confidence) };
        continue;
      }
      merged.push({ ...f });
    }
    for (const f of merged) {
      const start = f.clause.start + f.verdict.at;
      let end = f.clause.end;
      while (end > start && /[\s.!,;:]/.test(masked[end - 1]!)) end--;
      const clauseText = text.slice(start, end);
      const deadlineAt = f.deadline ? f.deadlineBase + f.deadline.index - start : -1;
      out.push({
        start: toOrig(start),
        end: toOrigEnd(end),
        text: clauseText,
        sentence: text.slice(sentence.start, sentence.end),
        action: summarize(clauseText, f.clause.start + f.verdict.verbAt - start, f.deadline, deadlineAt, f.verdict.rule),
        due: f.deadline ? f.deadline.due : null,
        dueSource: f.deadline ? 'explicit' : 'none',
        duePhrase: f.deadline ? f.deadline.phrase : null,
        confidence: Math.round(f.verdict.confidence * 100) / 100,
      });
    }
  }
  return out;
}
