/**
 * The options page as a settings app, in the real built extension: sections by hash, a
 * setting saved through the page moves the badge at once, holidays from an .ics file, a
 * backup restore previewed and confirmed, one account's data deleted with a typed
 * confirmation; and the contrast of every text on every extension page, light and dark.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { OPTIONS_SECTIONS } from '../../lib/options-sections';
import { ACCOUNT, backupRelativeToNow, badgeOf } from './fixtures';
import { lowContrastTexts, tempFile, watchErrors } from './harness';
import { sharedExtension } from './shared-extension';
import { sampleRecords } from '../support/sample-store';

const ext = sharedExtension();
const SHOTS = new URL('../../docs/screenshots/', import.meta.url).pathname;
const OTHER = 'lee@northwind.example';

beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

async function openOptions(hash: string, dark = false): Promise<Page> {
  const page = await ext.session.context.newPage();
  await page.setViewportSize({ width: 1100, height: 820 });
  await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
  await page.goto(ext.session.url(`options.html${hash}`));
  await page.getByRole('navigation', { name: 'Settings sections' }).waitFor();
  return page;
}

type WorkerDb = {
  settings: { get(k: string): Promise<{ value: Record<string, unknown> } | undefined> };
  customers: { where(i: string): { equals(v: string): { count(): Promise<number> } } };
};

/** What the service worker's store holds, read through its debugging handle. */
const settingsNow = () =>
  ext.session.worker.evaluate(async () => {
    const db = (globalThis as unknown as { followThrough: { db: WorkerDb } }).followThrough.db;
    return (await db.settings.get('global'))?.value ?? {};
  });
const customersOf = (account: string) =>
  ext.session.worker.evaluate((a) => {
    const db = (globalThis as unknown as { followThrough: { db: WorkerDb } }).followThrough.db;
    return db.customers.where('accountId').equals(a).count();
  }, account);

const otherAccountBackup = () =>
  JSON.stringify({
    format: 'follow-through-backup',
    formatVersion: 1,
    exportedAt: new Date().toISOString(),
    schemaVersion: 5,
    settings: null,
    tables: sampleRecords(OTHER),
  });

describe('options: a settings app', () => {
  it('restores a backup only after its preview is confirmed; the badge follows', async () => {
    const page = await openOptions('#data');
    const errors = watchErrors(page);
    await page.getByRole('button', { name: 'Import backup…' }).focus();
    await page.getByTestId('backup-file').setInputFiles(tempFile('amber.json', backupRelativeToNow('amber')));
    const dialog = page.getByRole('alertdialog', { name: 'Restore amber.json?' });
    await dialog.waitFor();
    expect(await dialog.getByRole('row', { name: /^Threads/ }).textContent()).toBe('Threads02');
    await dialog.getByText(/^Settings replaced: .*first reply target/).waitFor();
    // Nothing changed while the preview is open.
    expect(await customersOf(ACCOUNT)).toBe(0);
    expect((await badgeOf(ext.session)).text).toBe('');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await customersOf(ACCOUNT)).toBe(0);

    await page.getByTestId('backup-file').setInputFiles(tempFile('amber.json', backupRelativeToNow('amber')));
    await dialog.getByRole('button', { name: 'Replace with the backup' }).click();
    await page.getByRole('status').getByText(/Restored 1 account from amber\.json/).waitFor();
    await expect.poll(() => badgeOf(ext.session), { timeout: 15_000 }).toEqual({ text: '2', color: '#f29900' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('navigates the sections by the links and the hash', async () => {
    const page = await openOptions('');
    for (const section of OPTIONS_SECTIONS) {
      await page.getByRole('navigation').getByRole('link', { name: section.title, exact: true }).click();
      expect(new URL(page.url()).hash).toBe(`#${section.id}`);
      await page.getByRole('main', { name: section.title }).waitFor();
      expect(await page.getByRole('link', { name: section.title, exact: true }).getAttribute('aria-current')).toBe('page');
    }
    await page.goBack();
    await page.getByRole('main', { name: 'Customers' }).waitFor();
    await page.close();
  });

  it('a shorter target saved through the page turns the badge red at once', async () => {
    const page = await openOptions('#targets');
    await page.getByLabel('Default: first reply within, hours').fill('1');
    await page.getByLabel('Default: first reply within, hours').blur();
    await page.getByText('You have unsaved changes.').waitFor();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Settings saved.').waitFor();
    // Pricing has waited 3.5 h: past 1 h, breached; "!" says so without the colour.
    await expect.poll(() => badgeOf(ext.session), { timeout: 5_000 }).toEqual({ text: '2!', color: '#d93025' });
    expect((await settingsNow()).firstReplyTarget).toEqual({ value: 1, unit: 'calendarHours' });
    await page.close();
  });

  it('adds holidays from an .ics file and saves them', async () => {
    const page = await openOptions('#working-time');
    const year = new Date().getUTCFullYear() + 1;
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Northwind//Holidays//EN',
      'BEGIN:VEVENT',
      'UID:xmas',
      `DTSTART;VALUE=DATE:${year}1225`,
      `DTEND;VALUE=DATE:${year}1227`,
      'SUMMARY:Christmas',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:meeting',
      `DTSTART:${year}0105T090000Z`,
      'SUMMARY:Planning',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    await page.getByTestId('ics-file').setInputFiles(tempFile('holidays.ics', ics));
    await page.getByText(/Added 2 holidays from holidays\.ics; 1 event with a time of day left out/).waitFor();
    await page.getByRole('button', { name: `Remove holiday ${year}-12-26` }).waitFor();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Settings saved.').waitFor();
    expect((await settingsNow()).holidays).toEqual([
      { date: `${year}-12-25`, name: 'Christmas' },
      { date: `${year}-12-26`, name: 'Christmas' },
    ]);
    await page.close();
  });

  it('deletes one account’s data after its address is typed, and nothing else', async () => {
    const page = await openOptions('#data');
    await page.getByTestId('backup-file').setInputFiles(tempFile('lee.json', otherAccountBackup()));
    await page.getByRole('alertdialog').getByRole('button', { name: 'Replace with the backup' }).click();
    await page.getByRole('status').getByText(/Restored 1 account from lee\.json/).waitFor();
    expect(await customersOf(OTHER)).toBe(2);
    // Sam's two items, Lee's old, long-breached thread, and Lee's Acme gone quiet (a 14-day
    // cadence, last written to long ago).
    await expect.poll(async () => (await badgeOf(ext.session)).text, { timeout: 15_000 }).toBe('4!');

    await page.getByLabel('Delete', { exact: true }).selectOption(ACCOUNT);
    await page.getByRole('button', { name: 'Delete…' }).click();
    const dialog = page.getByRole('alertdialog', { name: `Delete all data of ${ACCOUNT}?` });
    const confirm = dialog.getByRole('button', { name: 'Delete', exact: true });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByLabel(/Type .* to confirm/).fill(ACCOUNT);
    await confirm.click();
    await page.getByText(`Deleted ${ACCOUNT}: 1 customer, 2 threads, 2 follow-ups.`).waitFor();
    expect(await customersOf(ACCOUNT)).toBe(0);
    expect(await customersOf(OTHER)).toBe(2);
    // The deleted account's items leave the badge at once; Lee's stays.
    await expect.poll(async () => (await badgeOf(ext.session)).text, { timeout: 5_000 }).toBe('2!');
    await page.close();
  });
});

describe('contrast of every text on every extension page, light and dark', () => {
  const SHOT_SECTIONS = new Set(['general', 'working-time', 'targets', 'follow-ups', 'data']);
  it.each([
    ['light', false],
    ['dark', true],
  ])('%s', async (theme, dark) => {
    const offenders: string[] = [];
    const page = await openOptions('#general', dark);
    for (const section of OPTIONS_SECTIONS) {
      await page.goto(ext.session.url(`options.html#${section.id}`));
      await page.getByRole('main', { name: section.title }).waitFor();
      await page.waitForLoadState('networkidle');
      for (const bad of await lowContrastTexts(page, 'body')) offenders.push(`options#${section.id}: ${bad}`);
      if (SHOT_SECTIONS.has(section.id)) await page.screenshot({ path: `${SHOTS}options-${section.id}-${theme}.png`, fullPage: true });
    }
    // The dialogs are pages too.
    await page.goto(ext.session.url('options.html#data'));
    await page.getByRole('button', { name: 'Delete…' }).click();
    await page.getByRole('alertdialog').waitFor();
    for (const bad of await lowContrastTexts(page, '[role="alertdialog"]')) offenders.push(`delete dialog: ${bad}`);
    if (!dark) await page.screenshot({ path: `${SHOTS}options-delete-dialog-${theme}.png` });
    for (const [name, path] of [
      ['popup', 'popup.html'],
      ['welcome', 'welcome.html'],
    ] as const) {
      await page.goto(ext.session.url(path));
      await page.waitForLoadState('networkidle');
      await page.locator('main').first().waitFor();
      for (const bad of await lowContrastTexts(page, 'body')) offenders.push(`${name}: ${bad}`);
    }
    await page.close();
    expect(offenders).toEqual([]);
  });
});
