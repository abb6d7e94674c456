// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReviewApp } from '../../../components/review/ReviewApp';
import type { FollowThroughDB } from '../../../lib/db/database';
import { ACCOUNT } from '../../support/alerts-store';
import { seedRelationship } from '../../support/relationship-store';
import { renderWithBackground } from '../../support/render';

// Monday 23 Nov 2026, 12:30 in New York.
const NOW = new Date('2026-11-23T17:30:00Z');
let db: FollowThroughDB | undefined;
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await db?.delete();
});

async function renderReview(onChange = vi.fn()) {
  ({ db } = await renderWithBackground(
    <ReviewApp links={{ openThread: vi.fn(), onChange, optionsUrl: '/options.html' }} clock={() => NOW} />,
    { now: NOW, seed: (d) => seedRelationship(d, NOW) },
  ));
  return onChange;
}

describe('the weekly review page', () => {
  it('opens on this week and steps back to the last one, whose figures it shows', async () => {
    const onChange = await renderReview();
    expect((await screen.findByTestId('review-week')).textContent).toBe('Mon 23 Nov – Sun 29 Nov 2026 · America/New_York · this week, so far');
    expect((await screen.findByTestId('review-summary')).textContent).toContain('5 working days.');
    fireEvent.click(screen.getByRole('button', { name: '‹ Previous week' }));
    expect(onChange).toHaveBeenLastCalledWith({ accountId: ACCOUNT, week: '2026-11-16' });
    expect((await screen.findByTestId('review-week')).textContent).toBe('Mon 16 Nov – Sun 22 Nov 2026 · America/New_York');
    await screen.findByText(/1 kept on time, 0 after a heads-up, 0 late, 1 missed/);
    const promises = screen.getByRole('table', { name: '2 promises due this week' });
    expect(within(promises).getAllByRole('row').map((r) => r.textContent)).toEqual([
      'DueCustomerPromiseOutcomeDone onRe-dated from',
      'Thu 19 NovAcme CorpI\'ll send item old.Missed––',
      'Fri 20 NovAcme CorpI\'ll send item kept.Kept on timeFri 20 Nov–',
    ]);
    fireEvent.change(screen.getByLabelText('Week of'), { target: { value: '2026-11-25' } });
    expect(onChange).toHaveBeenLastCalledWith({ accountId: ACCOUNT, week: '2026-11-23' });
    expect(await screen.findByText('No promise was due this week, or none has been judged yet.')).toBeTruthy();
  });

  it('downloads the table behind a chart as CSV', async () => {
    await renderReview();
    fireEvent.click(await screen.findByRole('button', { name: '‹ Previous week' }));
    await screen.findByRole('table', { name: 'Replies sent this week, per customer' });
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:test';
    });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const section = screen.getByRole('region', { name: 'Reply times against targets' });
    fireEvent.click(within(section).getByRole('button', { name: 'Download CSV' }));
    expect(clicked).toEqual(['follow-through-reply-times-2026-11-16-sam@northwind.example.csv']);
    expect((await created[0]!.text()).replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      'Customer,Reply,Replies,Median (min),90th percentile (min),Target (min),Hours,Breaches',
      'Acme Corp,First reply,1,120,120,240,business,0',
      '',
    ]);
    // Nothing to download where the table is empty.
    expect(within(screen.getByRole('region', { name: 'Breaches' })).getByRole('button', { name: 'Download CSV' })).toHaveProperty('disabled', true);
  });
});
