import { afterEach, describe, expect, it } from 'vitest';
import { scheduleFromSettings } from '../../../lib/business-time';
import { openDatabase, type FollowThroughDB } from '../../../lib/db/database';
import { followUpStatus } from '../../../lib/follow-up-state';
import {
  afterHeadsUp,
  headsUpNote,
  HeadsUpError,
  promisedThing,
  redatingText,
  suggestedNewDue,
} from '../../../lib/follow-ups/heads-up';
import { recordHeadsUpSent, requestHeadsUp, takeHeadsUpRequest } from '../../../lib/follow-ups/heads-up-sent';
import { defaultSettings } from '../../../lib/settings';
import { ACCOUNT, followUp, seedAccount } from '../../support/alerts-store';
import { freshName } from '../../support/sample-store';

const NY = { ...defaultSettings(), timeZone: 'America/New_York' };
const schedule = scheduleFromSettings(NY);
const withHolidays = (...dates: string[]) =>
  scheduleFromSettings({ ...NY, holidays: dates.map((date) => ({ date, name: '' })) });

describe('the heads-up note', () => {
  it.each([
    ['Send the revised quote', 'the revised quote'],
    ['Send you the signed contract.', 'the signed contract'],
    ['Call Dana about the renewal', 'what I promised (call Dana about the renewal)'],
  ])('names the promise from its action: %s', (action, thing) => {
    expect(promisedThing({ action, sentence: 'x' })).toBe(thing);
  });

  it('falls back to the sentence when there is no action', () => {
    expect(promisedThing({ action: '', sentence: 'I will look into it by Friday.' })).toBe(
      'what I promised (“I will look into it by Friday”)',
    );
  });

  it('says the new date in full', () => {
    expect(headsUpNote({ action: 'Send the revised quote', sentence: '' }, '2026-12-08')).toBe(
      "Quick heads-up: the revised quote will take a little longer than I said — you'll have it by Tuesday 8 December.",
    );
  });

  it('suggests two working days after the due date, skipping weekends and holidays', () => {
    // Due Friday 4 December 2026: Monday, then Tuesday 8 December.
    expect(suggestedNewDue(schedule, '2026-12-04')).toBe('2026-12-08');
    expect(suggestedNewDue(withHolidays('2026-12-07'), '2026-12-04')).toBe('2026-12-09');
  });

  it('tells the history in words', () => {
    expect(redatingText({ from: '2026-12-04', to: '2026-12-08', reason: 'heads-up' })).toBe(
      'Moved from Fri 4 Dec to Tue 8 Dec after your heads-up',
    );
    expect(redatingText({ from: '2026-12-04', to: '2026-12-08', reason: 'edited' })).toBe(
      'Moved from Fri 4 Dec to Tue 8 Dec by hand',
    );
  });
});

describe('when the heads-up is owed (at risk: the last working day before the due date)', () => {
  const open = (due: string) => ({ state: 'open' as const, due, snoozedUntil: null });
  it('with holidays just before the due date, from the last working day before them', () => {
    // Due Monday 28 December 2026; Thursday 24 and Friday 25 are holidays: Wednesday 23 is the day.
    const s = withHolidays('2026-12-24', '2026-12-25');
    expect(followUpStatus(open('2026-12-28'), s, new Date('2026-12-23T04:59:00Z'))).toBe('upcoming');
    expect(followUpStatus(open('2026-12-28'), s, new Date('2026-12-23T05:00:00Z'))).toBe('at-risk');
  });

  it('across the end of daylight saving, from local midnight', () => {
    // Due Monday 2 November 2026 (EST); at risk from Friday 30 October 00:00 EDT = 04:00Z.
    expect(followUpStatus(open('2026-11-02'), schedule, new Date('2026-10-30T03:59:00Z'))).toBe('upcoming');
    expect(followUpStatus(open('2026-11-02'), schedule, new Date('2026-10-30T04:00:00Z'))).toBe('at-risk');
  });
});

describe('afterHeadsUp', () => {
  const NOW = new Date('2026-12-03T15:00:00Z');
  it('moves the due date, writes the history and ends a snooze', () => {
    const f = followUp({ id: 'quote', due: '2026-12-04', state: 'open', snoozedUntil: '2026-12-04T14:00:00.000Z' });
    expect(afterHeadsUp(f, '2026-12-08', NOW)).toMatchObject({
      due: '2026-12-08',
      snoozedUntil: null,
      redated: [{ from: '2026-12-04', to: '2026-12-08', at: NOW.toISOString(), reason: 'heads-up' }],
    });
  });

  it.each([
    ['an earlier date', followUp({ id: 'q', due: '2026-12-04', state: 'open' }), '2026-12-03'],
    ['the same date', followUp({ id: 'q', due: '2026-12-04', state: 'open' }), '2026-12-04'],
    ['a done promise', followUp({ id: 'q', due: '2026-12-04', state: 'done' }), '2026-12-08'],
    ['a promise without a date', followUp({ id: 'q', due: null, state: 'open' }), '2026-12-08'],
  ])('refuses %s', (_, f, due) => {
    expect(() => afterHeadsUp(f, due, NOW)).toThrow(HeadsUpError);
  });
});

describe('recordHeadsUpSent', () => {
  let db: FollowThroughDB;
  afterEach(async () => {
    await db?.delete();
  });
  const NOW = new Date('2026-12-03T15:00:00Z');
  const sent = (followUpId: string, due: string) => ({
    accountId: ACCOUNT,
    threadId: 'th-quote',
    messageId: 'm-heads-up',
    subject: 'Re: Quote',
    sentAt: NOW.toISOString(),
    to: ['dana@acme.com'],
    cc: [],
    // What detection found in the note itself: it must not become a second follow-up.
    commitments: [{ sentence: "you'll have it by Tuesday 8 December.", action: 'have it', due: '2026-12-08' }],
    headsUp: { followUpId, due },
  });

  it('stores the reply, moves the follow-up and makes no follow-up from the note', async () => {
    db = openDatabase(freshName());
    await seedAccount(db, NOW);
    await db.followUps.put(followUp({ id: 'quote', threadId: 'th-quote', due: '2026-12-04', state: 'open' }));
    const moved = await recordHeadsUpSent(db, sent('quote', '2026-12-08'), { now: NOW, newId: () => 'new' });
    expect(moved?.due).toBe('2026-12-08');
    expect((await db.followUps.toArray()).map((f) => [f.id, f.due, f.redated.length])).toEqual([['quote', '2026-12-08', 1]]);
    expect(await db.messages.get([ACCOUNT, 'm-heads-up'])).toMatchObject({ direction: 'outgoing' });
    // Gmail reporting the same send twice moves nothing further.
    await recordHeadsUpSent(db, sent('quote', '2026-12-08'), { now: NOW, newId: () => 'new' });
    expect((await db.followUps.get([ACCOUNT, 'quote']))?.redated).toHaveLength(1);
  });

  it('leaves a follow-up of another thread, or one done meanwhile, alone', async () => {
    db = openDatabase(freshName());
    await seedAccount(db, NOW);
    await db.followUps.bulkPut([
      followUp({ id: 'elsewhere', threadId: 'th-other', due: '2026-12-04', state: 'open' }),
      followUp({ id: 'done', threadId: 'th-quote', due: '2026-12-04', state: 'done' }),
    ]);
    await recordHeadsUpSent(db, sent('elsewhere', '2026-12-08'), { now: NOW, newId: () => 'new' });
    await recordHeadsUpSent(db, { ...sent('done', '2026-12-08'), messageId: 'm2' }, { now: NOW, newId: () => 'new' });
    expect((await db.followUps.toArray()).map((f) => [f.id, f.due])).toEqual([
      ['done', '2026-12-04'],
      ['elsewhere', '2026-12-04'],
    ]);
  });
});

describe('the popup asking the sidebar for a heads-up', () => {
  let db: FollowThroughDB;
  afterEach(async () => {
    await db?.delete();
  });
  const NOW = new Date('2026-12-03T15:00:00Z');
  const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

  it('is taken once, by the sidebar of that thread, within ten minutes', async () => {
    db = openDatabase(freshName());
    await seedAccount(db, NOW);
    await db.followUps.put(followUp({ id: 'quote', threadId: 'th-quote', due: '2026-12-04', state: 'open' }));
    await requestHeadsUp(db, { accountId: ACCOUNT, id: 'quote' }, NOW);
    expect(await takeHeadsUpRequest(db, { accountId: ACCOUNT, threadId: 'th-other' }, later(1))).toBeNull();
    expect(await takeHeadsUpRequest(db, { accountId: ACCOUNT, threadId: 'th-quote' }, later(1))).toBe('quote');
    expect(await takeHeadsUpRequest(db, { accountId: ACCOUNT, threadId: 'th-quote' }, later(2))).toBeNull();
    await requestHeadsUp(db, { accountId: ACCOUNT, id: 'quote' }, NOW);
    expect(await takeHeadsUpRequest(db, { accountId: ACCOUNT, threadId: 'th-quote' }, later(11))).toBeNull();
  });

  it('is refused for a promise that is not open', async () => {
    db = openDatabase(freshName());
    await seedAccount(db, NOW);
    await db.followUps.put(followUp({ id: 'done', due: '2026-12-04', state: 'done' }));
    await expect(requestHeadsUp(db, { accountId: ACCOUNT, id: 'done' }, NOW)).rejects.toThrow(/open follow-up/);
  });
});
