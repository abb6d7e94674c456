import { z } from 'zod';
import { civilDate, domainName, timeOfDay, timeZoneName } from './schema-primitives';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const minutesOf = (t: string): number => {
  const [h, m] = t.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

export const workingBlockSchema = z
  .object({ start: timeOfDay, end: timeOfDay })
  .refine((b) => minutesOf(b.start) < minutesOf(b.end), {
    message: 'a working block must end after it starts',
    path: ['end'],
  });
export type WorkingBlock = z.infer<typeof workingBlockSchema>;

const dayBlocks = z
  .array(workingBlockSchema)
  .refine(
    (blocks) =>
      [...blocks]
        .sort((a, b) => minutesOf(a.start) - minutesOf(b.start))
        .every((b, i, all) => i === 0 || minutesOf(all[i - 1]!.end) <= minutesOf(b.start)),
    'working blocks of one day must not overlap',
  );

const nineToFive = [{ start: '09:00', end: '17:00' }];

export const workingHoursSchema = z.object({
  mon: dayBlocks,
  tue: dayBlocks,
  wed: dayBlocks,
  thu: dayBlocks,
  fri: dayBlocks,
  sat: dayBlocks,
  sun: dayBlocks,
});
export type WorkingHours = z.infer<typeof workingHoursSchema>;

export const holidaySchema = z.object({ date: civilDate, name: z.string().max(200).default('') });

/** Inclusive civil dates: the user is away from the first morning to the last evening. */
export const outOfOfficeSchema = z
  .object({ start: civilDate, end: civilDate, note: z.string().max(200).default('') })
  .refine((p) => p.start <= p.end, { message: 'out of office must end on or after its start', path: ['end'] });

export const replyTargetSchema = z.object({
  value: z.number().positive().max(10_000),
  unit: z.enum(['businessHours', 'calendarHours']),
});
export type ReplyTarget = z.infer<typeof replyTargetSchema>;

/** A per-customer or per-tier override; a missing side falls through to the next level. */
export const targetOverridesSchema = z.object({
  firstReply: replyTargetSchema.optional(),
  nextReply: replyTargetSchema.optional(),
});
export type TargetOverrides = z.infer<typeof targetOverridesSchema>;

export const tierSchema = z.object({
  name: z.string().trim().min(1).max(60),
  targets: targetOverridesSchema.default({}),
});
export type Tier = z.infer<typeof tierSchema>;

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * Every field has a default so that settings stored by an older version parse into the
 * current shape: a new setting appears with its default, nothing stored is dropped.
 */
export const settingsSchema = z.object({
  timeZone: timeZoneName.default(browserTimeZone),
  workingHours: workingHoursSchema.default({
    mon: nineToFive,
    tue: nineToFive,
    wed: nineToFive,
    thu: nineToFive,
    fri: nineToFive,
    sat: [],
    sun: [],
  }),
  holidays: z.array(holidaySchema).default([]),
  outOfOffice: z.array(outOfOfficeSchema).default([]),
  firstReplyTarget: replyTargetSchema.default({ value: 4, unit: 'businessHours' }),
  nextReplyTarget: replyTargetSchema.default({ value: 8, unit: 'businessHours' }),
  atRiskPercent: z.number().int().min(1).max(99).default(75),
  followUpDelayWorkingDays: z.number().int().min(0).max(60).default(2),
  confirmCommitments: z.enum(['ask', 'auto']).default('ask'),
  dateOrder: z.enum(['MDY', 'DMY']).default('MDY'),
  ownDomains: z.array(domainName).default([]),
  /** Addresses or whole domains whose mail never starts a clock. */
  ignoredSenders: z.array(z.string().trim().toLowerCase().min(3)).default([]),
  notifications: z.boolean().default(true),
  tiers: z
    .array(tierSchema)
    .min(1)
    .default([
      { name: 'Strategic', targets: {} },
      { name: 'Key', targets: {} },
      { name: 'Standard', targets: {} },
    ]),
});
export type Settings = z.infer<typeof settingsSchema>;

export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}
