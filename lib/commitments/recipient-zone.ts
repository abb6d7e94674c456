// Where the customer's clock is, for "by 5pm your time" and "by your EOD": a demanding account manager
// wants the reminder on the day that moment falls for them, and the thread often says where the customer
// is. The customer's own words in the message answered come first ("anything before 9pm ET works",
// "I'm in the office all day Monday (Pacific)"), then a place they name ("We're in LA", "Sydney NSW 2000" under
// their name), then the country of their address ("…@marinabaycap.sg").
// Nothing else is guessed: a name or a .com says nothing about a clock.
import { placeSaid, zoneSaid } from './zones';
import { firstQuotedMessage } from './strip-quoted';

// Countries with one clock, or one that nearly all business keeps, by their address's top-level domain.
// Countries with several (.us, .ca, .au, .br, .mx, .ru) and generic domains (.com, .io, .co) are left out.
const COUNTRY_ZONES: Record<string, string> = {
  uk: 'Europe/London',
  ie: 'Europe/Dublin',
  de: 'Europe/Berlin',
  fr: 'Europe/Paris',
  nl: 'Europe/Amsterdam',
  be: 'Europe/Brussels',
  lu: 'Europe/Luxembourg',
  ch: 'Europe/Zurich',
  at: 'Europe/Vienna',
  it: 'Europe/Rome',
  es: 'Europe/Madrid',
  pt: 'Europe/Lisbon',
  se: 'Europe/Stockholm',
  no: 'Europe/Oslo',
  dk: 'Europe/Copenhagen',
  fi: 'Europe/Helsinki',
  pl: 'Europe/Warsaw',
  cz: 'Europe/Prague',
  hu: 'Europe/Budapest',
  ro: 'Europe/Bucharest',
  gr: 'Europe/Athens',
  tr: 'Europe/Istanbul',
  il: 'Asia/Jerusalem',
  eg: 'Africa/Cairo',
  za: 'Africa/Johannesburg',
  ng: 'Africa/Lagos',
  ke: 'Africa/Nairobi',
  ae: 'Asia/Dubai',
  sa: 'Asia/Riyadh',
  qa: 'Asia/Qatar',
  as: 'Pacific/Pago_Pago',
  ws: 'Pacific/Apia',
  fj: 'Pacific/Fiji',
  pk: 'Asia/Karachi',
  in: 'Asia/Kolkata',
  lk: 'Asia/Colombo',
  bd: 'Asia/Dhaka',
  th: 'Asia/Bangkok',
  vn: 'Asia/Ho_Chi_Minh',
  my: 'Asia/Kuala_Lumpur',
  sg: 'Asia/Singapore',
  ph: 'Asia/Manila',
  hk: 'Asia/Hong_Kong',
  cn: 'Asia/Shanghai',
  tw: 'Asia/Taipei',
  kr: 'Asia/Seoul',
  jp: 'Asia/Tokyo',
  nz: 'Pacific/Auckland',
};

/** The recipient's IANA zone as the quoted message shows it, or undefined when it does not. */
export function recipientZone(text: string): string | undefined {
  const quoted = firstQuotedMessage(text);
  if (!quoted) return undefined;
  const tld = quoted.address
    ? /\.([a-z]{2})$/i.exec(quoted.address)?.[1]?.toLowerCase()
    : undefined;
  return zoneSaid(quoted.body) ?? placeSaid(quoted.body) ?? (tld ? COUNTRY_ZONES[tld] : undefined);
}

// The user's own words may place the customer: "by your Monday morning in Tokyo", "your LA finance team",
// "I know it's barely 6:30am in London". Only a place tied to "your" or to the hour it is there counts;
// "I'm in Sydney this week" is the writer's own.
const YOUR_PLACE =
  /\b(?:your|ur)\s+(?:[\w-]+\s+){0,4}?in\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})|\b(?:your|ur)\s+([A-Z]{2,3}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:team|office|offices|colleagues|finance|HQ|folks|people|site)\b|\bit['’]s\s+(?:only\s+|barely\s+|just\s+|nearly\s+|almost\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)?|midnight|morning|evening|night|the middle of the night)\s+(?:there\s+)?in\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})/;

/** The customer's zone as the user's own message places them, or undefined. */
export function customerPlaceSaid(authored: string): string | undefined {
  const m = YOUR_PLACE.exec(authored);
  const place = m?.[1] ?? m?.[2] ?? m?.[3];
  return place ? placeSaid(place) : undefined;
}
