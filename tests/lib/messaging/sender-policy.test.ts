/**
 * Issue 14, point 2: each message declares who may send it; a Gmail tab gets only what the
 * sidebar and sent-mail capture use, for the account it reported.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import { openDatabase, type FollowThroughDB } from '../../../lib/db/database';
import { protocol, type MessageType } from '../../../lib/messaging/protocol';
import {
  classifySender,
  createSenderPolicy,
  GMAIL_MESSAGES,
  type Sender,
  type TabAccount,
  type TabAccounts,
} from '../../../lib/messaging/sender-policy';
import { createRouter } from '../../../lib/messaging/server';
import { dumpStore, fillStore, freshName, sampleRecords } from '../../support/sample-store';

const A = 'sam@northwind.example';
const B = 'sam.private@gmail.com';
const clock = () => new Date('2026-11-22T10:00:00Z');
let db: FollowThroughDB;
afterEach(async () => {
  await db?.delete();
});

function memoryTabAccounts(): TabAccounts & { rows: Map<number, TabAccount> } {
  const rows = new Map<number, TabAccount>();
  return { rows, get: async (tabId) => rows.get(tabId) ?? null, set: async (tabId, r) => void rows.set(tabId, r) };
}

async function setup(tabAccounts = memoryTabAccounts()) {
  db = openDatabase(freshName());
  await fillStore(db, sampleRecords(A));
  await fillStore(db, sampleRecords(B));
  const log = { warn: vi.fn() };
  const router = createRouter(createHandlers({ db, clock, version: 't' }), createSenderPolicy({ tabAccounts, log }));
  return { router, log, tabAccounts };
}

const tab = (tabId = 7, documentId: string | null = 'doc-1'): Sender => ({ kind: 'gmail', tabId, documentId });

/** Valid requests (for account `who`) of every message a Gmail tab may send. */
function gmailRequests(who: string): Record<string, unknown> {
  return {
    'account.seen': { accountId: who },
    'thread.observed': { accountId: who, threadId: 'th-1', messages: [] },
    'message.sent': { accountId: who, threadId: 'th-1', messageId: 'x1', sentAt: '2026-11-22T10:00:00Z', commitments: [] },
    'settings.get': {},
    'thread.summary': { accountId: who, threadId: 'th-1' },
    'followUp.transition': { accountId: who, id: 'fu-1', action: { type: 'complete' } },
    'thread.snooze': { accountId: who, threadId: 'th-1', until: null },
    'thread.mark': { accountId: who, threadId: 'th-1', kind: 'no-reply-needed' },
    'customers.save': { accountId: who, name: 'Evil', tier: 'Standard', domains: ['evil.example'], contacts: [] },
    'integration.report': { state: 'connected', accountId: who },
    'threads.chips': { accountId: who, threadIds: ['th-1'] },
    'recipients.timeZone': { accountId: who, to: ['dana@acme.example'], cc: [] },
    'followUp.add': { accountId: who, threadId: 'th-1', text: 'Send the contract', due: null },
    'followUp.restore': { accountId: who, id: 'fu-1', state: 'done', due: null, snoozedUntil: null },
    'customer.openPage': { accountId: who, customerId: 'acme' },
  };
}

/** Every source file that runs in the Gmail tab. */
function contentScriptSources(): string {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  // The content script, and the shared component the sidebar sends its follow-up actions through.
  const files: string[] = [join(root, 'entrypoints/content.ts'), join(root, 'components/actions.tsx')];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name)) files.push(path);
    }
  };
  walk(join(root, 'lib/gmail'));
  walk(join(root, 'components/sidebar'));
  return files.map((f) => readFileSync(f, 'utf8')).join('\n');
}

describe('which messages a Gmail tab may send', () => {
  it('is exactly the set the content script and the sidebar use', () => {
    const used = new Set([...contentScriptSources().matchAll(/\b(?:send|useRequest)\(\s*'([\w.]+)'/g)].map((m) => m[1]!));
    expect([...used].sort()).toEqual([...GMAIL_MESSAGES].sort());
  });

  it.each((Object.keys(protocol) as MessageType[]).filter((t) => protocol[t].from === 'pages'))(
    'refuses %s from a Gmail tab and changes nothing',
    async (type) => {
      const { router, tabAccounts } = await setup();
      await tabAccounts.set(7, { accountId: A, documentId: 'doc-1' });
      const before = await dumpStore(db);
      const reply = await router({ type, payload: { accountId: A } }, tab());
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await dumpStore(db)).toEqual(before);
    },
  );

  it.each(GMAIL_MESSAGES.filter((t) => t !== 'account.seen' && t !== 'settings.get'))(
    'refuses %s for another account than the tab reported, and changes nothing',
    async (type) => {
      const { router, tabAccounts } = await setup();
      await tabAccounts.set(7, { accountId: A, documentId: 'doc-1' });
      const before = await dumpStore(db);
      const reply = await router({ type, payload: gmailRequests(B)[type] }, tab());
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining(`signed in as ${A}`) } });
      expect(await dumpStore(db)).toEqual(before);
    },
  );

  it.each(GMAIL_MESSAGES.filter((t) => t !== 'account.seen' && t !== 'settings.get'))(
    'refuses %s from a tab that never reported its account',
    async (type) => {
      const { router } = await setup();
      const reply = await router({ type, payload: gmailRequests(A)[type] }, tab());
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    },
  );

  it('hears a tab whose Gmail integration failed before it knew its account', async () => {
    const { router } = await setup();
    const reply = await router({ type: 'integration.report', payload: { state: 'failed', reason: 'InboxSDK did not load' } }, tab());
    expect(reply).toMatchObject({ ok: true });
  });

  it('answers the tab for its own account, also after the worker restarted', async () => {
    const tabs = memoryTabAccounts();
    const first = await setup(tabs);
    expect(await first.router({ type: 'account.seen', payload: { accountId: 'Sam@Northwind.example' } }, tab())).toMatchObject({ ok: true });
    // A new router with the same session store: what a restarted worker sees.
    const again = createRouter(createHandlers({ db, clock, version: 't' }), createSenderPolicy({ tabAccounts: tabs, log: console }));
    const reply = await again({ type: 'thread.summary', payload: { accountId: A, threadId: 'th-1' } }, tab());
    expect(reply).toMatchObject({ ok: true });
    expect(await again({ type: 'settings.get' }, tab())).toMatchObject({ ok: true });
  });

  it('lets a new page in the tab sign in as another account, but not the same page', async () => {
    const { router } = await setup();
    await router({ type: 'account.seen', payload: { accountId: A } }, tab(7, 'doc-1'));
    expect(await router({ type: 'account.seen', payload: { accountId: B } }, tab(7, 'doc-1'))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await router({ type: 'account.seen', payload: { accountId: B } }, tab(7, 'doc-2'))).toMatchObject({ ok: true });
    expect(await router({ type: 'thread.summary', payload: { accountId: B, threadId: 'th-1' } }, tab(7, 'doc-2'))).toMatchObject({ ok: true });
    expect(await router({ type: 'thread.summary', payload: { accountId: A, threadId: 'th-1' } }, tab(7, 'doc-2'))).toMatchObject({ ok: false });
  });

  it('refuses everything from any other sender, and logs each kind of refusal once', async () => {
    const { router, log } = await setup();
    const other: Sender = { kind: 'other', url: 'https://evil.example/' };
    for (const type of Object.keys(protocol)) {
      expect(await router({ type, payload: {} }, other)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    await router({ type: 'ping' }, other);
    expect(log.warn).toHaveBeenCalledTimes(Object.keys(protocol).length);
  });
});

describe('classifySender', () => {
  const origin = 'chrome-extension://abc';
  it.each([
    ['the options page', { id: 'abc', url: 'chrome-extension://abc/options.html', tab: { id: 3 } }, { kind: 'page' }],
    ['the popup', { id: 'abc', url: 'chrome-extension://abc/popup.html' }, { kind: 'page' }],
    ['a Gmail tab', { id: 'abc', url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 9 }, documentId: 'd' }, { kind: 'gmail', tabId: 9, documentId: 'd' }],
    ['a look-alike host', { id: 'abc', url: 'https://mail.google.com.evil.example/', tab: { id: 9 } }, { kind: 'other' }],
    ['another extension’s page', { id: 'abc', url: 'chrome-extension://xyz/page.html' }, { kind: 'other' }],
    ['Gmail without a tab', { id: 'abc', url: 'https://mail.google.com/' }, { kind: 'other' }],
    ['no url', { id: 'abc' }, { kind: 'other' }],
  ])('%s', (_name, sender, expected) => {
    expect(classifySender(sender, origin)).toMatchObject(expected);
  });
});
