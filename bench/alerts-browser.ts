/**
 * The badge recompute in headless Chromium, against the real IndexedDB of the built extension
 * (.output/chrome-mv3-e2e): 50,000 threads and 20,000 follow-ups, beside a plain count over the
 * same index ranges (the floor). Prints JSON lines; asserts nothing.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, launchExtension } from '../tests/e2e/harness';

const THREADS = 50_000;
const FOLLOW_UPS = 20_000;
const RUNS = 25;

if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  execSync('npx wxt build --mode e2e', { stdio: 'ignore' });
}

const session = await launchExtension();
try {
  // tsx compiles with keepNames, which wraps functions in a __name helper the worker lacks.
  await session.worker.evaluate('globalThis.__name = (f) => f');
  const result = await session.worker.evaluate(
    async ({ THREADS, FOLLOW_UPS, RUNS }) => {
      type Table = {
        bulkPut(rows: unknown[]): Promise<unknown>;
        where(index: string): {
          between(a: unknown, b: unknown, il: boolean, iu: boolean): { count(): Promise<number> };
        };
      };
      const app = (globalThis as unknown as {
        followThrough: {
          db: { accounts: Table; threads: Table; followUps: Table };
          alerts: { refresh(): Promise<{ badge: { text: string } }> };
        };
      }).followThrough;
      const { db, alerts } = app;
      const now = Date.now();
      const iso = (ms: number) => new Date(ms).toISOString();
      const day = (offset: number) => iso(now + offset * 86_400_000).slice(0, 10);
      const account = 'bench@northwind.example';
      await db.accounts.bulkPut([{ id: account, createdAt: iso(now), lastSeenAt: iso(now) }]);
      // A realistic mix: most threads answered, some waiting within target, 2 % needing attention.
      const threads = Array.from({ length: THREADS }, (_, i) => {
        const kind = i % 50 === 0 ? 'late' : i % 10 === 0 ? 'waiting' : 'answered';
        const since = now - (kind === 'late' ? 6 : 1) * 3_600_000;
        return {
          accountId: account,
          threadId: `t${i}`,
          subject: `Thread ${i}`,
          customerId: null,
          mark: null,
          snoozedUntil: null,
          snoozedAt: null,
          clock:
            kind === 'answered'
              ? null
              : {
                  side: 'firstReply',
                  since: iso(since),
                  sinceMessageId: `m${i}`,
                  atRiskAt: iso(since + 3 * 3_600_000),
                  breachedAt: iso(since + 4 * 3_600_000),
                  computedAt: iso(since),
                },
          updatedAt: iso(now),
        };
      });
      const followUps = Array.from({ length: FOLLOW_UPS }, (_, i) => ({
        accountId: account,
        id: `f${i}`,
        threadId: `t${i}`,
        messageId: `m${i}`,
        customerId: null,
        sentence: `Promise ${i}.`,
        action: `Promise ${i}`,
        due: day((i % 60) - 10),
        state: i % 4 === 0 ? 'open' : 'done',
        source: 'detected',
        snoozedUntil: null,
        createdAt: iso(now),
        updatedAt: iso(now),
      }));
      const seedStart = performance.now();
      for (let i = 0; i < threads.length; i += 5000) await db.threads.bulkPut(threads.slice(i, i + 5000));
      for (let i = 0; i < followUps.length; i += 5000) await db.followUps.bulkPut(followUps.slice(i, i + 5000));
      const seedMs = performance.now() - seedStart;
      await alerts.refresh(); // first run records which alerts were announced

      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      const recompute: number[] = [];
      const floor: number[] = [];
      let items = 0;
      for (let r = 0; r < RUNS; r++) {
        let t = performance.now();
        items = Number((await alerts.refresh()).badge.text.replace('+', ''));
        recompute.push(performance.now() - t);
        t = performance.now();
        const nowIso = iso(Date.now());
        const today = day(0);
        await Promise.all([
          db.threads.where('[accountId+clock.atRiskAt]').between([account, ''], [account, nowIso], true, true).count(),
          db.threads.where('[accountId+clock.breachedAt]').between([account, ''], [account, nowIso], true, true).count(),
          db.followUps.where('[accountId+state+due]').between([account, 'open', ''], [account, 'open', today], true, true).count(),
          db.followUps.where('[accountId+state+due]').between([account, 'open', ''], [account, 'open', today], true, false).count(),
        ]);
        floor.push(performance.now() - t);
      }
      return { recompute: median(recompute), floor: median(floor), items, seedMs };
    },
    { THREADS, FOLLOW_UPS, RUNS },
  );
  const line = (o: object) => console.log(JSON.stringify(o));
  line({
    name: 'alerts.recompute.50k-threads.20k-follow-ups',
    value: +result.recompute.toFixed(2),
    unit: 'ms',
    baseline: 'indexeddb.count.same-ranges',
    baselineValue: +result.floor.toFixed(2),
    ratio: +(result.recompute / result.floor).toFixed(2),
    badge: result.items,
    target: 'under 50 ms and under 3x the floor',
  });
  line({ name: 'alerts.seed.70k-records', value: Math.round(result.seedMs), unit: 'ms', note: 'validated bulkPut, not a target' });
} finally {
  await session.close();
}
