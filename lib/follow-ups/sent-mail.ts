/**
 * From a message the user sends to follow-ups: the detector's options come from the
 * settings, and each commitment becomes a follow-up, a suggestion or an open one as the
 * settings say, due on its own date or after the default delay.
 */
import { addCalendarDays, scheduleFromSettings } from '../business-time';
import type { DetectOptions } from '../commitments/detect';
import type { FollowUp } from '../db/records';
import { defaultFollowUpDue, normalizeSentence } from '../follow-up-state';
import { WEEKDAYS, type Settings } from '../settings';

export interface SentCommitment {
  sentence: string;
  action: string;
  due: string | null;
}

/**
 * Settings as the detector wants them: working weekdays, and every day off as a date; and the
 * customer's clock when the book has it.
 */
export function detectOptionsFrom(
  settings: Settings,
  sentAt: Date,
  format: 'text' | 'html',
  recipientTimeZone: string | null = null,
): DetectOptions {
  const workingDays = WEEKDAYS.flatMap((day, i) => (settings.workingHours[day].length ? [i + 1] : []));
  const holidays = settings.holidays.map((h) => h.date);
  for (const away of settings.outOfOffice) {
    for (let d = away.start; d <= away.end; d = addCalendarDays(d, 1)) holidays.push(d);
  }
  return {
    sentAt,
    timeZone: settings.timeZone,
    workingDays,
    holidays,
    dateOrder: settings.dateOrder,
    format,
    ...(recipientTimeZone === null ? {} : { recipientTimeZone }),
  };
}

export function followUpsFromCommitments(
  commitments: readonly SentCommitment[],
  ctx: {
    accountId: string;
    threadId: string;
    messageId: string;
    customerId: string | null;
    sentAt: Date;
    settings: Settings;
    now: Date;
    newId: () => string;
  },
): FollowUp[] {
  // The content script does not look when detection is off; a message sent before the
  // setting changed may still carry commitments, and they are not kept either.
  if (ctx.settings.confirmCommitments === 'off') return [];
  const schedule = scheduleFromSettings(ctx.settings);
  const fallbackDue = defaultFollowUpDue(schedule, ctx.sentAt, ctx.settings.followUpDelayWorkingDays);
  const seen = new Set<string>();
  return commitments.flatMap((c) => {
    const sentence = normalizeSentence(c.sentence);
    if (!sentence || seen.has(sentence)) return [];
    seen.add(sentence);
    return [
      {
        accountId: ctx.accountId,
        id: ctx.newId(),
        threadId: ctx.threadId,
        messageId: ctx.messageId,
        customerId: ctx.customerId,
        sentence,
        action: c.action,
        due: c.due ?? fallbackDue,
        state: ctx.settings.confirmCommitments === 'auto' ? 'open' : 'suggested',
        source: 'detected',
        snoozedUntil: null,
        completedAt: null,
        redated: [],
        createdAt: ctx.now.toISOString(),
        updatedAt: ctx.now.toISOString(),
      },
    ];
  });
}
