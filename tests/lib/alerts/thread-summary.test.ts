import { afterEach, describe, expect, it } from 'vitest';
import { threadSummary } from '../../../lib/alerts/thread-summary';
import { openDatabase, type FollowThroughDB } from '../../../lib/db/database';
import { recordThreadObservation } from '../../../lib/db/threads-store';
import { freshName } from '../../support/sample-store';
import { ACCOUNT, customerWrote, seedAccount } from '../../support/alerts-store';

const NOW = new Date('2026-11-23T17:30:00Z');
let db: FollowThroughDB;
afterEach(async () => {
  await db?.delete();
});

describe('the sidebar summary: when the customer last wrote and was written to', () => {
  it('keeps the newest times on each thread as messages arrive', async () => {
    db = openDatabase(freshName());
    await seedAccount(db, NOW);
    await customerWrote(db, { threadId: 't1', subject: 'Quote', from: 'dana@acme.com', sentAt: '2026-11-20T14:00:00.000Z' }, NOW);
    await recordThreadObservation(
      db,
      {
        accountId: ACCOUNT,
        threadId: 't2',
        subject: 'Renewal',
        messages: [
          { messageId: 'r1', from: 'dana@acme.com', to: [ACCOUNT], cc: [], sentAt: '2026-11-22T09:00:00.000Z' },
          { messageId: 'r2', from: ACCOUNT, to: ['dana@acme.com'], cc: [], sentAt: '2026-11-22T10:00:00.000Z' },
        ],
      },
      NOW,
    );
    expect(await db.threads.get([ACCOUNT, 't2'])).toMatchObject({
      lastIncomingAt: '2026-11-22T09:00:00.000Z',
      lastOutgoingAt: '2026-11-22T10:00:00.000Z',
    });
    const summary = await threadSummary(db, { accountId: ACCOUNT, threadId: 't1' }, NOW);
    expect(summary.lastContact).toEqual({ incoming: '2026-11-22T09:00:00.000Z', outgoing: '2026-11-22T10:00:00.000Z' });
  });

  it('reads the messages of threads stored before those times were kept', async () => {
    db = openDatabase(freshName());
    await seedAccount(db, NOW);
    await customerWrote(db, { threadId: 't1', subject: 'Quote', from: 'dana@acme.com', sentAt: '2026-11-20T14:00:00.000Z' }, NOW);
    const stored = (await db.threads.get([ACCOUNT, 't1']))!;
    delete stored.lastIncomingAt;
    delete stored.lastOutgoingAt;
    await db.threads.put(stored);
    const summary = await threadSummary(db, { accountId: ACCOUNT, threadId: 't1' }, NOW);
    expect(summary.lastContact).toEqual({ incoming: '2026-11-20T14:00:00.000Z', outgoing: null });
  });
});
