// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ThreadSidebar } from '../../components/sidebar/ThreadSidebar';
import { renderWithBackground } from '../support/render';
import { ACCOUNT, customerWrote, followUp, seedAccount } from '../support/alerts-store';

afterEach(cleanup);

// Monday 23 November 2026, 12:30 in New York: a customer wrote at 09:00.
const NOW = new Date('2026-11-23T17:30:00Z');

async function renderThread(from = 'Dana Reyes <dana@acme.com>') {
  return renderWithBackground(<ThreadSidebar accountId={ACCOUNT} threadId="t1" clock={() => NOW} />, {
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
    expect(screen.getByTestId('sidebar-clock').textContent).toBe(
      'At risk · first reply · 30 min leftWaiting 3 h 30 min of 4 h business time',
    );
    expect(screen.getByText('I’ll send item q.'.replace('’', "'"))).toBeTruthy();
    expect(screen.getByText('Found in your message')).toBeTruthy();
    expect(screen.getByText('Due tomorrow')).toBeTruthy();
    expect(screen.getByTestId('last-contact').textContent).toBe('They last wrote 3 h 30 min ago · you have not written yet');
    expect(screen.getByTestId('customer-record').textContent).toBe('Promises, 90 days: none yetReplies, 90 days: none yet');
    // No time zone in the book: no guess at their clock.
    expect(screen.queryByTestId('their-time')).toBeNull();
  });

  it('shows the customer’s own clock when the customer book has their time zone', async () => {
    await renderWithBackground(<ThreadSidebar accountId={ACCOUNT} threadId="t1" clock={() => NOW} />, {
      now: NOW,
      seed: async (db) => {
        await seedAccount(db, NOW);
        await db.customers.update([ACCOUNT, 'acme'], { timeZone: 'Asia/Tokyo' });
        await customerWrote(db, { threadId: 't1', subject: 'Quote', from: 'dana@acme.com', sentAt: '2026-11-23T14:00:00.000Z' }, NOW);
      },
    });
    expect((await screen.findByTestId('their-time')).textContent).toBe('Their time: Tue 02:30 in Tokyo');
  });

  it('asks the background to open the customer page', async () => {
    const sent: unknown[] = [];
    await renderWithBackground(<ThreadSidebar accountId={ACCOUNT} threadId="t1" clock={() => NOW} />, {
      now: NOW,
      seed: async (db) => {
        await seedAccount(db, NOW);
        await customerWrote(db, { threadId: 't1', subject: 'Quote', from: 'dana@acme.com', sentAt: '2026-11-23T14:00:00.000Z' }, NOW);
      },
      transport: (m, deliver) => {
        sent.push(m);
        return deliver(m);
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Customer page' }));
    await waitFor(() =>
      expect(sent).toContainEqual(expect.objectContaining({ type: 'customer.openPage', payload: { accountId: ACCOUNT, customerId: 'acme' } })),
    );
  });

  it('keeps a suggestion, moves its date, and marks the thread as needing no reply', async () => {
    const { db } = await renderThread();
    fireEvent.click(await screen.findByRole('button', { name: 'Keep' }));
    await screen.findByRole('button', { name: 'Done' });
    fireEvent.change(screen.getByLabelText('Due date of Send item q'), { target: { value: '2026-11-27' } });
    await waitFor(async () => expect((await db.followUps.get([ACCOUNT, 'q']))?.due).toBe('2026-11-27'));
    expect((await db.followUps.get([ACCOUNT, 'q']))?.state).toBe('open');
    fireEvent.click(screen.getByRole('button', { name: 'No reply needed' }));
    expect(await screen.findByText('Marked: no reply needed.')).toBeTruthy();
    // Every action can be taken back.
    fireEvent.click(within(screen.getByRole('status')).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await db.threads.get([ACCOUNT, 't1']))?.mark).toBeNull());
    expect(await screen.findByText(/At risk/)).toBeTruthy();
  });

  it('marks a follow-up done and undoes it', async () => {
    const { db } = await renderThread();
    fireEvent.click(await screen.findByRole('button', { name: 'Keep' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Done' }));
    // Done schedules the check-in after delivery, in the same thread.
    await screen.findByText('Ask Acme Corp whether “send item q” worked for them');
    expect(screen.queryByText("I'll send item q.")).toBeNull();
    expect((await db.followUps.get([ACCOUNT, 'q']))?.state).toBe('done');
    fireEvent.click(within(screen.getByRole('status')).getByRole('button', { name: 'Undo' }));
    await screen.findByText("I'll send item q.");
    await waitFor(() => expect(screen.queryByText(/^Ask Acme Corp whether/)).toBeNull());
    expect((await db.followUps.get([ACCOUNT, 'q']))?.state).toBe('open');
  });

  it('snoozes the reply clock until the next working morning', async () => {
    const { db } = await renderThread();
    fireEvent.change(await screen.findByLabelText('Snooze the reply clock'), { target: { value: 'tomorrow' } });
    await waitFor(async () =>
      expect((await db.threads.get([ACCOUNT, 't1']))?.snoozedUntil).toBe('2026-11-24T14:00:00.000Z'),
    );
  });

  it('adds a follow-up by hand, open at once', async () => {
    const { db } = await renderThread();
    fireEvent.click(await screen.findByRole('button', { name: 'Add a follow-up' }));
    fireEvent.change(screen.getByLabelText('What did you promise?'), { target: { value: 'Send the signed contract' } });
    fireEvent.change(screen.getByLabelText('Due date of the new follow-up'), { target: { value: '2026-11-26' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await screen.findByText('Send the signed contract');
    const manual = (await db.followUps.toArray()).find((f) => f.source === 'manual');
    expect(manual).toMatchObject({ state: 'open', due: '2026-11-26', threadId: 't1', customerId: 'acme' });
  });

  it('shows the customer’s promises from other threads too', async () => {
    await renderWithBackground(<ThreadSidebar accountId={ACCOUNT} threadId="t1" clock={() => NOW} />, {
      now: NOW,
      seed: async (db) => {
        await seedAccount(db, NOW);
        await customerWrote(db, { threadId: 't1', subject: 'Quote', from: 'dana@acme.com', sentAt: '2026-11-23T14:00:00.000Z' }, NOW);
        await customerWrote(db, { threadId: 't2', subject: 'Renewal', from: 'dana@acme.com', sentAt: '2026-11-20T14:00:00.000Z' }, NOW);
        await db.followUps.put(followUp({ id: 'r', threadId: 't2', due: '2026-11-20', state: 'open' }));
      },
    });
    const other = await screen.findByRole('region', { name: 'Also owed to Acme Corp' });
    // The overdue promise is missed; Dana has waited since Friday 09:00 in the other thread.
    expect(screen.getByTestId('customer-record').textContent).toBe(
      'Promises, 90 days: 1 promise · 1 missedReplies, 90 days: none yet · 1 over target',
    );
    expect(other.textContent).toMatch(/Overdue.*send item r.*In “Renewal”.*Due Fri 20 Nov · 3 days late/);
  });

  it('offers to add an unknown sender’s company as a customer', async () => {
    const { db } = await renderThread('Kim Lee <kim@initech-systems.com>');
    fireEvent.click(await screen.findByRole('button', { name: 'Add Initech Systems as a customer…' }));
    // A short form to review first: nothing is saved yet.
    expect((screen.getByLabelText('Company') as HTMLInputElement).value).toBe('Initech Systems');
    expect((screen.getByLabelText('Domain') as HTMLInputElement).value).toBe('initech-systems.com');
    expect((screen.getByLabelText('Contact email') as HTMLInputElement).value).toBe('kim@initech-systems.com');
    expect(await db.customers.count()).toBe(1);
    fireEvent.change(screen.getByLabelText('Tier'), { target: { value: 'Key' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save customer' }));
    expect(await screen.findByText('Initech Systems')).toBeTruthy();
    expect((await db.customers.toArray()).find((c) => c.name === 'Initech Systems')?.tier).toBe('Key');
    expect((await db.threads.get([ACCOUNT, 't1']))?.clock?.side).toBe('firstReply');
  });
});

describe('thread sidebar: the heads-up before a promise slips', () => {
  // Monday 23 November: a promise due Tuesday 24 is at risk (today is the last working day before it).
  const atRisk = (
    startHeadsUp?: (h: { followUpId: string; due: string }, note: string) => Promise<void>,
    due = '2026-11-24',
    requested = false,
  ) =>
    renderWithBackground(<ThreadSidebar accountId={ACCOUNT} threadId="t1" clock={() => NOW} startHeadsUp={startHeadsUp} />, {
      now: NOW,
      seed: async (db) => {
        await seedAccount(db, NOW);
        await customerWrote(db, { threadId: 't1', subject: 'Quote', from: 'dana@acme.com', sentAt: '2026-11-23T14:00:00.000Z' }, NOW);
        await db.followUps.put(
          followUp({
            id: 'q',
            threadId: 't1',
            due,
            state: 'open',
            action: 'Send the revised quote',
            redated: [{ from: '2026-11-20', to: due, at: '2026-11-19T15:00:00.000Z', reason: 'heads-up' }],
          }),
        );
        if (requested) {
          const value = JSON.stringify({ followUpId: 'q', threadId: 't1', at: NOW.toISOString() });
          await db.meta.put({ key: `heads-up-request:${ACCOUNT}`, value });
        }
      },
    });

  it('offers it on the at-risk day; the note follows the chosen date and Open reply hands both to Gmail', async () => {
    const start = vi.fn(async () => {});
    await atRisk(start);
    expect(await screen.findByText('Moved from Fri 20 Nov to Tue 24 Nov after your heads-up')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Send a heads-up' }));
    // Two working days after Tuesday 24 November.
    expect((screen.getByLabelText('New date') as HTMLInputElement).value).toBe('2026-11-26');
    fireEvent.change(screen.getByLabelText('New date'), { target: { value: '2026-11-27' } });
    const note =
      "Quick heads-up: the revised quote will take a little longer than I said — you'll have it by Friday 27 November.";
    expect((screen.getByLabelText('Heads-up note') as HTMLTextAreaElement).value).toBe(note);
    fireEvent.click(screen.getByRole('button', { name: 'Open reply' }));
    expect((await screen.findByTestId('heads-up-opened')).textContent).toBe(
      'Reply opened in this thread. Send it and the due date moves to Fri 27 Nov.',
    );
    expect(start).toHaveBeenCalledWith({ followUpId: 'q', due: '2026-11-27' }, note);
  });

  it('keeps the user’s own words, refuses a date that is not later, and says when Gmail opened no reply', async () => {
    const start = vi.fn(async () => {
      throw new Error('Gmail did not open a reply.');
    });
    await atRisk(start);
    fireEvent.click(await screen.findByRole('button', { name: 'Send a heads-up' }));
    fireEvent.change(screen.getByLabelText('Heads-up note'), { target: { value: 'Sorry Dana, Friday instead.' } });
    fireEvent.change(screen.getByLabelText('New date'), { target: { value: '2026-11-24' } });
    expect(screen.getByText('Pick a date after Tue 24 Nov.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Open reply' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('New date'), { target: { value: '2026-11-27' } });
    expect((screen.getByLabelText('Heads-up note') as HTMLTextAreaElement).value).toBe('Sorry Dana, Friday instead.');
    fireEvent.click(screen.getByRole('button', { name: 'Open reply' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Gmail did not open a reply.');
    expect(start).toHaveBeenCalledWith({ followUpId: 'q', due: '2026-11-27' }, 'Sorry Dana, Friday instead.');
  });

  it('opens at once when the popup asked for it, and the request is used up', async () => {
    const { db } = await atRisk(vi.fn(), '2026-11-24', true);
    expect(await screen.findByLabelText('Heads-up note')).toBeTruthy();
    expect(await db.meta.get(`heads-up-request:${ACCOUNT}`)).toBeUndefined();
  });

  it('is not offered before the at-risk day, nor outside Gmail', async () => {
    await atRisk(vi.fn(), '2026-11-27');
    await screen.findByText('Due Fri 27 Nov');
    expect(screen.queryByRole('button', { name: 'Send a heads-up' })).toBeNull();
    cleanup();
    await atRisk(undefined);
    await screen.findByText('Due tomorrow');
    expect(screen.queryByRole('button', { name: 'Send a heads-up' })).toBeNull();
  });
});
