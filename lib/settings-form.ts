/**
 * The options page edits settings as text (a day's hours as "09:00–12:30, 13:30–17:30", domains
 * one per line); these functions turn that text into a settings change and back, and say which
 * field is wrong and why.
 */
import { plainMessage } from './validation';
import {
  completeSettingsSchema,
  WEEKDAYS,
  type Settings,
  type SettingsChange,
  type Weekday,
  type WorkingBlock,
} from './settings';

export interface SettingsDraft {
  settings: Settings;
  hours: Record<Weekday, string>;
  ownDomains: string;
  sendAsAliases: string;
  ignoredSenders: string;
}

/** The settings the options page edits as one-per-line text. */
const LIST_FIELDS = ['ownDomains', 'sendAsAliases', 'ignoredSenders'] as const;
type ListField = (typeof LIST_FIELDS)[number];
const isListField = (field: unknown): field is ListField => LIST_FIELDS.includes(field as ListField);

export function formatBlocks(blocks: readonly WorkingBlock[]): string {
  return blocks.map((b) => `${b.start}–${b.end}`).join(', ');
}

interface ClockTime {
  minutes: number;
  /** Said with am or pm, so never read again as the other half of the day. */
  meridiem: boolean;
}

/** "9", "9:30", "0930", "9.30", "5pm", "12am", "17:00" → minutes after midnight; null if not a time. */
export function parseClockTime(text: string): ClockTime | null {
  const m = /^(\d{1,2})(?:[:.h]?(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|a|p)?$/i.exec(text.trim());
  if (!m) return null;
  let hours = Number(m[1]);
  const minutes = m[2] ? Number(m[2]) : 0;
  const suffix = m[3]?.toLowerCase().replace(/\./g, '');
  if (minutes > 59) return null;
  if (suffix) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (suffix.startsWith('p') ? 12 : 0);
  } else if (hours > 24 || (hours === 24 && minutes > 0)) return null;
  return { minutes: hours * 60 + minutes, meridiem: !!suffix };
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * "9-5", "9am-5:30pm", "09:00–12:30, 13:30–17:30" → blocks; an empty text is a day off.
 * People write office hours on a 12-hour clock: an end without am/pm that would come before
 * its start is read in the afternoon ("9-5" is 09:00–17:00, never a block ending at 05:00).
 */
export function parseBlocks(text: string): WorkingBlock[] | string {
  const parts = text
    .split(/[,;]|\band\b/)
    .map((p) => p.trim())
    .filter(Boolean);
  const blocks: WorkingBlock[] = [];
  for (const part of parts) {
    const range = /^(.+?)\s*(?:[-–—]|\bto\b|\buntil\b)\s*(.+)$/i.exec(part);
    const start = range ? parseClockTime(range[1]!) : null;
    const end = range ? parseClockTime(range[2]!) : null;
    if (!start || !end) return `“${part}” is not a time range. Write it like 9-5 or 09:00–12:30, 13:30–17:30.`;
    let endMinutes = end.minutes;
    if (!end.meridiem && endMinutes <= start.minutes && endMinutes < 12 * 60) endMinutes += 12 * 60;
    if (endMinutes <= start.minutes) return `“${part}” ends before it starts.`;
    blocks.push({ start: hhmm(start.minutes), end: hhmm(endMinutes) });
  }
  return blocks;
}

/** What a day's typed hours were understood as: "09:00–17:00 · 8 h", "Day off"; null when unreadable. */
export function describeHours(text: string): string | null {
  const blocks = parseBlocks(text);
  if (typeof blocks === 'string') return null;
  if (blocks.length === 0) return 'Day off';
  const minutes = blocks.reduce((sum, b) => sum + minutesOf(b.end) - minutesOf(b.start), 0);
  const length = `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
  return `${formatBlocks(blocks)} · ${length}`;
}

const minutesOf = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));

export const splitList = (text: string): string[] =>
  text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);

export function draftFrom(settings: Settings): SettingsDraft {
  return {
    settings,
    hours: Object.fromEntries(WEEKDAYS.map((d) => [d, formatBlocks(settings.workingHours[d])])) as Record<
      Weekday,
      string
    >,
    ownDomains: settings.ownDomains.join('\n'),
    sendAsAliases: settings.sendAsAliases.join('\n'),
    ignoredSenders: settings.ignoredSenders.join('\n'),
  };
}

export type DraftErrors = Partial<Record<string, string>>;

/** The change to send, or the errors to show beside each field (keyed `hours.mon`, `ownDomains`…). */
export function changeFromDraft(draft: SettingsDraft): { change: SettingsChange } | { errors: DraftErrors } {
  const errors: DraftErrors = {};
  const workingHours = { ...draft.settings.workingHours };
  for (const day of WEEKDAYS) {
    const blocks = parseBlocks(draft.hours[day]);
    if (typeof blocks === 'string') errors[`hours.${day}`] = blocks;
    else workingHours[day] = blocks;
  }
  const candidate = {
    ...draft.settings,
    workingHours,
    ownDomains: splitList(draft.ownDomains),
    sendAsAliases: splitList(draft.sendAsAliases),
    ignoredSenders: splitList(draft.ignoredSenders),
  };
  const parsed = completeSettingsSchema.safeParse(candidate);
  if (parsed.success && !Object.keys(errors).length) return { change: parsed.data };
  for (const issue of parsed.error?.issues ?? []) {
    const [field, second] = issue.path;
    const isList = isListField(field);
    const key = field === 'workingHours' ? `hours.${String(second)}` : isList ? field : issue.path.join('.');
    const plain = FIELD_MESSAGES[String(field)] ?? plainMessage(issue);
    const shown =
      isList && typeof second === 'number'
        ? `“${candidate[field as ListField][second]}”: ${plain.charAt(0).toLowerCase()}${plain.slice(1)}`
        : plain;
    errors[key] ??= shown;
  }
  return { errors };
}

/** Where the schema's own words are not the plainest for the page. */
const FIELD_MESSAGES: Partial<Record<string, string>> = {
  timeZone: 'Pick a time zone from the list, such as Europe/Berlin.',
};

/** The errors of the fields a person has already left: validation on blur, not on every key. */
export function errorsFor(all: DraftErrors, touched: ReadonlySet<string>): DraftErrors {
  return Object.fromEntries(
    Object.entries(all).filter(([key]) => [...touched].some((t) => key === t || key.startsWith(`${t}.`))),
  );
}
