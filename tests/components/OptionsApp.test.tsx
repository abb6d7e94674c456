// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../components/OptionsApp';
import { readSettings } from '../../lib/db/settings-store';
import { noteAccountSeen } from '../../lib/db/accounts-store';
import { renderWithBackground } from '../support/render';

afterEach(cleanup);

async function renderOptions() {
  const rendered = await renderWithBackground(<OptionsApp />);
  await screen.findByRole('heading', { name: 'Working time and targets' });
  return rendered;
}

describe('options page', () => {
  it('shows the empty customer book and the default settings', async () => {
    await renderOptions();
    expect(screen.getByText('No customers yet')).toBeTruthy();
    expect((screen.getByLabelText('Monday') as HTMLInputElement).value).toBe('09:00–17:00');
    expect((screen.getByLabelText('Saturday') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('First reply within') as HTMLInputElement).value).toBe('4');
    expect((screen.getByLabelText('At risk from (% of the target)') as HTMLInputElement).value).toBe('75');
  });

  it('saves split working hours and own domains', async () => {
    const { db } = await renderOptions();
    fireEvent.change(screen.getByLabelText('Friday'), { target: { value: '9-12:30, 13:30-15' } });
    fireEvent.change(screen.getByLabelText('Your company’s domains'), {
      target: { value: 'Northwind.example\nnorthwind.co.uk' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    const stored = await readSettings(db);
    expect(stored.workingHours.fri).toEqual([
      { start: '09:00', end: '12:30' },
      { start: '13:30', end: '15:00' },
    ]);
    expect(stored.ownDomains).toEqual(['northwind.example', 'northwind.co.uk']);
  });

  it.each([
    ['Tuesday', 'nine to five', /not a time range/],
    ['Wednesday', '17:00-09:00', /end after it starts/],
    ['Thursday', '09:00-13:00, 12:00-17:00', /must not overlap/],
    ['Your company’s domains', 'northwind', /northwind: expected a domain/],
    ['Time zone', 'Mars/Olympus', /IANA time zone/],
  ])('says what is wrong next to %s and saves nothing', async (label, value, message) => {
    const { db } = await renderOptions();
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Some settings need fixing; nothing was saved.');
    const alerts = screen.getAllByRole('alert').map((a) => a.textContent);
    expect(alerts.some((t) => message.test(t ?? ''))).toBe(true);
    expect(await db.settings.count()).toBe(0);
  });

  it('lets the badge count one signed-in account only', async () => {
    const rendered = await renderWithBackground(<OptionsApp />, {
      seed: (db) => noteAccountSeen(db, 'sam@northwind.example', new Date()),
    });
    await screen.findByRole('heading', { name: 'Working time and targets' });
    await screen.findByRole('option', { name: 'Only sam@northwind.example' });
    fireEvent.change(screen.getByLabelText('The toolbar badge counts'), { target: { value: 'sam@northwind.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    expect((await readSettings(rendered.db)).badgeScope).toBe('sam@northwind.example');
  });

  it('gives a tier its own reply targets and refuses two tiers of the same name', async () => {
    const { db } = await renderOptions();
    fireEvent.change(screen.getByLabelText('Strategic first reply hours'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    expect((await readSettings(db)).tiers[0]).toEqual({
      name: 'Strategic',
      targets: { firstReply: { value: 2, unit: 'businessHours' } },
      cadenceDays: null,
    });
    fireEvent.change(await screen.findByLabelText('Tier 3 name'), { target: { value: 'key' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Some settings need fixing; nothing was saved.');
    expect(screen.getAllByRole('alert').some((a) => /same name/.test(a.textContent ?? ''))).toBe(true);
  });

  it('adds a holiday and refuses one without a date', async () => {
    const { db } = await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Add a holiday' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Some settings need fixing; nothing was saved.');
    fireEvent.change(screen.getByLabelText('Holidays 1 date'), { target: { value: '2026-12-25' } });
    fireEvent.change(screen.getByLabelText('Holidays 1 note'), { target: { value: 'Christmas' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    await waitFor(async () =>
      expect((await readSettings(db)).holidays).toEqual([{ date: '2026-12-25', name: 'Christmas' }]),
    );
  });
});
