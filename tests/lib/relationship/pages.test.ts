import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import { openDatabase, type FollowThroughDB } from '../../../lib/db/database';
import { updateSettings } from '../../../lib/db/settings-store';
import { createRouter } from '../../../lib/messaging/server';
import { customerPage } from '../../../lib/relationship/customer-page';
import { customerPagePath, parseCustomerHash, parseReviewHash, reviewPagePath } from '../../../lib/relationship/links';
import { weeklyReviewOf } from '../../../lib/relationship/review-page';
import { freshName } from '../../support/sample-store';
import { ACCOUNT } from '../../support/alerts-store';
import { seedRelationship } from '../../support/relationship-store';

// Monday 23 Nov 2026, 12:30 in New York (EST).
const NOW = new Date('2026-11-23T17:30:00Z');
let db: FollowThroughDB;
afterEach(async () => {
  await db?.delete();
});

async function seed() {
  db = openDatabase(freshName());
  await seedRelationship(db, NOW);
}

describe('the customer page', () => {
  it('brings the customer, contacts, targets, last contact, record, open follow-ups and waiting threads together', async () => {
    await seed();
    const page = (await customerPage(db, { accountId: ACCOUNT, customerId: 'acme' }, NOW))!;
    expect(page.customer.name).toBe('Acme Corp');
    expect(page.contacts.map((c) => c.email)).toEqual(['dana@acme.com', 'ops@acme.com']);
    expect(page.targets).toEqual({
      firstReply: { target: { value: 4, unit: 'businessHours' }, source: 'default' },
      nextReply: { target: { value: 8, unit: 'businessHours' }, source: 'default' },
    });
    expect(page.cadence).toBeNull();
    expect(page.lastContact).toEqual({ incoming: '2026-11-23T14:00:00.000Z', outgoing: '2026-11-20T16:00:00.000Z' });
    expect(page.record.promises[30]).toMatchObject({ made: 3, keptOnTime: 1, missed: 1, open: 1 });
    expect(page.record.replies.firstReply).toMatchObject({ replies: 1, medianMinutes: 120 });
    expect(page.openFollowUps.map((f) => [f.id, f.subject, f.status])).toEqual([
      ['old', 'Renewal', 'overdue'],
      ['deck', 'Renewal', 'at-risk'],
    ]);
    expect(page.waiting).toEqual([
      expect.objectContaining({ threadId: 'quote', subject: 'Quote', side: 'firstReply', status: 'at-risk', elapsedMinutes: 210, targetMinutes: 240 }),
    ]);
    expect(page.timeZone).toBe('America/New_York');
  });

  it('takes the cadence from the customer, else from its tier', async () => {
    await seed();
    await updateSettings(db, { tiers: [{ name: 'Standard', targets: {}, cadenceDays: 30 }] });
    expect((await customerPage(db, { accountId: ACCOUNT, customerId: 'acme' }, NOW))!.cadence).toEqual({ days: 30, source: 'tier' });
    await db.customers.update([ACCOUNT, 'acme'], { cadenceDays: 14 });
    expect((await customerPage(db, { accountId: ACCOUNT, customerId: 'acme' }, NOW))!.cadence).toEqual({ days: 14, source: 'customer' });
  });

  it('is null for a customer not in the book', async () => {
    await seed();
    expect(await customerPage(db, { accountId: ACCOUNT, customerId: 'nobody' }, NOW)).toBeNull();
  });
});

describe('the weekly review from the store', () => {
  it('counts the account’s week', async () => {
    await seed();
    const review = await weeklyReviewOf(db, { accountId: ACCOUNT, day: '2026-11-18' }, NOW);
    expect(review.week).toMatchObject({ start: '2026-11-16', end: '2026-11-22' });
    expect(review.promises.rows.map((r) => [r.due, r.outcome])).toEqual([
      ['2026-11-19', 'missed'],
      ['2026-11-20', 'on-time'],
    ]);
    expect(review.replies).toEqual([expect.objectContaining({ customer: 'Acme Corp', side: 'firstReply', replies: 1, medianMinutes: 120 })]);
  });
});

describe('the relationship messages', () => {
  it('opens the customer page for the sidebar through the background', async () => {
    await seed();
    const openPage = vi.fn(async () => undefined);
    const router = createRouter(createHandlers({ db, clock: () => NOW, version: 't', openPage }));
    const reply = await router({ type: 'customer.openPage', payload: { accountId: ACCOUNT, customerId: 'acme' } });
    expect(reply).toEqual({ ok: true, data: {} });
    expect(openPage).toHaveBeenCalledWith('/customer.html#account=sam%40northwind.example&customer=acme');
  });

  it('refuses a review for a day that is not a date', async () => {
    await seed();
    const router = createRouter(createHandlers({ db, clock: () => NOW, version: 't' }));
    expect(await router({ type: 'review.week', payload: { accountId: ACCOUNT, day: 'next week' } })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });
});

describe('page addresses', () => {
  it('round-trip the account, the customer and the week', () => {
    expect(parseCustomerHash(customerPagePath('Sam@Northwind.example', 'a&b=c').split('#')[1]!)).toEqual({
      accountId: 'sam@northwind.example',
      customerId: 'a&b=c',
    });
    expect(parseCustomerHash('#account=nobody')).toBeNull();
    expect(parseReviewHash(reviewPagePath({ accountId: ACCOUNT, week: '2026-11-16' }).split('#')[1]!)).toEqual({
      accountId: ACCOUNT,
      week: '2026-11-16',
    });
    expect(parseReviewHash('#week=soon&account=x')).toEqual({ accountId: undefined, week: undefined });
    expect(reviewPagePath()).toBe('/review.html');
  });
});
