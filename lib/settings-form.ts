/**
 * The options page edits settings as text (a day's hours as "09:00–12:30, 13:30–17:30", domains
 * one per line); these functions turn that text into a settings change and back, and say which
 * field is wrong and why.
 */
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

/** "9-12:30, 13:30-17:30" → blocks; an empty text is a day off. */
export function parseBlocks(text: string): WorkingBlock[] | string {
  const parts = text
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const blocks: WorkingBlock[] = [];
  for (const part of parts) {
    const m = /^(\d{1,2})(?::(\d{2}))?\s*[-–—]\s*(\d{1,2})(?::(\d{2}))?$/.exec(part);
    if (!m) return `“${part}” is not a time range such as 09:00–17:00`;
    const pad = (h: string, mm = '00') => `${h.padStart(2, '0')}:${mm}`;
    blocks.push({ start: pad(m[1]!, m[2]), end: pad(m[3]!, m[4]) });
  }
  return blocks;
}

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
    const shown =
      isList && typeof second === 'number' ? `${candidate[field as ListField][second]}: ${issue.message}` : issue.message;
    errors[key] ??= shown;
  }
  return { errors };
}
