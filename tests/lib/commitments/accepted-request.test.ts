import { describe, it, expect } from 'vitest';
import { detectCommitments } from '../../../lib/commitments/detect';
import { firstQuotedMessage } from '../../../lib/commitments/strip-quoted';

// Sent Tuesday 3 March 2026, 08:12 in New York; the customer asked on Monday 2 March.
const opts = { sentAt: '2026-03-03T08:12:00-05:00', timeZone: 'America/New_York' };
const quote = (body: string, header = 'On Mon, Mar 2, 2026 at 4:47 PM Dana Whitfield <dana@harbor.com> wrote:'): string =>
  `${header}\n${body
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n')}`;

describe('a reply that only takes the quoted request on', () => {
  it.each([
    ['"Will do." to a dated request', `Will do.\n\nSent from my iPhone\n\n${quote('Hi Mike,\nCan you send both by Thursday? AP needs them.\nThanks,\nDana')}`, [['Will do', '2026-03-05']]],
    ['"yep on it" after a greeting', `Hi Dana — yep on it.\nMike\n\n${quote('Finance have asked whether we can get the credit note before month end.\nWould that be possible?')}`, [['on it', '2026-03-31']]],
    ['"Sure, can do 👍"', `Sure, can do 👍\n\n${quote('Could you get us the revised load plan by tomorrow?')}`, [['can do', '2026-03-03']]],
    ['a request without a date', `on it\n\n${quote('Can you send the certificate of conformance?')}`, [['on it', null]]],
    ['the reply gives its own time', `sure, tmrw\n\n${quote('Can you get me the pallet count by Friday?')}`, [['sure, tmrw', '2026-03-04']]],
    ['"Will do" to a courtesy', `Will do, thanks Sam!\n\n${quote("That's everything from our side. Let me know if you need anything else.")}`, []],
    ['"Will do — you too!" to a holiday wish', `Will do — you too! 🦃\n\n${quote('Thanks for getting the rush order out. Have a great Thanksgiving!')}`, []],
    ['"On it." without a quote', 'On it.', []],
    ['"Sure, by then."', `Sure, by then.\n\n${quote('Could you get us the revised load plan by Friday?')}`, [['by then', '2026-03-06']]],
    ['"Will send by then" to a request after a name', `Sure, noted. Will send by then.\n\n${quote('Divya, please send the revised menu costing by 10th March.')}`, [['Will send by then', '2026-03-10']]],
    ['"Ok. Will do." under a greeting line', `Hola Dana,\n\nOk. Will do.\n\n${quote('Please send the updated freight quote before Thursday, our importer needs it.')}`, [['Will do', '2026-03-05']]],
    ['"Sure Dana, will do."', `Sure Dana, will do.\n\n${quote('Can you send us the revised label artwork by 10th March?')}`, [['will do', '2026-03-10']]],
    ['an acknowledgement word of its own language first ("Sawa, will do.")', `Sawa, will do.\n\n${quote('Kevin, please send the paybill reconciliation for February by Thursday.')}`, [['will do', '2026-03-05']]],
    ['the need said after the request dates it', `Will do.\n\n${quote('Could you resend the January invoice with our new PO number on it? Need it by Friday for our AP run.')}`, [['Will do', '2026-03-06']]],
    ['"Will do mate 👍" (set dh)', `Will do mate 👍\n\n${quote('Stace, can you send me the updated SWMS before we start Thursday?')}`, [['Will do', '2026-03-05']]],
    ['"👍 will do" (set do)', `👍 will do\n\n${quote('Hi Nick, could you send the signed variation order over by Thursday?')}`, [['will do', '2026-03-05']]],
    ['"Will do, Mr. Walsh." above an Outlook header, the request after an accented name (set dn)', `Will do, Mr. Walsh. Have a nice evening.\nGökhan\n\nFrom: Liam Walsh <liam.walsh@harbourfoods.ie>\nSent: Monday, March 2, 2026 8:47 PM\nTo: Gökhan Arslan <gokhan@egekuru.com.tr>\nSubject: Re: contract\n\nGökhan, please send me the signed contract and the phytosanitary certificate by Thursday.`, [['Will do', '2026-03-05']]],
    ['a concrete promise after it is the same promise', `Yep, on it. Will confirm by tomorrow.\n\n${quote('Can you confirm the pallet count for the April shipment?')}`, [['Will confirm by tomorrow', '2026-03-04']]],
  ])('%s', (_name, text, expected) => {
    const found = detectCommitments(text, opts).map((c) => [c.text, c.due]);
    expect(found).toEqual(expected);
  });

  it('reads "by then" against the date the quoted message names before its request', () => {
    const text = `No problem at all — you'll have the SOC 2 bridge letter by then.\n\n${quote('Our external audit kicks off on the 12th. Could you get us the SOC 2 bridge letter before then?')}`;
    expect(detectCommitments(text, opts).map((c) => c.due)).toEqual(['2026-03-12']);
  });

  it('counts the requested date from when the customer asked, not from the reply', () => {
    const text = `will do\n\n${quote('could you send the updated rebate deck by tomorrow?', '> On Feb 26, 2026, at 2:58 PM, Brent <b@coop.com> wrote:')}`;
    expect(detectCommitments(text, opts).map((c) => c.due)).toEqual(['2026-02-27']);
  });

  it('names what was asked as the action', () => {
    const [c] = detectCommitments(`Will do.\n\n${quote('Can you send the signed W-9 by Thursday?')}`, opts);
    expect(c!.action).toBe('Send the signed W-9');
  });
});

describe('firstQuotedMessage', () => {
  it('reads the first quoted message without the older ones inside it', () => {
    const text = `ok\n\n${quote('Can you send it?\n\nOn Feb 17 Mike wrote:\n> I will send it tomorrow.')}`;
    const q = firstQuotedMessage(text)!;
    expect(q.header).toMatch(/^On Mon, Mar 2/);
    expect(q.body).toContain('Can you send it?');
    expect(q.body).not.toContain('I will send it tomorrow');
  });

  it('reads an Outlook header, its Sent date and who wrote it', () => {
    const text = 'Will do\n\nFrom: Dana <d@a.com>\nSent: Monday, March 2, 2026 4:47 PM\nTo: Mike\nSubject: W-9\n\nCan you send it by Friday?';
    expect(firstQuotedMessage(text)).toEqual({ header: 'Sent: Monday, March 2, 2026 4:47 PM', body: '\nCan you send it by Friday?', address: 'd@a.com' });
  });

  it('is null without a quote', () => {
    expect(firstQuotedMessage('Thanks, will do.')).toBeNull();
  });
});
