// Generates tests/fixtures/commitments/*.jsonl from hand-written cases.
// Every gold due date below was worked out by hand from spec §2 with a printed
// calendar; the generator only wraps the sentences into realistic messages
// (greeting, sign-off, signature, quoted history, forwards) and checks that each
// quote occurs exactly once. Run: npx tsx scripts/gen-commitments-corpus.ts
import { writeFileSync } from 'node:fs';

interface Moment {
  sentAt: string;
  timeZone: string;
  /** Human label, for the quoted-history header. */
  label: string;
}

// Sent-at moments: weekdays, Friday evenings, weekends, month/year ends, DST change days.
const M: Record<string, Moment> = {
  wed: { sentAt: '2026-11-18T15:30:00-05:00', timeZone: 'America/New_York', label: 'Tue, Nov 17, 2026 at 9:14 AM' },
  friEve: { sentAt: '2026-11-20T17:45:00-05:00', timeZone: 'America/New_York', label: 'Fri, Nov 20, 2026 at 11:02 AM' },
  sat: { sentAt: '2026-11-21T10:00:00-08:00', timeZone: 'America/Los_Angeles', label: 'Fri, Nov 20, 2026 at 4:40 PM' },
  sunLon: { sentAt: '2026-11-22T21:00:00+00:00', timeZone: 'Europe/London', label: 'Fri, 20 Nov 2026 at 14:05' },
  monBerMonthEnd: { sentAt: '2026-11-30T09:15:00+01:00', timeZone: 'Europe/Berlin', label: 'Fri, 27 Nov 2026 at 16:20' },
  yearEndTokyo: { sentAt: '2026-12-31T16:00:00+09:00', timeZone: 'Asia/Tokyo', label: 'Wed, Dec 30, 2026 at 10:11' },
  dstNY: { sentAt: '2026-03-08T11:00:00-04:00', timeZone: 'America/New_York', label: 'Fri, Mar 6, 2026 at 3:15 PM' },
  dstLon: { sentAt: '2026-03-29T14:00:00+01:00', timeZone: 'Europe/London', label: 'Fri, 27 Mar 2026 at 09:40' },
  dstBer: { sentAt: '2026-10-25T09:00:00+01:00', timeZone: 'Europe/Berlin', label: 'Fri, 23 Oct 2026 at 17:02' },
  dstLA: { sentAt: '2026-11-01T20:00:00-08:00', timeZone: 'America/Los_Angeles', label: 'Fri, Oct 30, 2026 at 1:12 PM' },
  dstSydEnd: { sentAt: '2026-04-05T10:00:00+10:00', timeZone: 'Australia/Sydney', label: 'Thu, 2 Apr 2026 at 11:30 am' },
  dstSydStart: { sentAt: '2026-10-04T12:00:00+11:00', timeZone: 'Australia/Sydney', label: 'Fri, 2 Oct 2026 at 3:45 pm' },
  friSydMonthEnd: { sentAt: '2026-07-31T18:30:00+10:00', timeZone: 'Australia/Sydney', label: 'Thu, 30 Jul 2026 at 10:05 am' },
  tueTokyoMonthEnd: { sentAt: '2026-06-30T11:00:00+09:00', timeZone: 'Asia/Tokyo', label: 'Mon, Jun 29, 2026 at 18:30' },
  xmasLon: { sentAt: '2026-12-24T13:00:00+00:00', timeZone: 'Europe/London', label: 'Wed, 23 Dec 2026 at 10:00' },
  monNY: { sentAt: '2026-02-02T08:00:00-05:00', timeZone: 'America/New_York', label: 'Fri, Jan 30, 2026 at 5:30 PM' },
  friBerLate: { sentAt: '2027-01-29T22:30:00+01:00', timeZone: 'Europe/Berlin', label: 'Thu, 28 Jan 2027 at 12:10' },
  satMonthEnd: { sentAt: '2026-10-31T09:00:00-04:00', timeZone: 'America/New_York', label: 'Thu, Oct 29, 2026 at 2:00 PM' },
  wedLateLA: { sentAt: '2026-04-01T23:30:00-07:00', timeZone: 'America/Los_Angeles', label: 'Wed, Apr 1, 2026 at 8:15 AM' },
  thuTokyoEarly: { sentAt: '2026-11-19T07:30:00+09:00', timeZone: 'Asia/Tokyo', label: 'Wed, Nov 18, 2026 at 17:50' },
  satLonPreDst: { sentAt: '2026-10-24T23:30:00+01:00', timeZone: 'Europe/London', label: 'Sat, 24 Oct 2026 at 08:00' },
  monBer: { sentAt: '2026-03-30T10:00:00+02:00', timeZone: 'Europe/Berlin', label: 'Fri, 27 Mar 2026 at 15:00' },
  wedDec: { sentAt: '2026-12-02T10:00:00-05:00', timeZone: 'America/New_York', label: 'Tue, Dec 1, 2026 at 4:10 PM' },
};

interface Gold {
  quote: string;
  due: string | null;
}

interface Case {
  id: string;
  sentAt: string;
  timeZone: string;
  text: string;
  commitments: Gold[];
  workingDays?: number[];
  holidays?: string[];
  dateOrder?: 'MDY' | 'DMY';
  format?: 'html';
  note?: string;
}

interface Extra {
  workingDays?: number[];
  holidays?: string[];
  dateOrder?: 'DMY';
  note?: string;
}

const GREETINGS = ['Hi Dana,', 'Hello Marcus,', 'Hi team,', 'Dear Ms. Okafor,', 'Hey Priya,', 'Morning Tom,', 'Hi Kenji,', 'Hi Claire,', 'Hallo Jonas,', 'Hi Olivia,'];
const OPENERS = [
  'Thanks for the call earlier.',
  'Thanks for getting back to me so quickly.',
  'Good to catch up today.',
  'Thanks for the update on the rollout.',
  'Appreciate you flagging this.',
  'Hope your week is going well.',
  'Thanks for your patience while we sorted this out.',
  'Great to hear the pilot went well.',
  '',
];
const CLOSERS = [
  'Let me know if you have any questions.',
  'Thanks again for your patience.',
  'Looking forward to it.',
  'Have a great weekend.',
  'Let me know if anything else comes up in the meantime.',
  '',
  'I look forward to hearing from you.',
];
const SIGNOFFS = ['Best,\nSam', 'Thanks,\nAlex Morgan', 'Regards,\nJulia', 'Cheers,\nTom', 'Best regards,\nPriya Nair', 'Kind regards,\nMarkus Weber', 'Thanks!\nDana'];
const SIGNATURES = [
  '--\nSam Lee | Account Manager\nNorthwind Software | +1 (555) 014-2231',
  '',
  '-- \nAlex Morgan\nSenior Account Executive, Contoso\nalex.morgan@contoso.com | contoso.com',
  'Julia Chen\nCustomer Success Manager | Fabrikam\nM: +44 7700 900123',
  '',
  '--\nTom Baker | Acme Support\nWe will respond to all tickets within one business day.',
  'Sent from my iPhone',
];
const QUOTED_BODIES = [
  "Hi Sam,\nI'll send the PO by Friday.\nCould you send the revised quote?\nThanks,\nJane",
  "Thanks for the demo. We will review internally and get back to you next week.\nBest,\nLee",
  "Quick question: will the new seats show up on this month's invoice?\nI'll forward the details to our procurement team tomorrow.",
  'Hi,\nAttached are the logs you asked for. Let me check with IT and circle back on the firewall rules.\nRegards,\nAnna',
  "Can we move the renewal call? I'm going to be travelling until Thursday.",
];

function quoted(m: Moment, i: number): string {
  const names = ['Jane Doe <jane@acme.com>', 'Lee Park <lee@globex.com>', 'Anna Schmidt <anna@initech.de>', 'Ken Sato <ken@umbrella.jp>'];
  const body = QUOTED_BODIES[i % QUOTED_BODIES.length]!.split('\n').map((l) => `> ${l}`).join('\n');
  return `On ${m.label} ${names[i % names.length]} wrote:\n${body}`;
}

function wrap(body: string, m: Moment, i: number, opts: { quote?: boolean } = {}): string {
  const parts: string[] = [];
  const g = GREETINGS[i % GREETINGS.length]!;
  if (i % 11 !== 3) parts.push(g, '');
  const op = OPENERS[i % OPENERS.length]!;
  parts.push(op ? `${op} ${body}` : body);
  const cl = CLOSERS[(i * 3) % CLOSERS.length]!;
  if (cl) parts.push('', cl);
  parts.push('', SIGNOFFS[i % SIGNOFFS.length]!);
  const sig = SIGNATURES[(i * 5) % SIGNATURES.length]!;
  if (sig) parts.push(sig);
  const withQuote = opts.quote ?? i % 5 < 2;
  if (withQuote) parts.push('', quoted(m, i));
  return parts.join('\n');
}

const cases: Record<string, Case[]> = { 'due-dates': [], forms: [], 'hard-negatives': [], messages: [], 'messages-html': [], styles: [] };

function add(file: string, c: Case): void {
  for (const g of c.commitments) {
    const first = c.text.indexOf(g.quote);
    if (first < 0 || c.text.indexOf(g.quote, first + 1) >= 0) throw new Error(`${c.id}: quote must occur exactly once: ${g.quote}`);
  }
  cases[file]!.push(c);
}

function mk(id: string, m: Moment, text: string, commitments: Gold[], extra: Extra = {}): Case {
  return { id, sentAt: m.sentAt, timeZone: m.timeZone, text, commitments, ...extra };
}

// ---------------------------------------------------------------------------
// §2 due-date table, row by row: [moment, sentence, due (hand-computed), extra]
type Row = [keyof typeof M, string, string | null, Extra?];

const DUE_ROWS: Record<string, Row[]> = {
  sameDay: [
    ['wed', "I'll send the revised quote by EOD.", '2026-11-18'],
    ['friEve', "I'll get the signed SOW back to you tonight.", '2026-11-20'],
    ['monBerMonthEnd', 'We will send the corrected invoice today.', '2026-11-30'],
    ['yearEndTokyo', "I'll confirm the renewal terms by COB.", '2026-12-31'],
    ['dstNY', "I'll review the contract this afternoon.", '2026-03-08', { note: 'Sent on a Sunday: "this afternoon" is still the sent date (table row 1 names no working-day rule).' }],
    ['tueTokyoMonthEnd', "I'll send over the usage report by close of business.", '2026-06-30'],
    ['wedLateLA', "I'll send the meeting notes later today.", '2026-04-01'],
    ['thuTokyoEarly', 'I will update the forecast by end of day.', '2026-11-19', { note: 'Sent 07:30 in Tokyo, the previous day in UTC: the user zone decides.' }],
    ['sat', 'Will send it in an hour.', '2026-11-21'],
    ['wedLateLA', "I'll reply with the numbers in an hour.", '2026-04-01', { note: 'Spec row 1 puts "in an hour" on the sent date even when the hour crosses midnight.' }],
    ['dstBer', "I'll get back to you by the end of the day.", '2026-10-25'],
    ['dstSydStart', "I'm going to run the numbers again tonight.", '2026-10-04'],
    ['monNY', 'I will check the account settings today.', '2026-02-02'],
    ['dstLA', "I'll send you the login details tonight.", '2026-11-01'],
    ['monBer', 'Our support team will fix the SSO mapping today.', '2026-03-30'],
  ],
  tomorrow: [
    ['wed', "I'll call you tomorrow to walk through the options.", '2026-11-19'],
    ['friEve', "I'll send the deck first thing tomorrow.", '2026-11-21', { note: 'Tomorrow is a calendar day even when it is a Saturday.' }],
    ['yearEndTokyo', "I'll confirm the PO number tomorrow morning.", '2027-01-01'],
    ['sunLon', "We'll get back to you EOD tomorrow.", '2026-11-23'],
    ['dstLA', "I'll send the renewal quote tomorrow.", '2026-11-02'],
    ['thuTokyoEarly', 'I will check with legal tomorrow.', '2026-11-20'],
    ['friSydMonthEnd', "I'll have the draft to you tomorrow.", '2026-08-01'],
    ['dstLon', "I'll send the revised pricing tomorrow morning.", '2026-03-30'],
    ['wedLateLA', "I'll follow up with procurement tomorrow.", '2026-04-02', { note: 'Sent 23:30 Pacific, already the next day in UTC.' }],
    ['monNY', 'I will send you the summary by the end of the day tomorrow.', '2026-02-03'],
    ['satLonPreDst', "I'll review the ticket history tomorrow.", '2026-10-25'],
    ['dstSydEnd', 'We will confirm the delivery slot tomorrow.', '2026-04-06'],
  ],
  weekday: [
    ['wed', "I'll send the revised quote by Friday.", '2026-11-20'],
    ['wed', "I'll call you on Monday to confirm the rollout plan.", '2026-11-23'],
    ['wed', "I'll have the pricing options to you Wednesday.", '2026-11-25', { note: 'A weekday alone never resolves to the sent date: sent on Wednesday, "Wednesday" is next week.' }],
    ['friEve', "I'll send the updated contract by Friday.", '2026-11-27'],
    ['friEve', "I'll confirm the headcount on Monday.", '2026-11-23'],
    ['sat', "I'll get you the numbers Thursday morning.", '2026-11-26'],
    ['sunLon', "I'll send the onboarding checklist over on Monday.", '2026-11-23'],
    ['yearEndTokyo', "I'll send the invoice by Tuesday.", '2027-01-05'],
    ['dstNY', "I'll review the redlines by Wednesday.", '2026-03-11'],
    ['dstSydEnd', 'We will send the onboarding pack on Tuesday.', '2026-04-07'],
    ['friBerLate', "I'll call you Monday morning about the migration.", '2027-02-01'],
    ['monBerMonthEnd', "I'll confirm the delivery address by Thursday.", '2026-12-03'],
    ['tueTokyoMonthEnd', "I'll get back to you on Tuesday with the quote.", '2026-07-07'],
    ['monNY', "I'll send the summary Friday afternoon.", '2026-02-06'],
    ['thuTokyoEarly', "I'll send the report by Thursday.", '2026-11-26', { note: 'Sent Thursday 07:30 in Tokyo (Wednesday in UTC): Thursday means next week.' }],
    ['wed', "I'll send the final SOW EOD Friday.", '2026-11-20'],
    ['wed', "I'll share the security questionnaire by Friday at noon.", '2026-11-20'],
    ['dstLA', "I'll update the order form by Tue.", '2026-11-03'],
  ],
  thisWeekday: [
    ['wed', "I'll send the signed NDA this Friday.", '2026-11-20'],
    ['friEve', "I'll have the revised quote to you this Friday.", '2026-11-20', { note: 'Sent on Friday: "this Friday" is the sent date (not before it), unlike a bare weekday.' }],
    ['sat', "I'll send the renewal paperwork this Friday.", '2026-11-27'],
    ['sunLon', "I'll confirm the training dates this Friday.", '2026-11-27'],
    ['monBerMonthEnd', "I'll send the contract draft this Thursday.", '2026-12-03'],
    ['tueTokyoMonthEnd', "I'll call you this Monday.", '2026-07-06'],
    ['yearEndTokyo', "I'll send the holiday schedule this Friday.", '2027-01-01'],
    ['dstNY', "I'll finish the security review this Wednesday.", '2026-03-11'],
  ],
  nextWeekday: [
    ['wed', "I'll send the case studies next Friday.", '2026-11-27'],
    ['friEve', "I'll call you next Friday.", '2026-11-27'],
    ['sat', "I'll follow up next Friday.", '2026-11-27'],
    ['sunLon', "I'll send the QBR deck next Friday.", '2026-11-27'],
    ['monBerMonthEnd', "I'll confirm the go-live date next Tuesday.", '2026-12-08'],
    ['yearEndTokyo', "I'll send the updated license keys next Monday.", '2027-01-04'],
    ['monNY', "I'll send the new pricing next Monday.", '2026-02-09'],
    ['dstSydStart', "I'll send the roadmap next Wednesday.", '2026-10-07'],
  ],
  endOfWeek: [
    ['wed', "I'll send the revised SOW by the end of the week.", '2026-11-20'],
    ['friEve', "I'll get the credit note to you EOW.", '2026-11-20'],
    ['sat', "I'll send the migration plan this week.", '2026-11-27', { note: 'Sent on Saturday: this week\'s last working day has passed, so the next week\'s.' }],
    ['sunLon', "I'll send the data processing agreement by the end of this week.", '2026-11-27'],
    ['monBerMonthEnd', "I'll review the proposal sometime this week.", '2026-12-04'],
    ['yearEndTokyo', "I'll send the final invoice by the end of the week.", '2027-01-01'],
    ['yearEndTokyo', "I'll confirm the shipping date by the end of the week.", '2026-12-31', { holidays: ['2027-01-01'] }],
    ['xmasLon', "I'll send the renewal summary by end of week.", '2026-12-24', { holidays: ['2026-12-25', '2026-12-28'] }],
    ['wed', "I'll finish the account review by the end of the week.", '2026-11-19', { workingDays: [1, 2, 3, 4] }],
    ['friSydMonthEnd', "I'll send the revised rates this week.", '2026-07-31'],
  ],
  nextWeek: [
    ['wed', "I'll send the implementation timeline next week.", '2026-11-27'],
    ['friEve', "I'll get back to you sometime next week.", '2026-11-27'],
    ['sunLon', "I'll send the training materials next week.", '2026-11-27'],
    ['yearEndTokyo', "I'll send the quarterly report next week.", '2027-01-08'],
    ['xmasLon', "I'll send the new order form next week.", '2026-12-31', { holidays: ['2026-12-25', '2026-12-28', '2027-01-01'] }],
    ['friBerLate', "I'll review the integration specs sometime next week.", '2027-02-05'],
    ['dstSydEnd', "I'll send the onboarding survey next week.", '2026-04-10'],
  ],
  earlyNextWeek: [
    ['wed', "I'll send the revised proposal early next week.", '2026-11-24'],
    ['friEve', "I'll call you early next week to go through the numbers.", '2026-11-24'],
    ['sunLon', "I'll confirm the venue early next week.", '2026-11-24'],
    ['xmasLon', "I'll send the account plan early next week.", '2026-12-30', { holidays: ['2026-12-25', '2026-12-28'] }],
    ['friBerLate', "I'll send the draft agreement early next week.", '2027-02-02'],
    ['wed', "I'll update the forecast early next week.", '2026-11-25', { holidays: ['2026-11-23'] }],
  ],
  endOfMonth: [
    ['wed', "I'll send the renewal quote by the end of the month.", '2026-11-30'],
    ['monBerMonthEnd', "I'll send the usage statement by month end.", '2026-11-30'],
    ['yearEndTokyo', "I'll close out the open tickets this month.", '2026-12-31'],
    ['monNY', "I'll send the annual review this month.", '2026-02-27'],
    ['satMonthEnd', "I'll send the updated contract by the end of the month.", '2026-11-30', { note: 'Sent on Saturday 31 October after the month\'s last working day: like "end of the week", roll to the next month\'s last working day.' }],
    ['tueTokyoMonthEnd', "I'll file the expense report by end of month.", '2026-06-30'],
    ['friSydMonthEnd', "I'll send the reconciliation by month end.", '2026-07-31'],
    ['dstLon', "I'll send the compliance pack by the end of the month.", '2026-03-31'],
    ['wed', "I'll process the refund by the end of the month.", '2026-11-27', { holidays: ['2026-11-30'] }],
  ],
  nextMonth: [
    ['wed', "I'll send the capacity plan next month.", '2026-12-31'],
    ['yearEndTokyo', "I'll send the new rate card next month.", '2027-01-29'],
    ['monNY', "I'll schedule the health check next month.", '2026-03-31'],
    ['satMonthEnd', "I'll send the audit report next month.", '2026-11-30'],
    ['friBerLate', "I'll review the usage data next month.", '2027-02-26'],
    ['tueTokyoMonthEnd', "I'll send the Q3 forecast next month.", '2026-07-31'],
  ],
  nDays: [
    ['wed', "I'll send the benchmark results in 3 days.", '2026-11-21'],
    ['wed', "I'll deliver the custom report within 10 days.", '2026-11-28'],
    ['friEve', "I'll send the translated contract within 2 days.", '2026-11-22'],
    ['yearEndTokyo', "I'll ship the replacement units in 5 days.", '2027-01-05'],
    ['dstLA', "We'll send the hardware within 7 days.", '2026-11-08'],
    ['dstNY', "I'll send the revised terms in two days.", '2026-03-10'],
    ['wedLateLA', "I'll issue the credit within 14 days.", '2026-04-15'],
  ],
  businessDays: [
    ['wed', "I'll send the signed copy within 3 business days.", '2026-11-23'],
    ['friEve', "I'll process the change request in 2 working days.", '2026-11-24'],
    ['sat', "We will deliver the report within 5 business days.", '2026-11-27'],
    ['xmasLon', "I'll send the revised invoice within 3 working days.", '2026-12-31', { holidays: ['2026-12-25', '2026-12-28'] }],
    ['yearEndTokyo', "I'll send the certificate in 2 business days.", '2027-01-05', { holidays: ['2027-01-01'] }],
    ['wed', "I'll send the export within 2 business days.", '2026-11-23', { workingDays: [1, 2, 3, 4] }],
    ['sunLon', "I'll confirm the allocation in one business day.", '2026-11-23'],
    ['wed', "I'll complete the security review within 7 business days.", '2026-12-01', { holidays: ['2026-11-26', '2026-11-27'] }],
  ],
  hours: [
    ['wed', "I'll send the revised SOW within 24 hours.", '2026-11-19'],
    ['friEve', "I'll get the root-cause analysis to you in 48 hours.", '2026-11-22'],
    ['wedLateLA', "I'll send the fix within 2 hours.", '2026-04-02'],
    ['dstNY', "I'll reply with the numbers within 12 hours.", '2026-03-08'],
    ['thuTokyoEarly', "I'll confirm the shipment within 24 hours.", '2026-11-20'],
    ['friSydMonthEnd', "I'll send the incident report in 6 hours.", '2026-08-01'],
    ['satLonPreDst', "I'll send the status update within 2 hours.", '2026-10-25', { note: 'Crosses midnight and the clock change: date of the instant two hours later, in Europe/London.' }],
  ],
  explicitDate: [
    ['wed', "I'll send the final contract by Dec 3.", '2026-12-03'],
    ['wed', "I'll have the revised quote to you on 12/3.", '2026-12-03'],
    ['wed', "I'll send the invoice on the 15th.", '2026-12-15'],
    ['wed', "I'll deliver the migration plan by December 3rd.", '2026-12-03'],
    ['wed', "I'll confirm the pricing by November 18.", '2026-11-18'],
    ['yearEndTokyo', "I'll send the license renewal by January 8.", '2027-01-08'],
    ['yearEndTokyo', "I'll send the kickoff agenda on 1/4.", '2027-01-04'],
    ['monBerMonthEnd', "I'll send the framework agreement by 3/12.", '2026-12-03', { dateOrder: 'DMY' }],
    ['sunLon', "I'll send the DPA by 1/12.", '2026-12-01', { dateOrder: 'DMY' }],
    ['monNY', "I'll send the statement on the 2nd.", '2026-02-02'],
    ['monNY', "I'll send the next invoice by the 1st.", '2026-03-01'],
    ['wed', "I'll send the signed order form by Friday, December 4.", '2026-12-04'],
    ['wed', "I'll finalize the renewal by January 15, 2027.", '2027-01-15'],
    ['dstLon', "I'll send the updated SLA by 2 April.", '2026-04-02'],
  ],
  timeAlone: [
    ['wed', "I'll send the revised figures by 5pm.", '2026-11-18'],
    ['wed', "I'll send the call recording by 3pm.", '2026-11-19', { note: 'Sent 15:30; 3pm has passed, so the next day.' }],
    ['wed', "I'll confirm the room booking by noon.", '2026-11-19'],
    ['monNY', "I'll send the agenda by 10:30am.", '2026-02-02'],
    ['monNY', "I'll send the approval by noon.", '2026-02-02'],
    ['friEve', "I'll send the credentials by 9am.", '2026-11-21'],
    ['wedLateLA', "I'll send the draft by 11pm.", '2026-04-02'],
  ],
  phrasing: [
    ['wed', "I'll have the signed SOW back to you no later than Friday.", '2026-11-20'],
    ['wed', "I'll confirm the shipping slot by close of play.", '2026-11-18'],
    ['wed', "I'll send the draft renewal first thing Monday.", '2026-11-23'],
    ['wed', "We'll get the revised pricing to you by the weekend.", '2026-11-20', { note: '"by the weekend" is kept while the working week lasts: like "end of the week".' }],
    ['wed', "I'll go through the redlines over the weekend.", '2026-11-22', { note: '"over the weekend": Sunday of this week (docs/commitments.md).' }],
    ['wed', "I'll share the UAT sign-off sheet by mid-week.", '2026-11-18', { note: '"mid-week": Wednesday of this week (here the sent date), next week\'s once it has passed.' }],
    ['wed', "I'll call you Tues to go over the figures.", '2026-11-24'],
    ['wed', "We'll send the integration guide Thurs.", '2026-11-19'],
    ['wed', "I'll call you Weds to walk through the numbers.", '2026-11-25', { note: '"Weds", "Thurs", "Tues" are no other word, so they are weekdays anywhere; a bare weekday is never the sent date.' }],
    ['wed', "We'll have the site survey report to you wk of the 14th.", '2026-12-18', { note: '"the week of the 14th": the last working day of the week holding the next 14th (Mon 14 Dec).' }],
    ['wed', "I'll send the signed order form by the 3rd of December.", '2026-12-03'],
    ['wed', "I'll send the final contract by Dec. 3.", '2026-12-03'],
    ['wed', "I'll get the root-cause summary over in 2 hrs.", '2026-11-18'],
    ['wed', "I'll send the revised SOW tomorrow AM.", '2026-11-19'],
    ['wed', "I'll confirm the delivery window by 5pm PT.", '2026-11-18', { note: '5pm Pacific is still ahead of 15:30 Eastern: the sent date.' }],
    ['wed', "I'll get the signed copy back to you COB tomorrow.", '2026-11-19'],
    ['wed', "We'll ship the replacement units by end of next week.", '2026-11-27'],
    ['wed', "I'll circle back at the start of next week with the revised timeline.", '2026-11-23', { note: '"the start of next week" is its first working day; the spec\'s "early next week" is the second.' }],
    ['wed', "I'll send the 2027 proposal early January.", '2027-01-08', { note: '"early January" lasts to the 10th: its last working day on or before then (Sun 10 Jan -> Fri 8 Jan).' }],
    ['wed', "I'll have the usage report to you in a week.", '2026-11-25'],
    ['wed', "We'll complete the data migration within a week.", '2026-11-25'],
    ['wed', "I'll have an answer for you this time next week.", '2026-11-25', { note: '"this time next week": the sent date + 7.' }],
    ['wed', "I'll send the rollout plan by our Thursday call.", '2026-11-19', { note: 'Kept by the event: that day (spec §2).' }],
    ['wed', "I'll send the deck ahead of the QBR on the 9th.", '2026-12-09'],
    ['wed', "I'll send the agenda for the workshop on the 9th tomorrow.", '2026-11-19', { note: '"the workshop on the 9th" names an event; the deadline is tomorrow.' }],
    ['wed', "I'll send the calendar invite for the Dec 9 review today.", '2026-11-18', { note: '"the Dec 9 review" names an event; the deadline is today.' }],
    ['wed', "I'll send the renewal invoice by the 1st of next month.", '2026-12-01'],
    ['wed', "I'll get the load-test results over to you over the next 48 hrs.", '2026-11-20'],
    ['wed', 'We will complete the SSO setup within the next week.', '2026-11-25', { note: '"within the next week": seven days, like "within a week", not the end of next week.' }],
    ['wed', "I'll send the training schedule later in the week.", '2026-11-20'],
    ['wed', "I'll have the revised SOW to you early next wk.", '2026-11-24', { note: '"wk" is "week".' }],
    ['wed', "I'll confirm the shipping dates by wk end.", '2026-11-20'],
    ['wed', "We'll deliver the custom report the week after next.", '2026-12-04', { note: '"the week after next": its last working day.' }],
    ['wed', "I'll send the audit pack in a fortnight's time.", '2026-12-02'],
    ['wed', "I'll get the credit note across in the next day or so.", '2026-11-19', { note: '"a day or so": one day ("a day or two" is two).' }],
    ['wed', "I'll send the updated quote, valid until Dec 31, by Friday.", '2026-11-20', { note: 'A validity date belongs to the quote, not to the promise.' }],
    ['wed', "I'll send the notes from our 3 Dec meeting by Monday.", '2026-11-23', { note: 'A date naming a meeting is not the deadline.' }],
    ['wed', "I'll send the signed contract ahead of the kickoff on Dec 7.", '2026-12-07', { note: 'Kept by the event: its date (spec §2, "ahead of Monday\'s meeting").' }],
    ['wed', 'Will get the deck over end of wk.', '2026-11-20'],
    ['wed', 'Will send the revised rates nxt wk.', '2026-11-27', { note: '"nxt wk" is "next week": its last working day.' }],
    ['wed', 'Will call you mon am to confirm.', '2026-11-23', { note: '"mon" followed by "am" is a weekday, not the word "mon".' }],
    ['wed', "I'll have the signed order form back no later than the 30th.", '2026-11-30'],
  ],
  none: [
    ['wed', "I'll send it over.", null],
    ['friEve', "I'll get the updated pricing to you ASAP.", null],
    ['sat', "I'll send the revised proposal soon.", null],
    ['sunLon', 'Will send the invoice shortly.', null],
    ['monBerMonthEnd', "I'll look into the duplicate charge.", null],
    ['dstNY', "I'll send the notes from Monday's meeting.", null, { note: 'A date that belongs to something else is not the deadline.' }],
    ['wed', "I'll forward the contract signed on March 3.", null],
    ['yearEndTokyo', "I'll send the summary of last Friday's call.", null],
    ['wed', "I'll forward last week's usage report tomorrow.", '2026-11-19'],
  ],
};

let n = 0;
for (const [row, list] of Object.entries(DUE_ROWS)) {
  list.forEach(([mk_, sentence, due, extra], i) => {
    const m = M[mk_]!;
    const idx = n++;
    const quote = sentence.replace(/[.!]$/, '');
    add('due-dates', mk(`due-${row}-${String(i + 1).padStart(2, '0')}`, m, wrap(sentence, m, idx), [{ quote, due }], extra ?? {}));
  });
}


// ---------------------------------------------------------------------------
// §1 forms. [moment, body, gold quotes with hand-computed dues, extra]
type FormRow = [keyof typeof M, string, Gold[], Extra?];

const FORMS_POS: Record<string, FormRow[]> = {
  firstPerson: [
    ['wed', "I'll send you the updated proposal.", [{ quote: "I'll send you the updated proposal", due: null }]],
    ['wed', 'We will get back to you tomorrow.', [{ quote: 'We will get back to you tomorrow', due: '2026-11-19' }]],
    ['monNY', 'I will share the case study with your team.', [{ quote: 'I will share the case study with your team', due: null }]],
    ['sunLon', 'I shall forward the renewal terms to your procurement lead.', [{ quote: 'I shall forward the renewal terms', due: null }]],
    ['dstBer', "We'll fix the billing address on the account.", [{ quote: "We'll fix the billing address on the account", due: null }]],
    ['tueTokyoMonthEnd', "I'll update the pricing sheet and resend it.", [{ quote: "I'll update the pricing sheet and resend it", due: null }]],
    ['friEve', "I'll double-check the seat count with finance.", [{ quote: "I'll double-check the seat count", due: null }]],
    ['sat', 'We will schedule the onboarding session for your new hires.', [{ quote: 'We will schedule the onboarding session', due: null }]],
  ],
  goingTo: [
    ['wed', "I'm going to run the numbers again tonight.", [{ quote: "I'm going to run the numbers again tonight", due: '2026-11-18' }]],
    ['monNY', "We're going to send a technician on Thursday.", [{ quote: "We're going to send a technician on Thursday", due: '2026-02-05' }]],
    ['dstLon', 'I am going to check the logs this afternoon.', [{ quote: 'I am going to check the logs this afternoon', due: '2026-03-29' }]],
    ['friSydMonthEnd', "I'm going to review the contract over the weekend.", [{ quote: "I'm going to review the contract over the weekend", due: '2026-08-02' }], { note: 'Spec is silent on "over the weekend": due is the Sunday of the current week (the last day the promise is kept).' }],
    ['yearEndTokyo', 'We are going to prepare a revised order form.', [{ quote: 'We are going to prepare a revised order form', due: null }]],
    ['dstSydStart', "I'm going to escalate the ticket to our engineering lead.", [{ quote: "I'm going to escalate the ticket", due: null }]],
  ],
  letMe: [
    ['wed', 'Let me check with the team and circle back next week.', [{ quote: 'Let me check with the team and circle back next week', due: '2026-11-27' }]],
    ['monBer', 'Let me look into the billing discrepancy.', [{ quote: 'Let me look into the billing discrepancy', due: null }]],
    ['friEve', 'Let me find out what happened with the shipment.', [{ quote: 'Let me find out what happened with the shipment', due: null }]],
    ['sunLon', 'Let me confirm with finance and get back to you by Tuesday.', [{ quote: 'Let me confirm with finance and get back to you by Tuesday', due: '2026-11-24' }]],
    ['monNY', 'Let me pull together the usage data for you.', [{ quote: 'Let me pull together the usage data', due: null }]],
    ['dstSydEnd', 'Let me review the redlines tonight.', [{ quote: 'Let me review the redlines tonight', due: '2026-04-05' }]],
  ],
  delivery: [
    ['wed', 'I can have the contract to you by EOD.', [{ quote: 'I can have the contract to you by EOD', due: '2026-11-18' }]],
    ['friEve', "You'll have the invoice by Monday.", [{ quote: "You'll have the invoice by Monday", due: '2026-11-23' }]],
    ['monNY', 'Expect the deck from me on Thursday.', [{ quote: 'Expect the deck from me on Thursday', due: '2026-02-05' }]],
    ['dstBer', 'You will receive the signed copy tomorrow.', [{ quote: 'You will receive the signed copy tomorrow', due: '2026-10-26' }]],
    ['tueTokyoMonthEnd', 'Expect an email from me later today with the login steps.', [{ quote: 'Expect an email from me later today', due: '2026-06-30' }]],
    ['sat', 'We can have the replacement laptop to you by Wednesday.', [{ quote: 'We can have the replacement laptop to you by Wednesday', due: '2026-11-25' }]],
    ['sunLon', "You'll get the revised statement by Friday.", [{ quote: "You'll get the revised statement by Friday", due: '2026-11-27' }]],
  ],
  ourSide: [
    ['wed', 'Our finance team will send the corrected invoice this week.', [{ quote: 'Our finance team will send the corrected invoice this week', due: '2026-11-20' }]],
    ['monNY', 'Our support team will reach out to schedule the install.', [{ quote: 'Our support team will reach out to schedule the install', due: null }]],
    ['dstLon', 'My assistant will send you the calendar invite.', [{ quote: 'My assistant will send you the calendar invite', due: null }]],
    ['friEve', 'Our legal team will review the redlines by Wednesday.', [{ quote: 'Our legal team will review the redlines by Wednesday', due: '2026-11-25' }]],
    ['monBerMonthEnd', 'Our billing department will issue the credit note tomorrow.', [{ quote: 'Our billing department will issue the credit note tomorrow', due: '2026-12-01' }]],
    ['yearEndTokyo', 'My team will prepare the migration runbook next week.', [{ quote: 'My team will prepare the migration runbook next week', due: '2027-01-08' }]],
  ],
  subjectless: [
    ['wed', 'Will send shortly.', [{ quote: 'Will send shortly', due: null }]],
    ['friEve', 'Will do.', [{ quote: 'Will do', due: null }], { note: '"Will do." accepts the recipient\'s request; no deadline, so the default follow-up delay applies.' }],
    ['monNY', 'On it, will confirm by tomorrow.', [{ quote: 'will confirm by tomorrow', due: '2026-02-03' }]],
    ['dstLon', 'Will get back to you on pricing.', [{ quote: 'Will get back to you on pricing', due: null }]],
    ['sunLon', 'Got it, will update the PO.', [{ quote: 'will update the PO', due: null }]],
    ['tueTokyoMonthEnd', 'Sounds good, will send the revised invoice Thursday.', [{ quote: 'will send the revised invoice Thursday', due: '2026-07-02' }]],
  ],
  hedged: [
    ['wed', "I'll try to get it over by Wednesday.", [{ quote: "I'll try to get it over by Wednesday", due: '2026-11-25' }]],
    ['monNY', "I'll probably send the draft tomorrow.", [{ quote: "I'll probably send the draft tomorrow", due: '2026-02-03' }]],
    ['friEve', "We'll do our best to ship it next week.", [{ quote: "We'll do our best to ship it next week", due: '2026-11-27' }]],
    ['dstBer', "I'll try and call you this afternoon.", [{ quote: "I'll try and call you this afternoon", due: '2026-10-25' }]],
    ['sunLon', 'I will try to send the figures before Thursday.', [{ quote: 'I will try to send the figures before Thursday', due: '2026-11-26' }], { note: '"before Thursday" is treated like "by Thursday": a reminder on Thursday is what an account manager wants.' }],
  ],
  keepInformed: [
    ['wed', "I'll keep you posted.", [{ quote: "I'll keep you posted", due: null }]],
    ['monNY', 'I will update you as soon as I hear back.', [{ quote: 'I will update you as soon as I hear back', due: null }]],
    ['dstLon', "I'll let you know what legal says.", [{ quote: "I'll let you know what legal says", due: null }]],
    ['friEve', "I'll be in touch next week.", [{ quote: "I'll be in touch next week", due: '2026-11-27' }], { note: '"I\'ll be in touch" is a promise to follow up, so it counts as keeping the recipient informed.' }],
    ['sat', "We'll keep you in the loop on the fix.", [{ quote: "We'll keep you in the loop on the fix", due: null }]],
    ['yearEndTokyo', "I'll let you know once the PO is approved.", [{ quote: "I'll let you know once the PO is approved", due: null }]],
  ],
};

const FORMS_NEG: Record<string, [keyof typeof M, string, string?][]> = {
  request: [
    ['wed', 'Could you send me the signed copy?'],
    ['monNY', 'Can I call you Thursday?'],
    ['friEve', 'Will you be able to review it by Friday?'],
    ['dstLon', 'Please send the PO when you can.'],
    ['sunLon', 'Would you mind confirming the delivery address?'],
    ['tueTokyoMonthEnd', 'Can you let me know by Friday which plan you prefer?'],
    ['dstBer', 'Shall we move the kickoff to Tuesday?'],
  ],
  offer: [
    ['wed', "If you'd like, I can send a sample."],
    ['monNY', 'Happy to share the deck if useful.'],
    ['friEve', "If you send me the logs, I'll investigate."],
    ['dstLon', "Let me know and I'll set up a call with our architect."],
    ['sunLon', 'I can send over two customer references if that helps.'],
    ['sat', "Once you sign the order form, we'll provision the accounts."],
    ['yearEndTokyo', "If you need a W-9, I'll send one over."],
    ['dstSydEnd', "I'd be happy to walk your team through the dashboard."],
  ],
  hypothetical: [
    ['wed', 'I would suggest upgrading to the Pro tier.'],
    ['monNY', 'We could look at a discount for a two-year term.'],
    ['friEve', 'We might be able to extend the trial.'],
    ['dstLon', "I'd recommend the annual plan for your volume."],
    ['sunLon', 'It would make sense to revisit pricing in Q1.'],
  ],
  doneOrNow: [
    ['wed', 'I sent it yesterday.'],
    ['monNY', 'Attached is the quote.'],
    ['friEve', "I'm attaching the report."],
    ['dstLon', "I've forwarded your note to finance."],
    ['sunLon', 'Please find attached the revised SOW.'],
    ['yearEndTokyo', 'I just sent the invite for Thursday.'],
    ['dstBer', "I'm sending the contract now."],
  ],
  negated: [
    ['wed', "I won't be able to make Friday."],
    ['monNY', 'We will not renew the old plan.'],
    ['friEve', "I'm not going to send another reminder."],
    ['dstLon', "We won't charge for the extra seats."],
    ['sunLon', 'I will never share your data with third parties.'],
  ],
  availability: [
    ['wed', "I'll be out of office until Monday."],
    ['monNY', "I'll be travelling next week."],
    ['friEve', 'I will be in meetings all afternoon.'],
    ['dstLon', "I'll be at the conference on Tuesday."],
    ['sunLon', "I'm going to be offline tomorrow."],
    ['yearEndTokyo', "I'll be back in the office on the 4th."],
  ],
  formula: [
    ['wed', 'Let me know if you have any questions.'],
    ['monNY', 'I look forward to hearing from you.'],
    ['friEve', 'Please don\'t hesitate to reach out if anything comes up.'],
    ['dstLon', 'Looking forward to working together.'],
    ['sunLon', 'Let me know what you think.'],
  ],
  joint: [
    ['wed', "We'll discuss it on Tuesday's call."],
    ['monNY', 'See you Thursday.'],
    ['friEve', "We'll talk next week."],
    ['dstLon', "I'll see you at the QBR."],
    ['sunLon', "We'll go over the numbers together on Friday."],
    ['yearEndTokyo', "I'll talk to you tomorrow."],
  ],
  thirdParty: [
    ['wed', 'John will send you the invoice.'],
    ['monNY', 'Maria will call you tomorrow about the renewal.'],
    ['friEve', 'Priya will follow up with the contract.'],
    ['dstLon', 'My colleague Dr. Lu will call you to talk through the options.'],
    ['sunLon', 'Kenji from our Tokyo office will send the translated terms.'],
  ],
};

let f = 0;
for (const [form, rows] of Object.entries(FORMS_POS)) {
  rows.forEach(([mk_, body, gold, extra], i) => {
    const m = M[mk_]!;
    add('forms', mk(`form-${form}-${i + 1}`, m, wrap(body, m, 100 + f++), gold, extra ?? {}));
  });
}
for (const [form, rows] of Object.entries(FORMS_NEG)) {
  rows.forEach(([mk_, body, note], i) => {
    const m = M[mk_]!;
    add('forms', mk(`not-${form}-${i + 1}`, m, wrap(body, m, 200 + f++), [], note ? { note } : {}));
  });
}

// ---------------------------------------------------------------------------
// Hard negatives: promises in quoted text, forwards and signatures, and
// sentences that look like promises but are not.
const HARD_NEG: [keyof typeof M, string, string?][] = [
  ['wed', 'Thanks for confirming the order.\n\nOn Tue, Nov 17, 2026 at 9:14 AM Jane <jane@acme.com> wrote:\n> I\'ll send the signed order form by Friday.\n> We will get back to you on the SLA tomorrow.'],
  ['friEve', 'Sounds good.\n\n---------- Forwarded message ---------\nFrom: Lee Park <lee@globex.com>\nDate: Fri, Nov 20, 2026 at 9:02 AM\nSubject: Renewal\nTo: Sam Lee <sam@northwind.com>\n\nI\'ll call you tomorrow about the renewal.\nWe will send the PO by Monday.'],
  ['monNY', 'See below from procurement.\n\n-----Original Message-----\nFrom: Procurement <po@initech.com>\nSent: Friday, January 30, 2026 5:30 PM\nTo: Sam Lee\nSubject: PO\n\nI will get back to you by Monday with the PO number.'],
  ['dstLon', 'Thanks, that works.\n\nBest,\nJulia\n--\nJulia Chen | Customer Success\nWe will reply to every request within 24 hours.'],
  ['sunLon', 'Noted, thanks.\n\nCheers,\nTom\nTom Baker\nSupport Lead | Acme\nI\'ll get back to you within one business day.'],
  ['wed', "I'd be happy to send the case study if that would help."],
  ['monNY', "I'll be happy to set up a demo whenever suits you."],
  ['friEve', 'We will need the signed copy by Friday.'],
  ['dstLon', 'I will need your PO number before we can invoice.'],
  ['sunLon', 'Nothing will change on your invoice.'],
  ['yearEndTokyo', 'The new pricing will take effect on January 1.'],
  ['dstBer', 'The maintenance window will start at 2am on Sunday.'],
  ['wed', 'Your account manager will be Priya from January.'],
  ['monNY', "I'll be on PTO from the 10th to the 14th."],
  ['friEve', 'Hopefully we will see some progress next week.'],
  ['dstLon', 'I think we will need more time on the legal side.'],
  ['sunLon', 'I hope you will join us at the customer summit.'],
  ['sat', 'Will that work for you?'],
  ['wed', 'When will you have the budget approved?'],
  ['monNY', "What time should I call you on Friday?"],
  ['friEve', 'If that works for you, we can start the pilot on Monday.'],
  ['dstLon', "Let me know if you'd like me to send the references."],
  ['sunLon', 'Should you need anything else, I will be glad to help.'],
  ['yearEndTokyo', 'Feel free to call me if anything is unclear.'],
  ['wed', 'We sent the revised quote on Monday.'],
  ['monNY', 'I called your office yesterday and left a message.'],
  ['friEve', 'I have already updated the billing contact.'],
  ['dstLon', 'The invoice was sent on March 3.'],
  ['sunLon', "We'll have to see how the pilot goes."],
  ['dstBer', "I'll be in Berlin next week for the trade show."],
  ['wed', "I'll be offline Thursday and Friday."],
  ['monNY', "We'll catch up at the conference."],
  ['friEve', "We'll meet at your office on Tuesday."],
  ['dstLon', 'See you at the kickoff on Monday.'],
  ['sunLon', 'Let me know when you are free for a call.'],
  ['yearEndTokyo', 'Please let me know if the new year timing works.'],
  ['wed', 'Happy to help however I can.'],
  ['monNY', 'Our CFO, Mark, will reach out to your controller.'],
  ['friEve', 'Your IT team will need to whitelist our domain.'],
  ['dstLon', 'The courier will deliver the hardware on Thursday.'],
  ['sunLon', 'We could also bundle the support plan if helpful.'],
  ['sat', 'I would rather wait for the final numbers.'],
  ['wed', 'I might be able to get you a better rate next quarter.'],
  ['monNY', 'If you can send me the signed form, I will countersign it today.', 'The promise waits on the recipient acting, so it is not a commitment (Enron README decision list).'],
  ['friEve', "Once you've reviewed the draft, we'll finalize it.", 'Waits on the recipient: not a commitment.'],
  ['dstLon', "I'm not sure we will make the Friday deadline."],
  ['sunLon', 'I will not be able to join the call tomorrow.'],
  ['yearEndTokyo', "I won't send the reminder until you confirm."],
  ['dstBer', 'The report you asked for is attached.'],
  ['wed', 'Here is the link to the recording.'],
  ['monNY', 'Thank you for the quick turnaround on the PO.'],
  ['friEve', 'Enjoy the long weekend.'],
  ['dstSydEnd', 'Just checking whether the shipment arrived.'],
  ['dstSydStart', 'Could your team confirm the go-live date?'],
  ['friSydMonthEnd', 'Do you want me to send the contract to legal directly?'],
  ['tueTokyoMonthEnd', 'Would it help if I sent a summary?'],
  ['satMonthEnd', 'Let me know how the board meeting goes.'],
  ['wedLateLA', 'Is there anything else you need from me?'],
  ['thuTokyoEarly', 'I was going to send the deck yesterday but the file was corrupted.'],
  ['friBerLate', 'We were going to call you but the line was busy.'],
];

HARD_NEG.forEach(([mk_, body, note], i) => {
  const m = M[mk_]!;
  const text = /wrote:|Forwarded|Original Message|--\n|Tom Baker/.test(body) ? body : wrap(body, m, 300 + i);
  add('hard-negatives', mk(`neg-${String(i + 1).padStart(2, '0')}`, m, text, [], note ? { note } : {}));
});

// ---------------------------------------------------------------------------
// Realistic multi-sentence messages. Each body is wrapped three ways (greeting,
// signature and quoted history vary); the moment and so the dues stay fixed.
type Msg = [keyof typeof M, string, Gold[], Extra?];
const MESSAGES: Msg[] = [
  ['wed', "Thanks for walking me through the procurement process. I'll send the revised quote by Friday. Our legal team will review your paper in parallel.", [
    { quote: "I'll send the revised quote by Friday", due: '2026-11-20' },
    { quote: 'Our legal team will review your paper in parallel', due: null },
  ]],
  ['friEve', "Sorry for the delay on this. The billing error was on our side. I'll issue the credit note on Monday and I'll send you the corrected invoice by Wednesday.", [
    { quote: "I'll issue the credit note on Monday", due: '2026-11-23' },
    { quote: "I'll send you the corrected invoice by Wednesday", due: '2026-11-25' },
  ]],
  ['monNY', 'Great news on the approval! Could you send me the signed order form? Once we have it, our onboarding team will set up your workspace. I will schedule the kickoff for next week.', [
    { quote: 'I will schedule the kickoff for next week', due: '2026-02-13' },
  ], { note: '"our onboarding team will set up …" waits on the recipient sending the form (Once we have it), so it is not counted.' }],
  ['sunLon', "I've attached the draft agreement. Let me know if you have any questions. I'll call you on Tuesday to go through any changes.", [
    { quote: "I'll call you on Tuesday to go through any changes", due: '2026-11-24' },
  ]],
  ['dstLon', "Thanks for the feedback on the dashboard. I'll pass it on to product and get back to you with a timeline by the end of the week.", [
    { quote: "I'll pass it on to product and get back to you with a timeline by the end of the week", due: '2026-04-03' },
  ], { note: 'Sent Sunday 29 March: end of the week rolls to the next week (Friday 3 April).' }],
  ['yearEndTokyo', 'Happy new year in advance! The renewal paperwork is attached. I will confirm the final seat count with finance on Monday.', [
    { quote: 'I will confirm the final seat count with finance on Monday', due: '2027-01-04' },
  ]],
  ['dstBer', "I spoke to our engineers about the API limits. We could raise them for your account, but it needs sign-off. I'll check with our CTO and let you know by Wednesday.", [
    { quote: "I'll check with our CTO and let you know by Wednesday", due: '2026-10-28' },
  ]],
  ['sat', 'Quick update: the shipment left our warehouse yesterday. You will receive the tracking number tomorrow. If anything looks off, just reply here.', [
    { quote: 'You will receive the tracking number tomorrow', due: '2026-11-22' },
  ]],
  ['monBerMonthEnd', "As discussed, I'm going to prepare two pricing options for the board. You'll have them by Thursday. We'll discuss them on Friday's call.", [
    { quote: "I'm going to prepare two pricing options for the board", due: null },
    { quote: "You'll have them by Thursday", due: '2026-12-03' },
  ]],
  ['tueTokyoMonthEnd', 'Thanks for your patience with the outage. Our support team will send a full incident report within 3 business days. I would suggest enabling the status page alerts in the meantime.', [
    { quote: 'Our support team will send a full incident report within 3 business days', due: '2026-07-03' },
  ]],
  ['dstNY', 'I know it is Sunday, sorry to bother you. I reviewed the redlines and they look fine. I will countersign tomorrow morning and send the executed copy.', [
    { quote: 'I will countersign tomorrow morning and send the executed copy', due: '2026-03-09' },
  ]],
  ['dstLA', "Thanks for the heads-up about the budget freeze. Let me talk to my manager about extending the discount. I'll get back to you early next week.", [
    { quote: 'Let me talk to my manager about extending the discount', due: null },
    { quote: "I'll get back to you early next week", due: '2026-11-03' },
  ]],
  ['dstSydEnd', "Good to hear the training went well. I'll send the recording and the slides tomorrow. Priya will share the certification links.", [
    { quote: "I'll send the recording and the slides tomorrow", due: '2026-04-06' },
  ]],
  ['dstSydStart', "Apologies for the mix-up with the licence keys. I'm going to reissue them this afternoon. Will confirm once done.", [
    { quote: "I'm going to reissue them this afternoon", due: '2026-10-04' },
    { quote: 'Will confirm once done', due: null },
  ]],
  ['friSydMonthEnd', "Thanks for the call today. I'll send over the revised SOW on Monday. I'll be out of the office next week, but my colleague will cover any urgent questions.", [
    { quote: "I'll send over the revised SOW on Monday", due: '2026-08-03' },
  ]],
  ['xmasLon', "Before the break: I've processed the refund. I'll confirm it has cleared within 3 working days. Have a lovely Christmas!", [
    { quote: "I'll confirm it has cleared within 3 working days", due: '2026-12-31' },
  ], { holidays: ['2026-12-25', '2026-12-28'] }],
  ['friBerLate', "Late one from me, sorry. I'll send the migration checklist first thing Monday. Let me know if you'd rather do a call.", [
    { quote: "I'll send the migration checklist first thing Monday", due: '2027-02-01' },
  ]],
  ['satMonthEnd', "Saw your message about the October usage. I'll look into the spike on Monday and we'll send a corrected statement by November 6.", [
    { quote: "I'll look into the spike on Monday", due: '2026-11-02' },
    { quote: "we'll send a corrected statement by November 6", due: '2026-11-06' },
  ]],
  ['wedLateLA', 'Just saw this. I will send the signed NDA first thing tomorrow. Can you share the data room link?', [
    { quote: 'I will send the signed NDA first thing tomorrow', due: '2026-04-02' },
  ]],
  ['thuTokyoEarly', 'Thanks for the quick reply. I sent the draft yesterday, but I\'ll resend it from my other account this morning.', [
    { quote: "I'll resend it from my other account this morning", due: '2026-11-19' },
  ]],
  ['wed', "Happy to share the security whitepaper if useful. In any case, I'll send the SOC 2 report by Monday.", [
    { quote: "I'll send the SOC 2 report by Monday", due: '2026-11-23' },
  ]],
  ['monNY', 'Thanks for flagging the duplicate charge. I checked with billing and it was a system error. We will refund the duplicate amount within 5 business days.', [
    { quote: 'We will refund the duplicate amount within 5 business days', due: '2026-02-09' },
  ]],
  ['friEve', "Have a good weekend! Quick note: I'm attaching the usage report. I'll walk you through it on Tuesday's call.", [], { note: '"I\'ll walk you through it on Tuesday\'s call" is part of a joint meeting: not a commitment.' }],
  ['sunLon', "Thanks for sending the logs. I'll investigate the sync failures and update you by Wednesday.", [
    { quote: "I'll investigate the sync failures and update you by Wednesday", due: '2026-11-25' },
  ]],
  ['dstBer', 'Could you send me the list of users to migrate? If you send it by Tuesday, we can finish before the freeze.', []],
  ['yearEndTokyo', "I'll be out until January 4. We'll discuss the renewal when I'm back.", []],
  ['monBer', "Thanks for the meeting today. I'll send the minutes and action items by EOD. We'll review progress in our call next Monday.", [
    { quote: "I'll send the minutes and action items by EOD", due: '2026-03-30' },
  ]],
  ['wed', "Thanks Dana. Will do. I'll have the updated order form to you in 48 hours.", [
    { quote: "I'll have the updated order form to you in 48 hours", due: '2026-11-20' },
  ], { note: '"Will do." followed by a concrete promise is that promise: one reminder for one deliverable, as for "Leave it with me" (issue 13, blind set-c dc048).' }],
  ['friEve', "Let me check with the warehouse and circle back on Monday. Thanks for bearing with us.", [
    { quote: 'Let me check with the warehouse and circle back on Monday', due: '2026-11-23' },
  ]],
  ['monNY', "I'll keep you posted on the roadmap. In the meantime, John will send you the beta invite.", [
    { quote: "I'll keep you posted on the roadmap", due: null },
  ]],
  ['sat', "We're going to push the fix to production tonight. I'll confirm by 9am tomorrow that everything is running.", [
    { quote: "We're going to push the fix to production tonight", due: '2026-11-21' },
    { quote: "I'll confirm by 9am tomorrow that everything is running", due: '2026-11-22' },
  ]],
  ['tueTokyoMonthEnd', "Our finance team will send the annual invoice by month end. Let me know if you need a different billing contact.", [
    { quote: 'Our finance team will send the annual invoice by month end', due: '2026-06-30' },
  ]],
  ['dstLon', 'I look forward to seeing you at the summit. I will send the agenda this week.', [
    { quote: 'I will send the agenda this week', due: '2026-04-03' },
  ]],
  ['monBerMonthEnd', "Attached is the updated proposal. I'll follow up next month to see where the budget landed.", [
    { quote: "I'll follow up next month to see where the budget landed", due: '2026-12-31' },
  ]],
  ['dstSydEnd', 'Sorry we missed each other. I\'ll try you again on Wednesday morning.', [
    { quote: "I'll try you again on Wednesday morning", due: '2026-04-08' },
  ], { note: '"I\'ll try you again" (call back) counts as a hedged promise to call.' }],
];

MESSAGES.forEach(([mk_, body, gold, extra], i) => {
  const m = M[mk_]!;
  for (let v = 0; v < 3; v++) {
    add('messages', mk(`msg-${String(i + 1).padStart(2, '0')}${'abc'[v]}`, m, wrap(body, m, 400 + i * 3 + v, { quote: v !== 1 }), gold, extra ?? {}));
  }
});

// A few messages as Gmail compose HTML (format "html"): signature and quote are elements.
const HTML_MSGS: Msg[] = [
  ['wed', 'Thanks for the call. I will send the revised quote by Friday.', [{ quote: 'I will send the revised quote by Friday', due: '2026-11-20' }]],
  ['friEve', 'Quick update: our finance team will issue the credit note on Monday.', [{ quote: 'our finance team will issue the credit note on Monday', due: '2026-11-23' }]],
  ['sunLon', 'Attached is the agreement. Let me know if you have any questions.', []],
  ['monNY', 'Let me check with legal and get back to you tomorrow.', [{ quote: 'Let me check with legal and get back to you tomorrow', due: '2026-02-03' }]],
  ['yearEndTokyo', 'I will be out until January 4. See you at the kickoff.', []],
  ['dstBer', 'Sorry for the delay, I will send the migration plan early next week.', [{ quote: 'I will send the migration plan early next week', due: '2026-10-27' }]],
  ['tueTokyoMonthEnd', 'Could you confirm the billing address? We will ship the devices within 5 business days.', [{ quote: 'We will ship the devices within 5 business days', due: '2026-07-07' }]],
  ['sat', 'We could look at a multi-year discount if that helps.', []],
  ['dstLon', 'I will send the agenda this week &amp; book the room.', [{ quote: 'I will send the agenda this week', due: '2026-04-03' }, { quote: 'book the room', due: null }], { note: 'Two verb phrases with objects of their own are two promises (issue 13); the room has no date of its own.' }],
  ['friBerLate', 'Will do. I am going to review the contract over the weekend.', [{ quote: 'I am going to review the contract over the weekend', due: '2027-01-31' }], { note: '"Will do." followed by a concrete promise is that promise: one reminder for one deliverable, as for "Leave it with me" (issue 13, blind set-c dc048).' }],
];

function htmlWrap(body: string, m: Moment, i: number): string {
  const sig = i % 2 === 0
    ? '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">Sam Lee | Account Manager<br>We will respond within one business day.</div>'
    : '<div dir="ltr" class="gmail_signature">Alex Morgan<div>Senior AE, Contoso</div></div>';
  const quote = `<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On ${m.label} Jane Doe &lt;jane@acme.com&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">I&#39;ll send the signed PO by Friday.<div>We will review the quote tomorrow.</div></div></blockquote></div>`;
  return `<div dir="ltr"><div>Hi Dana,</div><div><br></div><div>${body}</div><div><br></div><div>Best,</div><div>Sam</div><div><br></div><span class="gmail_signature_prefix">-- </span><br>${sig}</div><br>${quote}`;
}

HTML_MSGS.forEach(([mk_, body, gold, extra], i) => {
  const m = M[mk_]!;
  add('messages-html', { ...mk(`html-${String(i + 1).padStart(2, '0')}`, m, htmlWrap(body, m, i), gold, extra ?? {}), format: 'html' });
});

// ---------------------------------------------------------------------------
// Styles the first corpus lacked (issue 13): terse mobile replies and text-speak,
// bullets and owner-tagged action items, passive and team promises, several promises
// per sentence, delivery promises with long objects, regional and non-native English,
// autoreplies and long quoted threads. Whole messages as written; dues by hand from
// spec §2 ('wed' is Wednesday 18 Nov 2026, 15:30 New York).
const STYLES: Msg[] = [
  ['wed', 'yep - will send u the deck tmrw w/ the numbers\n\nSent from my iPhone', [{ quote: 'will send u the deck tmrw', due: '2026-11-19' }]],
  ['wed', 'np - will resend tonight', [{ quote: 'will resend tonight', due: '2026-11-18' }]],
  ['wed', 'k thx, ill chase finance tmrw', [{ quote: 'ill chase finance tmrw', due: '2026-11-19' }]],
  ['wed', 'Hi Dana - will do. Will confirm the PO number by Fri.\n\nSam', [{ quote: 'Will confirm the PO number by Fri', due: '2026-11-20' }], { note: '"Will do." followed by a concrete promise is that promise: one reminder for one deliverable, as for "Leave it with me" (issue 13, blind set-c dc048).' }],
  ['wed', 'sure thing, im gonna fix the SSO mapping this arvo', [{ quote: 'im gonna fix the SSO mapping this arvo', due: '2026-11-18' }], { note: '"this arvo" is the sent date (spec §2).' }],
  ['wed', 'Cheers mate, I\'ll have the revised rates across to you Monday week.', [{ quote: "I'll have the revised rates across to you Monday week", due: '2026-11-30' }], { note: '"Monday week": the bare Monday (23 Nov) plus seven days.' }],
  ['wed', 'Dear Mr. Lee,\n\nKindly note that we will revert with the signed agreement latest by Friday.\n\nRegards,\nPriya', [{ quote: 'we will revert with the signed agreement latest by Friday', due: '2026-11-20' }]],
  ['wed', 'Hello Tom,\n\nI send you the updated proposal tomorrow, and we call you Monday to discuss.\n\nBest regards,\nJonas', [
    { quote: 'I send you the updated proposal tomorrow', due: '2026-11-19' },
    { quote: 'we call you Monday', due: '2026-11-23' },
  ], { note: 'Simple present with a future time is a promise (spec §1).' }],
  ['wed', 'Thanks Kenji. Our engineers will have the connector patched and redeployed by Friday.', [{ quote: 'Our engineers will have the connector patched and redeployed by Friday', due: '2026-11-20' }]],
  ['wed', "I'll have our solutions architect walk your team through the SSO setup early next week.", [{ quote: "I'll have our solutions architect walk your team through the SSO setup", due: '2026-11-24' }]],
  ['wed', "We'll have the refreshed dashboards enabled for all 40 of your regional managers by the end of the week.", [{ quote: "We'll have the refreshed dashboards enabled", due: '2026-11-20' }]],
  ['wed', "I'll have Acme's renewal paperwork and the two signed order forms with you tomorrow.", [{ quote: "I'll have Acme's renewal paperwork and the two signed order forms with you tomorrow", due: '2026-11-19' }]],
  ['wed', "I'll refund the duplicate charge today, send the corrected invoice tomorrow and call you Friday to confirm.", [
    { quote: "I'll refund the duplicate charge today", due: '2026-11-18' },
    { quote: 'send the corrected invoice tomorrow', due: '2026-11-19' },
    { quote: 'call you Friday to confirm', due: '2026-11-20' },
  ]],
  ['wed', "I'll whitelist your IPs, provision the sandbox and onboard your two admins by Friday.", [
    { quote: "I'll whitelist your IPs", due: '2026-11-20' },
    { quote: 'provision the sandbox', due: '2026-11-20' },
    { quote: 'onboard your two admins by Friday', due: '2026-11-20' },
  ], { note: 'Three coordinated promises share one trailing deadline: each gets it.' }],
  ['wed', "I'll send the contract today, and our legal team will countersign it by Monday.", [
    { quote: "I'll send the contract today", due: '2026-11-18' },
    { quote: 'our legal team will countersign it by Monday', due: '2026-11-23' },
  ]],
  ['wed', "I'll check the logs and I'll update the ticket.", [{ quote: "I'll check the logs", due: null }, { quote: "I'll update the ticket", due: null }], { note: 'Two heads ("and I\'ll") are two promises (issue 13).' }],
  ['wed', 'Next steps:\n• Me: send the pricing sheet by Friday\n• You: confirm the seat count\n• Our support team: reset the SSO config tomorrow', [
    { quote: 'send the pricing sheet by Friday', due: '2026-11-20' },
    { quote: 'reset the SSO config tomorrow', due: '2026-11-19' },
  ], { note: 'Owner-tagged action items: ours count, the recipient\'s do not.' }],
  ['wed', 'Action items — Me: draft the SOW by Monday.', [{ quote: 'draft the SOW by Monday', due: '2026-11-23' }]],
  ['wed', 'Recap:\n1. Us to confirm the migration window by Thursday\n2. Dana to share the user list\n3. Legal to review the DPA', [{ quote: 'Us to confirm the migration window by Thursday', due: '2026-11-19' }]],
  ['wed', '▪ I’ll book the training room for Tuesday\n▪ I’ll send the agenda tomorrow', [{ quote: 'I’ll book the training room', due: '2026-11-24' }, { quote: 'I’ll send the agenda tomorrow', due: '2026-11-19' }]],
  ['wed', '– will chase finance on the credit note\n– will loop in Priya re: SSO', [{ quote: 'will chase finance on the credit note', due: null }, { quote: 'will loop in Priya', due: null }]],
  ['wed', 'Your login details will be sent to you tomorrow.', [{ quote: 'Your login details will be sent to you tomorrow', due: '2026-11-19' }]],
  ['wed', 'The replacement unit will be shipped on Monday and the faulty one collected the same day.', [{ quote: 'The replacement unit will be shipped on Monday', due: '2026-11-23' }]],
  ['wed', "I'm hoping to have the draft to you by Thursday.", [{ quote: "I'm hoping to have the draft to you by Thursday", due: '2026-11-19' }]],
  ['wed', "We aim to fix the export bug this week. I'll keep you posted.", [{ quote: 'We aim to fix the export bug this week', due: '2026-11-20' }, { quote: "I'll keep you posted", due: null }]],
  ['wed', "We're aiming to get the patch out in a fortnight.", [{ quote: "We're aiming to get the patch out in a fortnight", due: '2026-12-02' }]],
  ['wed', "I'll send the Q4 usage report by the end of the quarter.", [{ quote: "I'll send the Q4 usage report by the end of the quarter", due: '2026-12-31' }]],
  ['wed', "I'll send the invite for the Thursday review.", [{ quote: "I'll send the invite for the Thursday review", due: null }], { note: 'An event named by its day is not the deadline (spec §2).' }],
  ['wed', "I'll send the deck ahead of Monday's meeting.", [{ quote: "I'll send the deck ahead of Monday's meeting", due: '2026-11-23' }]],
  ['wed', "I'll send the invoice together with the usage statement.", [{ quote: "I'll send the invoice together with the usage statement", due: null }], { note: '"together with" is not a joint meeting.' }],
  ['wed', 'Thanks for flagging. Our ops folks will reach out to schedule the maintenance window.', [{ quote: 'Our ops folks will reach out to schedule the maintenance window', due: null }]],
  ['wed', "Thanks for the long thread below. I'll get the revised SOW over to you by Friday.\n\nOn Tue, Nov 17, 2026 at 9:14 AM Jane Doe <jane@acme.com> wrote:\n> Hi Sam, thanks. We'll review internally.\n>\n> On Mon, Nov 16, 2026 at 4:02 PM Sam Lee <sam@northwind.com> wrote:\n>> I'll send the draft SOW tomorrow.\n>> We will also confirm pricing by Friday.\n>>\n>> On Fri, Nov 13, 2026 Jane Doe wrote:\n>>> Could you send a draft SOW?", [{ quote: "I'll get the revised SOW over to you by Friday", due: '2026-11-20' }]],
  ['wed', 'u ok? ill call u later w/ the details', [{ quote: 'ill call u later', due: null }]],
  ['wed', 'Hi Marcus,\n\nI have forwarded your request to our billing team, they will get back to you within 2 business days.\n\nBest,\nAlex', [{ quote: 'they will get back to you within 2 business days', due: '2026-11-20' }], { note: '"they" picks up our team named in the same sentence: our side.' }],
  ['wed', 'Your feedback has been passed to our product team. They\'ll review it in their next planning cycle.', [{ quote: "They'll review it in their next planning cycle", due: null }]],
  ['wed', "We'll need a few more days to finalise the pricing. Expect it early next week.", [{ quote: 'Expect it early next week', due: '2026-11-24' }]],
  ['wed', 'From our side we will: 1) send the quote 2) book the training for Tuesday', [{ quote: 'send the quote', due: null }, { quote: 'book the training for Tuesday', due: '2026-11-24' }]],
  ['wed', 'Kindly be informed that the shipment will be dispatched on 24 November.', [{ quote: 'the shipment will be dispatched on 24 November', due: '2026-11-24' }]],
  ['wed', 'Tomorrow I\'ll walk your admins through the new permissions model.', [{ quote: "I'll walk your admins through the new permissions model", due: '2026-11-19' }], { note: 'A leading time belongs to the promise.' }],
  ['wed', "I'll keep an eye on the ticket and let you know if anything changes.", [{ quote: "I'll keep an eye on the ticket and let you know if anything changes", due: null }]],
  // Lists under a heading that names our side (issue 13): each item is ours.
  ['wedDec', 'Next steps on our side:\n- send the revised quote by Fri\n- set up the sandbox next week', [
    { quote: 'send the revised quote by Fri', due: '2026-12-04' },
    { quote: 'set up the sandbox next week', due: '2026-12-11' },
  ], { note: 'A heading naming our side makes the bulleted items below it ours.' }],
  ['wedDec', 'From our end:\n1. Share the API docs today\n2. Book the training for Monday\n\nYour side:\n1. Send the user list\n2. Confirm the SSO provider', [
    { quote: 'Share the API docs today', due: '2026-12-02' },
    { quote: 'Book the training for Monday', due: '2026-12-07' },
  ]],
  ['wedDec', "What I'll do:\n• chase the PO\n• update the forecast by Thursday", [{ quote: 'chase the PO', due: null }, { quote: 'update the forecast by Thursday', due: '2026-12-03' }]],
  ['wedDec', 'We will:\n1) refund the duplicate charge\n2) send a corrected invoice by Monday', [{ quote: 'refund the duplicate charge', due: null }, { quote: 'send a corrected invoice by Monday', due: '2026-12-07' }]],
  ['wedDec', 'Action items\nMe - send pricing (Fri)\nYou - intro to IT\nOur CSM - schedule onboarding next week', [
    { quote: 'send pricing (Fri)', due: '2026-12-04' },
    { quote: 'schedule onboarding next week', due: '2026-12-11' },
  ], { note: 'A bracketed weekday abbreviation after an item is its deadline.' }],
  // Due-date forms beyond the table's wording.
  ['wedDec', 'ill send it 2nite', [{ quote: 'ill send it 2nite', due: '2026-12-02' }]],
  ['wedDec', 'Will update you by evening.', [{ quote: 'Will update you by evening', due: '2026-12-02' }], { note: '"by evening" is the sent date, like "this evening".' }],
  ['wedDec', "I'll send it by Wednesday next week.", [{ quote: "I'll send it by Wednesday next week", due: '2026-12-09' }]],
  ['wedDec', 'We will share the report by day after.', [{ quote: 'We will share the report by day after', due: '2026-12-04' }], { note: 'Indian English "by day after" is the day after tomorrow.' }],
  ['wedDec', 'I will share the plan by December the 3rd.', [{ quote: 'I will share the plan by December the 3rd', due: '2026-12-03' }]],
  ['wedDec', "I'll get back to you by the end of this working week.", [{ quote: "I'll get back to you by the end of this working week", due: '2026-12-04' }]],
  ['wedDec', "We'll have the migration done by the end of January.", [{ quote: "We'll have the migration done by the end of January", due: '2027-01-29' }], { note: '"end of <month>" is that month\'s last working day, like "end of the month".' }],
  ['wedDec', "We'll have the connector live by mid-January.", [{ quote: "We'll have the connector live by mid-January", due: '2027-01-15' }], { note: '"mid-<month>" is the 15th.' }],
  ['wedDec', 'I will send the samples in a week\'s time.', [{ quote: "I will send the samples in a week's time", due: '2026-12-09' }]],
  ['wedDec', 'Will send within 2 biz days.', [{ quote: 'Will send within 2 biz days', due: '2026-12-04' }]],
  ['wedDec', "I'll confirm by the next business day.", [{ quote: "I'll confirm by the next business day", due: '2026-12-03' }]],
  ['wedDec', "I'll send the signed copy by the end of tomorrow.", [{ quote: "I'll send the signed copy by the end of tomorrow", due: '2026-12-03' }]],
  ['wedDec', "I'll send the gift vouchers before Christmas.", [{ quote: "I'll send the gift vouchers before Christmas", due: '2026-12-24' }], { note: '"before/by Christmas" is kept until Christmas Eve.' }],
  // Openers and frames before the subject (issue 13).
  ['wedDec', 'By Friday we\'ll have the config ready for your admins.', [{ quote: "we'll have the config ready", due: '2026-12-04' }], { note: 'A time adverbial without a comma before the subject.' }],
  ['wedDec', 'Later today I will share the recording link.', [{ quote: 'I will share the recording link', due: '2026-12-02' }]],
  ['wedDec', 'lol yes will do', [{ quote: 'will do', due: null }], { note: 'An interjection the lexicon knows is an opener.' }],
  ['wedDec', 'Sorry for the late reply - will get the signed copy to you tomorrow.', [{ quote: 'will get the signed copy to you tomorrow', due: '2026-12-03' }], { note: '"reply" inside an apology is not an imperative to the recipient.' }],
  ['wedDec', 'Ok cool will chat to the team n revert', [{ quote: 'will chat to the team n revert', due: null }], { note: 'Text-speak "n" coordinates verb phrases like "and".' }],
  ['wedDec', 'Ill send the updated file by EOD', [{ quote: 'Ill send the updated file by EOD', due: '2026-12-02' }]],
  ['wedDec', "I think I'll be able to send the draft Friday.", [{ quote: "I'll be able to send the draft Friday", due: '2026-12-04' }], { note: 'A state-of-mind frame ("I think") hedges the promise inside it.' }],
  ['wedDec', 'We should be able to ship the replacement tomorrow.', [{ quote: 'We should be able to ship the replacement tomorrow', due: '2026-12-03' }], { note: '"should be able to" on our own delivery is a hedged promise.' }],
  ['wedDec', 'Our plan is to deliver the hardware by the 15th.', [{ quote: 'Our plan is to deliver the hardware by the 15th', due: '2026-12-15' }], { note: '"Our plan is to" counts only with a future time, like the simple present.' }],
  ['wedDec', 'I personally will make sure the credit is applied by Friday.', [{ quote: 'I personally will make sure the credit is applied by Friday', due: '2026-12-04' }]],
  ['wedDec', 'We at Northwind will cover the return shipping.', [{ quote: 'We at Northwind will cover the return shipping', due: null }]],
  ['wedDec', "I'll see to it that the credit is applied this week.", [{ quote: "I'll see to it that the credit is applied this week", due: '2026-12-04' }]],
  ['wedDec', "I'll look after the onboarding call invites.", [{ quote: "I'll look after the onboarding call invites", due: null }]],
  ['wedDec', "I'll get someone from support to call you this afternoon.", [{ quote: "I'll get someone from support to call you this afternoon", due: '2026-12-02' }]],
  ['wedDec', "Thanks Dana, I'll take it from here.", [{ quote: "I'll take it from here", due: null }]],
  ['wedDec', "I'll put the deck together over the weekend.", [{ quote: "I'll put the deck together over the weekend", due: '2026-12-06' }], { note: '"put … together" is an action, not a joint plan.' }],
  ['wedDec', 'Leave it with me.', [{ quote: 'Leave it with me', due: null }], { note: '"Leave it with me" takes the matter on: a promise with no date.' }],
  ['wedDec', "I'll have invoices for both entities reissued by Monday.", [{ quote: "I'll have invoices for both entities reissued by Monday", due: '2026-12-07' }]],
  // One promise per deliverable (issue 13).
  ['wedDec', "In the meantime I'll escalate the request to our VP of Support today and draft the SLA language in parallel.", [
    { quote: "I'll escalate the request to our VP of Support today", due: '2026-12-02' },
    { quote: 'draft the SLA language in parallel', due: null },
  ], { note: 'Two verb phrases with objects of their own are two promises; each keeps its own date.' }],
  ['wedDec', 'I will just coordinate with our tech team and will update you within the day.', [{ quote: 'will update you within the day', due: '2026-12-02' }], { note: 'Asking around, then reporting back, is one promise (spec: "let me … and report back").' }],
  ['wedDec', 'Our implementation team will set up the sandbox sometime next week, once the holiday freeze lifts.', [{ quote: 'Our implementation team will set up the sandbox sometime next week', due: '2026-12-11' }]],
  ['wedDec', "I'll send the final invoice on Dec 4 and the usage breakdown by the 8th.", [
    { quote: "I'll send the final invoice on Dec 4", due: '2026-12-04' },
    { quote: 'the usage breakdown by the 8th', due: '2026-12-08' },
  ], { note: 'One verb, two objects with their own dates: two promises.' }],
  ['wedDec', 'Engineering will be pushing a fix Thursday.', [{ quote: 'Engineering will be pushing a fix Thursday', due: '2026-12-03' }], { note: 'A department named bare in mail we send is our side.' }],
  ['wedDec', 'Apologies, and our warehouse will re-pick the missing cartons later today.', [{ quote: 'our warehouse will re-pick the missing cartons later today', due: '2026-12-02' }], { note: '"our …" acting on an object is our side, whatever the noun.' }],
  ['wedDec', 'We will roll out the new billing dashboard in January.', [{ quote: 'We will roll out the new billing dashboard in January', due: '2027-01-29' }], { note: '"in <month>" is that month\'s last working day, like "next month".' }],
  ['wedDec', 'ok will send it Fri.', [{ quote: 'will send it Fri', due: '2026-12-04' }]],
  ['wedDec', 'Further to our conversation this morning, please be advised that we will be issuing the amended order form no later than Thursday.', [{ quote: 'we will be issuing the amended order form no later than Thursday', due: '2026-12-03' }], { note: 'A leading prepositional phrase before a reporting frame.' }],
  ['wedDec', 'We will replace the affected units at no charge, our quality team will provide a full report within 10 days.', [
    { quote: 'We will replace the affected units at no charge', due: null },
    { quote: 'our quality team will provide a full report within 10 days', due: '2026-12-12' },
  ], { note: 'A clause with its own predicate keeps its date to itself.' }],
  ['wedDec', 'Next steps:\n1. Send updated rate card incl. fuel surcharge (me) – Fri\n2. Confirm weekly pallet counts (you) – Wed\n3. Book trial shipment (our ops team) – by Dec 11', [
    { quote: 'Send updated rate card incl. fuel surcharge (me) – Fri', due: '2026-12-04' },
    { quote: 'Book trial shipment (our ops team) – by Dec 11', due: '2026-12-11' },
  ], { note: 'An owner tag after the item makes it ours; its date may follow the tag.' }],
  ['wed', "I'll send the deck and walk you through it on Friday.", [{ quote: "I'll send the deck and walk you through it on Friday", due: '2026-11-20' }], { note: 'One deliverable: the second verb phrase acts on what the first sends ("it"), so one reminder.' }],
  ['wed', "I'll review and sign off the SOW by Friday.", [{ quote: "I'll review and sign off the SOW by Friday", due: '2026-11-20' }], { note: 'Two verbs, one object: one promise.' }],
  ['wed', "I'll look into it and fix it by tomorrow.", [{ quote: "I'll look into it and fix it by tomorrow", due: '2026-11-19' }], { note: 'Looking into it and fixing it are one piece of work: one promise.' }],
  ['wed', "I'll put together the proposal and send it over by Monday.", [{ quote: "I'll put together the proposal and send it over by Monday", due: '2026-11-23' }], { note: 'The second phrase sends what the first made ("it"): one promise.' }],
  ['wed', "I'll sign the NDA today and send the order form by Friday.", [{ quote: "I'll sign the NDA today", due: '2026-11-18' }, { quote: 'send the order form by Friday', due: '2026-11-20' }], { note: 'Two objects, two dates: two promises.' }],
  ['wed', "Will do. I'll keep you posted.", [{ quote: "I'll keep you posted", due: null }], { note: '"Will do." followed by a concrete promise is that promise (blind set-c dc048).' }],
  ['wed', "I'll go through the redlines tomorrow and you'll have my comments straight after.", [{ quote: "I'll go through the redlines tomorrow", due: '2026-11-19' }], { note: '"you\'ll have my comments" reports the review before it: one promise (blind set-c dc004).' }],
  ['wed', "The replacement will be shipped on Monday, and I'll email you the tracking number the same day.", [{ quote: 'The replacement will be shipped on Monday', due: '2026-11-23' }, { quote: "I'll email you the tracking number the same day", due: '2026-11-23' }], { note: '"the same day" takes the day named before it (blind set-c dc056).' }],
  ['wed', "Let me just pull the usage report for you and send it over.", [{ quote: 'Let me just pull the usage report for you and send it over', due: null }], { note: 'A "let me just" aside that is for the recipient still counts.' }],
  ['wed', "I'll make sure you get the corrected invoice today.", [{ quote: "I'll make sure you get the corrected invoice today", due: '2026-11-18' }], { note: 'Making sure the recipient gets something is a delivery.' }],
  ['wed', "I'll review the logs, fix the config and confirm by Friday.", [{ quote: "I'll review the logs", due: '2026-11-20' }, { quote: 'fix the config and confirm by Friday', due: '2026-11-20' }], { note: 'Three verb phrases: the report back ("confirm") stays with the fix it reports on; reviewing the logs has an object of its own.' }],
  ['wed', "I'll finalise the deck today and send it over, and call you Monday.", [{ quote: "I'll finalise the deck today and send it over", due: '2026-11-18' }, { quote: 'call you Monday', due: '2026-11-23' }], { note: 'Sending "it" continues finalising the deck: two promises, not three.' }],
  ['wed', "I'll check with the warehouse, confirm the slot and get back to you tomorrow.", [{ quote: "I'll check with the warehouse, confirm the slot and get back to you tomorrow", due: '2026-11-19' }], { note: 'Asking around, then reporting back: one promise (spec: "let me … and report back").' }],
  ['wed', "We aim to fix the export this week and I'll send release notes once it's live.", [{ quote: 'We aim to fix the export this week', due: '2026-11-20' }, { quote: "I'll send release notes once it's live", due: null }], { note: 'A short clause before a promise lends it its date only when it is a bare time phrase ("On Monday, I\'ll …"), not a promise of its own.' }],
];

// Hard negatives in the same styles.
const STYLE_NEGATIVES: [keyof typeof M, string, string?][] = [
  ['wed', 'Let me just download the new version of the app.', 'A quick aside of one\'s own with no word of the recipient, nothing handed over and no time.'],
  ['wed', "I'll be checking to make sure you pass the signed form on to your finance team.", 'Checking up on what the recipient does is not an action for them; "I\'ll make sure you get the invoice" is.'],
  ['wed', 'Thank you for your email. I am out of the office until 30 November and will reply on my return. For anything urgent, please contact support@northwind.com.', 'An autoreply\'s reply promise is status (spec §1).'],
  ['wed', "Automatic reply: I'm on annual leave with limited access to email. I will respond to your message as soon as possible after I return."],
  ['wed', 'I am currently away from the office until Monday 23 November. I will get back to you when I am back.'],
  ['wed', 'Our office will be closed on Friday for the holiday.'],
  ['wed', 'The meeting will be held in the main boardroom on Tuesday.'],
  ['wed', 'Your account will be billed on the 1st of each month.'],
  ['wed', 'The invoice will be sent by Maria from our reseller next week.'],
  ['wed', 'I send the usage report every Monday.'],
  ['wed', 'We meet on Monday to go through it together.'],
  ['wed', 'Next steps:\n• You: send the signed order form by Friday\n• Dana: confirm the seat count'],
  ['wed', 'u able to send the PO tmrw?'],
  ['wed', 'can u confirm by Fri pls'],
  ['wed', 'Hoping you can send the logs by Thursday.'],
  ['wed', 'I hope you will join us at the summit.'],
  ['wed', "I'd be happy to have our engineers look at it if you like."],
  ['wed', 'If you send the user list, we will have the accounts provisioned by Monday.'],
  ['wed', 'We could have the dashboards enabled next week if the budget is approved on your side.'],
  ['wed', "I'll be travelling Tue and Wed this week."],
  ['wed', "We'll catch up together with your CFO on Thursday's call."],
  ['wed', "Priya will have the contract with you by Friday."],
  ['wed', 'The new pricing will be effective from January.'],
  ['wed', "We're not going to charge for the extra seats."],
  ['wed', 'Sent the deck earlier today, lmk if any qs'],
  ['wed', 'Will that work for you?'],
  ['wed', 'Noted with thanks. We already shipped the replacement yesterday.'],
  ['wed', "I'll need the PO number before we can invoice."],
  ['wed', "Let me know if you'd like me to loop in our architect."],
  ['wed', 'We will contact you in case of any questions.'],
  ['wed', 'I will do my best.'],
  ['wed', 'hey, running late for the call, will dial in 5 min'],
  ['wed', "To recap: we'll both review the SLA on next Tuesday's call."],
  ['wed', "I'm going to Chicago tomorrow for the conference."],
  ['wedDec', 'Next steps for you:\n- sign the order form\n- send the PO by Friday'],
  ['wedDec', 'Our pricing:\n- Starter: $20/seat\n- Growth: $35/seat'],
  ['wedDec', 'What we need from you:\n1. Send the user list\n2. Confirm the SSO provider by Monday'],
  ['wedDec', 'I should call him.'],
  ['wedDec', 'Our plan is to grow the account 20% next year.'],
  ['wedDec', 'By Friday we\'ll know more.'],
  ['wedDec', "I'll leave it with you."],
  ['wedDec', "I'll get you to sign the form on Friday."],
  ['wedDec', "We'll work through it together next week."],
  ['wedDec', 'I should have sent it yesterday.'],
  ['wedDec', 'Our prices will increase in January.'],
  ['wedDec', 'This weekend I plan to double my mileage.', 'A plan about one\'s own things, with no word of the recipient, is a personal aim.'],
];

STYLES.forEach(([mk_, body, gold, extra], i) => {
  const m = M[mk_]!;
  add('styles', mk(`style-${String(i + 1).padStart(2, '0')}`, m, body, gold, extra ?? {}));
});
STYLE_NEGATIVES.forEach(([mk_, body, note], i) => {
  const m = M[mk_]!;
  add('styles', mk(`style-neg-${String(i + 1).padStart(2, '0')}`, m, body, [], note ? { note } : {}));
});

const outDir = new URL('../tests/fixtures/commitments/', import.meta.url);
let total = 0;
for (const [file, list] of Object.entries(cases)) {
  writeFileSync(new URL(`${file}.jsonl`, outDir), list.map((c) => JSON.stringify(c)).join('\n') + '\n');
  total += list.length;
  console.log(`${file}.jsonl: ${list.length}`);
}
console.log(`total: ${total}`);
