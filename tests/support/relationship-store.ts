import type { FollowThroughDB } from '../../lib/db/database';
import { recordThreadObservation } from '../../lib/db/threads-store';
import { ACCOUNT, customerWrote, followUp, seedAccount } from './alerts-store';

/** Acme in New York with two contacts, a thread waiting since Mon 23 Nov 09:00 EST, one answered Friday, three promises. */
export async function seedRelationship(db: FollowThroughDB, now: Date) {
  await seedAccount(db, new Date('2026-11-01T12:00:00Z'));
  await db.contacts.bulkPut([
    { accountId: ACCOUNT, email: 'dana@acme.com', customerId: 'acme', name: 'Dana Reyes', role: 'CFO' },
    { accountId: ACCOUNT, email: 'ops@acme.com', customerId: 'acme', name: '', role: '' },
  ]);
  await customerWrote(db, { threadId: 'quote', subject: 'Quote', from: 'dana@acme.com', sentAt: '2026-11-23T14:00:00.000Z' }, now);
  await recordThreadObservation(
    db,
    {
      accountId: ACCOUNT,
      threadId: 'renewal',
      subject: 'Renewal',
      messages: [
        { messageId: 'r1', from: 'dana@acme.com', to: [ACCOUNT], cc: [], sentAt: '2026-11-20T14:00:00.000Z' },
        { messageId: 'r2', from: ACCOUNT, to: ['dana@acme.com'], cc: [], sentAt: '2026-11-20T16:00:00.000Z' },
      ],
    },
    now,
  );
  await db.followUps.bulkPut([
    followUp({ id: 'deck', threadId: 'renewal', due: '2026-11-24', state: 'open', sentence: 'I will send the deck by Tuesday.' }),
    followUp({ id: 'old', threadId: 'renewal', due: '2026-11-19', state: 'open' }),
    followUp({ id: 'kept', threadId: 'renewal', due: '2026-11-20', state: 'done', completedAt: '2026-11-20T18:00:00.000Z' }),
  ]);
}
