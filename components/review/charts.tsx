/**
 * The weekly review's charts, in plain SVG: four small, fixed shapes (stacked columns, and
 * horizontal bars) need no charting library, and plain SVG takes the theme's colours from
 * CSS like the rest of the page. Each chart is an image with a text summary for screen
 * readers; the table under it holds the exact figures.
 */
import type { ReactNode } from 'react';
import { formatCivilDate, formatMinutes } from '../../lib/format';
import { SIDE_LABELS } from '../../lib/relationship/review-tables';
import type { WeeklyReview } from '../../lib/relationship/weekly-review';

const W = 640;
const LABEL_W = 200;
const NOTE_W = 130;
const ROW_H = 26;

export interface Segment {
  value: number;
  kind: 'ok' | 'accent' | 'warn' | 'danger' | 'muted';
}

function ChartFrame({ label, height, children, empty }: { label: string; height: number; children: ReactNode; empty: string | null }) {
  if (empty !== null) {
    return (
      <p className="chart chart--empty" role="status">
        {empty}
      </p>
    );
  }
  return (
    <svg className="chart" viewBox={`0 0 ${W} ${height}`} role="img" aria-label={label} width="100%" preserveAspectRatio="xMinYMin meet">
      <title>{label}</title>
      {children}
    </svg>
  );
}

export function Legend({ items }: { items: { kind: Segment['kind']; label: string }[] }) {
  return (
    <ul className="chart-legend">
      {items.map((i) => (
        <li key={i.label}>
          <span className={`chart-swatch chart-fill--${i.kind}`} aria-hidden="true" /> {i.label}
        </li>
      ))}
    </ul>
  );
}

interface BarRow {
  key: string;
  label: string;
  segments: Segment[];
  note: string;
}

/** Horizontal bars, one row each, segments stacked left to right; an optional dashed marker (the target). */
function BarChart({ rows, max, label, empty, marker }: { rows: BarRow[]; max: number; label: string; empty: string; marker?: { at: number; text: string } }) {
  const top = marker ? 18 : 4;
  const height = top + rows.length * ROW_H + 4;
  const span = W - LABEL_W - NOTE_W;
  const x = (v: number) => LABEL_W + (Math.min(v, max) / (max || 1)) * span;
  return (
    <ChartFrame label={label} height={height} empty={rows.length === 0 ? empty : null}>
      {rows.map((row, i) => {
        const y = top + i * ROW_H;
        let start = 0;
        return (
          <g key={row.key} data-testid="chart-row">
            <text x={LABEL_W - 8} y={y + ROW_H / 2 + 4} textAnchor="end" className="chart-text">
              {row.label.length > 28 ? `${row.label.slice(0, 27)}…` : row.label}
            </text>
            {row.segments.map((s, j) => {
              const from = x(start);
              start += s.value;
              const width = Math.max(x(start) - from, s.value > 0 ? 2 : 0);
              return <rect key={j} x={from} y={y + 5} width={width} height={ROW_H - 10} rx={2} className={`chart-fill--${s.kind}`} />;
            })}
            <text x={W - NOTE_W + 8} y={y + ROW_H / 2 + 4} className="chart-text chart-text--muted">
              {row.note}
            </text>
          </g>
        );
      })}
      {marker && (
        <g>
          <line x1={x(marker.at)} x2={x(marker.at)} y1={14} y2={height - 2} className="chart-marker" />
          <text x={x(marker.at)} y={11} textAnchor="middle" className="chart-text chart-text--muted chart-text--small">
            {marker.text}
          </text>
        </g>
      )}
    </ChartFrame>
  );
}

const PROMISE_KINDS = [
  ['onTime', 'ok', 'Kept on time'],
  ['afterHeadsUp', 'accent', 'Kept after a heads-up'],
  ['late', 'warn', 'Kept late'],
  ['missed', 'danger', 'Missed'],
] as const;

/** The week's promises by due date: a stacked column per day; days off are shaded. */
export function PromisesChart({ review }: { review: WeeklyReview }) {
  const { byDay } = review.promises;
  const total = (d: (typeof byDay)[number]) => d.onTime + d.afterHeadsUp + d.late + d.missed;
  const max = Math.max(1, ...byDay.map(total));
  const H = 170;
  const base = H - 34;
  const colW = W / 7;
  const t = review.promises.totals;
  const label = `Promises due this week: ${t['on-time']} kept on time, ${t['after-heads-up']} kept after a heads-up, ${t.late} kept late, ${t.missed} missed.`;
  const judged = byDay.reduce((n, d) => n + total(d), 0);
  return (
    <>
      <ChartFrame label={label} height={H} empty={judged === 0 ? 'No promise was due this week, or none has been judged yet.' : null}>
        {byDay.map((d, i) => {
          const day = review.week.days[i]!;
          const x = i * colW;
          let y = base;
          return (
            <g key={d.date} data-testid="chart-day">
              {!day.working && <rect x={x + 2} y={4} width={colW - 4} height={base - 4} className="chart-fill--off" />}
              {PROMISE_KINDS.map(([key, kind]) => {
                const h = (d[key] / max) * (base - 24);
                y -= h;
                return d[key] > 0 ? <rect key={key} x={x + colW * 0.25} y={y} width={colW * 0.5} height={h} className={`chart-fill--${kind}`} /> : null;
              })}
              {total(d) > 0 && (
                <text x={x + colW / 2} y={y - 5} textAnchor="middle" className="chart-text">
                  {total(d)}
                </text>
              )}
              <line x1={x} x2={x + colW} y1={base} y2={base} className="chart-axis" />
              <text x={x + colW / 2} y={base + 15} textAnchor="middle" className="chart-text">
                {formatCivilDate(d.date)}
              </text>
              <text x={x + colW / 2} y={base + 29} textAnchor="middle" className="chart-text chart-text--muted chart-text--small">
                {day.holiday ? (day.holiday.length > 14 ? `${day.holiday.slice(0, 13)}…` : day.holiday) : day.working ? '' : 'day off'}
              </text>
            </g>
          );
        })}
      </ChartFrame>
      {judged > 0 && <Legend items={PROMISE_KINDS.map(([, kind, text]) => ({ kind, label: text }))} />}
    </>
  );
}

/** Reply times per customer as a share of each one's target: the median solid, the 90th percentile beyond it. */
export function ReplyTimesChart({ review }: { review: WeeklyReview }) {
  const rows: BarRow[] = review.replies
    .filter((r) => r.medianMinutes !== null)
    .map((r) => {
      const median = (r.medianMinutes! / r.targetMinutes) * 100;
      const p90 = (r.p90Minutes! / r.targetMinutes) * 100;
      return {
        key: `${r.customerId} ${r.side}`,
        label: `${r.customer} · ${SIDE_LABELS[r.side].toLowerCase()}`,
        segments: [
          { value: median, kind: median > 100 ? 'danger' : 'ok' },
          { value: p90 - median, kind: p90 > 100 ? 'warn' : 'muted' },
        ],
        note: `${formatMinutes(r.medianMinutes!)} / ${formatMinutes(r.p90Minutes!)}`,
      };
    });
  const max = Math.min(300, Math.max(150, ...rows.map((r) => r.segments[0]!.value + r.segments[1]!.value)));
  return (
    <>
      <BarChart
        rows={rows}
        max={max}
        marker={{ at: 100, text: 'target' }}
        label={`Reply times against target for ${rows.length} customer${rows.length === 1 ? '' : 's'} and reply kinds; bars beyond the dashed line are over target.`}
        empty="No reply was sent to a customer this week."
      />
      {rows.length > 0 && (
        <Legend
          items={[
            { kind: 'ok', label: 'Median within target' },
            { kind: 'danger', label: 'Median over target' },
            { kind: 'muted', label: 'Up to the 90th percentile' },
            { kind: 'warn', label: '90th percentile over target' },
          ]}
        />
      )}
    </>
  );
}

/** How far over target each breach went (in the target's minutes). */
export function BreachesChart({ review }: { review: WeeklyReview }) {
  const rows: BarRow[] = review.breaches.map((b, i) => ({
    key: `${b.threadId} ${b.since} ${i}`,
    label: `${b.customer} · ${b.subject || '(no subject)'}`,
    segments: [{ value: b.overMinutes, kind: b.repliedAt ? 'warn' : 'danger' }],
    note: `${formatMinutes(b.overMinutes)} over`,
  }));
  return (
    <>
      <BarChart
        rows={rows}
        max={Math.max(1, ...review.breaches.map((b) => b.overMinutes))}
        label={`${rows.length} breach${rows.length === 1 ? '' : 'es'} this week; the longest ${rows[0]?.note ?? ''}.`}
        empty="No customer waited past a target this week."
      />
      {rows.length > 0 && (
        <Legend
          items={[
            { kind: 'warn', label: 'Answered late' },
            { kind: 'danger', label: 'Still waiting at the week’s end' },
          ]}
        />
      )}
    </>
  );
}

/** Days since the user last wrote to each quiet customer: the cadence, then the days past it. */
export function QuietChart({ review }: { review: WeeklyReview }) {
  const rows: BarRow[] = review.quiet.map((q) => ({
    key: q.customerId,
    label: q.customer,
    segments: [
      { value: q.cadenceDays, kind: 'muted' },
      { value: q.daysOverdue, kind: 'danger' },
    ],
    note: `${q.daysOverdue} day${q.daysOverdue === 1 ? '' : 's'} past`,
  }));
  return (
    <>
      <BarChart
        rows={rows}
        max={Math.max(1, ...review.quiet.map((q) => q.cadenceDays + q.daysOverdue))}
        label={`${rows.length} customer${rows.length === 1 ? '' : 's'} gone quiet by the week’s end.`}
        empty="Every customer with a cadence heard from you in time."
      />
      {rows.length > 0 && (
        <Legend
          items={[
            { kind: 'muted', label: 'Cadence (days)' },
            { kind: 'danger', label: 'Days past it' },
          ]}
        />
      )}
    </>
  );
}
