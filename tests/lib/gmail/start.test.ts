// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMMAND_EVENT, fakeGmail, type FakeCommand, type Fixture } from '../../../lib/gmail/fake-gmail';
import { PLACEHOLDER_APP_ID } from '../../../lib/gmail/inboxsdk';
import { isPopOutWindow, startGmail, type GmailDeps } from '../../../lib/gmail/start';
import { timeFromMessageId } from '../../../lib/gmail/message-time';
import { createHandlers } from '../../../lib/background/handlers';
import { openDatabase, type FollowThroughDB } from '../../../lib/db/database';
import { createClient, type Client } from '../../../lib/messaging/client';
import { createRouter } from '../../../lib/messaging/server';
import { freshName } from '../../support/sample-store';
import { ACCOUNT, seedAccount } from '../../support/alerts-store';

// Gmail's message ids carry their send time: the fake's ids say when each message was sent.
const idAt = (iso: string) => (BigInt(Date.parse(iso)) << 20n).toString(16);
const NOW = new Date('2026-11-18T20:30:00Z');
const DANA = { emailAddress: 'dana@acme.com', name: 'Dana Reyes' };
const SAM = { emailAddress: ACCOUNT, name: 'Sam' };

let db: FollowThroughDB | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
  document.body.replaceChildren();
});

const quietLog = () => ({ warn: vi.fn(), error: vi.fn() });
const drive = (cmd: FakeCommand) => document.dispatchEvent(new CustomEvent(COMMAND_EVENT, { detail: JSON.stringify(cmd) }));

/** The real background handlers over fake-indexeddb, with every message the tab sent recorded. */
async function background() {
  db = openDatabase(freshName());
  await seedAccount(db, NOW);
  const router = createRouter(createHandlers({ db, clock: () => NOW, version: 't' }));
  const direct = createClient(async (m) => router(m));
  const calls: [string, Record<string, unknown>][] = [];
  const send = (async (type: string, payload?: Record<string, unknown>) => {
    calls.push([type, payload ?? {}]);
    return (direct as (t: string, p?: unknown) => Promise<unknown>)(type, payload);
  }) as Client;
  return { db, send, direct, calls };
}

function deps(overrides: Partial<GmailDeps>): GmailDeps {
  return {
    appId: 'sdk_test',
    load: vi.fn(),
    send: vi.fn().mockResolvedValue({}) as unknown as Client,
    changes: () => () => {},
    log: quietLog(),
    mountSidebar: vi.fn(),
    showSentNotice: vi.fn(),
    clock: () => NOW,
    isPopOut: false,
    ...overrides,
  };
}

async function started(fixture: Partial<Fixture> = {}, overrides: Partial<GmailDeps> = {}) {
  const bg = await background();
  const load = fakeGmail(document, { account: ACCOUNT, load: 'ok', ...fixture });
  const sdk = await startGmail(deps({ load, send: bg.send, ...overrides }));
  return { ...bg, sdk };
}

const messagesOf = async (threadId: string) =>
  (await db!.messages.where('[accountId+threadId]').equals([ACCOUNT, threadId]).sortBy('sentAt')).map((m) => [
    m.from,
    m.direction,
  ]);

describe('starting in Gmail', () => {
  it('loads with a placeholder app id when the build has none, and reports the connection', async () => {
    const { direct } = await background();
    const load = vi.fn(fakeGmail(document, { account: ACCOUNT, load: 'ok' }));
    await startGmail(deps({ appId: undefined, load, send: direct }));
    expect(load).toHaveBeenCalledWith(PLACEHOLDER_APP_ID);
    expect(await direct('integration.status')).toMatchObject({ state: 'connected', accountId: ACCOUNT });
  });

  it.each([
    ['rejects', 'reject' as const, /refused to load/],
    ['never settles', 'hang' as const, /did not load within/],
  ])('when InboxSDK %s, says why in one console error and in the status', async (_name, mode, reason) => {
    const { direct } = await background();
    const log = quietLog();
    const load = fakeGmail(document, { account: ACCOUNT, load: mode });
    expect(await startGmail(deps({ load, send: direct, log, loadTimeoutMs: 30 }))).toBeNull();
    expect(log.error).toHaveBeenCalledTimes(1);
    expect(String(log.error.mock.calls[0]![0])).toMatch(/Gmail integration unavailable/);
    const status = await direct('integration.status');
    expect(status.state).toBe('failed');
    expect(status.state === 'failed' && status.reason).toMatch(reason);
  });

  it.each([
    ['/mail/u/0/popout', '', true],
    ['/mail/u/0/', '?view=cm&fs=1', true],
    ['/mail/u/0/', '', false],
  ])('%s%s is a pop-out window: %s', (pathname, search, popOut) => {
    expect(isPopOutWindow({ pathname, search })).toBe(popOut);
  });

  it('stays out of pop-out compose windows', async () => {
    const load = vi.fn();
    expect(await startGmail(deps({ load, isPopOut: true }))).toBeNull();
    expect(load).not.toHaveBeenCalled();
  });
});

describe('following threads', () => {
  it('mounts the sidebar at once, before the background has answered', async () => {
    const mountSidebar = vi.fn();
    const send = vi.fn((type: string) => (type === 'account.seen' ? Promise.resolve({ id: ACCOUNT }) : new Promise(() => {})));
    await startGmail(deps({ load: fakeGmail(document, { account: ACCOUNT, load: 'ok' }), send: send as never, mountSidebar }));
    drive({ type: 'openThread', threadId: 't1', subject: 'Quote', messages: [{ messageId: idAt('2026-11-18T15:00:00Z'), from: DANA }] });
    expect(mountSidebar).toHaveBeenCalledTimes(1);
    expect(await mountSidebar.mock.calls[0]![1].threadId).toBe('t1');
  });

  it('never claims a first reply while earlier messages are collapsed, and becomes exact once they load', async () => {
    const { db } = await started();
    const collapsed = [
      { messageId: idAt('2026-11-17T14:00:00Z'), from: DANA, loaded: false },
      { messageId: idAt('2026-11-17T16:00:00Z'), from: SAM, loaded: false },
    ];
    const latest = { messageId: idAt('2026-11-18T15:00:00Z'), from: DANA };
    drive({ type: 'openThread', threadId: 't1', subject: 'Quote', messages: [...collapsed, latest] });
    await vi.waitFor(async () =>
      expect(await db.threads.get([ACCOUNT, 't1'])).toMatchObject({ messageCount: 3, clock: { side: 'nextReply' } }),
    );
    expect(await db.messages.count()).toBe(1);

    drive({ type: 'expand', messageId: collapsed[1]!.messageId });
    drive({ type: 'expand', messageId: collapsed[0]!.messageId });
    await vi.waitFor(async () => expect(await db.messages.count()).toBe(3));
    // Sam answered Dana's first message: the clock is a next reply from Dana's latest.
    await vi.waitFor(async () =>
      expect((await db.threads.get([ACCOUNT, 't1']))?.clock).toMatchObject({
        side: 'nextReply',
        since: '2026-11-18T15:00:00.000Z',
      }),
    );
    expect((await db.threads.get([ACCOUNT, 't1']))?.messageCount).toBe(3);
  });

  it('a thread read whole starts a first-reply clock', async () => {
    const { db } = await started();
    drive({ type: 'openThread', threadId: 't2', subject: 'Hello', messages: [{ messageId: idAt('2026-11-18T15:00:00Z'), from: DANA }] });
    await vi.waitFor(async () => expect((await db.threads.get([ACCOUNT, 't2']))?.clock?.side).toBe('firstReply'));
  });

  it('one message that cannot be read does not drop the others', async () => {
    const { db } = await started();
    drive({
      type: 'openThread',
      threadId: 't3',
      subject: 'Mixed',
      messages: [
        { messageId: idAt('2026-11-18T14:00:00Z'), from: DANA, broken: true },
        { messageId: idAt('2026-11-18T15:00:00Z'), from: DANA },
      ],
    });
    await vi.waitFor(async () => expect((await db.threads.get([ACCOUNT, 't3']))?.clock?.side).toBe('nextReply'));
    expect(await db.messages.count()).toBe(1);
  });

  it('records a reply that arrives while the thread is open', async () => {
    const { db } = await started();
    drive({ type: 'openThread', threadId: 't4', subject: 'Live', messages: [{ messageId: idAt('2026-11-18T15:00:00Z'), from: DANA }] });
    await vi.waitFor(async () => expect(await db.messages.count()).toBe(1));
    drive({ type: 'arrive', threadId: 't4', message: { messageId: idAt('2026-11-18T16:00:00Z'), from: SAM } });
    await vi.waitFor(async () => expect((await db.threads.get([ACCOUNT, 't4']))?.clock).toBeNull());
  });
});

describe('sent mail', () => {
  const html =
    '<div dir="ltr">Hi Dana,<div><br></div><div>I\'ll send the revised quote by Friday.</div></div>' +
    '<div class="gmail_quote">On Tue Dana wrote:<blockquote>I will call you tomorrow.</blockquote></div>';

  it('turns the promises into follow-ups without sending the body, with the time from the message id', async () => {
    const showSentNotice = vi.fn();
    const { db, calls } = await started({}, { showSentNotice });
    const messageId = idAt('2026-11-18T20:00:00Z');
    drive({ type: 'compose', composeId: 'c1', html, subject: 'Re: Quote', to: [DANA] });
    drive({ type: 'presending', composeId: 'c1' });
    drive({ type: 'sent', composeId: 'c1', messageId, threadId: 'th-1' });
    await vi.waitFor(async () => expect(await db.followUps.count()).toBe(1));
    expect(await db.followUps.toArray()).toMatchObject([{ action: 'Send the revised quote', due: '2026-11-20', state: 'suggested' }]);
    const sent = calls.find((c) => c[0] === 'message.sent')![1];
    expect(sent.sentAt).toBe('2026-11-18T20:00:00.000Z');
    expect(JSON.stringify(sent)).not.toContain('Hi Dana');
    expect(JSON.stringify(sent)).not.toContain('call you tomorrow');
    await vi.waitFor(() => expect(showSentNotice).toHaveBeenCalledWith(expect.objectContaining({ threadId: 'th-1' })));
  });

  it('a sent without presending still stores the message and stops the clock', async () => {
    const { db } = await started();
    drive({ type: 'openThread', threadId: 't5', subject: 'Q', messages: [{ messageId: idAt('2026-11-18T15:00:00Z'), from: DANA }] });
    await vi.waitFor(async () => expect((await db.threads.get([ACCOUNT, 't5']))?.clock).not.toBeNull());
    drive({ type: 'compose', composeId: 'c2', html, replyTo: 't5' });
    drive({ type: 'sent', composeId: 'c2', messageId: idAt('2026-11-18T20:00:00Z'), threadId: 't5' });
    await vi.waitFor(async () => expect((await db.threads.get([ACCOUNT, 't5']))?.clock).toBeNull());
    // Detected from the body still there to read.
    await vi.waitFor(async () => expect(await db.followUps.count()).toBe(1));
  });

  it('a second compose’s premature sent for the same message adds nothing', async () => {
    const { calls } = await started();
    const messageId = idAt('2026-11-18T20:00:00Z');
    drive({ type: 'compose', composeId: 'a', html, to: [DANA] });
    drive({ type: 'compose', composeId: 'b', html: '<div>Other draft</div>', to: [DANA] });
    drive({ type: 'presending', composeId: 'a' });
    drive({ type: 'sent', composeId: 'a', messageId, threadId: messageId });
    drive({ type: 'sent', composeId: 'b', messageId, threadId: messageId });
    await vi.waitFor(() => expect(calls.filter((c) => c[0] === 'message.sent')).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(calls.filter((c) => c[0] === 'message.sent')).toHaveLength(1);
  });

  it.each([
    ['a reply reported with a draft thread id goes to the thread it answers', 't6', 'thread-a:r123', 't6'],
    ['a reply reported in another thread goes to the thread it answers', 't6', '18c0000000000000', 't6'],
    ['a new message with a draft thread id starts its own thread', undefined, 'thread-a:r123', 'MSG'],
    ['a new message reported in its thread stays there', undefined, '18c0000000000000', '18c0000000000000'],
  ])('%s', async (_name, replyTo, reported, expected) => {
    const { calls } = await started();
    const messageId = idAt('2026-11-18T20:00:00Z');
    drive({ type: 'compose', composeId: 'c', html, to: [DANA], ...(replyTo ? { replyTo } : {}) });
    drive({ type: 'presending', composeId: 'c' });
    drive({ type: 'sent', composeId: 'c', messageId, threadId: reported });
    await vi.waitFor(() => expect(calls.some((c) => c[0] === 'message.sent')).toBe(true));
    expect(calls.find((c) => c[0] === 'message.sent')![1].threadId).toBe(expected === 'MSG' ? messageId : expected);
  });

  it('a reply from a send-as alias is the user’s, and stays so when Gmail shows it again', async () => {
    const { db } = await started();
    const alias = 'sales@northwind.example';
    drive({ type: 'openThread', threadId: 't7', subject: 'Q', messages: [{ messageId: idAt('2026-11-18T15:00:00Z'), from: DANA }] });
    await vi.waitFor(async () => expect(await db.messages.count()).toBe(1));
    drive({ type: 'compose', composeId: 'c', html, from: alias, fromChoices: [ACCOUNT, alias], replyTo: 't7' });
    await vi.waitFor(async () => expect((await db.accounts.get(ACCOUNT))?.aliases).toEqual([alias]));
    const reply = idAt('2026-11-18T20:00:00Z');
    drive({ type: 'presending', composeId: 'c' });
    drive({ type: 'sent', composeId: 'c', messageId: reply, threadId: 't7' });
    await vi.waitFor(async () => expect(await messagesOf('t7')).toEqual([['dana@acme.com', 'incoming'], [alias, 'outgoing']]));
    drive({
      type: 'openThread',
      threadId: 't7',
      subject: 'Q',
      messages: [
        { messageId: idAt('2026-11-18T15:00:00Z'), from: DANA },
        { messageId: reply, from: { emailAddress: alias, name: 'Sales' } },
      ],
    });
    await new Promise((r) => setTimeout(r, 30));
    expect(await messagesOf('t7')).toEqual([['dana@acme.com', 'incoming'], [alias, 'outgoing']]);
    expect((await db.threads.get([ACCOUNT, 't7']))?.clock).toBeNull();
  });
});

describe('message times', () => {
  it.each([
    ['18c1f0a2b3c4d5e6', '2023-11-30'],
    [idAt('2026-11-18T15:00:00.000Z'), '2026-11-18'],
    ['not-hex', null],
    ['123', null],
  ])('reads %s', (id, day) => {
    expect(timeFromMessageId(id)?.toISOString().slice(0, 10) ?? null).toBe(day);
  });
});
