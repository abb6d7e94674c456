import { describe, it, expect } from 'vitest';
import { detectCommitments } from '../../../lib/commitments/detect';

// Sent Monday 12 January 2026 in Chicago.
const opts = { sentAt: '2026-01-12T09:14:00-06:00', timeZone: 'America/Chicago' };
const dues = (text: string, extra: { holidays?: string[] } = {}): (string | null)[] => detectCommitments(text, { ...opts, ...extra }).map((c) => c.due);

describe('dates counted from an event the message dates', () => {
  it.each([
    ['the event dated in another sentence', 'The fixtures will ship on the 20th, with delivery booked for Wednesday the 21st. Our install crew will fit them two days after delivery.', ['2026-01-20', '2026-01-23']],
    ['the event dated right after it', "I'll have the IQ/OQ documentation to you the day before the CAP audit on the 24th.", ['2026-01-23']],
    ['counted back in working days', 'Go-live is on 5 February. I will send you the training roster no later than 10 business days before go-live.', ['2026-01-22']],
    ['the week before', 'Go-live is on 5 February. Staff training will be delivered the week before go-live.', ['2026-01-30']],
    ['the weekend before', 'Completion is planned for 6 February. The line marking will be reinstated the weekend before completion.', ['2026-02-01']],
    ['the day of', 'We will deliver on Thursday. Our logistics officer will call you on the day of delivery.', ['2026-01-15', '2026-01-15']],
    ['a date said first wins', 'Our team will complete the configuration by 19 February, two weeks before go-live on 5 March.', ['2026-02-19']],
    ['a generic event: the one date ahead', "Thanks for confirming the numbers for your team's dinner on Tuesday 20 January. We will send the final invoice the day after the event.", ['2026-01-21']],
    ['an event word the message does not use', 'Our technicians will carry out the annual maintenance on 20.01.2026. The protocols will be sent to you within three working days after the visit.', ['2026-01-20', '2026-01-23']],
    ['a chain of events', "Thanks for confirming your dinner on Tuesday 20 January. We will send the final invoice the day after the event, and the deposit will be refunded within 14 days of the invoice date.", ['2026-01-21', '2026-02-04']],
    ['upon delivery', 'We shall deliver the remaining cartons on or before 22nd January. The certificate will be forwarded to you upon delivery.', ['2026-01-22', '2026-01-22']],
    ['together with a dated thing', 'We will ship the sample on 20 January, and our engineer will send you the wiring guide together with the sample.', ['2026-01-20', '2026-01-20']],
    ['after it lands', "We will courier the stock on Friday, and the courier guarantees delivery in Durban on Monday 19 January. I'll phone you the morning after it lands.", ['2026-01-16', '2026-01-20']],
    ['before the event, dated elsewhere (that day, as §2 reads "before our call on Thursday")', "The beams will be delivered on Thursday morning. I'll email you the mill certificates before the delivery and call you Monday to confirm the crane time.", ['2026-01-15', '2026-01-15', '2026-01-19']],
    ['the event named with its weekday', "I'll circulate the agenda a day before our Wednesday workshop.", ['2026-01-13']],
    ['the event dated beside a second promise', "I'll have the report to you two days before the board meeting on the 22nd, and I'll send the proofs the Monday after the meeting.", ['2026-01-20', '2026-01-26']],
  ] as [string, string, (string | null)[]][])('%s', (_name, text, want) => {
    expect(dues(text)).toEqual(want);
  });

  it.each([
    ['a date said before', 'The container is due in Tauranga on the 22nd. I will make sure the customs entry is lodged before then.', ['2026-01-22']],
    ['the request quoted below', 'Sure, will have it to you by then.\n\nOn Mon, Jan 12, 2026 at 8:10 AM Alicia <a@b.com> wrote:\n> Could you send over the bridge letter by Thursday? Thanks', ['2026-01-15']],
    ['the deadline the customer needs', "We'll have the signed NDA back to you by then.\n\nOn Mon, Jan 12, 2026 at 8:10 AM Rachel <r@b.com> wrote:\n> Legal needs the countersigned NDA by 1/16 so we can share the data room.", ['2026-01-16']],
    ['the last date said, when no promise before it is dated', "No problem, let's move the call from Friday to Tuesday 20th at 10:00. I'll send the deck the day before so your CFO can read it.", ['2026-01-19']],
    ['an event of its own keeps it undated', 'The steering group meets on Monday 19th January. The certificates will be sent to you within 3 working days after demobilisation.', [null]],
    ['"before that call", the call named earlier in the same sentence', "I'll call you at 10am tomorrow as agreed, and I'll send the inspection report before that call.", ['2026-01-13', '2026-01-13']],
    ['"before that call", its day said before its name', "Heads up, our Monday call is at 9. I'll get the quote to you before that call.", ['2026-01-19']],
    ['counted back from the promise before', "We'll have the compliance pack in by your deadline, and I'll send the declarations two days before that.\n\nOn Mon, Jan 12, 2026 at 8:10 AM Fatima <f@b.com> wrote:\n> Please have your documents in by the 23rd so we can run the checks.", ['2026-01-23', '2026-01-21']],
  ] as [string, string, (string | null)[]][])('"by then" and its kin: %s', (_name, text, want) => {
    expect(dues(text)).toEqual(want);
  });

  it('has no deadline when the event has no date', () => {
    expect(dues('Our engineers will install them three days after delivery.')).toEqual([null]);
  });

  it('does not take a shipping date for the delivery', () => {
    expect(dues('The units will be dispatched on 20th January and our engineer will complete the installation within 5 days of delivery.')).toEqual(['2026-01-20', null]);
  });

  it('reads "on" as "about" before a noun', () => {
    expect(dues("We'll have them installed by 20 January. I'll keep you posted on the delivery schedule.")).toEqual(['2026-01-20', null]);
  });
});
