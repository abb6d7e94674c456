/**
 * The check-in after delivery: when a promise is marked done, a follow-up a few working days
 * later to ask the customer whether it really did the job ("Ask Dana whether “send the revised
 * quote” worked for them"). It is an ordinary open follow-up with its own done and dismiss.
 * Taking the "done" back (reopen or undo) withdraws the check-in it scheduled; a check-in being
 * done schedules no check-in of its own.
 */
import { addWorkingDays, scheduleFromSettings, todayIn } from '../business-time';
import type { FollowThroughDB } from '../db/database';
import type { Contact, Customer, FollowUp } from '../db/records';
import { readSettings } from '../db/settings-store';
import { transition, type FollowUpAction } from '../follow-up-state';
import type { Settings } from '../settings';

const checkInMessageId = (followUpId: string) => `check-in:${followUpId}`;

/** Whom to ask: the customer's first named contact by first name, else the company. */
export function whomToAsk(customer: Pick<Customer, 'name'> | null, contacts: readonly Pick<Contact, 'name'>[]): string {
  const named = contacts.find((c) => c.name.trim());
  return named?.name.trim().split(/\s+/)[0] ?? customer?.name ?? 'the customer';
}

export function checkInFor(
  done: FollowUp,
  { settings, who, now, newId }: { settings: Settings; who: string; now: Date; newId: () => string },
): FollowUp | null {
  if (!settings.checkInAfterDone || done.source === 'check-in' || done.state !== 'done') return null;
  const schedule = scheduleFromSettings(settings);
  const what = done.action || done.sentence;
  const text = `Ask ${who} whether “${what.charAt(0).toLowerCase()}${what.slice(1).replace(/[.!]+$/, '')}” worked for them`;
  return {
    accountId: done.accountId,
    id: newId(),
    threadId: done.threadId,
    messageId: checkInMessageId(done.id),
    customerId: done.customerId,
    sentence: text,
    action: text,
    due: addWorkingDays(schedule, todayIn(schedule.timeZone, now), settings.checkInDelayWorkingDays),
    state: 'open',
    source: 'check-in',
    snoozedUntil: null,
    completedAt: null,
    redated: [],
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
}

/** Withdraws (dismisses) the open check-in that a follow-up's "done" scheduled. */
async function withdrawCheckIn(db: FollowThroughDB, followUp: FollowUp, now: Date): Promise<void> {
  const checkIns = await db.followUps
    .where('[accountId+threadId]')
    .equals([followUp.accountId, followUp.threadId])
    .filter((f) => f.messageId === checkInMessageId(followUp.id) && f.state === 'open')
    .toArray();
  for (const c of checkIns) await db.followUps.put(transition(c, { type: 'dismiss' }, now));
}

/**
 * A change to a follow-up's state from a user action, with the check-in it schedules or
 * withdraws, in one transaction.
 */
export async function changeFollowUp(
  db: FollowThroughDB,
  { accountId, id }: { accountId: string; id: string },
  change: (current: FollowUp) => FollowUp,
  { now, newId }: { now: Date; newId: () => string },
): Promise<FollowUp> {
  return db.transaction('rw', [db.followUps, db.settings, db.customers, db.contacts], async () => {
    const current = await db.followUps.get([accountId, id]);
    if (!current) throw new Error(`No follow-up ${id} in account ${accountId}`);
    const next = change(current);
    await db.followUps.put(next);
    if (current.state !== 'done' && next.state === 'done') {
      const [settings, customer, contacts] = await Promise.all([
        readSettings(db),
        next.customerId ? db.customers.get([accountId, next.customerId]) : undefined,
        next.customerId ? db.contacts.where('[accountId+customerId]').equals([accountId, next.customerId]).toArray() : [],
      ]);
      const checkIn = checkInFor(next, { settings, who: whomToAsk(customer ?? null, contacts), now, newId });
      if (checkIn) {
        // Done, undone and done again: the same check-in comes back with its new date.
        const earlier = await db.followUps
          .where('[accountId+messageId+sentence]')
          .equals([accountId, checkIn.messageId, checkIn.sentence])
          .first();
        await db.followUps.put(earlier ? { ...checkIn, id: earlier.id, createdAt: earlier.createdAt } : checkIn);
      }
    } else if (current.state === 'done' && next.state !== 'done') {
      await withdrawCheckIn(db, next, now);
    }
    return next;
  });
}

export const applyFollowUpAction = (
  db: FollowThroughDB,
  ref: { accountId: string; id: string },
  action: FollowUpAction,
  deps: { now: Date; newId: () => string },
) => changeFollowUp(db, ref, (current) => transition(current, action, deps.now), deps);
