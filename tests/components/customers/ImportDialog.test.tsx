// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportDialog } from '../../../components/customers/ImportDialog';
import { dumpStore } from '../../support/sample-store';
import { renderWithBackground } from '../../support/render';

// happy-dom's import.meta.url is not a file URL; resolve from the test file's path instead.
const ROOT = fileURLToPath(new URL('../../../', `file://${__filename}`));
const fixture = (path: string) => readFileSync(`${ROOT}${path}`, 'utf8');
const ACCOUNT = 'me@ourco.com';

afterEach(cleanup);

function pickFile(name: string, text: string) {
  const file = new File([text], name, { type: 'text/csv' });
  fireEvent.change(screen.getByTestId('customers-import-file'), { target: { files: [file] } });
}

async function renderDialog(options: Parameters<typeof renderWithBackground>[1] & { timeoutMs?: number } = {}) {
  const onImported = vi.fn();
  const onClose = vi.fn();
  const rendered = await renderWithBackground(
    <ImportDialog accountId={ACCOUNT} onImported={onImported} onClose={onClose} timeoutMs={options.timeoutMs} />,
    options,
  );
  return { ...rendered, onImported, onClose };
}

const isApply = (m: unknown) => (m as { type: string }).type === 'customers.import.apply';
const PORT_CLOSED = 'The message port closed before a response was received.';

async function importAfterDryRun() {
  pickFile('bad-rows.csv', fixture('tests/fixtures/csv/bad-rows.csv'));
  fireEvent.click(await screen.findByRole('button', { name: 'Preview' }));
  await screen.findByTestId('customers-import-summary');
  fireEvent.click(screen.getByRole('button', { name: 'Import' }));
}

/** Issue 14, point 5: the worker stops during an import; the dialog says what really happened. */
describe('CSV import dialog when the reply is lost', () => {
  it('written, but the reply was lost: re-reads the store and reports the import as done', async () => {
    const { db, onImported } = await renderDialog({
      transport: async (m, deliver) => {
        const reply = await deliver(m);
        if (isApply(m)) throw new Error(PORT_CLOSED);
        return reply;
      },
    });
    await importAfterDryRun();
    await screen.findByText(/Imported bad-rows\.csv: 1 customer created/);
    expect(screen.getByTestId('customers-import-done').textContent).toMatch(/answer was lost/);
    expect(onImported).toHaveBeenCalled();
    expect(await db.customers.count()).toBe(1);
  });

  it('the worker stopped before writing: says nothing was imported', async () => {
    const { db } = await renderDialog({
      transport: async (m, deliver) => {
        if (isApply(m)) throw new Error(PORT_CLOSED);
        return deliver(m);
      },
    });
    await importAfterDryRun();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/interrupted before it was written.*nothing was imported/));
    expect(await db.customers.count()).toBe(0);
  });

  it('no answer at all: times out instead of "Importing…" forever, and checks the store', async () => {
    const { db } = await renderDialog({
      timeoutMs: 50,
      transport: (m, deliver) => (isApply(m) ? new Promise(() => {}) : deliver(m)),
    });
    await importAfterDryRun();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/No answer after 0 seconds, and nothing has been written yet/));
    expect(screen.queryByText(/Importing/)).toBeNull();
    expect(await db.customers.count()).toBe(0);
  });

  it('an answer of the background itself is shown as it is, without guessing', async () => {
    await renderDialog({
      transport: async (m, deliver) => (isApply(m) ? { ok: false, error: { code: 'failed', message: 'disk full' } } : deliver(m)),
    });
    await importAfterDryRun();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('disk full'));
  });
});

describe('CSV import dialog', () => {
  it('maps, lists every bad row by line and reason, and imports only on confirm', async () => {
    const { db, onImported } = await renderDialog();
    pickFile('bad-rows.csv', fixture('tests/fixtures/csv/bad-rows.csv'));
    await screen.findByText('Follow-through template');
    expect((screen.getByLabelText('Contact email') as HTMLSelectElement).value).toBe('4');
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));

    const summary = await screen.findByTestId('customers-import-summary');
    expect(summary.textContent).toMatch(/1 customer to create/);
    expect(summary.textContent).toMatch(/7 bad rows/);
    const bad = within(screen.getByRole('region', { name: 'Bad rows (not imported)' }));
    const lines = bad.getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(lines.map((l) => l[0])).toEqual(['3', '4', '5', '6', '7', '9', '10']);
    expect(lines[0]).toEqual(['3', 'Contact email', '"sam.lee(at)brokenmail.com" is not an email address']);
    expect(lines[5]![2]).toMatch(/pat@ourco\.com is at one of your own domains/);
    expect(await db.customers.count()).toBe(0);

    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText(/Imported bad-rows\.csv: 1 customer created/);
    expect(onImported).toHaveBeenCalled();
    expect((await db.customers.toArray()).map((c) => c.name)).toEqual(['Acme Corporation']);
  });

  it('lets the user change the mapping, and refuses one that maps nothing usable', async () => {
    const { db } = await renderDialog();
    pickFile('hubspot-companies.csv', fixture('docs/examples/hubspot-companies.csv'));
    await screen.findByText('HubSpot companies export');
    for (const label of ['Company name', 'Domains or website']) {
      fireEvent.change(screen.getByLabelText(label), { target: { value: '' } });
    }
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByText(/Choose a column for at least one of/);
    // Name from "Company name" again, but domains from "Website URL" instead of the domain column.
    fireEvent.change(screen.getByLabelText('Company name'), { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText('Domains or website'), { target: { value: '11' } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByTestId('customers-import-summary');
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText(/4 customers created/);
    const helios = (await db.customers.toArray()).find((c) => c.name.startsWith('Helios'))!;
    expect(helios.domains).toEqual(['helios-energy.com']);
  });

  it('cancel after the preview writes nothing', async () => {
    const { db, onClose } = await renderDialog();
    const before = await dumpStore(db);
    pickFile('salesforce-accounts.csv', fixture('docs/examples/salesforce-accounts.csv'));
    fireEvent.click(await screen.findByRole('button', { name: 'Preview' }));
    await screen.findByTestId('customers-import-summary');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalled();
    expect(await dumpStore(db)).toEqual(before);
  });

  it('states the size and row limits before a file is picked', async () => {
    await renderDialog();
    expect(screen.getByText(/One file holds at most 50 MB and 200,000 rows/)).toBeTruthy();
  });

  it('says why a file cannot be imported', async () => {
    await renderDialog();
    pickFile('empty.csv', 'company,tier\n');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The file has column names but no rows to import.'));
  });
});

describe('CSV import preview', () => {
  it('takes a domain from the website, shows it in Unicode, warns about customers nothing can match, and lists contacts for existing customers', async () => {
    const { db } = await renderDialog({
      seed: async (d) => {
        await d.accounts.put({ id: ACCOUNT, createdAt: '2026-01-01T00:00:00.000Z', lastSeenAt: '2026-01-01T00:00:00.000Z', aliases: [] });
        await d.customers.put({
          accountId: ACCOUNT,
          id: 'acme',
          name: 'Acme Corp',
          tier: 'Standard',
          domains: ['acme.com'],
          notes: '',
          targets: {},
          cadenceDays: null,
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        });
      },
    });
    pickFile(
      'contacts.csv',
      'company,domain,website,email\n' +
        'Müller GmbH,,https://www.xn--mller-kva.de/kontakt,\n' +
        'Helios,,,\n' +
        'Acme Corp,,,dana@acme.com\n',
    );
    const preview = await screen.findByRole('button', { name: 'Preview' });
    expect(preview.className).toBe('button--primary');
    fireEvent.click(preview);
    await screen.findByTestId('customers-import-summary');
    const unmatchable = screen.getByRole('region', { name: '1 new customer that no email could ever be matched to' });
    expect(within(unmatchable).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Helios — line 3']);
    expect(screen.getByText('Müller GmbH (müller.de) — line 2')).toBeTruthy();
    expect(screen.getByText('dana@acme.com → Acme Corp — line 4')).toBeTruthy();
    const commit = screen.getByRole('button', { name: 'Import' });
    expect(commit.className).toBe('button--primary');
    fireEvent.click(commit);
    await screen.findByText(/Imported contacts\.csv/);
    expect((await db.customers.toArray()).find((c) => c.name === 'Müller GmbH')?.domains).toEqual(['xn--mller-kva.de']);
  });
});
