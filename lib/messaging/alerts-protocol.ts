/** Messages of the reply clock, follow-ups and alerts (issue 5). */
import { z } from 'zod';
import type { MessageSpec } from './spec';
import { customerSchema, followUpSchema, threadSchema } from '../db/records';
import { customerProposalSchema } from './customers-protocol';
import { customerRecordSchema } from '../relationship/record';
import { civilDate, emailAddress, instant } from '../schema-primitives';

const attentionItem = z.object({
  accountId: z.string(),
  kind: z.enum(['thread', 'follow-up', 'customer']),
  key: z.string(),
  level: z.enum(['breached', 'at-risk', 'overdue', 'due-today', 'follow-up-at-risk', 'quiet']),
  threadId: z.string(),
  followUpId: z.string().nullable(),
  customerId: z.string().nullable(),
  customerName: z.string().nullable(),
  title: z.string(),
  since: z.string().nullable(),
  due: z.string().nullable(),
  countsOnBadge: z.boolean(),
  rank: z.number(),
  contact: z.string().nullable(),
  elapsedMinutes: z.number().nullable(),
  targetMinutes: z.number().nullable(),
  sentence: z.string().nullable(),
  quiet: z
    .object({
      cadenceDays: z.number().int(),
      lastOutgoingAt: instant.nullable(),
      daysOverdue: z.number().int(),
      contactName: z.string(),
    })
    .nullable()
    .optional(),
});
export type AttentionListItem = z.infer<typeof attentionItem>;

const observedMessage = z.object({
  messageId: z.string().min(1),
  from: z.string().min(3),
  to: z.array(z.string()).default([]),
  cc: z.array(z.string()).default([]),
  sentAt: instant,
});

const followUpAction = z.discriminatedUnion('type', [
  z.object({ type: z.literal('confirm') }),
  z.object({ type: z.literal('complete') }),
  z.object({ type: z.literal('dismiss') }),
  z.object({ type: z.literal('reopen') }),
  z.object({ type: z.literal('unsnooze') }),
  z.object({ type: z.literal('snooze'), until: instant }),
  z.object({ type: z.literal('setDue'), due: civilDate.nullable() }),
]);

const threadRef = { accountId: emailAddress, threadId: z.string().min(1) };

/** A follow-up with where it stands today, as the sidebar and the customer page list it. */
export const ratedFollowUp = followUpSchema.extend({
  status: z.enum(['suggested', 'upcoming', 'at-risk', 'due-today', 'overdue', 'snoozed', 'closed']),
});

/** A running reply clock, as the sidebar and the customer page show it. */
export const runningClockSchema = z.object({
  side: z.enum(['firstReply', 'nextReply']),
  since: instant,
  status: z.enum(['ok', 'at-risk', 'breached']),
  elapsedMinutes: z.number(),
  targetMinutes: z.number(),
  unit: z.enum(['businessHours', 'calendarHours']),
  snoozedUntil: instant.nullable(),
});

const threadSummarySchema = z.object({
  customer: customerSchema.nullable(),
  contacts: z.array(z.object({ email: z.string(), name: z.string(), role: z.string() })),
  lastContact: z.object({ incoming: instant.nullable(), outgoing: instant.nullable() }),
  clock: z.discriminatedUnion('awaiting', [
    z.object({ awaiting: z.literal(false), reason: z.string() }),
    runningClockSchema.extend({
      awaiting: z.literal(true),
      remainingMinutes: z.number(),
      unseenMessages: z.number().int().min(0),
    }),
  ]),
  followUps: z.array(ratedFollowUp),
  otherFollowUps: z.array(ratedFollowUp.extend({ subject: z.string() })),
  proposal: customerProposalSchema.nullable(),
  record: customerRecordSchema.nullable(),
  /** The follow-up whose heads-up the popup asked for: the sidebar starts it (once). */
  headsUpFor: z.string().nullable().optional(),
});
export type ThreadSummaryReply = z.infer<typeof threadSummarySchema>;

export const alertsProtocol = {
  /** Today's work: everything that needs attention now, worst first. */
  'attention.list': {
    from: 'pages',
    request: z
      .object({
        /** At most this many waiting customers and this many promises per account: a first screen. */
        limit: z.number().int().min(1).max(1000).optional(),
      })
      .strict(),
    response: z.object({
      items: z.array(attentionItem),
      totals: z.array(
        z.object({
          accountId: z.string(),
          waiting: z.number().int(),
          promises: z.number().int(),
          promisesDue: z.number().int(),
          /** Customers gone quiet. */
          quiet: z.number().int(),
        }),
      ),
    }),
  },
  /** The content script saw these messages of a thread (metadata only). */
  'thread.observed': {
    from: 'gmail',
    request: z
      .object({
        accountId: emailAddress,
        threadId: z.string().min(1),
        subject: z.string().max(1000).default(''),
        messages: z.array(observedMessage).max(500),
        /** How many messages Gmail shows in the thread, including those it could not read. */
        messageCount: z.number().int().min(0).max(10_000).optional(),
      })
      .strict(),
    response: threadSchema,
  },
  /** Promises found in sent mail that wait for the user to keep or dismiss them, oldest due date first. */
  'followUps.suggested': {
    from: 'pages',
    request: z.object({}).strict(),
    response: z.object({
      items: z.array(followUpSchema.extend({ customerName: z.string().nullable() })),
      total: z.number().int(),
    }),
  },
  /** What the Gmail sidebar shows for the open thread. */
  'thread.summary': {
    from: 'gmail',
    request: z.object(threadRef).strict(),
    response: threadSummarySchema,
  },
  /**
   * The user sent a message. The content script ran commitment detection on the body, which
   * never leaves the tab: only the sentences of the promises and their due dates come here.
   */
  'message.sent': {
    from: 'gmail',
    request: z
      .object({
        ...threadRef,
        messageId: z.string().min(1),
        /** The address it was sent from, when not the signed-in one (a send-as alias). */
        from: emailAddress.optional(),
        subject: z.string().max(1000).default(''),
        sentAt: instant,
        to: z.array(z.string()).default([]),
        cc: z.array(z.string()).default([]),
        commitments: z
          .array(
            z.object({
              sentence: z.string().min(1).max(2000),
              action: z.string().max(500),
              due: civilDate.nullable(),
            }),
          )
          .max(100),
        /**
         * Sent as the heads-up for this follow-up: its due date moves to `due`, and the message
         * makes no follow-up of its own.
         */
        headsUp: z.object({ followUpId: z.string().min(1), due: civilDate }).strict().optional(),
      })
      .strict(),
    response: z.object({ followUps: z.array(followUpSchema) }),
  },
  'thread.mark': {
    from: 'gmail',
    request: z
      .object({
        accountId: emailAddress,
        threadId: z.string().min(1),
        kind: z.enum(['no-reply-needed', 'answered-elsewhere']).nullable(),
      })
      .strict(),
    response: threadSchema,
  },
  'thread.snooze': {
    from: 'gmail',
    request: z.object({ accountId: emailAddress, threadId: z.string().min(1), until: instant.nullable() }).strict(),
    response: threadSchema,
  },
  /** The popup's "Send a heads-up": the thread's sidebar in Gmail starts it. */
  'followUp.requestHeadsUp': {
    from: 'pages',
    request: z.object({ accountId: emailAddress, id: z.string().min(1) }).strict(),
    response: followUpSchema,
  },
  /** Puts off a customer's going-quiet item until `until` (null: show it again). */
  'customer.snoozeQuiet': {
    from: 'pages',
    request: z
      .object({ accountId: emailAddress, customerId: z.string().min(1), until: instant.nullable() })
      .strict(),
    response: customerSchema,
  },
  'followUp.transition': {
    from: 'gmail',
    request: z.object({ accountId: emailAddress, id: z.string().min(1), action: followUpAction }).strict(),
    response: followUpSchema,
  },
} as const satisfies Record<string, MessageSpec>;
