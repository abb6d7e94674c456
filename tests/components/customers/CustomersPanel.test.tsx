// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CustomersPanel } from '../../../components/customers/CustomersPanel';
import type { FollowThroughDB } from '../../../lib/db/database';
import { dumpStore, fillStore, sampleRecords } from '../../support/sample-store';
import { renderWithBackground } from '../../support/render';

const ACCOUNT = 'sam@northwind.example';

beforeEach(() => {
  // happy-dom lays nothing out; the virtualised table needs a viewport to fill.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const seed = (db: FollowThroughDB) => fillStore(db, sampleRecords(ACCOUNT));

function table() {
  return screen.getByRole('table', { name: 'Customers' });
}
function bodyRowNames() {
  return within(table())
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(within(r).getAllByRole('cell')[1]!).getByRole('button').textContent);
}

async function renderPanel(options: { seed?: (db: FollowThroughDB) => Promise<unknown> } = { seed }) {
  const rendered = await renderWithBackground(<CustomersPanel />, options);
  if (options.seed) await within(await screen.findByRole('table', { name: 'Customers' })).findByText('Acme Corp');
  return rendered;
}

describe('customers table', () => {
  it('lists the account’s customers, searches and sorts them', async () => {
    await renderPanel();
    expect(screen.getByTestId('customer-count').textContent).toBe('2 customers with 2 contacts.');
    expect(bodyRowNames()).toEqual(['Acme Corp', 'Globex']);
    // Each name links to the customer's page.
    expect(within(table()).getByRole('link', { name: 'Customer page of Acme Corp' }).getAttribute('href')).toMatch(
      /^\/customer\.html#account=.+&customer=.+/,
    );

    fireEvent.click(within(table()).getByRole('button', { name: /^Company/ }));
    await waitFor(() => expect(bodyRowNames()).toEqual(['Globex', 'Acme Corp']));
    expect(within(table()).getAllByRole('columnheader')[1]!.getAttribute('aria-sort')).toBe('descending');

    // Contacts are searchable too.
    fireEvent.change(screen.getByLabelText('Search customers'), { target: { value: 'hank' } });
    await waitFor(() => expect(bodyRowNames()).toEqual(['Globex']));
    expect(screen.getByText('1 customer of 2 match')).toBeTruthy();
  });

  it('renders only the visible rows of 10,000 customers', async () => {
    const T = '2026-11-16T14:00:00.000Z';
    await renderWithBackground(<CustomersPanel />, {
      seed: async (db) => {
        await db.accounts.put({ id: ACCOUNT, createdAt: T, lastSeenAt: T, aliases: [] });
        await db.customers.bulkPut(
          Array.from({ length: 10_000 }, (_, i) => ({
            accountId: ACCOUNT,
            id: `c${i}`,
            name: `Company ${String(i).padStart(5, '0')}`,
            tier: 'Standard',
            domains: [`company${i}.com`],
            notes: '',
            targets: {},
            cadenceDays: null,
            createdAt: T,
            updatedAt: T,
          })),
        );
      },
    });
    await within(await screen.findByRole('table', { name: 'Customers' })).findByText('Company 00000');
    expect(table().getAttribute('aria-rowcount')).toBe('10001');
    expect(within(table()).getAllByRole('row').length).toBeLessThan(60);
    fireEvent.change(screen.getByLabelText('Search customers'), { target: { value: 'company9999.com' } });
    await waitFor(() => expect(bodyRowNames()).toEqual(['Company 09999']));
  });
});

describe('add and edit', () => {
  it('says what is wrong next to the field, then saves', async () => {
    const { db } = await renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Add customer' }));
    const form = screen.getByRole('form', { name: 'New customer' });
    fireEvent.change(within(form).getByLabelText('Domains'), { target: { value: 'initech.com, initech..com' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add a contact' }));
    fireEvent.change(within(form).getByLabelText('Contact 1 email'), { target: { value: 'bill at initech' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save customer' }));

    const nameInput = within(form).getByLabelText('Company name');
    expect(nameInput.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(nameInput.getAttribute('aria-describedby')!)!.textContent).toBe('a customer needs a company name');
    const domains = within(form).getByLabelText('Domains');
    expect(document.getElementById(domains.getAttribute('aria-describedby')!)!.textContent).toMatch(/expected a domain.*initech\.\.com/);
    const email = within(form).getByLabelText('Contact 1 email');
    expect(document.getElementById(email.getAttribute('aria-describedby')!)!.textContent).toMatch(/expected an email address/);
    expect(await db.customers.count()).toBe(2);

    fireEvent.change(nameInput, { target: { value: 'Initech' } });
    fireEvent.change(domains, { target: { value: 'initech.com' } });
    fireEvent.change(email, { target: { value: 'Bill@Initech.com' } });
    fireEvent.change(within(form).getByLabelText('Contact 1 role'), { target: { value: 'VP' } });
    fireEvent.change(within(form).getByLabelText('Tier'), { target: { value: 'Key' } });
    fireEvent.change(within(form).getByLabelText('Touch base every N days (blank = tier default)'), { target: { value: '30' } });
    fireEvent.change(within(form).getByLabelText('First reply target'), { target: { value: '2' } });
    fireEvent.change(within(form).getByLabelText('Their time zone'), { target: { value: 'Asia/Tokyo' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save customer' }));
    await screen.findByText('Saved Initech.');
    await within(table()).findByText('Initech');
    const stored = (await db.customers.toArray()).find((c) => c.name === 'Initech')!;
    expect(stored).toMatchObject({
      tier: 'Key',
      domains: ['initech.com'],
      cadenceDays: 30,
      timeZone: 'Asia/Tokyo',
      targets: { firstReply: { value: 2, unit: 'businessHours' } },
    });
    expect(await db.contacts.get([ACCOUNT, 'bill@initech.com'])).toMatchObject({ customerId: stored.id, role: 'VP' });
  });

  it('shows the background’s refusal next to the field it names', async () => {
    await renderPanel();
    fireEvent.click(within(table()).getByRole('button', { name: 'Acme Corp' }));
    const form = await screen.findByRole('form', { name: 'Edit Acme Corp' });
    expect((within(form).getByLabelText('Contact 1 email') as HTMLInputElement).value).toBe('dana.reyes@acme.com');
    const domains = within(form).getByLabelText('Domains');
    fireEvent.change(domains, { target: { value: 'acme.com globex.de' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save customer' }));
    await waitFor(() => expect(domains.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(domains.getAttribute('aria-describedby')!)!.textContent).toBe('globex.de already belongs to Globex');
  });
});

describe('bulk delete', () => {
  it('asks first, deletes with the contacts, and undoes', async () => {
    const { db } = await renderPanel();
    const before = await dumpStore(db);
    fireEvent.click(screen.getByLabelText('Select all shown customers'));
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected (2)' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toMatch(/Delete 2 customers and 2 contacts\? You can undo this until you close this page/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep' }));
    expect(await db.customers.count()).toBe(2);

    fireEvent.click(screen.getByRole('button', { name: 'Delete selected (2)' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    await screen.findByText('Deleted 2 customers and 2 contacts.');
    expect(await db.customers.count()).toBe(0);
    expect(await db.contacts.count()).toBe(0);

    fireEvent.click(screen.getByRole('button', { name: 'Undo delete' }));
    await screen.findByText('Restored 2 customers and 2 contacts.');
    expect(await dumpStore(db)).toEqual(before);
    await within(table()).findByText('Globex');
  });
});

describe('no account yet', () => {
  it('says to open Gmail, and lets the user type the account', async () => {
    const { db } = await renderWithBackground(<CustomersPanel />);
    await screen.findByText(/Open Gmail once with the account you work in/);
    fireEvent.change(screen.getByLabelText('Gmail address'), { target: { value: 'new@ourco.example' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Add customer' }));
    const form = screen.getByRole('form', { name: 'New customer' });
    fireEvent.change(within(form).getByLabelText('Company name'), { target: { value: 'Initech' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save customer' }));
    await screen.findByText('Saved Initech.');
    expect(await db.accounts.get('new@ourco.example')).toBeTruthy();
    expect((await db.customers.toArray()).map((c) => [c.accountId, c.name])).toEqual([['new@ourco.example', 'Initech']]);
  });
});

describe('export', () => {
  it('downloads the book as CSV through a blob URL', async () => {
    await renderPanel();
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await screen.findByText(/Saved follow-through-customers-sam@northwind\.example-2026-11-22\.csv/);
    const text = await created[0]!.text();
    expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('company,tier,domains,contact_name,contact_email,contact_role,notes,time_zone');
    expect(text).toMatch(/Acme Corp,Strategic,acme\.com,Dana Reyes,dana\.reyes@acme\.com,CFO/);
  });
});
