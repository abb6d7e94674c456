import { z } from 'zod';
import { civilDate, domainName, emailAddress, timeOfDay, timeZoneName } from './schema-primitives';

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
  /**
   * "Touch base every N days" for the tier's customers without a cadence of their own; null:
   * no cadence, so they never go quiet. Tiers stored before this existed get null.
   */
  cadenceDays: z.number().int().min(1).max(3650).nullable().default(null),
});
export type Tier = z.infer<typeof tierSchema>;

/** New customers start in the last, least demanding tier. */
export function defaultTierName(tierNames: readonly string[]): string {
  return tierNames.at(-1) ?? 'Standard';
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const settingsShape = {
  timeZone: timeZoneName,
  workingHours: workingHoursSchema,
  holidays: z.array(holidaySchema),
  outOfOffice: z.array(outOfOfficeSchema),
  firstReplyTarget: replyTargetSchema,
  nextReplyTarget: replyTargetSchema,
  atRiskPercent: z.number().int().min(1).max(99),
  followUpDelayWorkingDays: z.number().int().min(0).max(60),
  /** After a promise is kept, a follow-up to ask the customer whether it did the job. */
  checkInAfterDone: z.boolean(),
  checkInDelayWorkingDays: z.number().int().min(1).max(60),
  /** 'off': no commitment is looked for in sent mail at all, so nothing is suggested or kept. */
  confirmCommitments: z.enum(['ask', 'auto', 'off']),
  /** A promise is at risk from this many working days before its due date (0: only on the day). */
  followUpAtRiskWorkingDays: z.number().int().min(0).max(10),
  dateOrder: z.enum(['MDY', 'DMY']),
  ownDomains: z.array(domainName),
  /** Send-as addresses of the user besides the signed-in one: mail from them is outgoing. */
  sendAsAliases: z.array(emailAddress),
  /** Addresses or whole domains whose mail never starts a clock. */
  ignoredSenders: z.array(z.string().trim().toLowerCase().min(3)),
  notifications: z.boolean(),
  /** A desktop notification when a promise's at-risk day starts: the moment for a heads-up. */
  headsUpNotification: z.boolean(),
  /** Whether customers gone quiet count on the toolbar badge (amber at most: nothing is late yet). */
  badgeCountsQuiet: z.boolean(),
  /** Whose items the toolbar badge counts: every signed-in account, or one of them. */
  badgeScope: z.union([z.literal('all'), emailAddress]),
  tiers: z
    .array(tierSchema)
    .min(1, 'keep at least one tier')
    .refine(
      (tiers) => new Set(tiers.map((t) => t.name.toLowerCase())).size === tiers.length,
      'two tiers have the same name',
    ),
};

export const completeSettingsSchema = z.object(settingsShape);
export type Settings = z.infer<typeof completeSettingsSchema>;
export type SettingsField = keyof Settings;
export const SETTINGS_FIELDS = Object.keys(settingsShape) as SettingsField[];

export function defaultSettings(): Settings {
  const nineToFive = () => [{ start: '09:00', end: '17:00' }];
  return {
    timeZone: browserTimeZone(),
    workingHours: {
      mon: nineToFive(),
      tue: nineToFive(),
      wed: nineToFive(),
      thu: nineToFive(),
      fri: nineToFive(),
      sat: [],
      sun: [],
    },
    holidays: [],
    outOfOffice: [],
    firstReplyTarget: { value: 4, unit: 'businessHours' },
    nextReplyTarget: { value: 8, unit: 'businessHours' },
    atRiskPercent: 75,
    followUpDelayWorkingDays: 2,
    checkInAfterDone: true,
    checkInDelayWorkingDays: 3,
    confirmCommitments: 'ask',
    followUpAtRiskWorkingDays: 1,
    dateOrder: 'MDY',
    ownDomains: [],
    sendAsAliases: [],
    ignoredSenders: [],
    notifications: true,
    badgeCountsQuiet: true,
    headsUpNotification: true,
    badgeScope: 'all',
    tiers: [
      { name: 'Strategic', targets: {}, cadenceDays: null },
      { name: 'Key', targets: {}, cadenceDays: null },
      { name: 'Standard', targets: {}, cadenceDays: null },
    ],
  };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Stored or imported settings: a field that an older version did not have takes its default,
 * so settings written by any earlier version parse into today's shape.
 */
export const settingsSchema = z.preprocess(
  (v) => (isPlainObject(v) ? { ...defaultSettings(), ...v } : v),
  completeSettingsSchema,
);

/** A change to some settings, as the options page sends it; unknown fields are an error. */
export const settingsChangeSchema = completeSettingsSchema.partial().strict();
export type SettingsChange = z.infer<typeof settingsChangeSchema>;

/** Checks one field on its own, so a damaged stored field can fall back to its default alone. */
export function isValidSettingsField(field: string, value: unknown): boolean {
  const schema = settingsShape[field as SettingsField];
  return !!schema && schema.safeParse(value).success;
}
