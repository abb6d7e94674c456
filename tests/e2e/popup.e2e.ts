/**
 * The first run and the popup as a triage inbox, in the real built extension: the welcome
 * page on install, the popup's empty and full states in light and dark (screenshots for the
 * README, contrast computed on the rendered page), a snooze preset and its undo, and a thread
 * opened in the account's Gmail tab instead of a new one.
 */
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { scheduleFromSettings } from '../../lib/business-time';
import { defaultSettings } from '../../lib/settings';
import { snoozeUntil } from '../../lib/snooze';
import { lowContrastTexts, routeGmail, watchErrors } from './harness';
import { sharedExtension } from './shared-extension';
import { importThroughOptions } from './fixtures';
import { triageBackup } from './triage-store';

const ext = sharedExtension();
const SHOTS = new URL('../../docs/screenshots/', import.meta.url).pathname;
const SAM = 'sam@northwind.example';
const LEE = 'lee@northwind.example';

beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

/** The popup in a tab as wide as Chrome's popup frame, so screenshots look like the real thing. */
async function openPopup(dark = false): Promise<Page> {
  const page = await ext.session.context.newPage();
  await page.setViewportSize({ width: 400, height: 900 });
  await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
  await page.goto(ext.session.url('popup.html'));
  return page;
}

const rows = (scope: Page | Locator, group: string) =>
  scope.getByRole('region', { name: group }).getByTestId('triage-row');

describe('first run', () => {
  it('opens the welcome page on install, with its checklist and no console errors', async () => {
    const opened = () =>
      ext.session.context.pages().some((p) => p.url() === ext.session.url('welcome.html'));
    await expect.poll(opened, { timeout: 15_000 }).toBe(true);

    const page = await ext.session.context.newPage();
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 800, height: 720 });
    await page.goto(ext.session.url('welcome.html'));
    await page.getByText('0 of 4 done').waitFor();
    expect(await page.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^Your Gmail account/),
      expect.stringMatching(/^Your own domains/),
      expect.stringMatching(/^Import your customers/),
      expect.stringMatching(/^Open Gmail/),
    ]);
    expect(await lowContrastTexts(page, 'main')).toEqual([]);
    await page.screenshot({ path: `${SHOTS}welcome.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the empty popup leads to Gmail', async () => {
    const page = await openPopup();
    await page.getByText('Open Gmail to get started').waitFor();
    expect(await lowContrastTexts(page, 'main')).toEqual([]);
    await page.locator('main').screenshot({ path: `${SHOTS}popup-empty.png` });
    await page.close();
  });
});

describe('popup: triage inbox', () => {
  beforeAll(async () => {
    await importThroughOptions(
      ext.session,
      triageBackup([
        { id: SAM, waiting: 3, promises: 3, suggestions: 2 },
        { id: LEE, waiting: 1, promises: 1, suggestions: 0 },
      ]),
    );
  });

  it.each([
    ['light', false],
    ['dark', true],
  ])('answers who needs me and how late, per account (%s)', async (theme, dark) => {
    const page = await openPopup(dark);
    await page
      .getByTestId('triage-summary')
      .getByText('4 customers waiting · 4 promises due')
      .waitFor();
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual([LEE, SAM]);
    const sam = page.getByRole('region', { name: SAM });
    expect(await rows(sam, 'Customers waiting').allTextContents()).toEqual([
      expect.stringMatching(
        /Past reply target.*Acme Corp.*dana@acme\.example.*waiting 5 h 12 min of 4 h/,
      ),
      expect.stringMatching(/Past reply target.*Initech.*waiting 5 h 12 min of 4 h/),
      expect.stringMatching(/Reply due soon.*Globex.*40 min left of 4 h/),
    ]);
    expect(await rows(sam, 'Promises').first().textContent()).toMatch(
      /Overdue.*I’ll send you the revised quote by Friday\..*Acme Corp · Due .* · 4 days late/,
    );
    expect(await lowContrastTexts(page, 'main')).toEqual([]);
    await page.locator('main').screenshot({ path: `${SHOTS}popup-${theme}.png` });
    await page.close();
  });

  it('a snooze preset hides an item until the next working day’s start; undo brings it back', async () => {
    const page = await openPopup();
    const waiting = page
      .getByRole('region', { name: LEE })
      .getByRole('region', { name: 'Customers waiting' });
    await waiting.getByTestId('triage-row').first().waitFor();
    const expected = snoozeUntil(
      'tomorrow',
      scheduleFromSettings({ ...defaultSettings(), timeZone: 'UTC' }),
      new Date(),
    );
    await waiting.getByRole('combobox', { name: /^Snooze / }).selectOption('tomorrow');
    await page.getByText(/^Snoozed until /).waitFor();
    await waiting.waitFor({ state: 'detached' });
    const snoozed = await ext.session.worker.evaluate(
      async ([account]) =>
        (
          globalThis as unknown as {
            followThrough: {
              db: { threads: { get(k: string[]): Promise<{ snoozedUntil: string | null }> } };
            };
          }
        ).followThrough.db.threads
          .get([account!, 'w0'])
          .then((t) => t.snoozedUntil),
      [LEE],
    );
    expect(snoozed).toBe(expected.toISOString());
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => rows(page.getByRole('region', { name: LEE }), 'Customers waiting').count())
      .toBe(1);
    await page.close();
  });

  it('Reply opens the thread in the account’s open Gmail tab instead of a new one', async () => {
    await routeGmail(ext.session.context, SAM);
    const gmail = await ext.session.context.newPage();
    await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
    const tabs = ext.session.context.pages().length;
    const page = await openPopup();
    const sam = page.getByRole('region', { name: SAM });
    await sam
      .getByRole('button', { name: /^Reply to / })
      .first()
      .click();
    await expect.poll(() => gmail.url()).toBe('https://mail.google.com/mail/u/0/#all/w0');
    // The popup closes itself after opening the thread; no tab was added.
    await expect.poll(() => ext.session.context.pages().length).toBe(tabs);
    await gmail.close();
  });
});
