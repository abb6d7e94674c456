/**
 * Messages of the customer book (issue 3): CRUD, CSV import and export, proposals.
 * Every message names its account: the book is per signed-in Gmail address.
 */
import { z } from 'zod';
import type { MessageSpec } from './spec';
import { customerDraftSchema } from '../customers/book';
import { columnMappingSchema } from '../customers/csv/layouts';
import { importPreviewSchema, importRowsSchema, importSummarySchema } from '../customers/csv/transfer';
import { contactSchema, customerSchema } from '../db/records';
import { emailAddress } from '../schema-primitives';
import { targetOverridesSchema } from '../settings';

const customerId = z.string().min(1).max(200);
const importId = z.string().min(8).max(100);

/**
 * One table row: what the list shows, sorts and searches. Notes and reply targets stay
 * out (customers.get has them) so 10,000 customers stay a lean reply.
 */
export const customerRowSchema = z.object({
  id: customerId,
  name: z.string(),
  tier: z.string(),
  domains: z.array(z.string()),
  contacts: z.array(z.object({ email: z.string(), name: z.string() })),
  cadenceDays: z.number().nullable(),
  updatedAt: z.string(),
  /** Present only for a customer with targets of its own. */
  targets: targetOverridesSchema.optional(),
});
export type CustomerRow = z.infer<typeof customerRowSchema>;

const customerWithContacts = z.object({ customer: customerSchema, contacts: z.array(contactSchema) });
export type CustomerWithContacts = z.infer<typeof customerWithContacts>;

/** What a delete removed, handed back so the page can undo it with customers.restore. */
const deletedRecords = z.object({ customers: z.array(customerSchema), contacts: z.array(contactSchema) });
export type DeletedRecords = z.infer<typeof deletedRecords>;

const importRequest = z
  .object({ accountId: emailAddress, mapping: columnMappingSchema, rows: importRowsSchema })
  .strict();

export const customerProposalSchema = z.object({
  name: z.string(),
  domains: z.array(z.string()),
  contact: z.object({ email: z.string(), name: z.string(), role: z.literal('') }),
  existingCustomerId: z.string().nullable(),
});

export const customersProtocol = {
  'customers.list': {
    from: 'pages',
    request: z.object({ accountId: emailAddress }).strict(),
    response: z.array(customerRowSchema),
  },
  'customers.get': {
    from: 'pages',
    request: z.object({ accountId: emailAddress, id: customerId }).strict(),
    response: customerWithContacts,
  },
  /** Creates (no id) or updates one customer and replaces its contacts, atomically. */
  'customers.save': {
    from: 'gmail',
    request: customerDraftSchema,
    response: customerWithContacts,
  },
  /** Removes the customers and their contacts; returns them for an undo. */
  'customers.delete': {
    from: 'pages',
    request: z.object({ accountId: emailAddress, ids: z.array(customerId).min(1).max(100_000) }).strict(),
    response: deletedRecords,
  },
  /** The undo of customers.delete: puts the records back as they were. */
  'customers.restore': {
    from: 'pages',
    request: z.object({ accountId: emailAddress, records: deletedRecords }).strict(),
    response: z.object({ customers: z.number().int(), contacts: z.number().int() }),
  },
  /** The dry run: nothing is written. */
  'customers.import.plan': {
    from: 'pages',
    request: importRequest,
    response: importPreviewSchema,
  },
  /**
   * Plans again and writes in one transaction. `expected` is the dry run's summary: when
   * the book changed in between, the import is refused and nothing is written.
   */
  'customers.import.apply': {
    from: 'pages',
    request: importRequest.extend({ expected: importSummarySchema, importId: importId.optional() }).strict(),
    response: importSummarySchema,
  },
  /**
   * What the import with this id wrote (it commits with the rows), or null when it wrote
   * nothing: the page's answer when the reply to customers.import.apply was lost.
   */
  'customers.import.receipt': {
    from: 'pages',
    request: z.object({ accountId: emailAddress, importId }).strict(),
    response: importSummarySchema.nullable(),
  },
  'customers.export': {
    from: 'pages',
    request: z.object({ accountId: emailAddress }).strict(),
    response: z.object({ filename: z.string(), text: z.string() }),
  },
  /** "Add as customer" from an unknown external address; null when there is nothing to propose. */
  'customers.propose': {
    from: 'pages',
    request: z.object({ accountId: emailAddress, address: z.string().min(1).max(1000) }).strict(),
    response: customerProposalSchema.nullable(),
  },
} as const satisfies Record<string, MessageSpec>;
