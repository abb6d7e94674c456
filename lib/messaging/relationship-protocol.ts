/** Messages of the relationship record: the customer page and the weekly review (issue 12). */
import { z } from 'zod';
import { contactSchema, customerSchema } from '../db/records';
import { customerRecordSchema } from '../relationship/record';
import { weeklyReviewSchema } from '../relationship/weekly-review';
import { civilDate, emailAddress, instant } from '../schema-primitives';
import { replyTargetSchema } from '../settings';
import { ratedFollowUp, runningClockSchema } from './alerts-protocol';
import type { MessageSpec } from './spec';

const resolvedTarget = z.object({ target: replyTargetSchema, source: z.enum(['customer', 'tier', 'default']) });
const customerRef = z.object({ accountId: emailAddress, customerId: z.string().min(1).max(200) }).strict();

export const customerPageSchema = z.object({
  customer: customerSchema,
  contacts: z.array(contactSchema),
  targets: z.object({ firstReply: resolvedTarget, nextReply: resolvedTarget }),
  cadence: z.object({ days: z.number().int().min(1), source: z.enum(['customer', 'tier']) }).nullable(),
  lastContact: z.object({ incoming: instant.nullable(), outgoing: instant.nullable() }),
  record: customerRecordSchema,
  openFollowUps: z.array(ratedFollowUp.extend({ subject: z.string() })),
  waiting: z.array(runningClockSchema.extend({ threadId: z.string(), subject: z.string() })),
  timeZone: z.string(),
});
export type CustomerPageReply = z.infer<typeof customerPageSchema>;

export const relationshipProtocol = {
  /** Everything the customer page shows; null when the customer is not (or no longer) in the book. */
  'customer.page': {
    from: 'pages',
    request: customerRef,
    response: customerPageSchema.nullable(),
  },
  /**
   * The sidebar's "Customer page" link: a content script cannot reliably open an extension
   * page itself, so the background opens it in a new tab.
   */
  'customer.openPage': {
    from: 'gmail',
    request: customerRef,
    response: z.object({}),
  },
  /** The weekly review of an account for the week (Monday–Sunday, user's zone) holding `day`. */
  'review.week': {
    from: 'pages',
    request: z.object({ accountId: emailAddress, day: civilDate }).strict(),
    response: weeklyReviewSchema,
  },
} as const satisfies Record<string, MessageSpec>;
