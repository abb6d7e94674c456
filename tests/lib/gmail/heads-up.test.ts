// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import { openDatabase, type FollowThroughDB } from '../../../lib/db/database';
import { COMMAND_EVENT, fakeGmail, type FakeCommand } from '../../../lib/gmail/fake-gmail';
import { createHeadsUps, NoReplyError } from '../../../lib/gmail/heads-up';
import { startGmail } from '../../../lib/gmail/start';
import type { MountSidebar } from '../../../lib/gmail/watch-threads';
import { createClient } from '../../../lib/messaging/client';
import { createRouter } from '../../../lib/messaging/server';
import { ACCOUNT, followUp, seedAccount } from '../../support/alerts-store';
import { freshName } from '../../support/sample-store';

const idAt = (iso: string) => (BigInt(Date.parse(iso)) << 20n).toString(16);
// Thursday 3 December 2026, 10:00 in New York; the promise is due Friday 4 (at risk today).
const NOW = new Date('2026-12-03T15:00:00Z');
const DANA = { emailAddress: 'dana@acme.com', name: 'Dana Reyes' };
const drive = (cmd: FakeCommand) => document.dispatchEvent(new CustomEvent(COMMAND_EVENT, { detail: JSON.stringify(cmd) }));

let db: FollowThroughDB | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
  document.body.replaceChildren();
});

describe('the heads-up in Gmail', () => {
  it('opens a reply in the thread with the note; its send moves the due date and makes no new follow-up', async () => {
    db = openDatabase(freshName());
    await seedAccount(db, NOW);
    await db.followUps.put(followUp({ id: 'quote', threadId: 't1', due: '2026-12-04', state: 'open', action: 'Send the revised quote' }));
    const router = createRouter(createHandlers({ db, clock: () => NOW, version: 't' }));
    const send = createClient(async (m) => router(m));
    let startHeadsUp: Parameters<MountSidebar>[1]['startHeadsUp'];
    const mountSidebar: MountSidebar = (_view, ref) => (startHeadsUp = ref.startHeadsUp);
    await startGmail({
      appId: 'sdk_test',
      load: fakeGmail(document, { account: ACCOUNT, load: 'ok' }),
      send,
      changes: () => () => {},
      log: { warn: vi.fn(), error: vi.fn() },
      mountSidebar,
      showSentNotice: vi.fn(),
      clock: () => NOW,
      isPopOut: false,
    });
    drive({ type: 'openThread', threadId: 't1', subject: 'Quote', messages: [{ messageId: idAt('2026-12-02T15:00:00Z'), from: DANA }] });
    const note = "Quick heads-up: the revised quote will take a little longer than I said — you'll have it by Tuesday 8 December.";
    await startHeadsUp!({ followUpId: 'quote', due: '2026-12-08' }, note);
    expect(document.getElementById('ft-fake-compose')?.textContent).toBe(note);

    drive({ type: 'presending', composeId: 'reply:t1' });
    drive({ type: 'sent', composeId: 'reply:t1', messageId: idAt('2026-12-03T15:00:00Z'), threadId: 't1' });
    await vi.waitFor(async () => expect((await db!.followUps.get([ACCOUNT, 'quote']))?.due).toBe('2026-12-08'));
    expect((await db.followUps.toArray()).map((f) => f.id)).toEqual(['quote']);
    expect((await db.followUps.get([ACCOUNT, 'quote']))?.redated).toMatchObject([{ from: '2026-12-04', to: '2026-12-08', reason: 'heads-up' }]);
  });

  it('a reply to the thread that is no heads-up re-dates nothing; no reply from Gmail is an error that says what to do', async () => {
    const load = fakeGmail(document, { account: 'sam@northwind.example', load: 'ok' });
    const sdk = await load();
    const headsUps = createHeadsUps(sdk, 30);
    let thread: Parameters<Parameters<typeof sdk.Conversations.registerThreadViewHandler>[0]>[0] | null = null;
    sdk.Conversations.registerThreadViewHandler((v) => (thread = v));
    drive({ type: 'openThread', threadId: 't1', subject: 'Quote', messages: [{ messageId: 'm1', from: DANA }] });
    const composes: Parameters<typeof headsUps.of>[0][] = [];
    sdk.Compose.registerComposeViewHandler((c) => composes.push(c));
    // The user replies by hand: an ordinary reply.
    (document.querySelector('[data-fake-message="m1"] [aria-label="Reply"]') as HTMLElement).click();
    expect(headsUps.of(composes[0]!)).toBeNull();
    // Gmail changed and the Reply button is gone: the heads-up fails, saying so.
    document.querySelector('[data-fake-message="m1"] [aria-label="Reply"]')!.remove();
    await expect(headsUps.start(thread!, 't1', { followUpId: 'q', due: '2026-12-08' }, 'note')).rejects.toBeInstanceOf(NoReplyError);
  });
});
