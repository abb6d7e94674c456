import { describe, it, expect } from 'vitest';
import { recipientZone } from '../../../lib/commitments/recipient-zone';
import { detectCommitments } from '../../../lib/commitments/detect';

const reply = (header: string, body: string): string => `Sure, will do.\n\nSam\n\n${header}\n> ${body.split('\n').join('\n> ')}`;

describe('where the customer is, as the thread shows it', () => {
  it.each([
    ['a zone the customer names after a time', reply('On Tue, Mar 17, 2026 at 1:55 PM Jen Hale <jhale@clearbrook.com> wrote:', 'Anything before 9pm ET works.'), 'America/New_York'],
    ['a zone in brackets', reply('On Jan 30, 2026, at 11:22 PM, Brian Lowe <blowe@crest.com> wrote:', "I'm in the office all day Monday (Pacific)."), 'America/Los_Angeles'],
    ['the country of their address', reply('On 13 Oct 2026, at 18:02, Tan Wei Ling <weiling.tan@marinabaycap.sg> wrote:', 'Can you make 5pm?'), 'Asia/Singapore'],
    ['their words before their address', reply('On 13 Oct 2026, at 18:02, Tan Wei Ling <weiling@marinabay.sg> wrote:', 'Before noon PT please, I am in Seattle this week.'), 'America/Los_Angeles'],
    ['an Outlook header', 'Done by then.\n\n-----Original Message-----\nFrom: Anja Keller <anja.keller@vitapharm.ch>\nSent: Friday, 4 September 2026 08:15\nTo: Lukas Meier\n\nWe need them soon.', 'Europe/Zurich'],
    ['a place they say they are in', reply('On Thu, 5 Nov 2026 at 8:12 AM, Brandon <b@solanoprint.com> wrote:', "We're in LA so whenever your Friday is works."), 'America/Los_Angeles'],
    ['a place under their name', reply('On Thu, Apr 2, 2026 at 7:45 PM Liam <liam@bluegum.com.au> wrote:', 'Cheers, Liam\nBluegum Insurance | Level 9, 60 Margaret St, Sydney NSW 2000'), 'Australia/Sydney'],
    ['a city that names a zone', reply('On Thu, Jul 9, 2026 at 4:55 PM Ravi <r@lakeshore-controls.com> wrote:', "I'm in Chicago, our office closes at 5pm."), 'America/Chicago'],
    ['an hour and a place', reply('On Fri, 26 Mar 2027 at 10:05 am, Lachlan <l@coastalcare.com.au> wrote:', 'our stand-up is Tuesday 9am Sydney.'), 'Australia/Sydney'],
    ['a zone after a 24-hour time', reply('On Fri, 16 Oct 2026 at 6:30 am, Grace <g@harbor.com> wrote:', 'before our 8:30 ET stand-up on Monday?'), 'America/New_York'],
    ['a business city of a country with several clocks', reply('On Tue, Nov 3, 2026 at 1:05 PM Trent <t@gulfcoast.com> wrote:', 'Trent Walker | Gulf Coast Chemicals | 1200 Clinton Dr, Houston, TX 77020'), 'America/Chicago'],
    ['a bare zone name after a day', reply('On Wed, Oct 14, 2026 at 6:05 PM Brian Walsh <bwalsh@sierrachip.com> wrote:', 'Can you get it to me by end of day Friday Pacific?'), 'America/Los_Angeles'],
    ['a bare zone name before a name is no zone', reply('On Wed, Oct 14, 2026 at 6:05 PM Brian Walsh <bwalsh@sierrachip.com> wrote:', 'Can we meet at 9 Central Park?'), undefined],
    ['a direction is no place', reply('On Thu, Apr 2, 2026 at 7:45 PM Liam <liam@bluegum.com> wrote:', 'It is in Central stores.'), undefined],
    ['a generic domain says nothing', reply('On Tue, Feb 17, 2026 at 9:02 AM Michael Grant <mgrant@harborviewcap.com> wrote:', 'Can you get it to us today?'), undefined],
    ['a country with several clocks says nothing', reply('On Tue, Feb 17, 2026 at 9:02 AM Kim <kim@acme.com.au> wrote:', 'Today please.'), undefined],
    ['no quoted message', 'Will send by 5pm your time.', undefined],
  ])('%s', (_name, text, want) => {
    expect(recipientZone(text)).toBe(want);
  });
});

describe('"your time" in a reply is read on the customer\'s clock', () => {
  const text = (header: string) =>
    `Hi Wei Ling,\n\nI'll get the revised SOW to you by 17:00 your time.\n\nOliver\n\n${header}\n> We need it for the board pack, which closes at 5pm. Can you make it?`;
  it('dated where the customer is when the thread says it', () => {
    const [c] = detectCommitments(text('On 13 Oct 2026, at 18:02, Tan Wei Ling <weiling.tan@marinabaycap.sg> wrote:'), { sentAt: '2026-10-13T11:05:00+01:00', timeZone: 'Europe/London' });
    expect(c?.due).toBe('2026-10-14');
  });
  it('a zone the caller knows (recipientTimeZone) is used', () => {
    const [c] = detectCommitments(text('On 13 Oct 2026, at 18:02, Tan Wei Ling <weiling.tan@marinabaycap.com> wrote:'), { sentAt: '2026-10-13T11:05:00+01:00', timeZone: 'Europe/London', recipientTimeZone: 'Asia/Singapore' });
    expect(c?.due).toBe('2026-10-14');
  });
  it("read as the user's clock when nothing says where the customer is", () => {
    const [c] = detectCommitments(text('On 13 Oct 2026, at 18:02, Tan Wei Ling <weiling.tan@marinabaycap.com> wrote:'), { sentAt: '2026-10-13T11:05:00+01:00', timeZone: 'Europe/London' });
    expect(c?.due).toBe('2026-10-13');
  });
});

describe("the customer's clock placed by the user's own words", () => {
  // Sent Friday 10 July 2026, 17:30 in Auckland: it is 06:30 on Friday in London.
  const nz = { sentAt: '2026-07-10T17:30:00+12:00', timeZone: 'Pacific/Auckland' };
  it.each([
    [
      "I know it's barely 6:30am in London, but I'll get the marked-up draft to you by end of your Friday.",
      '2026-07-11',
    ],
    ["I'll have a definitive answer for you by your Monday morning in Tokyo.", '2026-07-13'],
  ])('%s', (text, due) => {
    expect(detectCommitments(text, nz).map((c) => c.due)).toEqual([due]);
  });

  it('reads a weekday said on their clock as the day it already is there', () => {
    // Sent Thursday 15 October, 16:45 in Los Angeles: already Friday 10:45 in Melbourne.
    const text =
      "I'll have the countersigned MSA back to you by COB Friday your time.\n\nOn Thu, Oct 15, 2026 at 9:02 AM Lachlan Reid <l.reid@coastal.com.au> wrote:\n> Lachlan Reid | Coastal Freight | Melbourne VIC 3000";
    expect(
      detectCommitments(text, {
        sentAt: '2026-10-15T16:45:00-07:00',
        timeZone: 'America/Los_Angeles',
      }).map((c) => c.due),
    ).toEqual(['2026-10-15']);
  });
});
