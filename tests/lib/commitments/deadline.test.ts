import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { findDeadline, makeContext, relativeDeadline } from '../../../lib/commitments/deadline';
import { makeCalendar } from '../../../lib/commitments/working-days';
import { detectCommitments } from '../../../lib/commitments/detect';

type Row = [phrase: string, sentAt: string, timeZone: string, due: string | null, extra?: { holidays?: string[]; workingDays?: number[]; dateOrder?: 'DMY'; recipientZone?: string }];

const WED = '2026-11-18T15:30:00-05:00'; // Wednesday
const FRI = '2026-11-20T17:45:00-05:00'; // Friday evening
const SAT = '2026-11-21T10:00:00-08:00'; // Saturday
const NY = 'America/New_York';
const LA = 'America/Los_Angeles';

function due(phrase: string, sentAt: string, tz: string, extra: Row[4] = {}): string | null {
  const ctx = makeContext(new Date(sentAt), tz, makeCalendar(extra.workingDays, extra.holidays), extra.dateOrder ?? 'MDY');
  ctx.recipientZone = () => extra.recipientZone;
  return findDeadline(`I'll send the revised quote ${phrase}`, ctx)?.due ?? null;
}

// One block per row of spec §2.
const TABLE: Record<string, Row[]> = {
  'today / EOD / COB / tonight / this afternoon / later today / in an hour → sent date': [
    ['today', WED, NY, '2026-11-18'],
    ['by EOD', WED, NY, '2026-11-18'],
    ['by end of day', WED, NY, '2026-11-18'],
    ['by COB', WED, NY, '2026-11-18'],
    ['by close of business', WED, NY, '2026-11-18'],
    ['tonight', FRI, NY, '2026-11-20'],
    ['this afternoon', SAT, LA, '2026-11-21'],
    ['later today', WED, NY, '2026-11-18'],
    ['in an hour', WED, NY, '2026-11-18'],
  ],
  'tomorrow / first thing tomorrow / EOD tomorrow / tomorrow morning → +1 day': [
    ['tomorrow', WED, NY, '2026-11-19'],
    ['first thing tomorrow', FRI, NY, '2026-11-21'],
    ['EOD tomorrow', WED, NY, '2026-11-19'],
    ['tomorrow morning', '2026-12-31T16:00:00+09:00', 'Asia/Tokyo', '2027-01-01'],
  ],
  'a weekday alone → next such day after the sent date': [
    ['by Friday', WED, NY, '2026-11-20'],
    ['on Monday', WED, NY, '2026-11-23'],
    ['Thursday morning', SAT, LA, '2026-11-26'],
    ['by Friday', FRI, NY, '2026-11-27'],
    ['on Wednesday', WED, NY, '2026-11-25'],
  ],
  '"this Friday" → Friday of the current week, else the next': [
    ['this Friday', WED, NY, '2026-11-20'],
    ['this Friday', FRI, NY, '2026-11-20'],
    ['this Friday', SAT, LA, '2026-11-27'],
  ],
  '"next Friday" → Friday of the next week': [
    ['next Friday', WED, NY, '2026-11-27'],
    ['next Friday', FRI, NY, '2026-11-27'],
    ['next Friday', '2026-11-22T21:00:00+00:00', 'Europe/London', '2026-11-27'],
  ],
  'end of the week / EOW / this week → last working day of the week': [
    ['by the end of the week', WED, NY, '2026-11-20'],
    ['EOW', FRI, NY, '2026-11-20'],
    ['this week', SAT, LA, '2026-11-27'],
    ['by the end of this week', WED, NY, '2026-11-19', { workingDays: [1, 2, 3, 4] }],
  ],
  'next week / sometime next week → last working day of next week': [
    ['next week', WED, NY, '2026-11-27'],
    ['sometime next week', FRI, NY, '2026-11-27'],
    ['next week', '2026-12-24T13:00:00+00:00', 'Europe/London', '2026-12-31', { holidays: ['2027-01-01'] }],
  ],
  'early next week → second working day of next week': [
    ['early next week', WED, NY, '2026-11-24'],
    ['early next week', WED, NY, '2026-11-25', { holidays: ['2026-11-23'] }],
  ],
  'end of the month / by month end / this month → last working day of the month': [
    ['by the end of the month', WED, NY, '2026-11-30'],
    ['by month end', '2026-02-02T08:00:00-05:00', NY, '2026-02-27'],
    ['this month', '2026-12-31T16:00:00+09:00', 'Asia/Tokyo', '2026-12-31'],
  ],
  'next month → last working day of next month': [
    ['next month', WED, NY, '2026-12-31'],
    ['next month', '2026-12-31T16:00:00+09:00', 'Asia/Tokyo', '2027-01-29'],
  ],
  'in N days / within N days → +N calendar days': [
    ['in 3 days', WED, NY, '2026-11-21'],
    ['within 10 days', WED, NY, '2026-11-28'],
    ['within 7 days', '2026-11-01T20:00:00-08:00', LA, '2026-11-08'],
  ],
  'in N business days / within N working days → +N working days': [
    ['within 3 business days', WED, NY, '2026-11-23'],
    ['in 2 working days', FRI, NY, '2026-11-24'],
    ['within 3 working days', '2026-12-24T13:00:00+00:00', 'Europe/London', '2026-12-31', { holidays: ['2026-12-25', '2026-12-28'] }],
  ],
  'within 24 hours / in 48 hours → date of sent time + hours': [
    ['within 24 hours', WED, NY, '2026-11-19'],
    ['in 48 hours', FRI, NY, '2026-11-22'],
    ['within 2 hours', '2026-04-01T23:30:00-07:00', LA, '2026-04-02'],
  ],
  'explicit date → first one on or after the sent date': [
    ['by Dec 3', WED, NY, '2026-12-03'],
    ['on 12/3', WED, NY, '2026-12-03'],
    ['on the 15th', WED, NY, '2026-12-15'],
    ['by December 3rd', WED, NY, '2026-12-03'],
    ['by 3/12', WED, 'Europe/Berlin', '2026-12-03', { dateOrder: 'DMY' }],
    ['by January 8', '2026-12-31T16:00:00+09:00', 'Asia/Tokyo', '2027-01-08'],
  ],
  'a time alone → sent date if still ahead, else next day': [
    ['by 5pm', WED, NY, '2026-11-18'],
    ['by 3pm', WED, NY, '2026-11-19'],
    ['by noon', WED, NY, '2026-11-19'],
  ],
  'no deadline → null': [
    ['', WED, NY, null],
    ['ASAP', WED, NY, null],
    ['soon', WED, NY, null],
    ['shortly', WED, NY, null],
  ],
  'a date belonging to something else is not the deadline': [
    ["from Monday's meeting", WED, NY, null],
    ['signed on March 3', WED, NY, null],
    ["from last Friday's call", WED, NY, null],
    ['for the Thursday review', WED, NY, null],
    ['with the Q3 forecast', WED, NY, null],
  ],
  '"Monday week", "Friday week" → the bare weekday + 7 days': [
    ['Monday week', WED, NY, '2026-11-30'],
    ['by Friday week', WED, NY, '2026-11-27'],
    ['Friday week', FRI, NY, '2026-12-04'],
  ],
  '"this arvo", "this avo" → sent date': [
    ['this arvo', WED, NY, '2026-11-18'],
    ['this avo', SAT, LA, '2026-11-21'],
  ],
  '"in two weeks", "in a fortnight", "in a couple of days" → +14 / +14 / +2': [
    ['in two weeks', WED, NY, '2026-12-02'],
    ['in a fortnight', WED, NY, '2026-12-02'],
    ['in a couple of days', WED, NY, '2026-11-20'],
  ],
  'Q1 … Q4, this quarter, next quarter → last working day of that quarter': [
    ['by Q1', WED, NY, '2027-03-31'],
    ['by the end of Q4', WED, NY, '2026-12-31'],
    ['this quarter', WED, NY, '2026-12-31'],
    ['next quarter', WED, NY, '2027-03-31'],
  ],
  'before an event → that day': [
    ['before our call on Thursday', WED, NY, '2026-11-19'],
    ["ahead of Monday's meeting", WED, NY, '2026-11-23'],
    ['before the Thursday review', WED, NY, '2026-11-19'],
  ],
  'our decisions where §2 is silent (docs/commitments.md)': [
    ['in the morning', WED, NY, '2026-11-19'],
    ['after lunch', WED, NY, '2026-11-19'],
    ['in 10 minutes', WED, NY, '2026-11-18'],
    ['before the weekend', WED, NY, '2026-11-20'],
    ['Thursday the 26th', WED, NY, '2026-11-26'],
    ['by Friday the 4th of December', WED, NY, '2026-12-04'],
    ['by the end of the year', WED, NY, '2026-12-31'],
    ['by Weds', WED, NY, '2026-11-25'],
    ['tmr', WED, NY, '2026-11-19'],
    ['early Feb', WED, NY, '2027-02-10'],
    ['in KW 6', WED, NY, '2027-02-12'],
    ['in CW53', WED, NY, '2027-01-01'],
    ['in calendar week 53', '2027-11-17T10:00:00-05:00', NY, null],
    ['starting tomorrow', WED, NY, '2026-11-19'],
    ['from next week', WED, NY, '2026-11-27'],
    ['effective 1 January', WED, NY, null],
    ['tomorrow, latest on Monday', WED, NY, '2026-11-23'],
    ['with the figures for the Q4 rebate this week', WED, NY, '2026-11-20'],
  ],
  'our decisions where §2 is silent, set af–ao round': [
    ['nxt Tuesday', WED, NY, '2026-11-24'],
    ['next mth', WED, NY, '2026-12-31'],
    ['within 24h', WED, NY, '2026-11-19'],
    ['within 48 hrs', WED, NY, '2026-11-20'],
    ['in 3-5 business days', WED, NY, '2026-11-25'],
    ['on 09.03', WED, NY, '2027-03-09', { dateOrder: 'DMY' }],
    ['on 09.03', WED, NY, null],
    ['b4 the 25th', WED, NY, '2026-11-25'],
    ['b4 CNY', WED, NY, '2027-02-05'],
    ['before Christmas Eve', WED, NY, '2026-12-23'],
    ['in the 2nd wk of jan', WED, NY, '2027-01-15'],
    ['nxt quarter', WED, NY, '2027-03-31'],
    ['by thurs nxt wk', WED, NY, '2026-11-26'],
    ['before Golden Week', WED, NY, '2026-11-25', { holidays: ['2026-11-26', '2026-11-27'] }],
    ['before Golden Week', WED, NY, null],
    ['on the first working day after the Eid holiday', WED, NY, '2026-11-30', { holidays: ['2026-11-26', '2026-11-27'] }],
    ['in week 8', WED, NY, '2027-02-26'],
    ['by mid of next month', WED, NY, '2026-12-15'],
    ['by 15th of next month', WED, NY, '2026-12-15'],
    ['Tuesday fortnight', WED, NY, '2026-12-08'],
    ['on the Tuesday after next', WED, NY, '2026-12-01'],
    ['a week today', WED, NY, '2026-11-25'],
    ['tomorrow week', WED, NY, '2026-11-26'],
    ['a fortnight today', WED, NY, '2026-12-02'],
    ['a week tomorrow', WED, NY, '2026-11-26'],
    ['two weeks from tomorrow', WED, NY, '2026-12-03'],
    ['this day next week', WED, NY, '2026-11-25'],
    ['latest by next tomorrow', WED, NY, '2026-11-20'],
    ['the morn', WED, NY, '2026-11-19'],
    ['tom AM', WED, NY, '2026-11-19'],
    ['mañana', WED, NY, '2026-11-19'],
    ['in the course of next week', WED, NY, '2026-11-27'],
    ['on 8 December, first working day after the holiday', WED, NY, '2026-12-08', { holidays: ['2026-12-07'] }],
    ['after the holiday, around Dec 9', WED, NY, '2026-12-09', { holidays: ['2026-12-07'] }],
    ['before Veterans Day', WED, NY, '2026-12-10', { holidays: ['2026-12-11'] }],
    ['the first day after Easter Monday', WED, NY, '2026-11-24', { holidays: ['2026-11-20', '2026-11-23'] }],
    ['on Thursday, before Golden Week', WED, NY, '2026-11-19', { holidays: ['2026-11-23', '2026-11-24'] }],
    ['a fortnight Friday', WED, NY, '2026-12-04'],
  ],
  // Our decisions where §2 is silent (docs/commitments.md, "Decided in the set ar–aw round").
  'the company closure the settings hold': [
    ['before we close for the year', WED, NY, '2026-11-24', { holidays: ['2026-11-25', '2026-11-26'] }],
    ['first thing when we are back', WED, NY, '2026-11-27', { holidays: ['2026-11-25', '2026-11-26'] }],
    ['before the holidays', WED, NY, '2026-11-24', { holidays: ['2026-11-25'] }],
    ['before the holidays', '2026-12-10T10:00:00-05:00', NY, '2026-12-24'],
    ['before we close on the 23rd', '2026-12-10T10:00:00-05:00', NY, '2026-12-23', { holidays: ['2026-12-25'] }],
    ['before we close', WED, NY, null],
  ],
  'a time said in another zone: the date that moment falls on where the user is': [
    ['by 5pm EST today', '2026-11-03T21:00:00+05:30', 'Asia/Kolkata', '2026-11-04'],
    ['by noon ET', '2026-11-03T21:00:00+05:30', 'Asia/Kolkata', '2026-11-03'],
    ['by 9am PST tomorrow', '2026-11-03T21:00:00+05:30', 'Asia/Kolkata', '2026-11-04'],
    ['by 3pm Sydney time', '2026-11-03T21:00:00+05:30', 'Asia/Kolkata', '2026-11-04'],
    ['by COB EST Friday', '2026-11-03T21:00:00+05:30', 'Asia/Kolkata', '2026-11-07'],
    ['by midnight PST', '2026-11-03T21:00:00+05:30', 'Asia/Kolkata', '2026-11-04'],
    ['by 5pm EST', WED, NY, '2026-11-18'],
    ['by 10 CET tomorrow', WED, NY, '2026-11-19'],
    ['before 8pm your time (New York)', '2026-03-17T19:30:00+01:00', 'Europe/Madrid', '2026-03-18'],
    ['by 9am Monday KST', '2026-01-23T15:30:00-08:00', 'America/Vancouver', '2026-01-25'],
    ['by end of business Friday, New York time', '2026-10-28T11:00:00+09:00', 'Asia/Tokyo', '2026-10-31'],
    ['by 6pm your time on Monday (PT)', '2026-03-06T14:20:00+08:00', 'Asia/Manila', '2026-03-10'],
  ],
  // The customer's clock without its zone, read where the thread says the customer is (recipient-zone.ts).
  "the customer's clock: \"your time\", \"your EOD\"": [
    ['by your EOD today', '2026-02-17T21:30:00+05:30', 'Asia/Kolkata', '2026-02-18', { recipientZone: NY }],
    ['by 17:00 your time', '2026-10-13T11:05:00+01:00', 'Europe/London', '2026-10-14', { recipientZone: 'Asia/Singapore' }],
    ['before 8pm your time', '2026-03-17T19:30:00+01:00', 'Europe/Madrid', '2026-03-18', { recipientZone: NY }],
    ['before close of business your time today', '2026-09-15T17:00:00+02:00', 'Europe/Berlin', '2026-09-16', { recipientZone: LA }],
    ['mon morning ur time', '2026-01-31T01:10:00+09:00', 'Asia/Seoul', '2026-02-03', { recipientZone: LA }],
    ['before start of business Monday your time', '2026-10-09T14:00:00-07:00', 'America/Vancouver', '2026-10-11', { recipientZone: 'Australia/Sydney' }],
    ['by your morning', '2026-01-15T10:00:00+09:00', 'Asia/Tokyo', '2026-01-16', { recipientZone: LA }],
    ['by Monday your time', '2026-09-19T01:05:00+09:00', 'Asia/Tokyo', '2026-09-22', { recipientZone: LA }],
    ['by end of your business day', '2026-10-29T17:00:00+08:00', 'Asia/Singapore', '2026-10-30', { recipientZone: 'Europe/Amsterdam' }],
    ['first thing your Tuesday', '2026-04-03T15:20:00-04:00', NY, '2026-04-06', { recipientZone: 'Australia/Sydney' }],
    ['by noon your Friday', '2026-08-20T10:30:00+13:00', 'Pacific/Apia', '2026-08-22', { recipientZone: 'Pacific/Pago_Pago' }],
    ['before your end of business today', '2026-07-10T18:20:00+09:00', 'Asia/Tokyo', '2026-07-11', { recipientZone: 'America/Chicago' }],
    ['by your EOD Friday', '2026-11-05T21:40:00+13:00', 'Pacific/Auckland', '2026-11-07', { recipientZone: LA }],
    ['before your 10am board prep on Thursday', '2026-11-09T22:15:00-05:00', NY, '2026-11-11', { recipientZone: 'Australia/Sydney' }],
    ['by your morning', '2026-11-03T19:30:00+01:00', 'Europe/Amsterdam', '2026-11-04', { recipientZone: 'America/Chicago' }],
    ['before your Monday 10am kickoff', '2026-06-12T10:00:00+10:00', 'Australia/Sydney', '2026-06-16', { recipientZone: NY }],
    // Where the customer is not known, their clock is read as the user's.
    ['by 5pm your time', '2026-03-09T16:30:00-06:00', 'America/Mexico_City', '2026-03-09'],
  ],
  'clock words and counts people say': [
    ['by half ten', WED, NY, '2026-11-19'],
    ['by quarter to five', '2026-11-18T09:30:00-05:00', NY, '2026-11-18'],
    ['by half past four', WED, NY, '2026-11-18'],
    ['in a day or two', WED, NY, '2026-11-20'],
    ['in two or three days', WED, NY, '2026-11-21'],
    ['later lah', WED, NY, '2026-11-18'],
    ['overnight', WED, NY, '2026-11-19'],
    ['if anything changes overnight', WED, NY, null],
    ['before the month is out', WED, NY, '2026-11-30'],
    ['first thing in the morning', '2026-11-18T02:10:00-05:00', NY, '2026-11-18'],
    ['first thing in the morning', WED, NY, '2026-11-19'],
    ['on 11/25 and 11/26', WED, NY, '2026-11-26'],
    ['between Nov 19 and Nov 20', WED, NY, '2026-11-19'],
    ['the Friday after next', WED, NY, '2026-12-04'],
    ['this qtr', WED, NY, '2026-12-31'],
    ['moved from Friday to Tuesday 24th', WED, NY, '2026-11-24'],
    ['after two days', WED, NY, '2026-11-20'],
    ['in a cpl days', WED, NY, '2026-11-20'],
    ['on 11.12, tomorrow our office is closed', WED, NY, '2026-12-11', { dateOrder: 'DMY' }],
    ['tomorow', WED, NY, '2026-11-19'],
  ],
  // Decided in the set bk–bp round (docs/commitments.md).
  'thumbs, idioms and named days': [
    ['by Thrusday', WED, NY, '2026-11-19'],
    ['by mondy', WED, NY, '2026-11-23'],
    ['this frday', WED, NY, '2026-11-20'],
    ['by end of teh week', WED, NY, '2026-11-20'],
    ['on mondays', WED, NY, null],
    ['mon/tue', SAT, LA, '2026-11-24'],
    ['b4 wknd', WED, NY, '2026-11-20'],
    ['next to next week', WED, NY, '2026-12-04'],
    ['post lunch', '2026-11-18T11:20:00-05:00', NY, '2026-11-18'],
    ["by 3 o'clock", '2026-11-18T10:15:00-05:00', NY, '2026-11-18'],
    ['in 10', WED, NY, '2026-11-18'],
    ['in 10 working days', WED, NY, '2026-12-02'],
    ['in the course of the day', WED, NY, '2026-11-18'],
    ['over the next day or two', WED, NY, '2026-11-20'],
    ['still this year', WED, NY, '2026-12-31'],
    ['on the 5th of December from our warehouse', WED, NY, '2026-12-05'],
    ['by Thanksgiving', '2026-11-16T09:10:00-06:00', 'America/Chicago', '2026-11-26', { holidays: ['2026-11-26', '2026-11-27'] }],
    ['before Thanksgiving', '2026-11-16T09:10:00-06:00', 'America/Chicago', '2026-11-25', { holidays: ['2026-11-26', '2026-11-27'] }],
    ['before EOFY', '2026-06-16T10:00:00+09:30', 'Australia/Adelaide', '2026-06-30'],
    ['by the end of the financial year', '2027-02-10T10:00:00+05:30', 'Asia/Kolkata', '2027-03-31'],
    ['before EOFY', WED, NY, null],
    ['a fortnight from Monday', WED, NY, '2026-12-07'],
    ['by end of quarter', WED, NY, '2026-12-31'],
    ['by EOQ', WED, NY, '2026-12-31'],
    ['a week from Monday', WED, NY, '2026-11-30'],
    ['on Monday mornings', WED, NY, null],
    ['before the New Year', WED, NY, '2026-12-31'],
    ['on the first working day after New Year', '2026-12-20T10:00:00-05:00', NY, '2027-01-04', { holidays: ['2027-01-01'] }],
  ],
  // Decided in the set cb–cg round (docs/commitments.md).
  'more slips of the thumb': [
    ['by close', WED, NY, '2026-11-18'],
    ['by close today', WED, NY, '2026-11-18'],
    ['before close of the deal', WED, NY, null],
    ['by the end of Agust', WED, NY, '2027-08-31'],
    ['by Feburary 3rd', WED, NY, '2027-02-03'],
    ['will aim for thrusday', WED, NY, '2026-11-19'],
    ['the contract variation Firday first thing', WED, NY, '2026-11-20'],
    ['by match day', WED, NY, null],
    ['the sundry items by Friday', WED, NY, '2026-11-20'],
  ],
};

describe('due-date table (spec §2)', () => {
  for (const [row, cases] of Object.entries(TABLE)) {
    describe(row, () => {
      it.each(cases)('%s (sent %s %s) → %s', (phrase, sentAt, tz, want, extra) => {
        expect(due(phrase, sentAt, tz, extra)).toBe(want);
      });
    });
  }
});

// Dates counted from an earlier one (our decision, docs/commitments.md): anchor Monday 2026-11-23.
const RELATIVE: [phrase: string, due: string | null, anchorText?: string][] = [
  ['the draft agreement two days later', '2026-11-25'],
  ['the signing instructions a day later', '2026-11-24'],
  ['the certificate a week later', '2026-11-30'],
  ['the second lot a fortnight thereafter', '2026-12-07'],
  ['the policy wording a couple of days after that', '2026-11-25'],
  ['the report 3 working days later', '2026-11-26'],
  ['the remaining six the following Friday', '2026-11-27'],
  ['the security addendum the Monday after', '2026-11-30'],
  ['send it over the following day', '2026-11-24'],
  ['call you the day before', '2026-11-22'],
  ['the letter will be issued the next working day', '2026-11-24'],
  ['the report that afternoon', '2026-11-23'],
  ['walk your team through it the same week', '2026-11-27'],
  ['install it the following week', '2026-12-04'],
  ['within 2 working days of dispatch', '2026-11-25', 'the balance will be dispatched on Monday'],
  ['within 2 working days of dispatch', null, 'the balance will be delivered on Monday'],
  ['within a few days after that', null],
  ['send the deck', null],
];

describe('dates counted from an earlier one', () => {
  const ctx = makeContext(new Date('2026-11-20T10:00:00-05:00'), NY, makeCalendar());
  it.each(RELATIVE)('%s → %s', (phrase, want, anchorText) => {
    expect(relativeDeadline(phrase, '2026-11-23', ctx, anchorText)?.due ?? null).toBe(want);
  });
});

const ZONES = ['America/New_York', 'Europe/London', 'Europe/Berlin', 'Asia/Tokyo', 'Australia/Sydney', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
const PHRASES = [
  'today', 'tomorrow', 'by Friday', 'on Monday', 'this Friday', 'next Friday', 'by the end of the week', 'next week',
  'early next week', 'by the end of the month', 'next month', 'in 3 days', 'within 5 business days', 'within 24 hours',
  'in 48 hours', 'by Dec 3', 'on the 15th', 'by 3pm', 'by noon', 'EOD', 'this week', 'tonight', 'by 1/2',
];

const instant = fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2060, 0, 1)), noInvalidDate: true });

function localDate(d: Date, tz: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

describe('date layer properties', () => {
  it('a due date is never before the sent date (in the user zone)', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.constantFrom(...PHRASES), (at, tz, phrase) => {
        const ctx = makeContext(at, tz, makeCalendar());
        const d = findDeadline(`I'll send it ${phrase}`, ctx);
        expect(d).not.toBeNull();
        expect(d!.due >= localDate(at, tz)).toBe(true);
      }),
      { numRuns: 250 },
    );
  });

  it('results do not depend on the process time zone', () => {
    const saved = process.env.TZ;
    try {
      fc.assert(
        fc.property(instant, fc.constantFrom(...ZONES), fc.constantFrom(...PHRASES), (at, tz, phrase) => {
          const run = (): unknown =>
            detectCommitments(`Hi,\n\nI'll send the quote ${phrase}.\n\nBest,\nSam`, { sentAt: at.toISOString(), timeZone: tz });
          process.env.TZ = 'Pacific/Kiritimati';
          const a = run();
          process.env.TZ = 'America/Adak';
          const b = run();
          process.env.TZ = 'UTC';
          const c = run();
          expect(b).toEqual(a);
          expect(c).toEqual(a);
        }),
        { numRuns: 60 },
      );
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('reads an ISO string without offset in the user zone', () => {
    const r = detectCommitments("I'll send it today.", { sentAt: '2026-11-18T23:30:00', timeZone: 'Asia/Tokyo' });
    expect(r[0]?.due).toBe('2026-11-18');
  });
});
