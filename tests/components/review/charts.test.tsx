// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BreachesChart, PromisesChart, QuietChart, ReplyTimesChart } from '../../../components/review/charts';
import { weeklyReviewSchema, type WeeklyReview } from '../../../lib/relationship/weekly-review';

const days = ['2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30', '2026-10-31', '2026-11-01'];
const zero = { onTime: 0, afterHeadsUp: 0, late: 0, missed: 0 };
const empty: WeeklyReview = weeklyReviewSchema.parse({
  week: {
    start: days[0],
    end: days[6],
    timeZone: 'America/New_York',
    current: false,
    days: days.map((date, i) => ({ date, working: i < 4, holiday: i === 4 ? 'Team day' : null })),
  },
  promises: {
    byDay: days.map((date) => ({ date, ...zero })),
    totals: { 'on-time': 0, 'after-heads-up': 0, late: 0, undated: 0, missed: 0, open: 0, dismissed: 0 },
    rows: [],
  },
  replies: [],
  breaches: [],
  quiet: [],
});
const full: WeeklyReview = {
  ...empty,
  promises: {
    ...empty.promises,
    byDay: empty.promises.byDay.map((d, i) => (i === 0 ? { ...d, onTime: 2, missed: 1 } : i === 3 ? { ...d, afterHeadsUp: 1, late: 1 } : d)),
    totals: { ...empty.promises.totals, 'on-time': 2, 'after-heads-up': 1, late: 1, missed: 1 },
  },
  replies: [
    { customerId: 'acme', customer: 'Acme Corp', side: 'firstReply', replies: 3, medianMinutes: 120, p90Minutes: 840, targetMinutes: 240, unit: 'businessHours', breaches: 2 },
    { customerId: 'acme', customer: 'Acme Corp', side: 'nextReply', replies: 1, medianMinutes: 30, p90Minutes: 30, targetMinutes: 480, unit: 'businessHours', breaches: 0 },
  ],
  breaches: [
    { customerId: 'acme', customer: 'Acme Corp', threadId: 't2', subject: 'Invoice question', side: 'firstReply', since: '2026-10-27T13:00:00.000Z', repliedAt: '2026-10-28T19:00:00.000Z', takenMinutes: 840, targetMinutes: 240, overMinutes: 600, unit: 'businessHours' },
    { customerId: 'acme', customer: 'Acme Corp', threadId: 't4', subject: 'Outage', side: 'firstReply', since: '2026-10-29T13:00:00.000Z', repliedAt: null, takenMinutes: 480, targetMinutes: 240, overMinutes: 240, unit: 'businessHours' },
  ],
  quiet: [{ customerId: 'initech', customer: 'Initech', cadenceDays: 14, lastOutgoingAt: '2026-10-15T14:00:00Z', dueSince: '2026-10-29T14:00:00.000Z', daysOverdue: 3 }],
};

afterEach(cleanup);

describe('the weekly review charts', () => {
  it.each([
    ['promises', PromisesChart, 'No promise was due this week'],
    ['reply times', ReplyTimesChart, 'No reply was sent to a customer this week.'],
    ['breaches', BreachesChart, 'No customer waited past a target this week.'],
    ['gone quiet', QuietChart, 'Every customer with a cadence heard from you in time.'],
  ])('%s: says so in words when the week has nothing, and draws no chart', (_, Chart, text) => {
    const { container } = render(<Chart review={empty} />);
    expect(screen.getByRole('status').textContent).toContain(text);
    expect(container.querySelector('svg')).toBeNull();
  });

  it('promises: a column per day, stacked by outcome, days off shaded and the holiday named', () => {
    const { container } = render(<PromisesChart review={full} />);
    const chart = screen.getByRole('img');
    expect(chart.getAttribute('aria-label')).toBe('Promises due this week: 2 kept on time, 1 kept after a heads-up, 1 kept late, 1 missed.');
    const dayGroups = within(chart).getAllByTestId('chart-day');
    expect(dayGroups).toHaveLength(7);
    expect(dayGroups[0]!.querySelectorAll('.chart-fill--ok, .chart-fill--danger')).toHaveLength(2);
    expect(dayGroups[0]!.textContent).toContain('3');
    expect(dayGroups[3]!.querySelectorAll('.chart-fill--accent, .chart-fill--warn')).toHaveLength(2);
    expect(container.querySelectorAll('.chart-fill--off')).toHaveLength(3);
    expect(dayGroups[4]!.textContent).toContain('Team day');
    expect(screen.getByText('Kept after a heads-up')).toBeTruthy();
  });

  it('reply times: one bar per customer and reply kind against a target line; a 90th percentile over target is marked', () => {
    const { container } = render(<ReplyTimesChart review={full} />);
    const rows = within(screen.getByRole('img')).getAllByTestId('chart-row');
    expect(rows.map((r) => r.textContent)).toEqual(['Acme Corp · first reply2 h / 14 h', 'Acme Corp · next reply30 min / 30 min']);
    expect(rows[0]!.querySelector('.chart-fill--ok')).not.toBeNull();
    expect(rows[0]!.querySelector('.chart-fill--warn')).not.toBeNull();
    expect(container.querySelector('.chart-marker')).not.toBeNull();
    expect(screen.getByRole('img').textContent).toContain('target');
  });

  it('breaches: the longest first, still waiting in the danger colour', () => {
    render(<BreachesChart review={full} />);
    const rows = within(screen.getByRole('img')).getAllByTestId('chart-row');
    expect(rows.map((r) => r.textContent)).toEqual(['Acme Corp · Invoice question10 h over', 'Acme Corp · Outage4 h over']);
    const width = (r: HTMLElement) => Number(r.querySelector('rect')!.getAttribute('width'));
    expect(width(rows[0]!)).toBeGreaterThan(width(rows[1]!) * 2.4);
    expect(rows[1]!.querySelector('.chart-fill--danger')).not.toBeNull();
  });

  it('gone quiet: the cadence and the days past it', () => {
    render(<QuietChart review={full} />);
    const [row] = within(screen.getByRole('img')).getAllByTestId('chart-row');
    expect(row!.textContent).toBe('Initech3 days past');
    expect(row!.querySelectorAll('rect')).toHaveLength(2);
  });
});
