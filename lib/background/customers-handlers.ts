import { refreshThreadClocks } from '../alerts/thread-clock';
import { exportBook } from '../customers/csv/export';
import { previewOf } from '../customers/csv/transfer';
import { proposeCustomer } from '../customers/propose';
import { buildCustomerIndex } from '../customers/recognition';
import {
  applyCustomerImport,
  deleteCustomers,
  getCustomer,
  listCustomers,
  planCustomerImport,
  readBook,
  restoreCustomers,
  saveCustomer,
} from '../db/customers-store';
import { readSettings } from '../db/settings-store';
import type { Handlers } from '../messaging/server';
import type { customersProtocol } from '../messaging/customers-protocol';
import type { BackgroundDeps } from './handlers';

export function customersExportFilename(now: Date, accountId: string): string {
  return `follow-through-customers-${accountId.replace(/[^a-z0-9.@_-]/gi, '_')}-${now.toISOString().slice(0, 10)}.csv`;
}

const newId = (): string => crypto.randomUUID();

export function createCustomerHandlers({ db, clock }: BackgroundDeps): Pick<Handlers, keyof typeof customersProtocol> {
  /** Who is a customer and their reply targets decide every clock of the account. */
  const thenRefreshClocks =
    <T,>(accountId: string) =>
    async (result: T): Promise<T> => {
      await refreshThreadClocks(db, accountId, clock());
      return result;
    };
  return {
    'customers.list': ({ accountId }) => listCustomers(db, accountId),
    'customers.get': ({ accountId, id }) => getCustomer(db, accountId, id),
    'customers.save': (draft) =>
      saveCustomer(db, draft, { now: clock(), newId }).then(thenRefreshClocks(draft.accountId)),
    'customers.delete': ({ accountId, ids }) =>
      deleteCustomers(db, accountId, ids).then(thenRefreshClocks(accountId)),
    'customers.restore': ({ accountId, records }) =>
      restoreCustomers(db, accountId, records, clock()).then(thenRefreshClocks(accountId)),
    'customers.import.plan': async (input) => {
      const plan = await planCustomerImport(db, input, await readSettings(db), { now: clock(), newId });
      return previewOf(plan);
    },
    'customers.import.apply': async ({ expected, ...input }) =>
      applyCustomerImport(db, input, expected, await readSettings(db), { now: clock(), newId }).then(
        thenRefreshClocks(input.accountId),
      ),
    'customers.export': async ({ accountId }) => {
      const book = await db.transaction('r', db.customers, db.contacts, () => readBook(db, accountId));
      return { filename: customersExportFilename(clock(), accountId), text: exportBook(book) };
    },
    'customers.propose': async ({ accountId, address }) => {
      const [settings, book] = await Promise.all([
        readSettings(db),
        db.transaction('r', db.customers, db.contacts, () => readBook(db, accountId)),
      ]);
      const index = buildCustomerIndex({
        customers: book.customers,
        contacts: book.contacts,
        ownDomains: settings.ownDomains,
        accountEmail: accountId,
        ignoredSenders: settings.ignoredSenders,
      });
      return proposeCustomer(address, index);
    },
  };
}
