import { loadClockContext } from '../alerts/thread-clock';
import { finishStaleClocks } from '../alerts/stale-clocks';
import { exportBook } from '../customers/csv/export';
import { previewOf } from '../customers/csv/transfer';
import { proposeCustomer } from '../customers/propose';
import {
  applyCustomerImport,
  deleteCustomers,
  getCustomer,
  importReceipt,
  listCustomers,
  planCustomerImport,
  readBook,
  restoreCustomers,
  saveCustomer,
} from '../db/customers-store';
import { readSettings } from '../db/settings-store';
import type { Handlers } from '../messaging/server';
import type { customersProtocol } from '../messaging/customers-protocol';
import { fileSafe } from '../format';
import type { BackgroundDeps } from './handlers';

export function customersExportFilename(now: Date, accountId: string): string {
  return `follow-through-customers-${fileSafe(accountId)}-${now.toISOString().slice(0, 10)}.csv`;
}

const newId = (): string => crypto.randomUUID();

export function createCustomerHandlers({ db, clock }: BackgroundDeps): Pick<Handlers, keyof typeof customersProtocol> {
  /** Who is a customer and their reply targets decide every clock of the account: the write marked them stale. */
  const thenRefreshClocks = async <T,>(result: T): Promise<T> => {
    await finishStaleClocks(db, clock());
    return result;
  };
  return {
    'customers.list': ({ accountId }) => listCustomers(db, accountId),
    'customers.get': ({ accountId, id }) => getCustomer(db, accountId, id),
    'customers.save': (draft) =>
      saveCustomer(db, draft, { now: clock(), newId }).then(thenRefreshClocks),
    'customers.delete': ({ accountId, ids }) =>
      deleteCustomers(db, accountId, ids).then(thenRefreshClocks),
    'customers.restore': ({ accountId, records }) =>
      restoreCustomers(db, accountId, records, clock()).then(thenRefreshClocks),
    'customers.import.plan': async (input) => {
      const plan = await planCustomerImport(db, input, await readSettings(db), { now: clock(), newId });
      return previewOf(plan);
    },
    'customers.import.apply': async ({ expected, importId, ...input }) =>
      applyCustomerImport(db, input, expected, await readSettings(db), { now: clock(), newId }, importId).then(
        thenRefreshClocks,
      ),
    'customers.import.receipt': ({ accountId, importId }) => importReceipt(db, accountId, importId),
    'customers.export': async ({ accountId }) => {
      const book = await db.transaction('r', db.customers, db.contacts, () => readBook(db, accountId));
      return { filename: customersExportFilename(clock(), accountId), text: exportBook(book) };
    },
    // The index the clocks use, cached until the book or the settings change.
    'customers.propose': async ({ accountId, address }) =>
      proposeCustomer(address, (await loadClockContext(db, accountId)).index),
  };
}
