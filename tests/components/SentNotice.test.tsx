// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SentNotice } from '../../components/sidebar/SentNotice';
import type { FollowThroughDB } from '../../lib/db/database';
import { renderWithBackground } from '../support/render';
import { ACCOUNT, followUp, seedAccount } from '../support/alerts-store';

afterEach(cleanup);
const NOW = new Date('2026-11-23T17:30:00Z');

async function show(state: 'suggested' | 'open') {
  const records = [
    followUp({ id: 'quote', due: '2026-11-27', state }),
    followUp({ id: 'call', due: null, state }),
  ];
  const onClose = vi.fn();
  const seed = async (db: FollowThroughDB) => {
    await seedAccount(db, NOW);
    await db.followUps.bulkPut(records);
  };
  const view = await renderWithBackground(
    <SentNotice outcome={{ followUps: records, accountId: ACCOUNT, threadId: 'th-quote' }} onClose={onClose} />,
    { now: NOW, seed },
  );
  return { ...view, onClose };
}

describe('the notice after sending', () => {
  it('“ask”: each promise found can be kept, re-dated or dismissed', async () => {
    const { db } = await show('suggested');
    expect(screen.getByText('2 promises found in your message')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Due date of Send item quote'), { target: { value: '2026-11-30' } });
    await waitFor(async () => expect((await db.followUps.get([ACCOUNT, 'quote']))?.due).toBe('2026-11-30'));
    fireEvent.click(screen.getAllByRole('button', { name: 'Keep' })[0]!);
    await screen.findByText('Kept · due Mon 30 Nov');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await screen.findByText('Dismissed');
    expect((await db.followUps.get([ACCOUNT, 'quote']))?.state).toBe('open');
    expect((await db.followUps.get([ACCOUNT, 'call']))?.state).toBe('dismissed');
  });

  it('“keep automatically”: says what was kept, and Undo dismisses it all', async () => {
    const { db, onClose } = await show('open');
    expect(screen.getByText('Kept 2 follow-ups from your message')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const states = (await db.followUps.toArray()).map((f) => f.state);
    expect(states).toEqual(['dismissed', 'dismissed']);
  });
});
