import { describe, expect, it } from 'vitest';
import { sharedExtension } from './shared-extension';
import { backupRelativeToNow, badgeOf, importThroughOptions as importInto } from './fixtures';

const ext = sharedExtension();
const importThroughOptions = (text: string) => importInto(ext.session, text);
const badge = () => badgeOf(ext.session);

/** The parts of the service worker's `chrome` that the tests read. */
declare const chrome: { notifications: { getAll(): Promise<Record<string, boolean>> } };

describe('badge and notifications from data alone, with no Gmail tab open', () => {
  it('starts with no badge', async () => {
    expect((await badge()).text).toBe('');
  });

  it('counts breached and at-risk threads, overdue and due-today follow-ups, in red', async () => {
    await importThroughOptions(backupRelativeToNow('red'));
    await expect.poll(badge, { timeout: 15_000 }).toEqual({ text: '4!', color: '#d93025' });
    // One for the breached thread, one for the overdue promise made in it.
    const notifiedThreads = () =>
      ext.session.worker.evaluate(async () =>
        Object.keys(await chrome.notifications.getAll()).map((id) => JSON.parse(id)[2] as string),
      );
    await expect.poll(notifiedThreads, { timeout: 15_000 }).toEqual(['waiting-long', 'waiting-long']);
  });

  it('turns amber when only at-risk and due-today items are left', async () => {
    await importThroughOptions(backupRelativeToNow('amber'));
    await expect.poll(badge, { timeout: 15_000 }).toEqual({ text: '2', color: '#f29900' });
  });

  it('lists today’s work in the popup, worst first', async () => {
    const page = await ext.session.context.newPage();
    await page.goto(ext.session.url('popup.html'));
    const rows = page.getByTestId('triage-row');
    await rows.first().waitFor();
    expect(await rows.allTextContents()).toEqual([
      expect.stringMatching(/Reply due soon.*Acme Corp.*dana@acme\.com.*Pricing.*30 min left of 4 h/),
      expect.stringMatching(/Due today.*I'll send the due-today document\..*Acme Corp · Due today/),
    ]);
    await page.close();
  });
});
