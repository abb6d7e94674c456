// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ThreadSidebar } from '../../components/sidebar/ThreadSidebar';
import { renderWithBackground } from '../support/render';
import { ACCOUNT, customerWrote, followUp, seedAccount } from '../support/alerts-store';

afterEach(cleanup);

// Monday 23 November 2026, 12:30 in New York: a customer wrote at 09:00.
const NOW = new Date('2026-11-23T17:30:00Z');

async function renderThread(from = 'Dana Reyes <dana@acme.com>') {
  return renderWithBackground(<ThreadSidebar accountId={ACCOUNT} threadId="t1" />, {
    now: NOW,
    seed: async (db) => {
      await seedAccount(db, NOW);
      await customerWrote(db, { threadId: 't1', subject: 'Quote', from, sentAt: '2026-11-23T14:00:00.000Z' }, NOW);
      await db.followUps.put(followUp({ id: 'q', threadId: 't1', due: '2026-11-24', state: 'suggested' }));
    },
  });
}

describe('thread sidebar', () => {
  it('shows the customer, the reply clock and the promise found in the user’s message', async () => {
    await renderThread();
    expect(await screen.findByText('Acme Corp')).toBeTruthy();
    expect(screen.getByTestId('sidebar-clock').textContent).toBe('First reply due in 30 min business time');
    expect(screen.getByText('Send item q')).toBeTruthy();
    expect(screen.getByText('Found in your message')).toBeTruthy();
  });

  it('keeps a suggestion, moves its date, and marks the thread as needing no reply', async () => {
    const { db } = await renderThread();
    fireEvent.click(await screen.findByRole('button', { name: 'Keep' }));
    await screen.findByRole('button', { name: 'Done' });
    fireEvent.change(screen.getByLabelText('Due date of Send item q'), { target: { value: '2026-11-27' } });
    await waitFor(async () => expect((await db.followUps.get([ACCOUNT, 'q']))?.due).toBe('2026-11-27'));
    expect((await db.followUps.get([ACCOUNT, 'q']))?.state).toBe('open');
    fireEvent.click(screen.getByRole('button', { name: 'No reply needed' }));
    expect(await screen.findByText('Marked: no reply needed')).toBeTruthy();
  });

  it('offers to add an unknown sender’s company as a customer', async () => {
    const { db } = await renderThread('Kim Lee <kim@initech-systems.com>');
    fireEvent.click(await screen.findByRole('button', { name: 'Add Initech Systems as a customer' }));
    expect(await screen.findByText('Initech Systems')).toBeTruthy();
    expect((await db.threads.get([ACCOUNT, 't1']))?.clock?.side).toBe('firstReply');
  });
});
