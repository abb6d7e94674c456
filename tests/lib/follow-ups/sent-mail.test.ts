import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import { detectCommitments } from '../../../lib/commitments';
import { openDatabase, type FollowThroughDB } from '../../../lib/db/database';
import { readSettings, updateSettings } from '../../../lib/db/settings-store';
import { detectOptionsFrom } from '../../../lib/follow-ups/sent-mail';
import { createClient } from '../../../lib/messaging/client';
import { createRouter } from '../../../lib/messaging/server';
import { defaultSettings } from '../../../lib/settings';
import { freshName } from '../../support/sample-store';
import { ACCOUNT, seedAccount } from '../../support/alerts-store';

// Wednesday 18 November 2026, 15:30 in New York.
const SENT = new Date('2026-11-18T20:30:00Z');
let db: FollowThroughDB;
afterEach(async () => {
  await db?.delete();
});

async function setup(now = SENT) {
  db = openDatabase(freshName());
  await seedAccount(db, now);
  return createClient(async (m) => createRouter(createHandlers({ db, clock: () => now, version: 't' }))(m));
}

const BODY =
  "Hi Dana,\n\nThanks for the call. I'll send the revised quote by Friday. I'll also check with legal.\n\n" +
  'Best,\nSam\n\nOn Tue, Nov 17, 2026 at 9:14 AM Dana <dana@acme.com> wrote:\n> I will call you tomorrow.';

async function sendBody(send: Awaited<ReturnType<typeof setup>>, body = BODY) {
  const settings = await readSettings(db);
  const commitments = detectCommitments(body, detectOptionsFrom(settings, SENT, 'text'));
  return send('message.sent', {
    accountId: ACCOUNT,
    threadId: 't1',
    messageId: 'sent-1',
    subject: 'Quote',
    sentAt: SENT.toISOString(),
    to: ['"Dana Reyes" <dana@acme.com>'],
    commitments: commitments.map((c) => ({ sentence: c.sentence, action: c.action, due: c.due })),
  });
}

describe('commitments in sent mail become follow-ups', () => {
  it('keeps them as suggestions, dated or after the default delay, for the thread’s customer', async () => {
    const send = await setup();
    const { followUps } = await sendBody(send);
    expect(followUps.map((f) => [f.action, f.due, f.state, f.customerId])).toEqual([
      ['Send the revised quote', '2026-11-20', 'suggested', 'acme'],
      // No date: two working days after Wednesday.
      ['Check with legal', '2026-11-20', 'suggested', 'acme'],
    ]);
    expect(await db.messages.get([ACCOUNT, 'sent-1'])).toMatchObject({ direction: 'outgoing', to: ['dana@acme.com'] });
  });

  it('never makes two follow-ups from the same message and sentence', async () => {
    const send = await setup();
    await sendBody(send);
    await sendBody(send);
    expect(await db.followUps.count()).toBe(2);
  });

  it('opens them at once when the settings say so', async () => {
    const send = await setup();
    await updateSettings(db, { confirmCommitments: 'auto' });
    const { followUps } = await sendBody(send);
    expect(followUps.every((f) => f.state === 'open')).toBe(true);
  });

  it('keeps nothing, not even a suggestion, when detection is off', async () => {
    const send = await setup();
    await updateSettings(db, { confirmCommitments: 'off' });
    const { followUps } = await sendBody(send);
    expect(followUps).toEqual([]);
    expect(await db.followUps.count()).toBe(0);
    expect(await db.messages.count()).toBe(1); // the message itself still stops the reply clock
  });

  it('answers the thread: the reply clock stops', async () => {
    const send = await setup();
    await send('thread.observed', {
      accountId: ACCOUNT,
      threadId: 't1',
      subject: 'Quote',
      messages: [{ messageId: 'in-1', from: 'dana@acme.com', sentAt: '2026-11-18T15:00:00.000Z' }],
    });
    expect((await send('thread.summary', { accountId: ACCOUNT, threadId: 't1' })).clock).toMatchObject({
      awaiting: true,
      side: 'firstReply',
      status: 'breached',
    });
    await sendBody(send);
    const summary = await send('thread.summary', { accountId: ACCOUNT, threadId: 't1' });
    expect(summary.clock).toEqual({ awaiting: false, reason: 'answered' });
    expect(summary.customer?.name).toBe('Acme Corp');
    expect(summary.followUps.map((f) => f.status)).toEqual(['suggested', 'suggested']);
  });

  it('offers an unknown outside sender as a customer', async () => {
    const send = await setup();
    await send('thread.observed', {
      accountId: ACCOUNT,
      threadId: 't2',
      subject: 'Hello',
      messages: [{ messageId: 'in-2', from: 'Kim Lee <kim.lee@initech-systems.com>', sentAt: '2026-11-18T15:00:00.000Z' }],
    });
    const summary = await send('thread.summary', { accountId: ACCOUNT, threadId: 't2' });
    expect(summary.customer).toBeNull();
    expect(summary.proposal).toMatchObject({ name: 'Initech Systems', domains: ['initech-systems.com'] });
  });
});

describe('detector options from the settings', () => {
  it('takes working weekdays from the hours and every day off as a date', () => {
    const settings = {
      ...defaultSettings(),
      timeZone: 'Europe/Berlin',
      workingHours: { ...defaultSettings().workingHours, fri: [] },
      holidays: [{ date: '2026-12-25', name: 'Christmas' }],
      outOfOffice: [{ start: '2026-12-28', end: '2026-12-30', note: '' }],
      dateOrder: 'DMY' as const,
    };
    expect(detectOptionsFrom(settings, SENT, 'html')).toEqual({
      sentAt: SENT,
      timeZone: 'Europe/Berlin',
      workingDays: [1, 2, 3, 4],
      holidays: ['2026-12-25', '2026-12-28', '2026-12-29', '2026-12-30'],
      dateOrder: 'DMY',
      format: 'html',
    });
  });
});

describe('the customer’s clock from the customer book', () => {
  const body = "Hi Dana,\n\nI'll send the revised SOW by 5pm your time.\n\nSam";

  it('dates "by 5pm your time" on the clock the book gives the customer the message goes to', async () => {
    const send = await setup();
    await db.customers.update([ACCOUNT, 'acme'], { timeZone: 'Europe/London' });
    const to = ['"Dana Reyes" <dana@acme.com>'];
    const { timeZone } = await send('recipients.timeZone', { accountId: ACCOUNT, to, cc: [] });
    expect(timeZone).toBe('Europe/London');
    const settings = await readSettings(db);
    // 15:30 in New York is 20:30 in London: their 5pm has passed, so it is tomorrow's.
    expect(detectCommitments(body, detectOptionsFrom(settings, SENT, 'text', timeZone)).map((c) => c.due)).toEqual(['2026-11-19']);
    expect(detectCommitments(body, detectOptionsFrom(settings, SENT, 'text')).map((c) => c.due)).toEqual(['2026-11-18']);
  });

  it('has none for a customer without a zone, for people who are no customer, and for a message to nobody', async () => {
    const send = await setup();
    const ask = (to: string[], cc: string[] = []) => send('recipients.timeZone', { accountId: ACCOUNT, to, cc });
    expect(await ask(['dana@acme.com'])).toEqual({ timeZone: null });
    await db.customers.update([ACCOUNT, 'acme'], { timeZone: 'Asia/Tokyo' });
    expect(await ask(['someone@elsewhere.example'])).toEqual({ timeZone: null });
    expect(await ask([])).toEqual({ timeZone: null });
    // A customer in copy counts when nobody in "to" is one.
    expect(await ask(['someone@elsewhere.example'], ['ken@acme.com'])).toEqual({ timeZone: 'Asia/Tokyo' });
  });
});
