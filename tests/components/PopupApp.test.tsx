// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../components/PopupApp';
import { noteAccountSeen } from '../../lib/db/accounts-store';
import { renderWithBackground } from '../support/render';

afterEach(cleanup);

describe('popup', () => {
  it('asks the user to open Gmail before any account was seen', async () => {
    await renderWithBackground(<PopupApp openOptions={vi.fn()} openUrl={vi.fn()} />);
    expect(await screen.findByText('Open Gmail to get started')).toBeTruthy();
  });

  it('names the watched accounts once Gmail reported one', async () => {
    const openOptions = vi.fn();
    await renderWithBackground(<PopupApp openOptions={openOptions} openUrl={vi.fn()} />, {
      seed: (db) => noteAccountSeen(db, 'sam@northwind.example', new Date()),
    });
    expect(await screen.findByText(/Watching sam@northwind\.example/)).toBeTruthy();
    screen.getByRole('button', { name: 'Settings' }).click();
    expect(openOptions).toHaveBeenCalled();
  });
});

describe('popup: the Gmail integration’s status', () => {
  it.each([
    [{ state: 'connected' as const, accountId: 'sam@northwind.example' }, 'Connected to Gmail as sam@northwind.example · seen 2 min ago'],
    [{ state: 'failed' as const, reason: 'InboxSDK did not load within 30 s' }, 'Gmail integration unavailable: InboxSDK did not load within 30 s'],
  ])('says what the Gmail tab reported (%o)', async (report, text) => {
    const { saveIntegrationReport } = await import('../../lib/db/integration-store');
    const now = new Date('2026-11-22T10:00:00Z');
    await renderWithBackground(<PopupApp openOptions={vi.fn()} openUrl={vi.fn()} />, {
      now,
      seed: (db) => saveIntegrationReport(db, report, new Date(now.getTime() - 2 * 60_000)),
    });
    expect((await screen.findByTestId('integration-status')).textContent).toMatch(text.split(' · ')[0]!);
  });
});

describe('popup: today’s work', () => {
  it('lists what needs attention, opens the thread in the right account, and marks a follow-up done', async () => {
    const { seedAccount, followUp, ACCOUNT } = await import('../support/alerts-store');
    const now = new Date('2026-11-24T15:00:00Z');
    const openUrl = vi.fn();
    const { db } = await renderWithBackground(<PopupApp openOptions={vi.fn()} openUrl={openUrl} />, {
      now,
      seed: async (db) => {
        await seedAccount(db, now);
        await db.followUps.put(followUp({ id: 'quote', due: '2026-11-23', state: 'open' }));
      },
    });
    const item = await screen.findByRole('listitem');
    expect(item.textContent).toMatch(/Overdue.*Send item quote.*Acme Corp · due 2026-11-23/);
    screen.getByRole('button', { name: 'Send item quote' }).click();
    expect(openUrl).toHaveBeenCalledWith(`https://mail.google.com/mail/u/${encodeURIComponent(ACCOUNT)}/#all/th-quote`);
    screen.getByRole('button', { name: 'Done' }).click();
    expect(await screen.findByText('Nothing needs you right now')).toBeTruthy();
    expect((await db.followUps.get([ACCOUNT, 'quote']))?.state).toBe('done');
  });
});

describe('popup: promises to confirm', () => {
  it('lists suggestions from sent mail and keeps or dismisses them in one click', async () => {
    const { seedAccount, followUp, ACCOUNT } = await import('../support/alerts-store');
    const now = new Date('2026-11-24T15:00:00Z');
    const { db } = await renderWithBackground(<PopupApp openOptions={vi.fn()} openUrl={vi.fn()} />, {
      now,
      seed: async (db) => {
        await seedAccount(db, now);
        await db.followUps.bulkPut([
          followUp({ id: 'deck', due: '2026-11-27', state: 'suggested' }),
          followUp({ id: 'call', due: null, state: 'suggested' }),
        ]);
      },
    });
    expect(await screen.findByRole('heading', { name: 'Promises to confirm (2)' })).toBeTruthy();
    const keep = screen.getAllByRole('button', { name: 'Keep' });
    keep[0]!.click();
    expect(await screen.findByRole('heading', { name: 'Promises to confirm (1)' })).toBeTruthy();
    screen.getByRole('button', { name: 'Dismiss' }).click();
    await screen.findByText('Nothing needs you right now');
    await vi.waitFor(() => expect(screen.queryByRole('heading', { name: /Promises to confirm/ })).toBeNull());
    const states = (await db.followUps.where('accountId').equals(ACCOUNT).toArray()).map((f) => f.state).sort();
    expect(states).toEqual(['dismissed', 'open']);
  });
});
