/**
 * The options page's sections, each addressable by the URL's hash (options.html#targets),
 * so the popup, the welcome page and the sidebar can link straight to one.
 * `#customers/<id>` opens a customer in the book.
 */
export const OPTIONS_SECTIONS = [
  { id: 'general', title: 'General' },
  { id: 'working-time', title: 'Working time' },
  { id: 'targets', title: 'Targets & tiers' },
  { id: 'follow-ups', title: 'Follow-ups' },
  { id: 'mail', title: 'Mail' },
  { id: 'notifications', title: 'Notifications' },
  { id: 'customers', title: 'Customers' },
  { id: 'data', title: 'Data' },
] as const;

export type OptionsSection = (typeof OPTIONS_SECTIONS)[number]['id'];

/** The settings sections share one draft and one save bar; Customers and Data save on their own. */
export const SETTINGS_SECTIONS: readonly OptionsSection[] = ['general', 'working-time', 'targets', 'follow-ups', 'mail', 'notifications'];

export interface OptionsLocation {
  section: OptionsSection;
  /** `#customers/acme`: the customer to open. */
  detail: string | null;
}

/** An unknown or empty hash shows General rather than an empty page. */
export function locationFromHash(hash: string): OptionsLocation {
  const [head = '', ...rest] = hash.replace(/^#/, '').split('/');
  const known = OPTIONS_SECTIONS.find((s) => s.id === head.toLowerCase());
  if (!known) return { section: 'general', detail: null };
  const detail = rest.length ? decodeURIComponent(rest.join('/')) : null;
  return { section: known.id, detail: detail || null };
}

export function hashFor(section: OptionsSection, detail?: string): string {
  return `#${section}${detail ? `/${encodeURIComponent(detail)}` : ''}`;
}
