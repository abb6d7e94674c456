import { afterEach, describe, expect, it, vi } from 'vitest';
import { BADGE_AMBER, BADGE_RED } from '../../../lib/alerts/badge';
import { recheckAllAlerts } from '../../../lib/alerts/announcements';
import { createAlertsService, isRelevantChange, type AlertOutputs } from '../../../lib/background/alerts-service';
import { openDatabase, type FollowThroughDB } from '../../../lib/db/database';
import { updateSettings } from '../../../lib/db/settings-store';
import { freshName } from '../../support/sample-store';
import { customerWrote, followUp, seedAccount } from '../../support/alerts-store';

// Monday 23 November 2026, New York.
const MON_9 = new Date('2026-11-23T14:00:00Z');
const dbs: FollowThroughDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

function fakeOutputs() {
  const outputs = {
    badge: { text: 'untouched', color: null as string | null, title: '' },
    notified: [] as { id: string; title: string; message: string }[],
    setBadge: vi.fn(async (b: { text: string; color: string | null; title: string }) => {
      outputs.badge = b;
    }),
    notify: vi.fn(async (id: string, c: { title: string; message: string }) => {
      outputs.notified.push({ id, ...c });
    }),
  };
  return outputs satisfies AlertOutputs;
}

async function seeded(name = freshName()) {
  const db = openDatabase(name);
  dbs.push(db);
  await seedAccount(db, MON_9);
  await customerWrote(db, { threadId: 't1', subject: 'Revised quote', from: 'dana@acme.com', sentAt: MON_9.toISOString() }, MON_9);
  await db.followUps.put(followUp({ id: 'f1', due: '2026-11-23', state: 'open' }));
  return db;
}

describe('alerts service', () => {
  it('follows the clock: amber when due today, red once the reply target is breached', async () => {
    const db = await seeded();
    let now = new Date('2026-11-23T15:00:00Z');
    const out = fakeOutputs();
    const alerts = createAlertsService({ db, clock: () => now, outputs: out });
    expect((await alerts.refresh()).badge).toMatchObject({ text: '1', color: BADGE_AMBER });
    now = new Date('2026-11-23T17:30:00Z'); // 12:30: the reply is at risk
    expect((await alerts.refresh()).badge).toMatchObject({ text: '2', color: BADGE_AMBER });
    now = new Date('2026-11-23T18:30:00Z'); // 13:30: breached
    expect(out.badge).toMatchObject({ text: '2', color: BADGE_AMBER });
    await alerts.refresh();
    expect(out.badge).toMatchObject({ text: '2!', color: BADGE_RED });
  });

  it('is right after the background restarts, from the store alone', async () => {
    const name = freshName();
    const db = await seeded(name);
    const now = () => new Date('2026-11-24T15:00:00Z'); // Tuesday: thread breached, follow-up overdue
    await createAlertsService({ db, clock: now, outputs: fakeOutputs() }).refresh();
    db.close();

    const reopened = openDatabase(name);
    dbs.push(reopened);
    const out = fakeOutputs();
    await createAlertsService({ db: reopened, clock: now, outputs: out }).refresh();
    expect(out.badge).toMatchObject({ text: '2!', color: BADGE_RED });
    expect(out.notified).toEqual([]); // announced before the restart, not again
  });

  it('notifies once per item and state, never on every recompute', async () => {
    const db = await seeded();
    let now = new Date('2026-11-24T15:00:00Z');
    const out = fakeOutputs();
    const alerts = createAlertsService({ db, clock: () => now, outputs: out });
    await alerts.refresh();
    await alerts.refresh();
    now = new Date('2026-11-24T15:01:00Z');
    await alerts.refresh();
    expect(out.notified.map((n) => n.title).sort()).toEqual([
      'Acme Corp is waiting past your reply target',
      'Overdue promise to Acme Corp (due 2026-11-23)',
    ]);
    expect(out.notified.find((n) => n.title.startsWith('Acme'))?.message).toBe('Revised quote');

    // A new episode (the due date moved and passed again) is announced again.
    await db.followUps.put(followUp({ id: 'f1', due: '2026-11-24', state: 'open' }));
    now = new Date('2026-11-25T15:00:00Z');
    await alerts.refresh();
    expect(out.notified).toHaveLength(3);
  });

  it('announces items that were already overdue when a restore brought them, once', async () => {
    const db = await seeded();
    const now = () => new Date('2026-11-24T15:00:00Z');
    const out = fakeOutputs();
    const alerts = createAlertsService({ db, clock: now, outputs: out });
    await alerts.refresh();
    // Like a restored backup: overdue for days, last edited long ago, so in no time window.
    await db.followUps.put(
      followUp({ id: 'old', due: '2026-11-02', state: 'open', updatedAt: '2026-10-30T12:00:00.000Z' }),
    );
    await alerts.refresh();
    expect(out.notified.map((n) => n.message)).not.toContain('Send item old');
    await recheckAllAlerts(db);
    await alerts.refresh();
    await alerts.refresh();
    expect(out.notified.filter((n) => n.message === 'Send item old')).toHaveLength(1);
  });

  it('announces, then records: a notification that fails is retried on the next run, then never again', async () => {
    const db = await seeded();
    const now = () => new Date('2026-11-24T15:00:00Z');
    const out = fakeOutputs();
    out.notify.mockRejectedValueOnce(new Error('notifications unavailable'));
    const log = { warn: vi.fn() };
    const alerts = createAlertsService({ db, clock: now, outputs: out, log });
    await alerts.refresh();
    expect(out.notified).toHaveLength(1);
    expect(await db.alertStates.count()).toBe(1);
    expect(log.warn).toHaveBeenCalledTimes(1);
    await alerts.refresh();
    expect(out.notified).toHaveLength(2);
    await alerts.refresh();
    expect(out.notified).toHaveLength(2);
    expect(await db.alertStates.count()).toBe(2);
  });

  it('a worker that dies between showing a notification and recording it shows it again after the restart', async () => {
    const name = freshName();
    const db = await seeded(name);
    const now = () => new Date('2026-11-24T15:00:00Z');
    const first = fakeOutputs();
    vi.spyOn(db.alertStates, 'bulkPut').mockRejectedValue(new Error('worker stopped'));
    await expect(createAlertsService({ db, clock: now, outputs: first }).refresh()).rejects.toThrow('worker stopped');
    expect(first.notified).toHaveLength(1);
    db.close();

    const reopened = openDatabase(name);
    dbs.push(reopened);
    const second = fakeOutputs();
    const alerts = createAlertsService({ db: reopened, clock: now, outputs: second });
    await alerts.refresh();
    await alerts.refresh();
    // At least once: the one shown before the crash again (same notification id, so Chrome
    // replaces it rather than stacking a copy), the other for the first time; then never again.
    expect(second.notified).toHaveLength(2);
    expect(second.notified.map((n) => n.id)).toContain(first.notified[0]!.id);
    expect(await reopened.alertStates.count()).toBe(2);
  });

  it('records but does not show notifications when they are switched off', async () => {
    const db = await seeded();
    await updateSettings(db, { notifications: false });
    const out = fakeOutputs();
    await createAlertsService({ db, clock: () => new Date('2026-11-24T15:00:00Z'), outputs: out }).refresh();
    expect(out.notify).not.toHaveBeenCalled();
    expect(await db.alertStates.count()).toBe(2);
  });

  it('ignores store changes that are only its own bookkeeping', () => {
    expect(isRelevantChange({ 'idb://follow-through/alertStates/': 1, 'idb://follow-through/alertStates/:dels': 1 })).toBe(false);
    expect(isRelevantChange({ 'idb://follow-through/threads/': 1 })).toBe(true);
  });
});
