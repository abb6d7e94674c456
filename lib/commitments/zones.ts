// Times said on another clock: the zones people name ("5pm EST", "by 3pm Sydney time", "your time (PST)"), where
// someone says they are ("We're in LA"), and the customer's clock named without its zone ("by 5pm your time",
// "by your EOD Friday"). deadline.ts reads the day where that clock is and converts the moment to the user's zone.
import { clockMinutes, clockWordMinutes, workingHour } from './clock';

// Zones people name after a time: abbreviations (upper case only: "et al."), and places, which need "time" after
// them ("by 9am Sydney time"). "CST" and "IST" are read as the US and India ones, the usual readers here.
const ZONES: { abbrev: string; places: string; zone: string }[] = [
  { abbrev: 'E[SD]?T', places: '[Ee]astern|New York|NYC?|Toronto|Boston|Atlanta|Miami|Washington|Philadelphia|Montreal|Ottawa', zone: 'America/New_York' },
  { abbrev: 'C[SD]?T', places: '[Cc]entral|Chicago|Houston|Dallas|Austin|Minneapolis|Winnipeg', zone: 'America/Chicago' },
  { abbrev: 'M[SD]T', places: '[Mm]ountain|Denver|Salt Lake City|Calgary|Edmonton', zone: 'America/Denver' },
  { abbrev: 'P[SD]?T', places: '[Pp]acific|LA|Seattle|San Francisco|Vancouver|Portland|San Diego|San Jose|Silicon Valley', zone: 'America/Los_Angeles' },
  { abbrev: 'GMT|UTC', places: 'UTC', zone: 'UTC' },
  { abbrev: 'BST', places: 'UK|London|British', zone: 'Europe/London' },
  { abbrev: 'CES?T', places: 'Central European|Paris|Berlin|Amsterdam|Madrid|Frankfurt|German', zone: 'Europe/Berlin' },
  { abbrev: 'EES?T', places: 'Athens|Helsinki', zone: 'Europe/Athens' },
  { abbrev: 'IST', places: 'India|Indian|Mumbai|Delhi|Bangalore|Bengaluru', zone: 'Asia/Kolkata' },
  { abbrev: 'GST', places: 'Gulf|Dubai|UAE', zone: 'Asia/Dubai' },
  { abbrev: 'SGT', places: 'Singapore|Kuala Lumpur|KL', zone: 'Asia/Singapore' },
  { abbrev: 'HKT', places: 'Hong Kong|HK', zone: 'Asia/Hong_Kong' },
  { abbrev: 'PHT', places: 'Manila', zone: 'Asia/Manila' },
  { abbrev: 'JST', places: 'Japan|Tokyo', zone: 'Asia/Tokyo' },
  { abbrev: 'KST', places: 'Korea|Seoul', zone: 'Asia/Seoul' },
  { abbrev: 'AE[SD]?T', places: 'Sydney|Melbourne|Canberra', zone: 'Australia/Sydney' },
  { abbrev: 'AWST', places: 'Perth', zone: 'Australia/Perth' },
  { abbrev: 'NZ[SD]?T', places: 'NZ|Auckland|Wellington|New Zealand', zone: 'Pacific/Auckland' },
];
export const ZONE_ABBREV = ZONES.map((z) => z.abbrev).join('|');
const ZONE_PLACE = ZONES.map((z) => z.places).join('|');
const zoneNamed = (name: string): string | undefined => ZONES.find((z) => new RegExp(`^(?:${z.abbrev}|${z.places})$`, 'i').test(name))?.zone;
// "5PM your time (PST)", "8pm your time (New York)": the zone said in brackets after "your time". North America's
// zones also go by their bare names after a time ("end of day Friday Pacific"), not before a name ("Central Park").
const ZONE = String.raw`(?:(?:your\s+time\s*\(\s*)?(?<abbrev>${ZONE_ABBREV})\b|(?<place>${ZONE_PLACE})\s+time\b|your\s+time\s*\(\s*(?<bracketed>${ZONE_PLACE})\s*\)|(?<bare>[Ee]astern|[Cc]entral|[Mm]ountain|[Pp]acific)\b(?!\s+[A-Z]))`;
const zoneOf = (m: RegExpExecArray): string | undefined => zoneNamed(m.groups!.abbrev ?? m.groups!.place ?? m.groups!.bracketed ?? m.groups!.bare!);
export const ZONE_HINT = new RegExp(String.raw`\b${ZONE}`);
const ZONED_TIME = new RegExp(
  // "by 9am Monday KST": a day may stand between the hour and its zone; "8:30 ET" needs no am/pm.
  String.raw`\b(?:(\d{1,2})(?:[:.](\d{2}))?\s?([aApP])\.?\s?[mM]\b\.?|([Nn]oon|[Mm]idday|[Mm]idnight|EOD|COB|[Ee]nd of (?:the )?(?:business )?day|[Ee]nd of business|[Cc]lose of business)|(?:[Bb]y|[Bb]efore|[Uu]ntil|[Aa]t)\s+(\d{1,2})(?::(\d{2}))?|(\d{1,2}):(\d{2}))(?:\s+(?:your|ur)\s+time)?(?<day>\s+(?:on\s+)?(?:(?:[Mm]on|[Tt]ues?|[Ww]ed(?:nes)?|[Tt]hu(?:rs)?|[Ff]ri|[Ss]at(?:ur)?|[Ss]un)(?:day)?|[Tt]oday|[Tt]omorrow|tmrw))?\s*,?\s*\(?\s*${ZONE}`,
  'd',
);

export interface ZonedTime {
  zone: string;
  /** Minutes after midnight there; null when only a day is said ("Monday your time"). */
  minutes: number | null;
  phrase: string;
  index: number;
  /** The spans to blank before the day is read, when they are not the phrase itself. */
  blank?: [number, number][];
}

export function zonedTime(text: string): ZonedTime | null {
  const m = ZONED_TIME.exec(text);
  if (!m) return null;
  const zone = zoneOf(m);
  if (!zone) return null;
  let minutes: number | null;
  if (m[1]) minutes = clockMinutes(m[1], m[2], m[3]);
  else if (m[4]) minutes = clockWordMinutes(m[4]);
  else if (m[7]) minutes = clockMinutes(m[7], m[8], undefined);
  else minutes = clockMinutes(String(workingHour(Number(m[5]))), m[6], undefined);
  if (minutes === null) return null;
  // The day between stays to be read where that clock is.
  const day = m.indices?.groups?.day;
  const end = m.index + m[0].length;
  const blank: [number, number][] | undefined = day ? [[m.index, day[0] - m.index], [day[1], end - day[1]]] : undefined;
  return { zone, minutes, phrase: m[0], index: m.index, blank };
}

/** The zone the text names after a time ("noon PT", "9pm ET") or in brackets ("(Pacific)"): where a customer says their clock is. */
export function zoneSaid(text: string): string | undefined {
  const m = ZONED_TIME.exec(text);
  if (m) return zoneOf(m);
  const b = ZONE_IN_BRACKETS.exec(text);
  return b ? zoneNamed(b[1]!) : undefined;
}
/**
 * A place the text says someone is in ("We're in LA", "…, Sydney NSW 2000", "Tuesday 9am Sydney"), as its zone:
 * the places above, and the cities that name IANA zones ("Chicago", "Mexico City", "Kuala Lumpur").
 */
export function placeSaid(text: string): string | undefined {
  const m = PLACE_SAID.exec(text) ?? zoneCities().pattern.exec(text);
  if (!m) return undefined;
  return zoneNamed(m[1]!) ?? zoneCities().zones.get(m[1]!);
}

let cities: { pattern: RegExp; zones: Map<string, string> } | undefined;
/** The cities in the IANA zone names this runtime knows, built once, when first asked. */
function zoneCities(): { pattern: RegExp; zones: Map<string, string> } {
  if (cities) return cities;
  const zones = new Map<string, string>();
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    const city = zone.split('/').pop()!.replace(/_/g, ' ');
    // Continents' and countries' own names are no city ("Central", "Samoa" and the like stay out).
    if (/^(?:America|Europe|Asia|Africa|Australia|Pacific|Atlantic|Indian|Antarctica|Arctic|Etc)$/.test(zone.split('/')[0]!) && /^[A-Z][a-z]+(?: [A-Z][a-z]+)*$/.test(city) && city.length >= 4) zones.set(city, zone);
  }
  const names = [...zones.keys()].sort((a, b) => b.length - a.length).join('|');
  cities = { pattern: new RegExp(String.raw`${PLACE_LEAD}(${names})\b`, 'm'), zones };
  return cities;
}
// What stands before a place someone is in: "in LA", "…, Sydney NSW", "| Pago Pago", "9am Sydney", a line's start.
const PLACE_LEAD = String.raw`(?:\b(?:in|at|from)\s+|[,|]\s*|\d\s?(?:[ap]\.?m\.?)?\s+|^\s*)`;
// Case-sensitive, and not the words that are also directions or adjectives ("Central", "Pacific", "Eastern").
const PLACE_SAID = new RegExp(String.raw`${PLACE_LEAD}(${ZONE_PLACE})\b(?<!\b(?:[Ee]astern|[Cc]entral|[Mm]ountain|[Pp]acific|UTC|German|British|Indian|Gulf))`, 'm');
const ZONE_IN_BRACKETS = new RegExp(String.raw`\((${ZONE_PLACE})(?:\s+time)?\)`);

// The customer's clock without its zone: "by 5pm your time", "by your EOD today", "mon morning ur time",
// "before close of business your time", "end of your business day". Read only when the thread says where they are.
export const YOUR_CLOCK = /\b(?:(?:your|ur|yr)\s+time\b|(?:your|ur|yr)\s+(?:EOD|COB|EOB|end of (?:the )?(?:business |working )?day|end of business|close of business|morning)\b|(?:end|close) of (?:your|ur|yr)\s+(?:business |working )?day\b|(?:your|ur|yr)(?=\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{1,2}(?::\d{2})?\s?[ap]\.?m\b)))/i;
// The hour said just before "your time" ("by 17:00", "before 8pm", "close of business", "Monday morning"); a day word may stand between.
const CLOCK_BEFORE =
  /(?:\b(\d{1,2})(?:[:.](\d{2}))?\s?([aApP])\.?\s?[mM]\b\.?|\b(\d{1,2}):(\d{2})\b|\b(?:[Bb]y|[Bb]efore|[Uu]ntil|[Aa]t|b4)\s+(\d{1,2})|\b(noon|midday|midnight|EOD|COB|EOB|end of (?:the )?(?:business |working )?day|close of business|start of business|morning|first thing))(\s*(?:(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun|today|tomorrow|tmrw|tom)[a-z]*\s+)?)$/i;

const DAY_THEN_HOUR =
  /^\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?(?:(\d{1,2})(?::(\d{2}))?\s?([ap])\.?\s?m\b\.?|(morning|stand-?up|kick-?off|EOD|COB|end of (?:the )?(?:business )?day|close of business))/i;

export function theirClock(text: string, zone: string): ZonedTime | null {
  const your = YOUR_CLOCK.exec(text);
  if (!your) return null;
  const from = Math.max(0, your.index - 40);
  const before = CLOCK_BEFORE.exec(text.slice(from, your.index));
  // "your Tuesday 10am", "your Monday stand-up", "your Friday EOD": the hour said after the day.
  const later = /^your$|^ur$|^yr$/i.test(your[0]) ? DAY_THEN_HOUR.exec(text.slice(your.index + your[0].length)) : null;
  const word = before?.[7] ?? later?.[4] ?? /\b(EOD|COB|EOB|end of|close of|morning)\b/i.exec(your[0])?.[1];
  let minutes: number | null = null;
  if (later?.[1]) minutes = clockMinutes(later[1], later[2], later[3]);
  else if (before?.[1]) minutes = clockMinutes(before[1], before[2], before[3]);
  else if (before?.[4]) minutes = clockMinutes(String(workingHour(Number(before[4]))), before[5], undefined);
  else if (before?.[6]) minutes = clockMinutes(String(workingHour(Number(before[6]))), undefined, undefined);
  else if (word) minutes = clockWordMinutes(word);
  if (!before) return { zone, minutes, phrase: your[0], index: your.index };
  const at = from + before.index;
  const clockLength = before[0].length - before[8]!.length;
  return { zone, minutes, phrase: text.slice(at, your.index + your[0].length), index: at, blank: [[at, clockLength], [your.index, your[0].length]] };
}
