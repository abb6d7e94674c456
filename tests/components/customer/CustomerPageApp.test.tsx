// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CustomerPageApp } from '../../../components/customer/CustomerPageApp';
import type { FollowThroughDB } from '../../../lib/db/database';
import { ACCOUNT } from '../../support/alerts-store';
import { seedRelationship } from '../../support/relationship-store';
import { renderWithBackground } from '../../support/render';

const NOW = new Date('2026-11-23T17:30:00Z');
let db: FollowThroughDB | undefined;
afterEach(async () => {
  cleanup();
  await db?.delete();
});

const links = () => ({ openThread: vi.fn(), reviewUrl: '/review.html', optionsUrl: '/options.html' });

describe('the customer page', () => {
  it('shows the record, what is owed and where it came from, and opens a thread in Gmail', async () => {
    const l = links();
    ({ db } = await renderWithBackground(<CustomerPageApp accountId={ACCOUNT} customerId="acme" links={l} clock={() => NOW} />, {
      now: NOW,
      seed: (d) => seedRelationship(d, NOW),
    }));
    expect(await screen.findByRole('heading', { name: /Acme Corp/ })).toBeTruthy();
    const promises = screen.getByTestId('promise-record');
    const row = (label: string) => [...within(promises).getByRole('rowheader', { name: label }).parentElement!.querySelectorAll('td')].map((c) => c.textContent);
    expect(row('Promises made')).toEqual(['3', '3']);
    expect(row('Kept on time')).toEqual(['1', '1']);
    expect(row('Missed (still open, past due)')).toEqual(['1', '1']);
    const replies = screen.getByTestId('reply-record');
    expect(within(replies).getByRole('rowheader', { name: 'First reply' }).parentElement!.textContent).toBe('First reply12 h2 h4 h0');
    expect(screen.getByTestId('last-contact').textContent).toContain('4 business hours (default target)');
    expect(screen.getByRole('list', { name: 'Contacts' }).textContent).toContain('Dana Reyes · CFO · dana@acme.com');
    const owed = screen.getByTestId('open-follow-ups');
    expect(owed.textContent).toContain('“I will send the deck by Tuesday.”');
    expect(owed.textContent).toContain('Due next working day · Due tomorrow');
    const waiting = screen.getByTestId('waiting-threads');
    expect(waiting.textContent).toContain('At risk · first reply · 3 h 30 min of 4 h');
    fireEvent.click(within(waiting).getByRole('link', { name: 'Quote' }));
    expect(l.openThread).toHaveBeenCalledWith(ACCOUNT, 'quote');
  });

  it('says so for a customer no longer in the book', async () => {
    ({ db } = await renderWithBackground(<CustomerPageApp accountId={ACCOUNT} customerId="gone" links={links()} clock={() => NOW} />, {
      now: NOW,
      seed: (d) => seedRelationship(d, NOW),
    }));
    expect(await screen.findByText('This customer is not in your book')).toBeTruthy();
  });
});
