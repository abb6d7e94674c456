import type { FollowThroughDB } from '../../lib/db/database';
import type { FollowUp } from '../../lib/db/records';
import { noteAccountSeen } from '../../lib/db/accounts-store';
import { updateSettings } from '../../lib/db/settings-store';
import { recordThreadObservation } from '../../lib/db/threads-store';

export const ACCOUNT = 'sam@northwind.example';

/** An account with one customer (Acme: acme.com) in New York, 9 to 5, default targets. */
export async function seedAccount(db: FollowThroughDB, now: Date, accountId = ACCOUNT) {
  await noteAccountSeen(db, accountId, now);
  await updateSettings(db, { timeZone: 'America/New_York', ownDomains: ['northwind.example'] });
  await db.customers.put({
    accountId,
    id: 'acme',
    name: 'Acme Corp',
    tier: 'Standard',
    domains: ['acme.com'],
    notes: '',
    targets: {},
    cadenceDays: null,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  });
}

export function followUp(partial: Partial<FollowUp> & Pick<FollowUp, 'id' | 'due' | 'state'>): FollowUp {
  return {
    accountId: ACCOUNT,
    threadId: 'th-' + partial.id,
    messageId: 'm-' + partial.id,
    customerId: 'acme',
    sentence: `I'll send item ${partial.id}.`,
    action: `Send item ${partial.id}`,
    source: 'detected',
    snoozedUntil: null,
    completedAt: partial.state === 'done' ? '2026-11-01T12:00:00.000Z' : null,
    redated: [],
    createdAt: '2026-11-01T12:00:00.000Z',
    updatedAt: '2026-11-01T12:00:00.000Z',
    ...partial,
  };
}

/** A customer's message that opens thread `threadId` (addresses and time only, as Gmail shows it). */
export function customerWrote(
  db: FollowThroughDB,
  { threadId, subject, from, sentAt }: { threadId: string; subject: string; from: string; sentAt: string },
  now: Date,
) {
  return recordThreadObservation(
    db,
    { accountId: ACCOUNT, threadId, subject, messages: [{ messageId: 'a', from, to: [ACCOUNT], cc: [], sentAt }] },
    now,
  );
}
