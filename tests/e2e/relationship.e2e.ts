/**
 * The relationship record in the real built extension, from a restored backup with a known
 * history last week: the customer page reached from the customer table and from the
 * sidebar's message, the weekly review's figures and its CSV, and the popup's link to it.
 * Screenshots for the README in light and dark, with the text contrast computed on them.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { lowContrastTexts, watchErrors } from './harness';
import { importThroughOptions } from './fixtures';
import { lastWeek, relationshipBackup, SAM } from './relationship-store';
import { sharedExtension } from './shared-extension';

const ext = sharedExtension();
const SHOTS = new URL('../../docs/screenshots/', import.meta.url).pathname;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  await importThroughOptions(ext.session, relationshipBackup());
});

const cells = (page: Page, testId: string, row: string) =>
  page.getByTestId(testId).getByRole('row').filter({ has: page.getByRole('rowheader', { name: row, exact: true }) }).getByRole('cell').allTextContents();

describe('the customer page', () => {
  let page: Page;

  it('opens from the customer table and shows the record, what is owed and the targets', async () => {
    const options = await ext.session.context.newPage();
    await options.goto(ext.session.url('options.html#customers'));
    const [opened] = await Promise.all([
      ext.session.context.waitForEvent('page'),
      options.getByRole('link', { name: 'Customer page of Acme Corp' }).click(),
    ]);
    page = opened;
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.getByRole('heading', { name: /Acme Corp/ }).waitFor();
    expect(page.url()).toBe(ext.session.url(`customer.html#account=${encodeURIComponent(SAM)}&customer=acme`));
    expect(await cells(page, 'promise-record', 'Promises made')).toEqual(['5', '5']);
    expect(await cells(page, 'promise-record', 'Kept on time')).toEqual(['2', '2']);
    expect(await cells(page, 'promise-record', 'Kept late')).toEqual(['1', '1']);
    expect(await cells(page, 'promise-record', 'Missed (still open, past due)')).toEqual(['1', '1']);
    expect(await cells(page, 'promise-record', 'Open, not yet due')).toEqual(['1', '1']);
    expect(await cells(page, 'promise-record', 'Dismissed')).toEqual(['1', '1']);
    expect(await cells(page, 'reply-record', 'First reply')).toEqual(['2', '2 h', '14 h', '4 h', '2']);
    expect(await cells(page, 'reply-record', 'Next reply')).toEqual(['1', '1 h', '1 h', '8 h', '0']);
    const facts = await page.getByTestId('last-contact').textContent();
    expect(facts).toContain('4 business hours (default target)');
    expect(facts).toContain('8 business hours (default target)');
    expect(await page.getByRole('list', { name: 'Contacts' }).textContent()).toContain('Dana Reyes · CFO · dana@acme.com');
    const owed = page.getByTestId('open-follow-ups').getByRole('listitem');
    expect(await owed.allTextContents()).toEqual([
      expect.stringMatching(/^“I will get you the SLA figures by Thursday\.”Overdue · Due .* days late · Renewal terms$/),
      expect.stringMatching(/^“I will share the roadmap next month\.”Open · Due .* · Renewal terms$/),
    ]);
    const waiting = await page.getByTestId('waiting-threads').textContent();
    expect(waiting).toMatch(/^Outage on the EU clusterOver target · first reply · .* of 4 h · since /);
    expect(await page.getByTestId('open-follow-ups').getByRole('link', { name: 'Renewal terms' }).first().getAttribute('href')).toBe(
      `https://mail.google.com/mail/u/${encodeURIComponent(SAM)}/#all/renewal`,
    );

    expect(await lowContrastTexts(page, 'main')).toEqual([]);
    await page.screenshot({ path: `${SHOTS}customer-page-light.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await lowContrastTexts(page, 'main')).toEqual([]);
    await page.screenshot({ path: `${SHOTS}customer-page-dark.png`, fullPage: true });
    expect(errors).toEqual([]);
    await options.close();
    await page.close();
  });

  it('opens in a new tab when the Gmail sidebar asks the background (customer.openPage)', async () => {
    const sender = await ext.session.context.newPage();
    await sender.goto(ext.session.url('options.html#customers'));
    const [opened] = await Promise.all([
      ext.session.context.waitForEvent('page'),
      sender.evaluate((accountId) => chrome.runtime.sendMessage({ type: 'customer.openPage', payload: { accountId, customerId: 'globex' } }), SAM),
    ]);
    await opened.getByRole('heading', { name: /Globex/ }).waitFor();
    expect(await opened.getByTestId('waiting-threads').count()).toBe(0);
    expect(await opened.getByText('Globex is not waiting for you.').count()).toBe(1);
    await Promise.all([sender.close(), opened.close()]);
  });
});

describe('the weekly review', () => {
  it('is linked from the popup', async () => {
    const popup = await ext.session.context.newPage();
    await popup.goto(ext.session.url('popup.html'));
    const [opened] = await Promise.all([ext.session.context.waitForEvent('page'), popup.getByRole('button', { name: 'Weekly review' }).click()]);
    await opened.getByRole('heading', { name: 'Weekly review' }).waitFor();
    expect(await opened.getByTestId('review-week').textContent()).toContain('this week, so far');
    await Promise.all([popup.close(), opened.close()]);
  });

  it('shows last week’s promises, reply times, breaches and quiet customers, and downloads each table as CSV', async () => {
    const week = lastWeek();
    const page = await ext.session.context.newPage();
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(ext.session.url(`review.html#account=${encodeURIComponent(SAM)}&week=${week}`));
    const summary = page.getByTestId('review-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toBe(
      `4 working days (Team day on ${await dayLabel(page, week, 4)}). Promises due: 1 kept on time, 1 after a heads-up, 1 late, 1 missed. 2 breaches. 1 customer gone quiet.`,
    );
    const rows = (name: string | RegExp) => page.getByRole('table', { name }).getByRole('row').allTextContents();
    expect((await rows('5 promises due this week')).slice(1).map((r) => r.replace(/^\w{3} \d+ \w{3}Acme Corp/, ''))).toEqual([
      'I will send the deck on Monday.Kept on time' + (await dayLabel(page, week, 0)) + '–',
      'I will confirm the pricing by Tuesday.Kept late' + (await dayLabel(page, week, 2)) + '–',
      'I will send the contract by Wednesday.Kept after a heads-up' + (await dayLabel(page, week, 3)) + (await dayLabel(page, week, 2)) + ' (heads-up)',
      'I will get you the SLA figures by Thursday.Missed––',
      'I will set up the training on Friday.Dismissed––',
    ]);
    expect(await rows('Replies sent this week, per customer')).toEqual([
      'CustomerReplyRepliesMedian (min)90th percentile (min)Target (min)HoursBreaches',
      'Acme CorpFirst reply22 h14 h4 hbusiness2',
      'Acme CorpNext reply11 h1 h8 hbusiness0',
    ]);
    const breachRows = page.getByRole('table', { name: /^Replies later than their target/ }).getByRole('row');
    const breachCells = async (i: number) => {
      const c = await breachRows.nth(i).getByRole('cell').allTextContents();
      return [c[0], c[1], c[2], c[4], c[5], c[6]];
    };
    expect(await breachRows.count()).toBe(3);
    expect(await breachCells(1)).toEqual(['Acme Corp', 'Invoice 2231', 'First reply', expect.stringMatching(/, 15:00$/), '4 h', '10 h']);
    expect(await breachCells(2)).toEqual(['Acme Corp', 'Outage on the EU cluster', 'First reply', 'Still waiting', '4 h', '1 h']);
    expect((await rows(/^Customers with a cadence/)).slice(1)).toEqual([expect.stringMatching(/^Globex7.*19$/)]);
    expect(await page.getByRole('img').count()).toBe(4);

    const download = async (section: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('region', { name: section }).getByRole('button', { name: 'Download CSV' }).click(),
      ]);
      return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8').replace(/^\uFEFF/, '') };
    };
    const replies = await download('Reply times against targets');
    expect(replies.name).toBe(`follow-through-reply-times-${week}-${SAM}.csv`);
    expect(replies.text.split('\r\n')).toEqual([
      'Customer,Reply,Replies,Median (min),90th percentile (min),Target (min),Hours,Breaches',
      'Acme Corp,First reply,2,120,840,240,business,2',
      'Acme Corp,Next reply,1,60,60,480,business,0',
      '',
    ]);
    const promises = await download('Promises kept');
    expect(promises.text.split('\r\n').slice(0, 4)).toEqual([
      'Due,Customer,Promise,Outcome,Done on,Re-dated from',
      `${week},Acme Corp,I will send the deck on Monday.,Kept on time,${week},`,
      expect.stringMatching(/^\d{4}-\d\d-\d\d,Acme Corp,I will confirm the pricing by Tuesday\.,Kept late,\d{4}-\d\d-\d\d,$/),
      expect.stringMatching(/^\d{4}-\d\d-\d\d,Acme Corp,I will send the contract by Wednesday\.,Kept after a heads-up,\d{4}-\d\d-\d\d,\d{4}-\d\d-\d\d$/),
    ]);
    const breachesCsv = await download('Breaches');
    expect(breachesCsv.text.split('\r\n').map((l) => l.split(',').filter((_, i) => i !== 3 && i !== 4).join(','))).toEqual([
      'Customer,Thread,Reply,Target (min),Over by (min),Hours',
      'Acme Corp,Invoice 2231,First reply,240,600,business',
      'Acme Corp,Outage on the EU cluster,First reply,240,60,business',
      '',
    ]);
    const quiet = await download('Customers gone quiet');
    expect(quiet.text.split('\r\n')[1]).toMatch(/^Globex,7,.+,.+,19$/);

    expect(await lowContrastTexts(page, 'main')).toEqual([]);
    await page.screenshot({ path: `${SHOTS}review-light.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await lowContrastTexts(page, 'main')).toEqual([]);
    await page.screenshot({ path: `${SHOTS}review-dark.png`, fullPage: true });

    // Previous and next week move by seven days and keep the address in step.
    await page.getByRole('button', { name: 'Next week ›' }).click();
    await expect.poll(() => page.url()).toContain(`week=${addDays(week, 7)}`);
    await page.getByTestId('review-summary').filter({ hasText: '0 missed' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});

const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** "Mon 23 Nov" for day `d` of the week, as the page formats dates. */
async function dayLabel(page: Page, week: string, d: number): Promise<string> {
  return page.evaluate(
    (date) => new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }),
    addDays(week, d),
  );
}

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
