/**
 * What the relationship features cost, over fake-indexeddb: `npx tsx bench/relationship.ts`.
 *
 * Going quiet is read on every badge recompute and popup open, so it is measured beside the
 * same recompute with no cadence set (the quiet rule then reads nothing). The weekly review
 * and the customer page are measured beside reading the account's messages alone.
 */
import 'fake-indexeddb/auto';
import { attentionTotals } from '../lib/alerts/attention';
import { openDatabase } from '../lib/db/database';
import type { Customer, Message, Thread } from '../lib/db/records';
import { noteAccountSeen } from '../lib/db/accounts-store';
import { readSettings, updateSettings } from '../lib/db/settings-store';
import { customerPage } from '../lib/relationship/customer-page';
import { weeklyReviewOf } from '../lib/relationship/review-page';

const ACCOUNT = 'sam@northwind.example';
const CUSTOMERS = 1_000;
const THREADS_PER_CUSTOMER = 5;
const MESSAGES_PER_THREAD = 4;
const RUNS = 5;
const NOW = new Date('2026-12-02T15:00:00Z');
const day = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time(run: () => Promise<unknown>): Promise<number> {
  await run(); // warm
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    runs.push(performance.now() - started);
  }
  return median(runs);
}

const db = openDatabase('bench-relationship');
await noteAccountSeen(db, ACCOUNT, NOW);
await updateSettings(db, { timeZone: 'America/New_York', ownDomains: ['northwind.example'] });
const customers: Customer[] = Array.from({ length: CUSTOMERS }, (_, i) => ({
  accountId: ACCOUNT,
  id: `c${i}`,
  name: `Customer ${i}`,
  tier: 'Standard',
  domains: [`customer${i}.com`],
  notes: '',
  targets: {},
  cadenceDays: null,
  createdAt: day(400),
  updatedAt: day(400),
}));
const threads: Thread[] = [];
const messages: Message[] = [];
customers.forEach((c, i) => {
  for (let t = 0; t < THREADS_PER_CUSTOMER; t++) {
    const threadId = `t${i}-${t}`;
    const age = (i * 7 + t * 13) % 120;
    for (let m = 0; m < MESSAGES_PER_THREAD; m++) {
      messages.push({
        accountId: ACCOUNT,
        threadId,
        messageId: `${threadId}-${m}`,
        direction: m % 2 ? 'outgoing' : 'incoming',
        from: m % 2 ? ACCOUNT : `dana@customer${i}.com`,
        to: [m % 2 ? `dana@customer${i}.com` : ACCOUNT],
        cc: [],
        sentAt: day(age + (MESSAGES_PER_THREAD - m) * 0.2),
      } as Message);
    }
    threads.push({
      accountId: ACCOUNT,
      threadId,
      subject: `Thread ${t}`,
      customerId: c.id,
      mark: null,
      snoozedUntil: null,
      snoozedAt: null,
      clock: null,
      messageCount: MESSAGES_PER_THREAD,
      lastIncomingAt: day(age + 0.4),
      lastOutgoingAt: day(age + 0.2),
      updatedAt: day(age),
    });
  }
});
await db.customers.bulkPut(customers);
await db.threads.bulkPut(threads);
await db.messages.bulkPut(messages);

const withoutCadence = await readSettings(db);
const badgeBaseline = await time(() => attentionTotals(db, withoutCadence, NOW));
await updateSettings(db, { tiers: withoutCadence.tiers.map((t) => ({ ...t, cadenceDays: 30 })) });
const withCadence = await readSettings(db);
const badgeQuiet = await time(() => attentionTotals(db, withCadence, NOW));
const readMessages = await time(() => db.messages.where('accountId').equals(ACCOUNT).toArray());
const review = await time(() => weeklyReviewOf(db, { accountId: ACCOUNT, day: '2026-11-25' }, NOW));
const page = await time(() => customerPage(db, { accountId: ACCOUNT, customerId: 'c7' }, NOW));
const countsReadOne = await time(() => db.threads.where('[accountId+customerId]').equals([ACCOUNT, 'c7']).toArray());

const store = { customers: CUSTOMERS, threads: threads.length, messages: messages.length };
const line = (name: string, value: number, baseline: string, baselineValue: number) =>
  console.log(
    JSON.stringify({ name, value: +value.toFixed(1), unit: 'ms', baseline, baselineValue: +baselineValue.toFixed(1), ratio: +(value / baselineValue).toFixed(2), ...store }),
  );
line('badge totals with every customer on a 30-day cadence', badgeQuiet, 'badge totals with no cadence set', badgeBaseline);
line('weekly review of an account', review, "reading the account's messages alone", readMessages);
line('customer page', page, "reading the customer's threads alone", countsReadOne);
db.close();
