import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ComposeView, GmailSdk, MessageView, ThreadView } from '../../../lib/gmail/inboxsdk';
import { MISSING_APP_ID_MESSAGE, startGmail, type GmailDeps } from '../../../lib/gmail/start';
import { timeFromMessageId } from '../../../lib/gmail/message-time';
import { createHandlers } from '../../../lib/background/handlers';
import { openDatabase, type FollowThroughDB } from '../../../lib/db/database';
import { createClient, type Client } from '../../../lib/messaging/client';
import { createRouter } from '../../../lib/messaging/server';
import { freshName } from '../../support/sample-store';
import { ACCOUNT, seedAccount } from '../../support/alerts-store';

// Fakes of the InboxSDK views, typed with InboxSDK's own types for the members we use.
const idAt = (iso: string) => (BigInt(Date.parse(iso)) << 20n).toString(16);

function fakeMessage(from: { name: string; emailAddress: string }, sentAt: string, loaded = true): MessageView {
  const view: Pick<MessageView, 'isLoaded' | 'getMessageIDAsync' | 'getDateString' | 'getSender' | 'getRecipientsFull'> = {
    isLoaded: () => loaded,
    getMessageIDAsync: async () => idAt(sentAt),
    getDateString: () => '',
    getSender: () => from,
    getRecipientsFull: async () => [{ emailAddress: ACCOUNT, name: 'Sam' }],
  };
  return view as MessageView;
}

function fakeThread(threadId: string, subject: string, messages: MessageView[]) {
  const panels: HTMLElement[] = [];
  const view: Pick<ThreadView, 'destroyed' | 'getThreadIDAsync' | 'getSubject' | 'getMessageViewsAll' | 'addSidebarContentPanel' | 'on'> = {
    destroyed: false,
    getThreadIDAsync: async () => threadId,
    getSubject: () => subject,
    getMessageViewsAll: () => messages,
    addSidebarContentPanel: ((d: { el: HTMLElement }) => panels.push(d.el)) as never,
    on: (() => view) as never,
  };
  return view as ThreadView;
}

function fakeCompose(html: string) {
  const listeners = new Map<string, (e: unknown) => void>();
  const view: Pick<ComposeView, 'on' | 'getHTMLContent' | 'getSubject' | 'getToRecipients' | 'getCcRecipients'> = {
    on: ((event: string, cb: (e: unknown) => void) => listeners.set(event, cb)) as never,
    getHTMLContent: () => html,
    getSubject: () => 'Re: Quote',
    getToRecipients: () => [{ emailAddress: 'dana@acme.com', name: 'Dana Reyes' }],
    getCcRecipients: () => [],
  };
  return { view: view as ComposeView, emit: (event: string, data?: unknown) => listeners.get(event)?.(data) };
}

function fakeSdk(email: string) {
  const handlers: { thread?: (v: ThreadView) => void; compose?: (v: ComposeView) => void } = {};
  const sdk = {
    User: { getEmailAddress: () => email },
    Conversations: { registerThreadViewHandler: (cb: (v: ThreadView) => void) => ((handlers.thread = cb), () => {}) },
    Compose: { registerComposeViewHandler: (cb: (v: ComposeView) => void) => ((handlers.compose = cb), () => {}) },
  } as unknown as GmailSdk;
  return { sdk, handlers };
}

const quietLog = () => ({ warn: vi.fn(), error: vi.fn() });
const NOW = new Date('2026-11-18T20:30:00Z');

let db: FollowThroughDB | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

async function backgroundClient(): Promise<Client> {
  db = openDatabase(freshName());
  await seedAccount(db, NOW);
  const router = createRouter(createHandlers({ db, clock: () => NOW, version: 't' }));
  return createClient(async (m) => router(m));
}

function deps(overrides: Partial<GmailDeps>): GmailDeps {
  return {
    appId: 'sdk_test',
    load: vi.fn(),
    send: vi.fn() as unknown as Client,
    log: quietLog(),
    mountSidebar: vi.fn(),
    clock: () => NOW,
    ...overrides,
  };
}

describe('starting in Gmail', () => {
  it('without an app id, says what to do and loads nothing', async () => {
    const log = quietLog();
    const load = vi.fn();
    expect(await startGmail(deps({ appId: undefined, load, log }))).toBeNull();
    expect(load).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalledWith(MISSING_APP_ID_MESSAGE);
    expect(MISSING_APP_ID_MESSAGE).toMatch(/WXT_INBOXSDK_APP_ID=.*npm run build/);
  });

  it('logs and carries on when InboxSDK fails to load', async () => {
    const log = quietLog();
    const send = vi.fn() as unknown as Client;
    expect(await startGmail(deps({ load: vi.fn().mockRejectedValue(new Error('Gmail changed')), send, log }))).toBeNull();
    expect(log.error).toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
  });

  it('reports the account, records an opened thread and mounts its sidebar', async () => {
    const send = await backgroundClient();
    const { sdk, handlers } = fakeSdk('Sam@Northwind.example');
    const mountSidebar = vi.fn();
    await startGmail(deps({ load: vi.fn().mockResolvedValue(sdk), send, mountSidebar }));
    expect((await send('accounts.list')).map((a) => a.id)).toContain(ACCOUNT);

    handlers.thread!(
      fakeThread('18c1f0a2b3c4d5e6', 'Revised quote', [
        fakeMessage({ name: 'Dana Reyes', emailAddress: 'dana@acme.com' }, '2026-11-18T15:00:00.000Z'),
        fakeMessage({ name: 'Hidden', emailAddress: 'x@acme.com' }, '2026-11-18T16:00:00.000Z', false),
      ]),
    );
    await vi.waitFor(() => expect(mountSidebar).toHaveBeenCalled());
    expect(mountSidebar.mock.calls[0]![1]).toEqual({ accountId: ACCOUNT, threadId: '18c1f0a2b3c4d5e6' });
    const thread = await db!.threads.get([ACCOUNT, '18c1f0a2b3c4d5e6']);
    expect(thread).toMatchObject({ subject: 'Revised quote', customerId: 'acme' });
    expect(thread?.clock?.since).toBe('2026-11-18T15:00:00.000Z');
    expect(await db!.messages.count()).toBe(1); // the collapsed message is not read
  });

  it('turns the promises in a sent message into follow-ups, without sending the body', async () => {
    const background = await backgroundClient();
    const calls: unknown[][] = [];
    const send = (async (...args: unknown[]) => {
      calls.push(args);
      return (background as (...a: unknown[]) => Promise<unknown>)(...args);
    }) as Client;
    const { sdk, handlers } = fakeSdk(ACCOUNT);
    await startGmail(deps({ load: vi.fn().mockResolvedValue(sdk), send }));
    const compose = fakeCompose(
      '<div dir="ltr">Hi Dana,<div><br></div><div>I\'ll send the revised quote by Friday.</div></div>' +
        '<div class="gmail_quote">On Tue Dana wrote:<blockquote>I will call you tomorrow.</blockquote></div>',
    );
    handlers.compose!(compose.view);
    compose.emit('presending');
    compose.emit('sent', { getMessageID: async () => 'msg-1', getThreadID: async () => 'th-1' });
    await vi.waitFor(async () => expect(await db!.followUps.count()).toBe(1));
    const [followUp] = await db!.followUps.toArray();
    expect(followUp).toMatchObject({ action: 'Send the revised quote', due: '2026-11-20', state: 'suggested' });
    const sent = calls.find((c) => c[0] === 'message.sent')![1] as Record<string, unknown>;
    expect(JSON.stringify(sent)).not.toContain('Hi Dana');
    expect(JSON.stringify(sent)).not.toContain('call you tomorrow');
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
