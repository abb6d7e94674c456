// @vitest-environment happy-dom
import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupPanel } from '../../components/BackupPanel';
import { ClientProvider } from '../../components/client-context';
import type { Client } from '../../lib/messaging/client';
import { DeleteData } from '../../components/options/DeleteData';
import { backupText } from '../../lib/backup-file';
import { countRecords } from '../../lib/db/accounts-store';
import { openDatabase } from '../../lib/db/database';
import { readSettings, updateSettings } from '../../lib/db/settings-store';
import { renderWithBackground } from '../support/render';
import { dumpStore, fillStore, freshName, sampleRecords } from '../support/sample-store';

// The machine is shared: a section with 400 time zones may take more than a second to render under load.
configure({ asyncUtilTimeout: 5_000 });
vi.setConfig({ testTimeout: 20_000 });

afterEach(cleanup);

const SAM = 'sam@northwind.example';
const LEE = 'lee@northwind.example';
const twoAccounts = async (db: Parameters<typeof fillStore>[0]) => {
  await fillStore(db, sampleRecords(SAM));
  await fillStore(db, sampleRecords(LEE));
};

describe('options: restoring a backup', () => {
  async function withBackupOf(changeSource: (db: ReturnType<typeof openDatabase>) => Promise<unknown>) {
    const source = openDatabase(freshName());
    await fillStore(source, sampleRecords(SAM));
    await changeSource(source);
    const text = await backupText(source, { now: new Date('2026-11-22T10:00:00Z') });
    await source.delete();
    return new File([text], 'backup.json', { type: 'application/json' });
  }

  it('is reached by keyboard, shows what it replaces, and changes nothing until confirmed', async () => {
    const file = await withBackupOf((db) => updateSettings(db, { atRiskPercent: 60 }));
    const view = await renderWithBackground(<div />, { seed: twoAccounts });
    view.rerender(<BackupPanelIn db={view.db} client={view.client} />);
    const button = await screen.findByRole('button', { name: 'Import backup…' });
    expect(button.tabIndex).toBe(0);
    const before = await dumpStore(view.db, 'records');

    fireEvent.change(screen.getByTestId('backup-file'), { target: { files: [file] } });
    const dialog = await screen.findByRole('alertdialog', { name: 'Restore backup.json?' });
    expect(dialog.textContent).toMatch(/sam@northwind\.example \(replaced\)/);
    expect(within(dialog).getByText(/Left as they are: lee@northwind\.example/)).toBeTruthy();
    const customers = within(dialog).getByRole('row', { name: /Customers/ });
    expect(within(customers).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', '2']);
    expect(within(dialog).getByText('Settings replaced: at-risk point.')).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(await dumpStore(view.db, 'records')).toEqual(before);

    fireEvent.change(screen.getByTestId('backup-file'), { target: { files: [file] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Replace with the backup' }));
    await screen.findByText(/Restored 1 account from backup\.json/);
    expect((await readSettings(view.db)).atRiskPercent).toBe(60);
    expect((await countRecords(view.db, LEE)).customers).toBe(2);
  });

  it('says in words what is wrong with a file that is not a backup, and opens no dialog', async () => {
    const view = await renderWithBackground(<div />);
    view.rerender(<BackupPanelIn db={view.db} client={view.client} />);
    fireEvent.change(await screen.findByTestId('backup-file'), { target: { files: [new File(['{"name":"x"}'], 'other.json')] } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/cannot be imported; nothing was changed/);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});

describe('options: deleting data', () => {
  it('deletes one account only after its address is typed, and leaves the other alone', async () => {
    const { db } = await renderWithBackground(<DeleteData />, { seed: twoAccounts });
    await screen.findByRole('option', { name: `All data of ${SAM}` });
    fireEvent.change(screen.getByRole('combobox', { name: 'Delete' }), { target: { value: SAM } });
    fireEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    const dialog = await screen.findByRole('alertdialog', { name: `Delete all data of ${SAM}?` });
    await within(dialog).findByText(/2 customers/);
    const confirm = within(dialog).getByRole('button', { name: 'Delete' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText(/Type .* to confirm/), { target: { value: 'sam@northwind' } });
    expect(confirm.disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText(/Type .* to confirm/), { target: { value: SAM } });
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    await screen.findByText(/^Deleted sam@northwind\.example: 2 customers, \d+ threads?, \d+ follow-ups?\.$/);
    expect(Object.values(await countRecords(db, SAM)).every((n) => n === 0)).toBe(true);
    expect((await countRecords(db, LEE)).customers).toBe(2);
  });

  it('deletes everything, settings included, after "delete everything" is typed', async () => {
    const { db } = await renderWithBackground(<DeleteData />, {
      seed: async (d) => {
        await twoAccounts(d);
        await updateSettings(d, { atRiskPercent: 60 });
      },
    });
    await screen.findByRole('option', { name: `All data of ${SAM}` });
    fireEvent.change(screen.getByRole('combobox', { name: 'Delete' }), { target: { value: 'everything' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete everything?' });
    fireEvent.change(within(dialog).getByLabelText(/Type .* to confirm/), { target: { value: 'delete everything' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await screen.findByText('Everything was deleted; settings are back to their defaults.');
    expect(await db.accounts.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
  });
});

function BackupPanelIn({ db, client }: { db: ReturnType<typeof openDatabase>; client: Client }) {
  return (
    <ClientProvider client={client}>
      <BackupPanel db={db} />
    </ClientProvider>
  );
}
