import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAlertsService } from '../../../lib/background/alerts-service';
import { openDatabase, type FollowThroughDB } from '../../../lib/db/database';
import { updateSettings } from '../../../lib/db/settings-store';
import { ACCOUNT, followUp, seedAccount } from '../../support/alerts-store';
import { freshName } from '../../support/sample-store';

// A promise due Tuesday 24 November 2026; Monday 23 is its at-risk day (New York, 9 to 5).
const MON_8 = new Date('2026-11-23T13:00:00Z');
const MON_9 = new Date('2026-11-23T14:00:00Z');
let db: FollowThroughDB;
afterEach(async () => {
  await db?.delete();
});

async function service() {
  db = openDatabase(freshName());
  await seedAccount(db, new Date('2026-11-20T14:00:00Z'));
  await db.followUps.put(followUp({ id: 'quote', due: '2026-11-24', state: 'open', action: 'Send the revised quote' }));
  let now = MON_8;
  const notified: { id: string; title: string; message: string }[] = [];
  const alerts = createAlertsService({
    db,
    clock: () => now,
    outputs: { setBadge: vi.fn(async () => {}), notify: async (id, c) => void notified.push({ id, ...c }) },
  });
  return { alerts, notified, at: (t: Date) => (now = t) };
}

describe('the heads-up notification', () => {
  it('comes once, when the working day before the due date begins, not at midnight', async () => {
    const { alerts, notified, at } = await service();
    await alerts.refresh();
    expect(notified).toEqual([]);
    at(MON_9);
    await alerts.refresh();
    expect(notified.map((n) => [n.title, n.message])).toEqual([
      [
        'Due next working day to Acme Corp: Send the revised quote',
        'Will it slip? Send a heads-up with a new date from the Follow-through sidebar.',
      ],
    ]);
    expect(JSON.parse(notified[0]!.id)).toEqual(['ft', ACCOUNT, 'th-quote', 'follow-up:quote:2026-11-24']);
    at(new Date('2026-11-23T16:00:00Z'));
    await alerts.refresh();
    expect(notified).toHaveLength(1);
    expect((await db.alertStates.get([ACCOUNT, 'follow-up:quote:2026-11-24']))?.state).toBe('heads-up');
  });

  it('is not shown when the setting is off', async () => {
    const { alerts, notified, at } = await service();
    await updateSettings(db, { headsUpNotification: false });
    at(MON_9);
    await alerts.refresh();
    expect(notified).toEqual([]);
  });
});
