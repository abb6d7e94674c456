/**
 * A backup with a known history for the customer page and the weekly review, placed in the
 * week before the one the test runs in (New York, 9 to 5 on weekdays, that Friday a holiday), so every figure is
 * fixed whatever the day and hour of the run.
 */
import { addCalendarDays, startOfCivilDay, todayIn } from '../../lib/business-time';
import { weekStart } from '../../lib/commitments/working-days';
import { CURRENT_SCHEMA_VERSION } from '../../lib/db/schema';
import { defaultSettings } from '../../lib/settings';

export const SAM = 'sam@northwind.example';
const TZ = 'America/New_York';

export function relationshipBackup(now = new Date()) {
  const week = addCalendarDays(weekStart(todayIn(TZ, now)), -7);
  /** Day `d` of last week (0 = Monday) at `hh:mm` in New York, as an instant. */
  const at = (d: number, hh: number, mm = 0) =>
    new Date(startOfCivilDay(TZ, addCalendarDays(week, d)).getTime() + (hh * 60 + mm) * 60_000).toISOString();
  const day = (d: number) => addCalendarDays(week, d);
  const created = at(-3, 12);
  const customer = (id: string, name: string, domain: string, cadenceDays: number | null) => ({
    accountId: SAM,
    id,
    name,
    tier: 'Key',
    domains: [domain],
    notes: '',
    targets: {},
    cadenceDays,
    createdAt: at(-60, 12),
    updatedAt: at(-60, 12),
  });
  const thread = (threadId: string, customerId: string, subject: string) => ({
    accountId: SAM,
    threadId,
    subject,
    customerId,
    mark: null,
    snoozedUntil: null,
    snoozedAt: null,
    clock: null,
    updatedAt: created,
  });
  let n = 0;
  const message = (threadId: string, direction: 'incoming' | 'outgoing', sentAt: string, other = 'dana@acme.com') => ({
    accountId: SAM,
    messageId: `m${++n}`,
    threadId,
    from: direction === 'incoming' ? other : SAM,
    to: [direction === 'incoming' ? SAM : other],
    cc: [],
    sentAt,
    direction,
  });
  const followUp = (id: string, sentence: string, due: string, state: string, completedAt: string | null = null, redated: object[] = []) => ({
    accountId: SAM,
    id,
    threadId: 'renewal',
    messageId: `sent-${id}`,
    customerId: 'acme',
    sentence,
    action: sentence,
    due,
    state,
    source: 'detected',
    snoozedUntil: null,
    completedAt,
    redated,
    createdAt: created,
    updatedAt: completedAt ?? created,
  });
  return JSON.stringify({
    format: 'follow-through-backup',
    formatVersion: 1,
    exportedAt: now.toISOString(),
    schemaVersion: CURRENT_SCHEMA_VERSION,
    settings: {
      ...defaultSettings(),
      timeZone: TZ,
      ownDomains: ['northwind.example'],
      holidays: [{ date: day(4), name: 'Team day' }],
      notifications: false,
    },
    tables: {
      accounts: [{ id: SAM, createdAt: at(-60, 12), lastSeenAt: now.toISOString(), aliases: [] }],
      customers: [customer('acme', 'Acme Corp', 'acme.com', null), customer('globex', 'Globex', 'globex.com', 7)],
      contacts: [{ accountId: SAM, email: 'dana@acme.com', customerId: 'acme', name: 'Dana Reyes', role: 'CFO' }],
      threads: [
        thread('renewal', 'acme', 'Renewal terms'),
        thread('invoice', 'acme', 'Invoice 2231'),
        thread('outage', 'acme', 'Outage on the EU cluster'),
        thread('globex-hello', 'globex', 'Quarterly check-in'),
      ],
      messages: [
        // First reply in 2 h; next reply in 1 h.
        message('renewal', 'incoming', at(0, 9)),
        message('renewal', 'outgoing', at(0, 11)),
        message('renewal', 'incoming', at(3, 10)),
        message('renewal', 'outgoing', at(3, 11)),
        // Tue 09:00 → Wed 15:00: 14 business hours, 10 h over the 4 h target.
        message('invoice', 'incoming', at(1, 9)),
        message('invoice', 'outgoing', at(2, 15)),
        // Thu 12:00, never answered: 5 h by the week's end (Friday is a holiday), 1 h over.
        message('outage', 'incoming', at(3, 12)),
        // Globex was last written to 20 days before last Monday; cadence 7 days.
        message('globex-hello', 'outgoing', at(-20, 10), 'lee@globex.com'),
      ],
      followUps: [
        followUp('deck', 'I will send the deck on Monday.', day(0), 'done', at(0, 15)),
        followUp('pricing', 'I will confirm the pricing by Tuesday.', day(1), 'done', at(2, 10)),
        followUp('contract', 'I will send the contract by Wednesday.', day(3), 'done', at(3, 12), [
          { from: day(2), to: day(3), at: at(1, 10), reason: 'heads-up' },
        ]),
        followUp('sla', 'I will get you the SLA figures by Thursday.', day(3), 'open'),
        followUp('training', 'I will set up the training on Friday.', day(4), 'dismissed'),
        followUp('roadmap', 'I will share the roadmap next month.', addCalendarDays(todayIn(TZ, now), 30), 'open'),
      ],
      alertStates: [],
    },
  });
}

export function lastWeek(now = new Date()): string {
  return addCalendarDays(weekStart(todayIn(TZ, now)), -7);
}
