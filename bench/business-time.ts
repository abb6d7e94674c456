/**
 * Business-time benchmark: `npx tsx bench/business-time.ts`. Prints one JSON line per
 * measurement; the baseline is measured in the same run so that ratios survive slow or
 * busy machines. Baseline: a naive day walk that builds one TZDate per day of the span.
 */
import { TZDate } from '@date-fns/tz';
import { addBusinessMinutes, businessMinutesBetween, scheduleFromSettings } from '../lib/business-time';
import { defaultSettings } from '../lib/settings';

const WARMUP = 200;
const RUNS = 2000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median ms per call; calls are batched so that each sample is well above timer resolution. */
function measure(fn: () => unknown, batch: number): number {
  for (let i = 0; i < WARMUP; i++) fn();
  const samples: number[] = [];
  for (let r = 0; r < RUNS / batch; r++) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) fn();
    samples.push((performance.now() - t0) / batch);
  }
  return median(samples);
}

const timeZone = 'America/New_York';
const schedule = scheduleFromSettings({
  ...defaultSettings(),
  timeZone,
  workingHours: {
    mon: [{ start: '09:00', end: '12:30' }, { start: '13:30', end: '17:30' }],
    tue: [{ start: '09:00', end: '12:30' }, { start: '13:30', end: '17:30' }],
    wed: [{ start: '09:00', end: '12:30' }, { start: '13:30', end: '17:30' }],
    thu: [{ start: '09:00', end: '12:30' }, { start: '13:30', end: '17:30' }],
    fri: [{ start: '09:00', end: '17:00' }],
    sat: [],
    sun: [],
  },
  holidays: [
    { date: '2025-07-04', name: 'Independence Day' },
    { date: '2025-11-27', name: 'Thanksgiving' },
    { date: '2025-12-25', name: 'Christmas' },
  ],
  outOfOffice: [{ start: '2025-08-11', end: '2025-08-22', note: 'vacation' }],
});
const from = new Date('2025-01-06T15:17:00Z');
const to = new Date('2026-01-05T20:43:00Z');

const firstCallStart = performance.now();
const minutes = businessMinutesBetween(schedule, from, to);
const firstCall = performance.now() - firstCallStart;

const baselineName = 'tzdate-day-walk-366';
const baseline = measure(() => {
  let sum = 0;
  for (let i = 0; i < 366; i++) sum += new TZDate(2025, 0, 6 + i, 9, 0, timeZone).getTime();
  return sum;
}, 5);

const report = (name: string, value: number) =>
  console.log(
    JSON.stringify({ name, value, unit: 'ms', baseline: baselineName, baselineValue: baseline, ratio: value / baseline }),
  );

report('businessMinutesBetween-one-year', measure(() => businessMinutesBetween(schedule, from, to), 50));
report('addBusinessMinutes-one-year', measure(() => addBusinessMinutes(schedule, from, minutes), 50));
report('businessMinutesBetween-one-year-first-call', firstCall);
