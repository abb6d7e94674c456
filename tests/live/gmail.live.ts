/**
 * Smoke test against real Gmail (opt-in, never in CI: the test machines cannot reach Gmail).
 *
 *   FOLLOW_THROUGH_LIVE_PROFILE=/path/to/profile npm run test:gmail-live
 *
 * The profile must already be signed in to Gmail (`npm start` keeps one in .chrome-profile/).
 * It checks what only real Gmail can show: InboxSDK loads, the account is reported, the
 * sidebar's rail button appears in an open thread, and no request leaves for a host other
 * than Google's own.
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromePath } from '../e2e/harness';

const profile = process.env.FOLLOW_THROUGH_LIVE_PROFILE;
const extension = resolve('.output/chrome-mv3');

describe.skipIf(!profile)('real Gmail (FOLLOW_THROUGH_LIVE_PROFILE)', () => {
  it('loads, reports the account, shows the sidebar, and sends nothing to InboxSDK', async () => {
    const context = await chromium.launchPersistentContext(profile!, {
      executablePath: chromePath(),
      headless: false,
      args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
    });
    const hosts = new Set<string>();
    context.on('request', (r) => hosts.add(new URL(r.url()).host));
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const id = new URL(worker.url()).host;
      const gmail = await context.newPage();
      await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
      await gmail.waitForFunction(() => document.head.hasAttribute('data-inboxsdk-user-email-address'), null, { timeout: 60_000 });
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${id}/popup.html`);
      await popup.getByTestId('integration-status').getByText(/Connected to Gmail as/).waitFor({ timeout: 30_000 });
      await gmail.bringToFront();
      await gmail.locator('tr.zA').first().click();
      await gmail.locator('[data-tooltip="Follow-through"], [aria-label="Follow-through"]').first().waitFor({ timeout: 30_000 });
      await gmail.waitForTimeout(10_000);
      expect([...hosts].filter((h) => /inboxsdk\.com$|pubsub\.googleapis\.com$/.test(h))).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});
