import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedExtension } from './shared-extension';
import { sampleRecords } from '../support/sample-store';
import { EXTENSION_DIR, routeGmail, tempFile, watchErrors } from './harness';

const ext = sharedExtension();

describe('the built extension', () => {
  it('asks for no permission beyond what it needs', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect([...manifest.permissions].sort()).toEqual(
      ['alarms', 'notifications', 'scripting', 'storage', 'unlimitedStorage'].sort(),
    );
    expect(manifest.host_permissions).toEqual(['https://mail.google.com/']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('keeps the database out of the content script (IndexedDB there would belong to Gmail)', () => {
    const content = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
    expect(content).not.toMatch(/indexedDB|storagemutated/);
  });

  it('starts its service worker', () => {
    expect(ext.session.extensionId).toMatch(/^[a-p]{32}$/);
    expect(ext.session.worker.url()).toBe(ext.session.url('background.js'));
  });

  it('renders the popup with no console errors', async () => {
    const page = await ext.session.context.newPage();
    const errors = watchErrors(page);
    await page.goto(ext.session.url('popup.html'));
    await page.getByText('Open Gmail to get started').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('renders the options page with no console errors', async () => {
    const page = await ext.session.context.newPage();
    const errors = watchErrors(page);
    await page.goto(ext.session.url('options.html#working-time'));
    await page.getByRole('heading', { name: 'Working time' }).waitFor();
    expect(await page.getByLabel('Monday').inputValue()).toBe('09:00–17:00');
    await page.getByRole('link', { name: 'Customers' }).click();
    await page.getByText('No customers yet').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs in Gmail with the real InboxSDK: injects pageWorld.js, reports the account, and nothing leaves the machine', async () => {
    await routeGmail(ext.session.context, 'sam@northwind.example');
    const requests: string[] = [];
    const record = (r: { url(): string }) => requests.push(r.url());
    ext.session.context.on('request', record);
    const gmail = await ext.session.context.newPage();
    const blocked = gmail.waitForEvent('console', {
      predicate: (m) => /Follow-through blocked a request to api\.inboxsdk\.com/.test(m.text()),
      timeout: 45_000,
    });
    await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
    await gmail.waitForFunction(() => (window as unknown as { __InboxSDKInjected?: boolean }).__InboxSDKInjected === true, null, {
      timeout: 30_000,
    });
    expect(await gmail.evaluate(() => document.head.getAttribute('data-inboxsdk-user-email-address'))).toBe(
      'sam@northwind.example',
    );
    const popup = await ext.session.context.newPage();
    await popup.goto(ext.session.url('popup.html'));
    await popup.getByTestId('popup-accounts').getByText('sam@northwind.example').waitFor({ timeout: 20_000 });
    await popup.getByTestId('integration-status').getByText(/Connected to Gmail as sam@northwind\.example/).waitFor();
    // InboxSDK does try to report (its "sdkPassive" events start with a token request), and is stopped in the tab.
    await blocked;
    ext.session.context.off('request', record);
    const hosts = new Set(requests.filter((u) => /^https?:/.test(u)).map((u) => new URL(u).host));
    expect([...hosts]).toEqual(['mail.google.com']);
    await popup.close();
    await gmail.close();
  });
});

describe('backup through the options page', () => {
  const goodBackup = () =>
    JSON.stringify(
      {
        format: 'follow-through-backup',
        formatVersion: 1,
        exportedAt: '2026-11-22T10:00:00.000Z',
        schemaVersion: 2,
        settings: null,
        tables: sampleRecords('dana.e2e@northwind.example'),
      },
      null,
      2,
    );

  it('imports a backup and reads it back', async () => {
    const page = await ext.session.context.newPage();
    const errors = watchErrors(page);
    await page.goto(ext.session.url('options.html#data'));
    await page.getByTestId('backup-file').setInputFiles(tempFile('northwind.json', goodBackup()));
    await page.getByRole('alertdialog').getByRole('button', { name: 'Replace with the backup' }).click();
    await page.getByRole('status').getByText(/Restored 1 account from northwind\.json: 2 customers, 1 threads, 1 follow-ups/).waitFor();
    await page.goto(ext.session.url('options.html#customers'));
    await page.getByTestId('customer-count').getByText('2 customers with 2 contacts').waitFor();

    await page.reload();
    await page.getByTestId('customer-count').getByText('2 customers with 2 contacts').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses a bad backup, says where, and keeps the store as it was', async () => {
    const page = await ext.session.context.newPage();
    await page.goto(ext.session.url('options.html#customers'));
    await page.getByTestId('customer-count').waitFor();
    const before = await page.getByTestId('customer-count').textContent();
    const bad = goodBackup().replace('"acme.com"', '"acme..com"');
    await page.goto(ext.session.url('options.html#data'));
    await page.getByTestId('backup-file').setInputFiles(tempFile('damaged.json', bad));
    const alert = page.getByRole('alert');
    await alert.getByText(/nothing was changed/).waitFor();
    expect(await alert.textContent()).toMatch(/line \d+, tables\.customers\[0\]\.domains\[0\]: expected a domain/);
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    await page.goto(ext.session.url('options.html#customers'));
    await page.getByTestId('customer-count').waitFor();
    expect(await page.getByTestId('customer-count').textContent()).toBe(before);
    await page.close();
  });
});
