/**
 * The Gmail side's hot paths, over fake-indexeddb: `npx tsx bench/gmail.ts`.
 * - one screen of inbox rows (100 threads, 30 of them waiting customers) asking for chips, beside
 *   the floor of reading the same 100 thread records;
 * - the sidebar's summary of a thread of a customer with 200 threads, beside reading that
 *   customer's thread records.
 */
import 'fake-indexeddb/auto';
import { threadChips } from '../lib/alerts/thread-chips';
import { threadSummary } from '../lib/alerts/thread-summary';
import { openDatabase } from '../lib/db/database';
import { noteAccountSeen } from '../lib/db/accounts-store';
import { updateSettings } from '../lib/db/settings-store';
import { recordThreadObservation } from '../lib/db/threads-store';

const ACCOUNT = 'sam@northwind.example';
const NOW = new Date('2026-11-24T15:00:00Z');
const RUNS = 30;

async function median(fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

const db = openDatabase('bench-gmail');
await db.delete();
await db.open();
await noteAccountSeen(db, ACCOUNT, NOW);
await updateSettings(db, { timeZone: 'America/New_York', ownDomains: ['northwind.example'] });
for (let c = 0; c < 50; c++) {
  await db.customers.put({
    accountId: ACCOUNT,
    id: `c${c}`,
    name: `Customer ${c}`,
    tier: 'Standard',
    domains: [`customer${c}.com`],
    notes: '',
    targets: {},
    cadenceDays: null,
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
  });
}
// 100 rows on screen: customer threads (30 waiting, 30 answered) and 40 ordinary threads.
const rows: string[] = [];
for (let i = 0; i < 100; i++) {
  const threadId = `row-${i}`;
  rows.push(threadId);
  const from = i < 60 ? `dana@customer${i % 50}.com` : `news${i}@example.org`;
  const messages = [{ messageId: `${threadId}-a`, from, to: [ACCOUNT], cc: [], sentAt: new Date(NOW.getTime() - (i + 1) * 600_000).toISOString() }];
  if (i >= 30 && i < 60) messages.push({ messageId: `${threadId}-b`, from: ACCOUNT, to: [from], cc: [], sentAt: NOW.toISOString() });
  await recordThreadObservation(db, { accountId: ACCOUNT, threadId, subject: `Thread ${i}`, messages }, NOW);
}
// Customer 7 has 200 threads of 5 messages each.
for (let t = 0; t < 200; t++) {
  const messages = Array.from({ length: 5 }, (_, k) => ({
    messageId: `big-${t}-${k}`,
    from: k % 2 ? ACCOUNT : 'dana@customer7.com',
    to: [],
    cc: [],
    sentAt: new Date(NOW.getTime() - (t * 5 + k + 1) * 3_600_000).toISOString(),
  }));
  await recordThreadObservation(db, { accountId: ACCOUNT, threadId: `big-${t}`, subject: `Big ${t}`, messages }, NOW);
}

const keys = rows.map((id) => [ACCOUNT, id] as [string, string]);
const chips = await median(() => threadChips(db, { accountId: ACCOUNT, threadIds: rows }, NOW));
const rowsFloor = await median(() => db.threads.bulkGet(keys));
const summary = await median(() => threadSummary(db, { accountId: ACCOUNT, threadId: 'big-0' }, NOW));
const summaryFloor = await median(() => db.threads.where('[accountId+customerId]').equals([ACCOUNT, 'c7']).toArray());

const line = (name: string, value: number, baseline: string, baselineValue: number) =>
  console.log(
    JSON.stringify({ name, value: +value.toFixed(2), unit: 'ms', baseline, baselineValue: +baselineValue.toFixed(2), ratio: +(value / baselineValue).toFixed(1) }),
  );
line('chips for one screen of 100 inbox rows (30 waiting)', chips, 'reading the 100 thread records', rowsFloor);
line('sidebar summary, customer with 200 threads', summary, 'reading the customer’s 200 thread records', summaryFloor);
await db.delete();
