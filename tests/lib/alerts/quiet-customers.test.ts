import { afterEach, describe, expect, it, vi } from 'vitest';
import { readAttention } from '../../../lib/alerts/attention';
import { BADGE_AMBER, BADGE_RED } from '../../../lib/alerts/badge';
import { readQuietCustomers, snoozeQuietCustomer } from '../../../lib/alerts/quiet-customers';
import { createAlertsService } from '../../../lib/background/alerts-service';
import { openDatabase, type FollowThroughDB } from '../../../lib/db/database';
import { readSettings, updateSettings } from '../../../lib/db/settings-store';
import { recordThreadObservation } from '../../../lib/db/threads-store';
import { defaultSettings } from '../../../lib/settings';
import { quietText } from '../../../lib/triage';
import { ACCOUNT, followUp, seedAccount } from '../../support/alerts-store';
import { freshName } from '../../support/sample-store';

// Friday 27 November 2026, 12:00 in New York. Acme was added on 1 October.
const NOW = new Date('2026-11-27T17:00:00Z');
const ADDED = new Date('2026-10-01T12:00:00Z');
let db: FollowThroughDB;
afterEach(async () => {
  await db?.delete();
});

const contact = (email: string, name: string) => ({ accountId: ACCOUNT, email, customerId: 'acme', name, role: '' });
const msg = (messageId: string, direction: 'in' | 'out', who: string, sentAt: string) => ({
  messageId,
  from: direction === 'in' ? who : ACCOUNT,
  to: direction === 'in' ? [ACCOUNT] : [who],
  cc: [],
  sentAt,
});
const observe = (threadId: string, messages: ReturnType<typeof msg>[]) =>
  recordThreadObservation(db, { accountId: ACCOUNT, threadId, subject: threadId, messages }, NOW);

async function acme(cadenceDays: number | null, tierCadence: number | null = null) {
  db = openDatabase(freshName());
  await seedAccount(db, ADDED);
  await db.customers.update([ACCOUNT, 'acme'], { cadenceDays });
  await updateSettings(db, {
    tiers: defaultSettings().tiers.map((t) => (t.name === 'Standard' ? { ...t, cadenceDays: tierCadence } : t)),
  });
  await db.contacts.bulkPut([contact('dana@acme.com', 'Dana Reyes'), contact('lee@acme.com', 'Lee Park')]);
}

describe('customers gone quiet, from the store', () => {
  it('finds the last outgoing message across threads and the contact it went to', async () => {
    await acme(14);
    // Lee wrote on 2 Nov; Sam answered Dana on 4 Nov (the last word), in another thread.
    await observe('th-a', [msg('a1', 'in', 'lee@acme.com', '2026-11-02T15:00:00.000Z')]);
    await observe('th-b', [msg('b1', 'out', 'dana@acme.com', '2026-11-04T15:00:00.000Z')]);
    const [quiet] = await readQuietCustomers(db, await readSettings(db), NOW);
    expect(quiet).toMatchObject({
      contact: { email: 'dana@acme.com', name: 'Dana Reyes' },
      // 4 Nov 10:00 EST + 14 days = 18 Nov 10:00 EST; nine days before Friday 27 Nov.
      state: { cadenceDays: 14, lastOutgoingAt: '2026-11-04T15:00:00.000Z', dueSince: '2026-11-18T15:00:00.000Z', daysOverdue: 9 },
    });
    expect(quietText(quiet!.state, NOW, 'America/New_York')).toBe('last wrote 23 days ago · every 14 days');
  });

  it('takes the tier’s default cadence when the customer has none, and none at all means never quiet', async () => {
    await acme(null, 30);
    await observe('th-b', [msg('b1', 'out', 'dana@acme.com', '2026-10-20T15:00:00.000Z')]);
    expect((await readQuietCustomers(db, await readSettings(db), NOW)).map((q) => q.state.cadenceDays)).toEqual([30]);
    await updateSettings(db, { tiers: defaultSettings().tiers });
    expect(await readQuietCustomers(db, await readSettings(db), NOW)).toEqual([]);
  });

  it('is not quiet while the customer had the last word', async () => {
    await acme(14);
    await observe('th-b', [
      msg('b1', 'out', 'dana@acme.com', '2026-11-04T15:00:00.000Z'),
      msg('b2', 'in', 'dana@acme.com', '2026-11-05T15:00:00.000Z'),
    ]);
    expect(await readQuietCustomers(db, await readSettings(db), NOW)).toEqual([]);
  });

  it('a customer never written to is quiet a cadence after it was added, to its first contact', async () => {
    await acme(14);
    const [quiet] = await readQuietCustomers(db, await readSettings(db), NOW);
    expect(quiet).toMatchObject({
      contact: { email: 'dana@acme.com' },
      state: { lastOutgoingAt: null, dueSince: '2026-10-15T12:00:00.000Z', daysOverdue: 43 },
    });
    expect(quietText(quiet!.state, NOW, 'America/New_York')).toBe('never written to · every 14 days');
  });

  it('a snooze hides the customer until then', async () => {
    await acme(14);
    await snoozeQuietCustomer(db, { accountId: ACCOUNT, customerId: 'acme', until: '2026-11-30T14:00:00.000Z' }, NOW);
    expect(await readQuietCustomers(db, await readSettings(db), NOW)).toEqual([]);
    expect(await readQuietCustomers(db, await readSettings(db), new Date('2026-11-30T14:00:00Z'))).toHaveLength(1);
  });

  it('is an attention item after everything late, carrying what the popup says', async () => {
    await acme(14);
    await db.followUps.put(followUp({ id: 'f1', due: '2026-11-26', state: 'open' }));
    const items = await readAttention(db, await readSettings(db), NOW);
    expect(items.map((i) => i.level)).toEqual(['overdue', 'quiet']);
    expect(items[1]).toMatchObject({
      kind: 'customer',
      key: 'quiet:acme:2026-10-15T12:00:00.000Z',
      customerId: 'acme',
      contact: 'dana@acme.com',
      countsOnBadge: true,
      quiet: { cadenceDays: 14, lastOutgoingAt: null, daysOverdue: 43, contactName: 'Dana Reyes' },
    });
  });
});

describe('the badge and quiet customers', () => {
  const outputs = () => ({ badge: null as unknown, setBadge: vi.fn(), notify: vi.fn() });

  it('counts them amber, never red, and not at all when the settings say so', async () => {
    await acme(14);
    const out = outputs();
    const alerts = createAlertsService({ db, clock: () => NOW, outputs: out });
    expect((await alerts.refresh()).badge).toEqual({ text: '1', color: BADGE_AMBER, title: 'Follow-through: 1 customer gone quiet' });
    await db.followUps.put(followUp({ id: 'f1', due: '2026-11-26', state: 'open' }));
    expect((await alerts.refresh()).badge).toEqual({
      text: '2!',
      color: BADGE_RED,
      title: 'Follow-through: 1 promise overdue, 1 customer gone quiet',
    });
    await updateSettings(db, { badgeCountsQuiet: false });
    expect((await alerts.refresh()).badge).toEqual({ text: '1!', color: BADGE_RED, title: 'Follow-through: 1 promise overdue' });
  });
});
