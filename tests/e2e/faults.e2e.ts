/**
 * Issue 14's fault suite in the built extension: hostile messages from each context, the
 * service worker stopped between a write and its recompute (settings, restore, customer
 * delete and import, notifications), and a browser restart on the same profile. Each case
 * checks the whole store and the badge afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../support/sample-store';
import { ACCOUNT, backupRelativeToNow, badgeOf, importThroughOptions } from './fixtures';
import { launchExtension, routeGmail, type ExtensionSession } from './harness';
import { sharedExtension } from './shared-extension';

const ext = sharedExtension();
const OTHER = 'sam.private@gmail.com';

/** What the e2e build exposes on the worker (entrypoints/background.ts, lib/background/fault-hooks.ts). */
type Steps = {
  updateSettings(change: object): Promise<unknown>;
  restore(text: string): Promise<unknown>;
  deleteCustomers(accountId: string, ids: string[]): Promise<unknown>;
  importCustomers(input: object): Promise<unknown>;
  dump(): Promise<Record<string, string[]>>;
};
declare const followThrough: { steps: Steps; db: { meta: { get(key: string): Promise<{ value: string } | undefined> } } };
declare const chrome: {
  notifications: { getAll(): Promise<Record<string, boolean>> };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
};

const dump = (s: ExtensionSession) => s.worker.evaluate(() => followThrough.steps.dump());
/** The records, without the background's bookkeeping (check times, receipts). */
const records = async (s: ExtensionSession) => {
  const { meta: _meta, ...rest } = await dump(s);
  return rest;
};

/** Stops the extension's service worker as Chrome does when it idles or updates, through the DevTools protocol. */
async function stopWorker(s: ExtensionSession) {
  await s.worker.evaluate(() => Object.assign(globalThis, { beforeStop: true }));
  const page = await s.context.newPage();
  await page.goto('about:blank');
  const cdp = await s.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await page.close();
}

/** Anything that wakes the worker: here a popup, as a user would open it. */
async function wake(s: ExtensionSession) {
  const popup = await s.context.newPage();
  await popup.goto(s.url('popup.html'));
  await popup.waitForTimeout(300);
  await popup.close();
  // A fresh worker: nothing of the stopped one's memory is left.
  expect(await s.worker.evaluate(() => 'beforeStop' in globalThis)).toBe(false);
}

/** Runs a message inside the content script's isolated world of a Gmail tab, where a compromised renderer would. */
async function contentScriptWorld(s: ExtensionSession, account: string) {
  await routeGmail(s.context, account);
  const gmail = await s.context.newPage();
  const cdp = await s.context.newCDPSession(gmail);
  const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
  await expect.poll(() => contexts.some((c) => c.auxData?.type === 'isolated' && c.name === 'Follow-through')).toBe(true);
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Follow-through')!;
  // The extension's own content script reports the account once InboxSDK has loaded; wait for
  // it, so that its write does not land in the middle of a test's before/after comparison.
  await expect
    .poll(() => s.worker.evaluate(async () => (await followThrough.db.meta.get('gmail-integration'))?.value ?? ''), {
      timeout: 30_000,
    })
    .toMatch(/"state":"connected"/);
  const send = async (type: string, payload: unknown) => {
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
      expression: `chrome.runtime.sendMessage(${JSON.stringify({ type, payload })})`,
    });
    return result.value as { ok: boolean; error?: { code: string; message: string } };
  };
  return { gmail, send };
}

function twoAccounts() {
  const doc = (id: string) => sampleRecords(id);
  const a = doc(ACCOUNT);
  const b = doc(OTHER);
  const tables = Object.fromEntries(Object.keys(a).map((k) => [k, [...a[k as keyof typeof a], ...b[k as keyof typeof b]]]));
  return JSON.stringify({ format: 'follow-through-backup', formatVersion: 1, exportedAt: '2026-11-22T10:00:00.000Z', schemaVersion: 3, settings: null, tables });
}

describe('the service worker stopped between a write and its recompute', () => {
  it('settings: a shorter target saved, worker stopped; on wake the badge turns red', async () => {
    await importThroughOptions(ext.session, backupRelativeToNow('amber'));
    await expect.poll(() => badgeOf(ext.session), { timeout: 15_000 }).toEqual({ text: '2', color: '#f29900' });
    await ext.session.worker.evaluate(() => followThrough.steps.updateSettings({ firstReplyTarget: { value: 1, unit: 'calendarHours' } }));
    await stopWorker(ext.session);
    await wake(ext.session);
    // Pricing (3.5 h) is now past 1 h: breached; the promise due today stays.
    await expect.poll(() => badgeOf(ext.session), { timeout: 15_000 }).toEqual({ text: '2!', color: '#d93025' });
    expect((await dump(ext.session)).meta!.filter((m) => m.includes('clocks.stale'))).toEqual([]);
  });

  it('customer delete, then a CSV import that brings the customer back, each stopped before its recompute', async () => {
    await importThroughOptions(ext.session, backupRelativeToNow('amber'));
    await expect.poll(() => badgeOf(ext.session), { timeout: 15_000 }).toEqual({ text: '2', color: '#f29900' });
    await ext.session.worker.evaluate((a) => followThrough.steps.deleteCustomers(a, ['acme']), ACCOUNT);
    await stopWorker(ext.session);
    await wake(ext.session);
    // No customer, no reply clock: only the promise due today.
    await expect.poll(() => badgeOf(ext.session), { timeout: 15_000 }).toEqual({ text: '1', color: '#f29900' });

    const input = { accountId: ACCOUNT, mapping: { layout: 'template', columns: { company: 0, domains: 1 } }, rows: [{ line: 2, cells: ['Acme Corp', 'acme.com'] }] };
    await ext.session.worker.evaluate((i) => followThrough.steps.importCustomers(i), input);
    await stopWorker(ext.session);
    await wake(ext.session);
    await expect.poll(() => badgeOf(ext.session), { timeout: 15_000 }).toEqual({ text: '2', color: '#f29900' });
  });

  it('restore: written, worker stopped before clocks and alerts; on wake the badge is red and the breach announced', async () => {
    await importThroughOptions(ext.session, backupRelativeToNow('amber'));
    const text = backupRelativeToNow('red');
    await ext.session.worker.evaluate((t) => followThrough.steps.restore(t), text);
    await stopWorker(ext.session);
    await wake(ext.session);
    await expect.poll(() => badgeOf(ext.session), { timeout: 15_000 }).toEqual({ text: '4!', color: '#d93025' });
    const notified = () =>
      ext.session.worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()).map((id) => JSON.parse(id)[2] as string));
    await expect.poll(notified, { timeout: 15_000 }).toContain('waiting-long');
    // Announced and recorded: the alert states of the breach and the overdue promise are stored.
    await expect.poll(async () => (await records(ext.session)).alertStates!.length, { timeout: 15_000 }).toBe(2);
  });
});

describe('hostile messages', () => {
  it('a Gmail tab signed in as A cannot read or change B, change a setting, back up, restore, import or delete', async () => {
    await importThroughOptions(ext.session, twoAccounts());
    const { gmail, send } = await contentScriptWorld(ext.session, ACCOUNT);
    expect(await send('account.seen', { accountId: ACCOUNT })).toMatchObject({ ok: true });
    const before = await records(ext.session);
    const hostile: [string, unknown][] = [
      ['thread.summary', { accountId: OTHER, threadId: 'th-1' }],
      ['customers.save', { accountId: OTHER, name: 'Evil', tier: 'Standard', domains: ['evil.example'], contacts: [] }],
      ['thread.mark', { accountId: OTHER, threadId: 'th-1', kind: 'no-reply-needed' }],
      ['followUp.transition', { accountId: OTHER, id: 'fu-1', action: { type: 'dismiss' } }],
      ['customers.list', { accountId: OTHER }],
      ['customers.list', { accountId: ACCOUNT }],
      ['customers.delete', { accountId: OTHER, ids: ['cust-acme'] }],
      ['customers.delete', { accountId: ACCOUNT, ids: ['cust-acme'] }],
      ['customers.export', { accountId: OTHER }],
      ['settings.update', { change: { notifications: false } }],
      ['accounts.list', {}],
      ['store.counts', {}],
      ['store.changed', {}],
      ['customers.import.apply', { accountId: ACCOUNT }],
      ['account.seen', { accountId: OTHER }],
    ];
    for (const [type, payload] of hostile) {
      expect({ type, reply: await send(type, payload) }).toMatchObject({ type, reply: { ok: false, error: { code: 'forbidden' } } });
    }
    expect(await records(ext.session)).toEqual(before);
    // What the sidebar needs, for its own account, still works.
    expect(await send('thread.summary', { accountId: ACCOUNT, threadId: 'th-1' })).toMatchObject({ ok: true });
    expect(await send('settings.get', {})).toMatchObject({ ok: true });
    // Gmail's own page (the main world) has no way to the extension at all.
    expect(await gmail.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe(
      'undefined',
    );
    await gmail.close();
  });

  it('another web site cannot reach the background', async () => {
    await ext.session.context.route('https://elsewhere.example/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<p>hi</p>' }));
    const page: Page = await ext.session.context.newPage();
    await page.goto('https://elsewhere.example/');
    const reach = await page.evaluate((id) => {
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: (id: string, m: unknown) => Promise<unknown> } } }).chrome?.runtime;
      return runtime?.sendMessage ? runtime.sendMessage(id, { type: 'settings.get' }).then(() => 'answered', () => 'refused') : 'no runtime';
    }, ext.session.extensionId);
    expect(reach).not.toBe('answered');
    await page.close();
  });
});

describe('browser restart on the same profile', () => {
  it('a settings change whose recompute never ran is finished when the browser starts again', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'ft-e2e-kept-'));
    try {
      const first = await launchExtension({ profile });
      await importThroughOptions(first, backupRelativeToNow('amber'));
      await expect.poll(() => badgeOf(first), { timeout: 15_000 }).toEqual({ text: '2', color: '#f29900' });
      await first.worker.evaluate(() => followThrough.steps.updateSettings({ firstReplyTarget: { value: 1, unit: 'calendarHours' } }));
      const before = await records(first);
      await first.close();

      const second = await launchExtension({ profile });
      try {
        await expect.poll(() => badgeOf(second), { timeout: 20_000 }).toEqual({ text: '2!', color: '#d93025' });
        const after = await records(second);
        // Same records; only the recomputed clocks differ.
        expect(Object.keys(after)).toEqual(Object.keys(before));
        for (const table of ['accounts', 'customers', 'contacts', 'messages', 'followUps', 'settings']) expect(after[table]).toEqual(before[table]);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
