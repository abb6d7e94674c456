import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type FollowThroughDB } from '../../../lib/db/database';
import { updateSettings } from '../../../lib/db/settings-store';
import { applyFollowUpAction, changeFollowUp, whomToAsk } from '../../../lib/follow-ups/check-in';
import { restoredFollowUp } from '../../../lib/follow-up-state';
import { freshName } from '../../support/sample-store';
import { ACCOUNT, followUp, seedAccount } from '../../support/alerts-store';

// Wednesday 25 November 2026, 15:00 in New York.
const NOW = new Date('2026-11-25T20:00:00Z');
let db: FollowThroughDB;
let n = 0;
const deps = { now: NOW, newId: () => `new-${++n}` };
afterEach(async () => {
  await db?.delete();
});

async function seeded() {
  db = openDatabase(freshName());
  await seedAccount(db, NOW);
  await db.contacts.put({ accountId: ACCOUNT, email: 'dana@acme.com', customerId: 'acme', name: 'Dana Reyes', role: '' });
  await db.followUps.put(followUp({ id: 'quote', due: '2026-11-25', state: 'open', action: 'Send the revised quote' }));
  return db;
}
const checkIns = async () => (await db.followUps.toArray()).filter((f) => f.source === 'check-in');

describe('the check-in after delivery', () => {
  it('done schedules one, 3 working days later, to ask the contact by name', async () => {
    await seeded();
    await applyFollowUpAction(db, { accountId: ACCOUNT, id: 'quote' }, { type: 'complete' }, deps);
    const [checkIn] = await checkIns();
    // Wednesday + 3 working days = Monday 30 November.
    expect(checkIn).toMatchObject({
      sentence: 'Ask Dana whether “send the revised quote” worked for them',
      due: '2026-11-30',
      state: 'open',
      source: 'check-in',
      threadId: 'th-quote',
      customerId: 'acme',
    });
  });

  it('reopening, or undoing the done, withdraws it; done again brings the same one back', async () => {
    await seeded();
    const done = await applyFollowUpAction(db, { accountId: ACCOUNT, id: 'quote' }, { type: 'complete' }, deps);
    await changeFollowUp(db, { accountId: ACCOUNT, id: 'quote' }, (f) => restoredFollowUp(f, { state: 'open', due: f.due, snoozedUntil: null, completedAt: null }, NOW), deps);
    expect((await checkIns()).map((c) => c.state)).toEqual(['dismissed']);
    await applyFollowUpAction(db, { accountId: ACCOUNT, id: 'quote' }, { type: 'complete' }, deps);
    expect((await checkIns()).map((c) => c.state)).toEqual(['open']);
    await applyFollowUpAction(db, { accountId: ACCOUNT, id: 'quote' }, { type: 'reopen' }, deps);
    expect((await checkIns()).map((c) => c.state)).toEqual(['dismissed']);
    expect(done.completedAt).toBe(NOW.toISOString());
  });

  it('a check-in being done asks for nothing more, and the setting turns it off', async () => {
    await seeded();
    await applyFollowUpAction(db, { accountId: ACCOUNT, id: 'quote' }, { type: 'complete' }, deps);
    const [checkIn] = await checkIns();
    await applyFollowUpAction(db, { accountId: ACCOUNT, id: checkIn!.id }, { type: 'complete' }, deps);
    expect(await checkIns()).toHaveLength(1);

    await updateSettings(db, { checkInAfterDone: false });
    await db.followUps.put(followUp({ id: 'deck', due: '2026-11-26', state: 'open' }));
    await applyFollowUpAction(db, { accountId: ACCOUNT, id: 'deck' }, { type: 'complete' }, deps);
    expect(await checkIns()).toHaveLength(1);
  });

  it.each([
    [{ name: 'Acme Corp' }, [{ name: '' }, { name: 'Dana Reyes' }], 'Dana'],
    [{ name: 'Acme Corp' }, [], 'Acme Corp'],
    [null, [], 'the customer'],
  ])('asks %o’s %o as "%s"', (customer, contacts, who) => {
    expect(whomToAsk(customer, contacts)).toBe(who);
  });
});
