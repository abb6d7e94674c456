/**
 * The tables behind the weekly review's charts: the page shows them and "Download CSV" saves
 * exactly them. A column has one value for the file (numbers as numbers, minutes in minutes,
 * dates as YYYY-MM-DD so a spreadsheet can sum and sort) and may show it friendlier on the page.
 */
import Papa from 'papaparse';
import { escapeCell } from '../customers/csv/export';
import { fileSafe, formatCivilDate, formatInstant, formatMinutes } from '../format';
import type { PromiseOutcome, WeeklyReview } from './weekly-review';

export interface Column<R> {
  header: string;
  value: (row: R) => string | number;
  show?: (row: R) => string;
  numeric?: boolean;
}

export interface ReviewTable<R> {
  name: string;
  columns: Column<R>[];
  rows: readonly R[];
}

export const OUTCOME_LABELS: Record<PromiseOutcome, string> = {
  'on-time': 'Kept on time',
  'after-heads-up': 'Kept after a heads-up',
  late: 'Kept late',
  undated: 'Kept, date unknown',
  missed: 'Missed',
  open: 'Open',
  dismissed: 'Dismissed',
};

export const SIDE_LABELS = { firstReply: 'First reply', nextReply: 'Next reply' } as const;
const unitWord = (unit: 'businessHours' | 'calendarHours') => (unit === 'businessHours' ? 'business' : 'calendar');

const minutes = (m: number | null) => (m === null ? '' : Math.round(m));
const showMinutes = (m: number | null) => (m === null ? '–' : formatMinutes(m));

export function reviewTables(review: WeeklyReview) {
  const tz = review.week.timeZone;
  const promises: ReviewTable<WeeklyReview['promises']['rows'][number]> = {
    name: 'promises',
    rows: review.promises.rows,
    columns: [
      { header: 'Due', value: (r) => r.due, show: (r) => formatCivilDate(r.due) },
      { header: 'Customer', value: (r) => r.customer },
      { header: 'Promise', value: (r) => r.sentence },
      { header: 'Outcome', value: (r) => OUTCOME_LABELS[r.outcome] },
      { header: 'Done on', value: (r) => r.doneOn ?? '', show: (r) => (r.doneOn ? formatCivilDate(r.doneOn) : '–') },
      {
        header: 'Re-dated from',
        value: (r) => r.originalDue ?? '',
        show: (r) => (r.originalDue ? `${formatCivilDate(r.originalDue)} (heads-up)` : '–'),
      },
    ],
  };
  const replies: ReviewTable<WeeklyReview['replies'][number]> = {
    name: 'reply-times',
    rows: review.replies,
    columns: [
      { header: 'Customer', value: (r) => r.customer },
      { header: 'Reply', value: (r) => SIDE_LABELS[r.side] },
      { header: 'Replies', value: (r) => r.replies, numeric: true },
      { header: 'Median (min)', value: (r) => minutes(r.medianMinutes), show: (r) => showMinutes(r.medianMinutes), numeric: true },
      { header: '90th percentile (min)', value: (r) => minutes(r.p90Minutes), show: (r) => showMinutes(r.p90Minutes), numeric: true },
      { header: 'Target (min)', value: (r) => r.targetMinutes, show: (r) => formatMinutes(r.targetMinutes), numeric: true },
      { header: 'Hours', value: (r) => unitWord(r.unit) },
      { header: 'Breaches', value: (r) => r.breaches, numeric: true },
    ],
  };
  const breaches: ReviewTable<WeeklyReview['breaches'][number]> = {
    name: 'breaches',
    rows: review.breaches,
    columns: [
      { header: 'Customer', value: (r) => r.customer },
      { header: 'Thread', value: (r) => r.subject },
      { header: 'Reply', value: (r) => SIDE_LABELS[r.side] },
      { header: 'Waiting since', value: (r) => r.since, show: (r) => formatInstant(r.since, tz) },
      {
        header: 'Answered',
        value: (r) => r.repliedAt ?? '',
        show: (r) => (r.repliedAt ? formatInstant(r.repliedAt, tz) : 'Still waiting'),
      },
      { header: 'Target (min)', value: (r) => r.targetMinutes, show: (r) => formatMinutes(r.targetMinutes), numeric: true },
      { header: 'Over by (min)', value: (r) => minutes(r.overMinutes), show: (r) => formatMinutes(r.overMinutes), numeric: true },
      { header: 'Hours', value: (r) => unitWord(r.unit) },
    ],
  };
  const quiet: ReviewTable<WeeklyReview['quiet'][number]> = {
    name: 'gone-quiet',
    rows: review.quiet,
    columns: [
      { header: 'Customer', value: (r) => r.customer },
      { header: 'Cadence (days)', value: (r) => r.cadenceDays, numeric: true },
      {
        header: 'Last written to',
        value: (r) => r.lastOutgoingAt ?? '',
        show: (r) => (r.lastOutgoingAt ? formatInstant(r.lastOutgoingAt, tz) : 'Never'),
      },
      { header: 'Quiet since', value: (r) => r.dueSince, show: (r) => formatInstant(r.dueSince, tz) },
      { header: 'Days overdue', value: (r) => r.daysOverdue, numeric: true },
    ],
  };
  return { promises, replies, breaches, quiet };
}

/** The table as CSV: a byte-order mark for Excel, formula-like text escaped as in the customer export. */
export function tableCsv<R>(table: ReviewTable<R>): string {
  const data = table.rows.map((row) =>
    table.columns.map((c) => {
      const v = c.value(row);
      return typeof v === 'number' ? String(v) : escapeCell(v);
    }),
  );
  return '\uFEFF' + Papa.unparse({ fields: table.columns.map((c) => c.header), data }, { newline: '\r\n' }) + '\r\n';
}

export function tableFileName(table: { name: string }, accountId: string, weekStart: string): string {
  return `follow-through-${table.name}-${weekStart}-${fileSafe(accountId)}.csv`;
}
