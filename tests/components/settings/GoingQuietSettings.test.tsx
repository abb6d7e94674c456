// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../components/OptionsApp';
import { readSettings } from '../../../lib/db/settings-store';
import { renderWithBackground } from '../../support/render';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

// Going quiet sits in the options' "Targets & tiers" section, saved through the save bar.
async function openTargets() {
  window.location.hash = '#targets';
  return renderWithBackground(<OptionsApp />);
}
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

describe('settings: going quiet', () => {
  it('gives a tier a default cadence, clears it with a blank, and lets the badge leave quiet customers out', async () => {
    const { db } = await openTargets();
    const strategic = await screen.findByLabelText('Strategic: touch base every');
    expect((strategic as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText(/Count customers gone quiet/) as HTMLInputElement).checked).toBe(true);
    fireEvent.change(strategic, { target: { value: '14' } });
    fireEvent.click(screen.getByLabelText(/Count customers gone quiet/));
    save();
    await screen.findByText('Settings saved.');
    const saved = await readSettings(db);
    expect(saved.tiers.map((t) => t.cadenceDays)).toEqual([14, null, null]);
    expect(saved.badgeCountsQuiet).toBe(false);

    fireEvent.change(screen.getByLabelText('Strategic: touch base every'), { target: { value: '' } });
    save();
    await vi.waitFor(async () => expect((await readSettings(db)).tiers[0]!.cadenceDays).toBeNull());
  });

  it('refuses a cadence of zero days and saves nothing', async () => {
    const { db } = await openTargets();
    fireEvent.change(await screen.findByLabelText('Key: touch base every'), { target: { value: '0' } });
    save();
    await screen.findByText('One setting needs fixing; nothing was saved.');
    const field = screen.getByLabelText('Key: touch base every').parentElement!;
    expect(field.querySelector('[role="alert"]')?.textContent).toMatch(/1|small|least/i);
    expect((await readSettings(db)).tiers[1]!.cadenceDays).toBeNull();
  });
});
