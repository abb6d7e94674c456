import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sharedExtension } from './shared-extension';
import type { Page } from 'playwright-core';
import { watchErrors } from './harness';

const HUBSPOT_CONTACTS = fileURLToPath(new URL('../../docs/examples/hubspot-contacts.csv', import.meta.url));
const ACCOUNT = 'priya@northwind.example';

const ext = sharedExtension();

/** Before Gmail was ever opened there is no account: the user types the address. */
async function openCustomers(page: Page, { typeAccount = false } = {}) {
  await page.goto(ext.session.url('options.html#customers'));
  await page.getByRole('heading', { name: 'Customers' }).waitFor();
  if (typeAccount) {
    await page.getByText('Open Gmail once with the account you work in').waitFor();
    await page.getByLabel('Gmail address').fill(ACCOUNT);
  } else {
    await expect.poll(() => page.getByLabel('Gmail account').inputValue()).toBe(ACCOUNT);
  }
}

async function importThroughDialog(page: Page) {
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  await page.getByTestId('customers-import-file').setInputFiles(HUBSPOT_CONTACTS);
  const mapping = page.getByTestId('customers-import-mapping');
  await mapping.waitFor();
  await page.getByText('HubSpot contacts export').waitFor();
  // The detected mapping, editable per field.
  expect(await page.getByLabel('Contact email').locator('option:checked').textContent()).toBe('Email');
  expect(await page.getByLabel('Company name').locator('option:checked').textContent()).toBe('Company Name');
  await page.getByRole('button', { name: 'Preview' }).click();
  const summary = page.getByTestId('customers-import-summary');
  await summary.waitFor();
  return summary;
}

describe('customer book in the options page', () => {
  it('imports a HubSpot export: mapping, preview, confirm, then finds the customers in the table', async () => {
    const page = await ext.session.context.newPage();
    const errors = watchErrors(page);
    await openCustomers(page, { typeAccount: true });
    await page.getByText('No customers yet').waitFor();

    const summary = await importThroughDialog(page);
    expect(await summary.textContent()).toMatch(/4 customers to create/);
    expect(await summary.textContent()).toMatch(/5 contacts to add/);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByTestId('customers-import-done').getByText(/4 customers created/).waitFor();
    await page.getByRole('button', { name: 'Close' }).click();

    const table = page.getByRole('table', { name: 'Customers' });
    await table.getByRole('row').filter({ hasText: 'Brightwave Analytics' }).waitFor();
    await page.getByLabel('Search customers').fill('acme');
    await table.getByRole('row').filter({ hasText: 'Acme Corporation' }).waitFor();
    await expect.poll(() => table.getByRole('row').filter({ hasText: 'Brightwave' }).count()).toBe(0);
    expect(await table.getByRole('row').filter({ hasText: 'Acme Corporation' }).textContent()).toMatch(/acme\.com/);
    await page.getByTestId('customer-count').getByText('4 customers with 5 contacts').waitFor();

    // After a reload the book is still there, in the account it was imported into.
    await page.reload();
    await page.getByLabel('Gmail account').waitFor();
    expect(await page.getByLabel('Gmail account').inputValue()).toBe(ACCOUNT);
    await page.getByRole('table', { name: 'Customers' }).getByRole('row').filter({ hasText: 'Lindqvist Design' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('re-importing the same file creates nothing new', async () => {
    const page = await ext.session.context.newPage();
    const errors = watchErrors(page);
    await openCustomers(page);
    await page.getByTestId('customer-count').getByText('4 customers with 5 contacts').waitFor();
    const summary = await importThroughDialog(page);
    expect(await summary.textContent()).toMatch(/0 customers to create/);
    expect(await summary.textContent()).toMatch(/0 contacts to add/);
    await page.getByText('Nothing new to import').waitFor();
    expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByTestId('customer-count').getByText('4 customers with 5 contacts').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('deletes a customer after confirmation and undoes it', async () => {
    const page = await ext.session.context.newPage();
    const errors = watchErrors(page);
    await openCustomers(page);
    const table = page.getByRole('table', { name: 'Customers' });
    await table.getByRole('row').filter({ hasText: 'Brightwave Analytics' }).waitFor();
    await page.getByLabel('Select Brightwave Analytics').check();
    await page.getByRole('button', { name: 'Delete selected (1)' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await page.getByText(/Deleted 1 customer and 1 contact/).waitFor();
    await expect.poll(() => table.getByRole('row').filter({ hasText: 'Brightwave' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Undo delete' }).click();
    await table.getByRole('row').filter({ hasText: 'Brightwave Analytics' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
