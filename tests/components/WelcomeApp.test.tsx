// @vitest-environment happy-dom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { WelcomeApp } from '../../components/WelcomeApp';
import { noteAccountSeen } from '../../lib/db/accounts-store';
import { saveIntegrationReport } from '../../lib/db/integration-store';
import { updateSettings } from '../../lib/db/settings-store';
import { ACCOUNT, seedAccount } from '../support/alerts-store';
import { renderWithBackground } from '../support/render';

afterEach(cleanup);

const NOW = new Date('2026-11-27T17:00:00Z');
const STEPS = ['account', 'domains', 'customers', 'gmail'] as const;
const ticked = () =>
  STEPS.filter((s) => screen.getByTestId(`step-${s}`).className.includes('--done'));
const optionsUrl = (section: string) => `chrome-extension://ft/options.html#${section}`;

describe('welcome page', () => {
  it('starts with nothing ticked and links every step to where it is done', async () => {
    await renderWithBackground(<WelcomeApp optionsUrl={optionsUrl} />, { now: NOW });
    expect(await screen.findByText('0 of 4 done')).toBeTruthy();
    expect(ticked()).toEqual([]);
    expect(screen.getByRole('link', { name: 'Add your domains' }).getAttribute('href')).toBe(
      optionsUrl('mail'),
    );
    expect(screen.getByRole('link', { name: 'Import customers' }).getAttribute('href')).toBe(
      optionsUrl('customers'),
    );
    expect(screen.getByRole('link', { name: 'Open Gmail' }).getAttribute('href')).toBe(
      'https://mail.google.com/',
    );
    expect(screen.getByRole('heading', { name: 'Your Gmail account (to do)' })).toBeTruthy();
  });

  it('ticks each step as the store shows it done, live', async () => {
    // Every request of the page listens to the change feed, as the real port does.
    const listeners = new Set<() => void>();
    const notify = () => listeners.forEach((cb) => cb());
    const { db } = await renderWithBackground(<WelcomeApp optionsUrl={optionsUrl} />, {
      now: NOW,
      changes: (cb) => {
        listeners.add(cb);
        return () => listeners.delete(cb);
      },
    });
    await screen.findByText('0 of 4 done');
    const step = async (work: () => Promise<unknown>, expected: string[]) => {
      await work();
      act(() => notify());
      await screen.findByText(expected.length === 4 ? /All set/ : `${expected.length} of 4 done`);
      expect(ticked()).toEqual(expected);
    };
    await step(() => noteAccountSeen(db, ACCOUNT, NOW), ['account']);
    expect(screen.getByTestId('step-account').textContent).toContain(`Seen: ${ACCOUNT}`);
    await step(
      () => updateSettings(db, { ownDomains: ['northwind.example'] }),
      ['account', 'domains'],
    );
    await step(() => seedAccount(db, NOW), ['account', 'domains', 'customers']);
    expect(screen.getByTestId('step-customers').textContent).toContain('1 customer in your book');
    await step(
      () => saveIntegrationReport(db, { state: 'connected', accountId: ACCOUNT }, NOW),
      [...STEPS],
    );
    expect(screen.getByRole('heading', { name: 'Open Gmail (done)' })).toBeTruthy();
  });
});
