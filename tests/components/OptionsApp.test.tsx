// @vitest-environment happy-dom
import { act, cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../components/OptionsApp';
import { readSettings } from '../../lib/db/settings-store';
import { noteAccountSeen } from '../../lib/db/accounts-store';
import { renderWithBackground } from '../support/render';
import { fillStore, sampleRecords } from '../support/sample-store';
import type { FollowThroughDB } from '../../lib/db/database';

// The machine is shared: a section with 400 time zones may take more than a second to render under load.
configure({ asyncUtilTimeout: 5_000 });
vi.setConfig({ testTimeout: 20_000 });

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

async function openSection(hash: string, seed?: (db: FollowThroughDB) => Promise<unknown>) {
  window.location.hash = hash;
  const rendered = await renderWithBackground(<OptionsApp />, { seed });
  await screen.findByRole('navigation', { name: 'Settings sections' });
  return rendered;
}

const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
const go = (name: string) =>
  act(() => {
    window.location.hash = screen.getByRole('link', { name }).getAttribute('href')!;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });

describe('options: navigation', () => {
  it('shows the section in the hash, marks it in the navigation, and follows links', async () => {
    await openSection('#working-time');
    await screen.findByRole('heading', { name: 'Working time' });
    expect(screen.getByRole('link', { name: 'Working time' }).getAttribute('aria-current')).toBe('page');
    await go('Targets & tiers');
    await screen.findByRole('heading', { name: 'Targets & tiers' });
    expect(screen.queryByRole('heading', { name: 'Working time' })).toBeNull();
    await go('Data');
    await screen.findByRole('heading', { name: 'Backup' });
  });

  it('opens General for an unknown hash', async () => {
    await openSection('#nowhere');
    await screen.findByRole('heading', { name: 'General' });
  });
});

describe('options: working time', () => {
  it('reads "9-5", shows what it understood, and saves through the save bar', async () => {
    const { db } = await openSection('#working-time');
    const friday = await screen.findByLabelText('Friday');
    fireEvent.change(friday, { target: { value: '9-12:15, 1:30pm-5' } });
    expect(screen.getByText('You have unsaved changes.')).toBeTruthy();
    fireEvent.blur(friday);
    expect(screen.getByText('09:00–12:15, 13:30–17:00 · 6 h 45 min')).toBeTruthy();
    save();
    await screen.findByText('Settings saved.');
    expect((await readSettings(db)).workingHours.fri).toEqual([
      { start: '09:00', end: '12:15' },
      { start: '13:30', end: '17:00' },
    ]);
  });

  it('says what is wrong in plain words when the field is left, not while typing, and saves nothing', async () => {
    const { db } = await openSection('#working-time');
    const tuesday = await screen.findByLabelText('Tuesday');
    fireEvent.change(tuesday, { target: { value: 'nine to five' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.blur(tuesday);
    const error = await screen.findByRole('alert');
    expect(error.textContent).toBe('“nine to five” is not a time range. Write it like 9-5 or 09:00–12:30, 13:30–17:30.');
    expect(tuesday.getAttribute('aria-describedby')).toBe('hours-tue-error');
    save();
    await screen.findByText('One setting needs fixing; nothing was saved.');
    expect(await db.settings.count()).toBe(0);
  });

  it('adds holidays from an .ics file; a remove button names its holiday', async () => {
    const { db } = await openSection('#working-time');
    await screen.findByRole('heading', { name: 'Working time' });
    const year = new Date().getUTCFullYear() + 1;
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:1',
      `DTSTART;VALUE=DATE:${year}1225`,
      'SUMMARY:Christmas Day',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    fireEvent.change(screen.getByTestId('ics-file'), { target: { files: [new File([ics], 'holidays.ics', { type: 'text/calendar' })] } });
    await screen.findByText(/Added 1 holiday from holidays\.ics/);
    expect(screen.getByRole('button', { name: `Remove holiday ${year}-12-25` })).toBeTruthy();
    save();
    await screen.findByText('Settings saved.');
    expect((await readSettings(db)).holidays).toEqual([{ date: `${year}-12-25`, name: 'Christmas Day' }]);
  });
});

describe('options: targets & tiers', () => {
  it('edits a tier’s target in a table whose controls say whose they are', async () => {
    const { db } = await openSection('#targets');
    const table = await screen.findByRole('table', { name: 'Reply targets by tier' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Tier', 'First reply within', 'Next reply within', 'Actions']);
    fireEvent.change(screen.getByLabelText('Strategic: first reply within, hours (empty: the default)'), { target: { value: '2' } });
    fireEvent.change(screen.getByLabelText('Strategic: first reply, hours counted as'), { target: { value: 'calendarHours' } });
    save();
    await screen.findByText('Settings saved.');
    expect((await readSettings(db)).tiers[0]).toEqual({ name: 'Strategic', targets: { firstReply: { value: 2, unit: 'calendarHours' } }, cadenceDays: null });
  });

  it('refuses two tiers of the same name and a percentage out of range, in plain words', async () => {
    const { db } = await openSection('#targets');
    fireEvent.change(await screen.findByLabelText('Tier 3 name'), { target: { value: 'key' } });
    fireEvent.blur(screen.getByLabelText('Tier 3 name'));
    const percent = screen.getByLabelText('At risk from (% of the target)');
    fireEvent.change(percent, { target: { value: '120' } });
    fireEvent.blur(percent);
    save();
    await screen.findByText('2 settings need fixing; nothing was saved.');
    const alerts = screen.getAllByRole('alert').map((a) => a.textContent);
    expect(alerts).toContain('Two tiers have the same name.');
    expect(alerts).toContain('Use a number no higher than 99.');
    expect(await db.settings.count()).toBe(0);
  });

  it('lists customers with their own targets, linked to the customer', async () => {
    await openSection('#targets', async (db) => {
      const records = sampleRecords('sam@northwind.example');
      records.customers[0] = { ...records.customers[0]!, targets: { firstReply: { value: 1, unit: 'businessHours' } } };
      await fillStore(db, records);
    });
    const link = await screen.findByRole('link', { name: 'Acme Corp' });
    expect(link.getAttribute('href')).toBe('#customers/cust-acme');
    expect(screen.getByText(/first reply 1 business h, next reply tier’s/)).toBeTruthy();
    // Followed, the link opens that customer in the book.
    await act(async () => {
      window.location.hash = '#customers/cust-acme';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await screen.findByRole('heading', { name: /Acme Corp/ });
  });
});

describe('options: follow-ups, mail, notifications', () => {
  it('turns detection off and widens the promise heads-up', async () => {
    const { db } = await openSection('#follow-ups');
    fireEvent.click(await screen.findByLabelText(/Off: do not look for promises/));
    fireEvent.change(screen.getByLabelText('Heads-up before a promise is due (working days)'), { target: { value: '3' } });
    save();
    await screen.findByText('Settings saved.');
    expect(await readSettings(db)).toMatchObject({ confirmCommitments: 'off', followUpAtRiskWorkingDays: 3 });
  });

  it('names the wrong domain when its field is left', async () => {
    await openSection('#mail');
    const domains = await screen.findByLabelText('Your company’s domains');
    fireEvent.change(domains, { target: { value: 'northwind.example\nnorthwind' } });
    fireEvent.blur(domains);
    expect((await screen.findByRole('alert')).textContent).toBe('“northwind”: expected a domain, e.g. acme.com.');
  });

  it('lets the badge count one signed-in account only', async () => {
    const { db } = await openSection('#notifications', (d) => noteAccountSeen(d, 'sam@northwind.example', new Date()));
    await screen.findByRole('option', { name: 'Only sam@northwind.example' });
    fireEvent.change(screen.getByLabelText('The toolbar badge counts'), { target: { value: 'sam@northwind.example' } });
    save();
    await screen.findByText('Settings saved.');
    expect((await readSettings(db)).badgeScope).toBe('sam@northwind.example');
  });

  it('keeps unsaved changes across sections and warns before the page is left', async () => {
    await openSection('#notifications');
    fireEvent.click(await screen.findByLabelText(/Desktop notification when a reply/));
    await go('Mail');
    await screen.findByRole('heading', { name: 'Mail' });
    expect(screen.getByText('You have unsaved changes.')).toBeTruthy();
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.queryByText('You have unsaved changes.')).toBeNull());
    const after = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(after);
    expect(after.defaultPrevented).toBe(false);
  });
});
