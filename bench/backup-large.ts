/**
 * A 200 MB backup round trip through the options page of the built extension in headless
 * Chromium (issue 14, point 3): export (pieces into a Blob, downloaded), then restore of
 * that file (streamed through staging), against the real IndexedDB. Beside it, the floor:
 * the page reading the same file whole (file.text()). Memory: the options page's peak JS
 * heap during each step, sampled over the DevTools protocol every 100 ms. Prints JSON lines.
 */
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, launchExtension } from '../tests/e2e/harness';

const TARGET_MB = Number(process.env.BACKUP_MB ?? 200);
const NOTE_CHARS = 8_000;

if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) execSync('npx wxt build --mode e2e', { stdio: 'ignore' });

const session = await launchExtension();
const line = (o: object) => console.log(JSON.stringify(o));
try {
  await session.worker.evaluate('globalThis.__name = (f) => f');
  // Customers with long notes, their threads and messages: about TARGET_MB of backup.
  const customers = Math.ceil((TARGET_MB * 1024 * 1024 * 0.93) / (NOTE_CHARS + 300));
  const seeded = await session.worker.evaluate(
    async ({ customers, NOTE_CHARS }) => {
      type Table = { bulkAdd(rows: unknown[]): Promise<unknown>; count(): Promise<number> };
      const { db } = (globalThis as unknown as { followThrough: { db: Record<string, Table> } }).followThrough;
      const account = 'bench@northwind.example';
      const at = new Date().toISOString();
      await db.accounts!.bulkAdd([{ id: account, createdAt: at, lastSeenAt: at }]);
      const note = 'Renewal notes. '.repeat(Math.ceil(NOTE_CHARS / 15)).slice(0, NOTE_CHARS);
      for (let from = 0; from < customers; from += 1000) {
        const n = Math.min(1000, customers - from);
        const ids = Array.from({ length: n }, (_, k) => from + k);
        await db.customers!.bulkAdd(
          ids.map((i) => ({ accountId: account, id: `c${i}`, name: `Customer ${i}`, tier: 'Standard', domains: [`c${i}.example`], notes: note, targets: {}, cadenceDays: null, createdAt: at, updatedAt: at })),
        );
        await db.threads!.bulkAdd(
          ids.map((i) => ({ accountId: account, threadId: `t${i}`, subject: `Quote ${i}`, customerId: `c${i}`, mark: null, snoozedUntil: null, snoozedAt: null, clock: null, updatedAt: at })),
        );
        await db.messages!.bulkAdd(
          ids.flatMap((i) => [0, 1, 2].map((m) => ({ accountId: account, messageId: `m${i}-${m}`, threadId: `t${i}`, from: `dana@c${i}.example`, to: [account], cc: [], sentAt: at, direction: 'incoming' }))),
        );
      }
      return { customers: await db.customers!.count(), messages: await db.messages!.count() };
    },
    { customers, NOTE_CHARS },
  );

  const page = await session.context.newPage();
  // The backup panel lives in the options page's Data section.
  await page.goto(session.url('options.html#data'));
  await page.getByRole('button', { name: 'Export backup' }).waitFor();
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const peakHeapDuring = async <T>(work: () => Promise<T>): Promise<{ result: T; ms: number; peakMB: number; baseMB: number }> => {
    await cdp.send('HeapProfiler.collectGarbage');
    const base = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    let peak = base;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peak = Math.max(peak, (await cdp.send('Runtime.getHeapUsage')).usedSize);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const start = performance.now();
    let result: T;
    try {
      result = await work();
    } finally {
      sampling = false;
      await sampler;
    }
    const ms = performance.now() - start;
    return { result, ms, peakMB: +(peak / 1048576).toFixed(1), baseMB: +(base / 1048576).toFixed(1) };
  };

  const exported = await peakHeapDuring(async () => {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 600_000 }), page.getByRole('button', { name: 'Export backup' }).click()]);
    return download.path();
  });
  const file = exported.result;
  const sizeMB = +(statSync(file).size / 1048576).toFixed(1);

  const restored = await peakHeapDuring(async () => {
    await page.getByTestId('backup-file').setInputFiles(file);
    // Restoring replaces what is stored, so the page asks first.
    await page.getByRole('alertdialog').getByRole('button', { name: 'Replace with the backup' }).click({ timeout: 900_000 });
    await page.getByRole('status').getByText(/Restored 1 account/).waitFor({ timeout: 900_000 });
  });
  const after = await session.worker.evaluate(async () => {
    type Table = { count(): Promise<number> };
    const { db } = (globalThis as unknown as { followThrough: { db: Record<string, Table> } }).followThrough;
    return { customers: await db.customers!.count(), messages: await db.messages!.count(), staging: await db.staging!.count() };
  });
  if (after.customers !== seeded.customers || after.messages !== seeded.messages || after.staging !== 0) {
    throw new Error(`round trip lost records: ${JSON.stringify({ seeded, after })}`);
  }

  // The floor: the page only reads the same file whole.
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<input type="file" id="floor">'));
  await page.setInputFiles('#floor', file);
  const floor = await peakHeapDuring(() =>
    page.evaluate(async () => (await (document.getElementById('floor') as HTMLInputElement).files![0]!.text()).length),
  );

  line({ name: `backup.export.${sizeMB}MB`, value: Math.round(exported.ms), unit: 'ms', records: seeded, peakPageHeapMB: exported.peakMB, idlePageHeapMB: exported.baseMB });
  line({
    name: `backup.restore.${sizeMB}MB`,
    value: Math.round(restored.ms),
    unit: 'ms',
    baseline: 'page.file.text.same-file',
    baselineValue: Math.round(floor.ms),
    ratio: +(restored.ms / floor.ms).toFixed(1),
    peakPageHeapMB: restored.peakMB,
    baselinePeakPageHeapMB: floor.peakMB,
    idlePageHeapMB: restored.baseMB,
    roundTrip: 'every customer and message back, staging empty',
  });
} finally {
  await session.close();
}
