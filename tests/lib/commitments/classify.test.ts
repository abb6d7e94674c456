import { describe, it, expect } from 'vitest';
import { detectCommitments } from '../../../lib/commitments/detect';
import { labelIsUs } from '../../../lib/commitments/classify';

const opts = { sentAt: '2026-11-18T15:30:00-05:00', timeZone: 'America/New_York' };
// Table rows: a message and the due dates of what it promises, or one that promises nothing.
const expectDues = (text: string, dues: (string | null)[]): void =>
  expect(detectCommitments(text, opts).map((c) => c.due)).toEqual(dues);
const expectNone = (text: string): void => expect(detectCommitments(text, opts)).toEqual([]);
const found = (s: string): number => detectCommitments(s, opts).length;

// Spec §1, "counts as a commitment": one block per row.
const POSITIVE: Record<string, string[]> = {
  'first person future': [
    "I'll send the revised quote by Friday.",
    'We will get back to you tomorrow.',
    'I shall forward the renewal terms.',
  ],
  'going to': [
    "I'm going to run the numbers again tonight.",
    "We're going to send a technician on Thursday.",
  ],
  'let me … (and report back)': [
    'Let me check with the team and circle back next week.',
    'Let me look into the billing discrepancy.',
  ],
  'delivery promise': [
    'I can have the contract to you by EOD.',
    "You'll have the invoice by Monday.",
    'Expect the deck from me on Thursday.',
  ],
  'our side, not me': [
    'Our finance team will send the corrected invoice this week.',
    'My assistant will send you the invite.',
  ],
  'subjectless reply': ['Will send shortly.', 'Will do.', 'On it, will confirm by tomorrow.'],
  hedged: ["I'll try to get it over by Wednesday.", "I'll probably send the draft tomorrow."],
  'keep informed': [
    "I'll keep you posted.",
    'I will update you as soon as I hear back.',
    "I'll let you know what legal says.",
  ],
  'passive, our side acting': [
    'Your login details will be sent to you tomorrow.',
    'The replacement will be shipped on Monday.',
    "It'll be fixed tonight.",
  ],
  'hoping / aiming': [
    "I'm hoping to have the draft to you by Thursday.",
    'We aim to fix it this week.',
    "We're aiming to get the patch out Friday.",
  ],
  'simple present for a future action': [
    'I send you the proposal tomorrow.',
    'We call you Monday.',
  ],
  'owner-tagged action item': [
    'Action items — Me: send the pricing sheet by Friday.',
    '• Our support team: reset the SSO config',
    'Us to confirm the headcount by Thursday',
  ],
  'delivery with a longer object or complement (issue 13)': [
    "I'll have our engineers look at it by Friday.",
    "I'll have the refreshed dashboards enabled for your team.",
    "We'll have Priya's revised numbers with you Friday.",
    "I'll have it installed on Monday.",
  ],
  'verbs on no list (issue 13)': [
    "We'll onboard your new hires tomorrow.",
    'Will comp the fee.',
    "I'll whitelist your IPs today.",
  ],
  'openers, bullets and text-speak (issue 13)': [
    'yep - will send u the deck tmrw w/ the numbers',
    'np - will resend tonight',
    '▪ I’ll book the room',
    '– will chase finance',
    'Hi Dana - will do.',
    'ill send it tmrw',
    'im gonna fix it tonight',
  ],
};

// Spec §1, "is not a commitment": one block per row.
const NEGATIVE: Record<string, string[]> = {
  'request or question': [
    'Could you send me the signed copy?',
    'Can I call you Thursday?',
    'Will you be able to review it by Friday?',
  ],
  'offer, or conditional on the recipient': [
    "If you'd like, I can send a sample.",
    'Happy to share the deck if useful.',
    "If you send me the logs, I'll investigate.",
    "Let me know and I'll set up a call.",
  ],
  hypothetical: ['I would suggest upgrading.', 'We could look at a discount.'],
  'done already, or happening now': [
    'I sent it yesterday.',
    'Attached is the quote.',
    "I'm attaching the report.",
  ],
  negated: ["I won't be able to make Friday.", 'We will not renew the old plan.'],
  'availability or status': [
    "I'll be out of office until Monday.",
    "I'll be travelling next week.",
    'I will be in meetings all afternoon.',
  ],
  'politeness formula': [
    'Let me know if you have any questions.',
    'I look forward to hearing from you.',
  ],
  'joint plan or meeting': [
    "We'll discuss it on Tuesday's call.",
    'See you Thursday.',
    "I'll talk to you tomorrow.",
  ],
  'named third party': [
    'John will send you the invoice.',
    'My colleague Dr. Lu will call you.',
    'The invoice will be sent by Maria next week.',
  ],
  'out-of-office autoreply': [
    'I am out of the office until 16 August and will reply on my return.',
    "Thanks for your email. I'm on annual leave with limited access to email and will respond when I'm back.",
  ],
  'status in the passive, habits, other owners': [
    'Our office will be closed on Friday.',
    'The meeting will be held on Tuesday.',
    'I send the report every Monday.',
    '• You: send the signed copy by Friday',
    'I send my regards.',
    'The call will be recorded.',
    'Your subscription will be renewed automatically on 1 January.',
    'This will be reviewed by your account team.',
    'Let me check my calendar.',
    "We'll stick with the current plan.",
  ],
  'quoted text, forwarded message or signature': [
    "Thanks!\n\nOn Tue, Nov 17, 2026 at 9:14 AM Jane <jane@acme.com> wrote:\n> I'll send the PO by Friday.",
    "FYI\n\n---------- Forwarded message ---------\nFrom: Lee <lee@globex.com>\n\nI'll call you tomorrow.",
    'Thanks,\nSam\n--\nSam Lee | Account Manager\nWe will respond within 24 hours.',
  ],
};

describe('commitment rules (spec §1)', () => {
  for (const [row, examples] of Object.entries(POSITIVE)) {
    it.each(examples)(`counts — ${row}: %s`, (s) => expect(found(s)).toBe(1));
  }
  for (const [row, examples] of Object.entries(NEGATIVE)) {
    it.each(examples)(`does not count — ${row}: %s`, (s) => expect(found(s)).toBe(0));
  }
});

describe('detection output', () => {
  it('gives exact UTF-16 spans, clause, action and due', () => {
    const text =
      "Hi Dana 👋,\n\nThanks for the call. I'll send the revised quote by Friday.\n\nBest,\nSam";
    const [c] = detectCommitments(text, opts);
    expect(c).toBeDefined();
    expect(text.slice(c!.start, c!.end)).toBe("I'll send the revised quote by Friday");
    expect(c!.text).toBe("I'll send the revised quote by Friday");
    expect(c!.sentence).toBe("I'll send the revised quote by Friday.");
    expect(c!.action).toBe('Send the revised quote');
    expect(c!.due).toBe('2026-11-20');
    expect(c!.dueSource).toBe('explicit');
    expect(c!.duePhrase).toBe('Friday');
    expect(c!.confidence).toBeGreaterThan(0.5);
  });

  it('a bare yes takes in what and when when they follow it without a verb (set cb–cn round)', () => {
    const spans = (s: string): [string, string | null][] =>
      detectCommitments(s, opts).map((c) => [s.slice(c.start, c.end), c.due]);
    expect(
      spans('Will do — pricing for the Learning bundle in your inbox Monday. Have a good weekend!'),
    ).toEqual([['Will do — pricing for the Learning bundle in your inbox Monday', '2026-11-23']]);
    expect(spans('will do. and ill have the signed MSA back early next week')).toEqual([
      ['ill have the signed MSA back early next week', '2026-11-24'],
    ]);
  });

  it('marks a promise without deadline as dueSource none', () => {
    const [c] = detectCommitments("I'll send it over.", opts);
    expect(c?.due).toBeNull();
    expect(c?.dueSource).toBe('none');
    expect(c?.duePhrase).toBeNull();
  });

  it('gives each promise of a sentence its own detection, span and due (issue 13)', () => {
    const spans = (s: string): [string, string | null][] =>
      detectCommitments(s, opts).map((c) => [s.slice(c.start, c.end), c.due]);
    expect(
      spans("I'll issue the credit note on Monday and I'll send the invoice by Wednesday."),
    ).toEqual([
      ["I'll issue the credit note on Monday", '2026-11-23'],
      ["I'll send the invoice by Wednesday", '2026-11-25'],
    ]);
    expect(spans("I'll look at it and I'll get back to you.")).toHaveLength(2);
    expect(
      spans("I'll refund the charge today, send the new invoice tomorrow and call you Friday."),
    ).toEqual([
      ["I'll refund the charge today", '2026-11-18'],
      ['send the new invoice tomorrow', '2026-11-19'],
      ['call you Friday', '2026-11-20'],
    ]);
    // A verb nobody listed still heads its own phrase; a shared trailing deadline is shared.
    expect(
      spans("I'll reconcile the ledger, whitelist your IPs and provision the sandbox on Friday."),
    ).toEqual([
      ["I'll reconcile the ledger", '2026-11-20'],
      ['whitelist your IPs', '2026-11-20'],
      ['provision the sandbox on Friday', '2026-11-20'],
    ]);
  });

  it('keeps one detection for a promise and its report-back, and for listed objects', () => {
    expect(
      detectCommitments('Let me check with the team and circle back next week.', opts),
    ).toHaveLength(1);
    expect(
      detectCommitments("I'll send the quote, the SOW and the invoice by Friday.", opts),
    ).toHaveLength(1);
    expect(
      detectCommitments("I'll countersign tomorrow morning and send the executed copy.", opts),
    ).toHaveLength(1);
  });
});

describe('owner labels of action items', () => {
  const names = new Set(['tom', 'ellis', 'kora', 'payments', 'vantage', 'ankit']);
  it.each([
    ['Me', true],
    ['Our claims team', true],
    ['Accounts team', true],
    ['Kora', true],
    ['Vantage (Ankit)', true],
    ['Owner: Tom', true],
    ['Amira', false],
    ['Client (Suresh)', false],
    ['Your procurement team', false],
    ['Carmen (Vantage ops)', false],
    ['Both', false],
  ])('%s → ours: %s', (label, ours) => expect(labelIsUs(label, names)).toBe(ours));

  it.each([
    [
      'Hi Emeka,\n\n1. Kora to refund the duplicated settlement fee — today\n2. Emeka to confirm new signatories\n\nKind regards,\nAdaeze Okafor\nRelationship Manager | Kora Payments',
      ['refund the duplicated settlement fee'],
    ],
    [
      'Summary below.\nAI: Our claims team to lodge the transit claim by Wednesday\nAI: Amira to send the GRN copies\n\nBest,\nTom Ellis',
      ['lodge the transit claim by Wednesday'],
    ],
    [
      'Next steps:\n• Javier — send the cross-dock proposal (Thursday)\n• Carmen (IberLog ops) — check racking capacity\n\nUn saludo,\nJavier Ortega\nIberLog Solutions',
      ['send the cross-dock proposal'],
    ],
  ])('keeps the items the sender owns: %#', (text, quotes) => {
    const got = detectCommitments(text, opts).map((c) => c.text);
    expect(got).toHaveLength(quotes.length);
    quotes.forEach((q, i) => expect(got[i]).toContain(q));
  });
});

describe('one promise per deliverable, dated where the message dates it', () => {
  it.each([
    [
      "I'll have the contract to you by EOD, and the implementation plan before our call on Thursday.",
      ['2026-11-18', '2026-11-19'],
    ],
    [
      "Let me check whether the same issue hit your staging tenant and I'll get back to you tomorrow morning.",
      ['2026-11-19'],
    ],
    [
      "How about a call on Friday to align? Either way, I'll share a draft timeline before that call.",
      ['2026-11-20'],
    ],
    [
      "We'll have your sandbox re-provisioned within the hour, and I'll send the new credentials right after.",
      ['2026-11-18', '2026-11-18'],
    ],
    ['yep, on it - tmrw', ['2026-11-19']],
    ["I'll book the site visit for the week of 7 Dec.", [null]],
    ["I'll send over the statement of work in the next few days.", [null]],
    ['Let me check stock on the 3/4" brass fittings and circle back Monday.', ['2026-11-23']],
  ] as [string, (string | null)[]][])('%s', expectDues);

  it.each([
    "No worries. I'll be at the trade show next week, but Hamish is covering my accounts and will call you Monday.",
    'Our logistics manager, Mr. Okafor, will contact you directly with the revised ETA.',
    "If the revised quote works for you, I'll raise the sales order the same day.",
    "We'll ship the replacement within 3 business days of receiving your RMA.",
  ])('leaves out: %s', expectNone);
});

describe('forms met in blind dev sets h–j', () => {
  it.each([
    ['Thanks\nWill send tmrw\n\nRaj', ['2026-11-19']],
    ['Quote to follow tomorrow.', ['2026-11-19']],
    ['Kindly allow us 2 days to revert.', ['2026-11-20']],
    ['I keep you informed.', [null]],
    ["Otherwise I'll just send across the security whitepaper later today.", ['2026-11-18']],
    ['Documents will be sent tomorrow.', ['2026-11-19']],
    ['The credit note will be issued.', [null]],
    ['What I can do is send you two alternative options by Friday.', ['2026-11-20']],
    ['Someone from our team will call you today.', ['2026-11-18']],
    ['Dale —\n- pricing sheet: me, by Tue\n- site visit: both, next Thu', ['2026-11-24']],
    [
      "I'll send the POD once it's signed, and I'll ring you Tuesday morning.",
      [null, '2026-11-24'],
    ],
    ["Let me run the numbers again and I'll send the revised schedule by Friday.", ['2026-11-20']],
    [
      "I'm hoping to send a recorded walkthrough before the holiday break, by December 23 at the latest.",
      ['2026-12-23'],
    ],
  ] as [string, (string | null)[]][])('%s', expectDues);

  it.each([
    'I am out of office from Oct 12 to Oct 16. I will check your email after coming back.',
    'If the unit is broken because of a manufacturing defect, we will replace it free of charge.',
    'My colleague Burak will follow your order.',
    "I'm going to have to push our call.",
    'Our team will be reviewing applications through March.',
    'We inform you that the office is closed.',
    'Our office will reopen on 4 January.',
    'on it',
  ])('leaves out: %s', expectNone);

  it('keeps a dated reply promise next to leave still ahead', () => {
    const text =
      "we'll get back to you tomorrow with the revised schedule.\nFYI, I'll be on leave from 21 to 25 November.";
    expect(detectCommitments(text, opts).map((c) => c.due)).toEqual(['2026-11-19']);
  });

  it("keeps answers typed under the writer's name into an Outlook quote", () => {
    const text =
      'Please see my replies inline.\n\nRegards,\nKelvin\n\nFrom: Wei Ling <w@o.sg>\nSent: Wednesday, 18 November 2026 9:48 AM\nTo: Kelvin\nSubject: Q4\n\n1. Can the gloves ship before 30 Nov?\nKelvin: Yes, the glove consignment will be shipped on Friday.\n\nThanks,\nWei Ling';
    expect(detectCommitments(text, opts).map((c) => c.due)).toEqual(['2026-11-20']);
  });
});

describe('forms met in blind dev sets af–ao', () => {
  it.each([
    // Objects put first.
    ['The corrected invoice I send you still today.', ['2026-11-18']],
    ['The layout drawings you get from our engineering until Friday.', ['2026-11-20']],
    ['Invoice you will receive till end of the week.', ['2026-11-20']],
    // Verbless lines naming a deliverable and its time.
    ['Root cause write-up within 48 hrs, as per the SLA.', ['2026-11-20']],
    ['- Signed MSA back to you Monday week — our legal team is short-staffed.', ['2026-11-30']],
    [
      'fixing the CSV export bug today. patch by tmrw, then will ping u',
      ['2026-11-19', '2026-11-19'],
    ],
    // have + object + complement.
    ["I'll have a status from engineering to you by 9.", ['2026-11-19']],
    ["I'll have a tech call you first thing tmrw.", ['2026-11-19']],
    ['I should be able to have pricing for the extra 25 seats by end of week.', ['2026-11-20']],
    // Our people and things.
    ['our on-call tech will get back to you within 24 hours.', ['2026-11-19']],
    ['Our service engineer will visit within 48 hrs.', ['2026-11-20']],
    ['Our technician will reach your Lahore mill tomorrow.', ['2026-11-19']],
    ['Our tech will be out Monday week.', ['2026-11-30']],
    ['Our technician will go to your plant on the Tuesday after next.', ['2026-12-01']],
    ['the installation team will start on Monday 30.', ['2026-11-30']],
    ['the goods will get to your Kano warehouse latest Thursday.', ['2026-11-19']],
    ["It'll be with you by COB tomorrow.", ['2026-11-19']],
    ['Renewal pack will be with you Tuesday.', ['2026-11-24']],
    ['The rebate statement you asked about will be sent this Friday.', ['2026-11-20']],
    ['Invoice for milestone 2 will be raised by month end.', ['2026-11-30']],
    ['The parcel will go with the Saturday pickup.', ['2026-11-21']],
    ['I will propose you 2 dates until end of this week.', ['2026-11-20']],
    [
      'I am pleased to confirm that we will deliver the first tranche on 2 December.',
      ['2026-12-02'],
    ],
    [
      'The replacement fixtures (12 x 48" gondola ends, SKU GE-4812) will ship from our Joliet DC on the 20th.',
      ['2026-11-20'],
    ],
    ['Phase 2 (vendor portal) will be rolled out in Q1.', ['2027-03-31']],
    // Lists.
    [
      'Action items\n- Me (Dev): send the pricing sheet by Fri\n- Greenway (Alicia): sign the DPA by the 20th',
      ['2026-11-20'],
    ],
    [
      'Update:\n→ The 3 replacement pallet jacks ship Monday.\niii. The inspection report we send you on 8 December.',
      ['2026-11-23', '2026-12-08'],
    ],
    [
      'Us:\n (1) send the updated order form by Monday;\nYou:\n (a) confirm the final seat count.',
      ['2026-11-23'],
    ],
    [
      'Owner: Us (Pembroke Interiors)\n  - Replacement glass partition → fitted within 5 working days\nOwner: You\n  - Sign off the certificate',
      ['2026-11-25'],
    ],
  ] as [string, (string | null)[]][])('%s', expectDues);

  it.each([
    'I confirm you the reservation for 40 pax on 12th March.',
    'We reply to all enquiries within one business day.',
    'We shall respond to all quality claims within 7 working days.',
    'Your team will confirm the pilot scope after the internal meeting on February 3.',
    "I'll be checking email in the evenings only.",
    "We'll pick up the payroll integration question at the steering group on 29 January.",
    "We'll pick things up again when we're all back on January 4.",
    'We will do a joint call with your tech team on Thursday to validate.',
    'Anything ordered after the 18th will be dispatched from 4 January.',
    "If the PO comes through by Friday, we'll ship Monday.",
    "Following up on tonight's outage at the Schaumburg store.",
    'Our PRO is in the immigration office today to follow up personally.',
    '- Tyler Nguyen will be your on-site lead and will call you before any crew arrives.',
    'This is an automated confirmation that your request has been received. A member of our support team will respond within 1 business day.',
    'Invoice 3 May.',
    'Your PO by Friday please.',
  ])('leaves out: %s', expectNone);
});

describe('forms met in blind dev sets ar–bg', () => {
  it.each([
    ['The shipment will happen by 25th for sure.', ['2026-11-25']],
    ['Installation will take place on Monday.', ['2026-11-23']],
    ['Tomorrow I pass you the signed contract.', ['2026-11-19']],
    ['ok np, on it b4 5', ['2026-11-18']],
    ['cn do fri', ['2026-11-20']],
    ['on it 2day', ['2026-11-18']],
    ['The technician will be at your Ikoyi outlet on Tuesday.', ['2026-11-24']],
    ['A senior engineer will call you within 24 hours.', ['2026-11-19']],
    ['our tech will come to the Thika site on the 3rd.', ['2026-12-03']],
    ['well have the new gear pump installed in 5 days', ['2026-11-23']],
    ['Our lorry will deliver on Monday.', ['2026-11-23']],
    [
      'np, will fix the dashboard filters tonight + send u the export by tmrw noon',
      ['2026-11-18', '2026-11-19'],
    ],
    ['no probs, il send it on first thing 2moro', ['2026-11-19']],
    ['Ok listo, I send you the quotation mañana first thing', ['2026-11-19']],
    [
      "I'll get the revised room block contract (42 rooms, 14–17 May) over to you on Monday.",
      ['2026-11-23'],
    ],
    [
      "I'll have the renewal comparison (Intact vs. Aviva vs. Northbridge) to you by Tuesday.",
      ['2026-11-24'],
    ],
    [
      "I'll send the rate card on Friday and the tender response next Friday, once our pricing committee has signed it off.",
      ['2026-11-20', '2026-11-27'],
    ],
    [
      'will sort the pallet rebook by Tues and send thru the new con note once TNT confirms',
      ['2026-11-24', null],
    ],
    ["I'll chase the carrier today and ring you once I've got an ETA.", ['2026-11-18']],
    [
      'will ping u Tues am re the POS rollout and send thru the updated store schedule this Fri.',
      ['2026-11-24', '2026-11-20'],
    ],
    // Bare things with their own dates after a promise.
    [
      'will refund the $480 today, new inv tmrw and ill call u mon re the renewal',
      ['2026-11-18', '2026-11-19', '2026-11-23'],
    ],
    ['Will send the revised PI by 12/18 and LC draft copy by 12/20.', ['2026-12-18', '2026-12-20']],
    [
      'will send the W-9 today, COI by fri, and the updated vendor form early nxt wk',
      ['2026-11-18', '2026-11-20', '2026-11-24'],
    ],
    ["I'll send the quote today, Monday at the latest.", ['2026-11-23']],
    [
      'Will get the revised rota to you in 24 hours, clocks go forward tonight so bear with me!',
      ['2026-11-19'],
    ],
    [
      'We will send the bill of lading on Monday, the certificate before Wednesday and, if all goes well, the container arrives to Le Havre the 6th of December.',
      ['2026-11-23', '2026-11-25'],
    ],
  ] as [string, (string | null)[]][])('%s', expectDues);

  it.each([
    'Monday is a holiday here, so the inspection will happen on Tuesday at the earliest.',
    'The courier guarantees delivery in Durban on Monday.',
    'A technician from the manufacturer will call you tomorrow.',
    "I'll pass on this one, thanks.",
    'Well, I think the figures are fine.',
    'Let me start by saying how sorry I am about the mix-up.',
    "We'll issue a credit within 10 days of receiving the goods.",
    'well see how it goes',
  ])('leaves out: %s', expectNone);
});

describe('forms met in blind dev sets bk–bp', () => {
  it.each([
    ["I'll send the deck tonight so it's in your inbox when you wake up.", ['2026-11-18']],
    [
      "We'll fix the CSV export issue ASAP and roll out the new permissions model this quarter.",
      [null, '2026-12-31'],
    ],
    [
      "I'll call you tomorrow and share the onboarding workbook before then so your admins can pre-fill the user list.",
      ['2026-11-19', '2026-11-19'],
    ],
    [
      "Thursday works better for us than Wednesday. I'll have the draft SOW ready for you then.",
      ['2026-11-19'],
    ],
    [
      'The audit is on Dec 3. We will have the certificates to you by the date you mentioned.',
      ['2026-12-03'],
    ],
    [
      'Our service technician will come on Tuesday for the installation of the sensors at your plant.',
      ['2026-11-24'],
    ],
    [
      'we will ship the replacement units on the 5th of December from our Apapa warehouse',
      ['2026-12-05'],
    ],
    ['sry stuck in traffic, will call u in 10', ['2026-11-18']],
    ['Me: send updated SOW by Thrusday', ['2026-11-19']],
    ['ya np, fri latest', ['2026-11-20']],
    ['on it - eta 2moro am', ['2026-11-19']],
    ['sry for delay, sending 2nite - the export got stuck', ['2026-11-18']],
    [
      "the build still isn't green 😩 you'll have the final build nxt fri, will keep u posted.",
      ['2026-11-27', null],
    ],
    ['will sort the rates table b4 the tuesdy mtg', ['2026-11-24']],
    ['OK will update u after I check with factory tmr morning.', ['2026-11-19']],
    [
      "But I'll definitely get it to you Tuesday, what with the bank holiday Monday.",
      ['2026-11-24'],
    ],
    ['I will confirm that the container was loaded by tomorrow.', ['2026-11-19']],
    ['ok sending by eod', ['2026-11-18']],
    [
      'Also our service engineer visits your plant on Monday to take the measurements.',
      ['2026-11-23'],
    ],
    [
      'The corrected invoice you receive in 2 working days, because Friday is a holiday here.',
      ['2026-11-20'],
    ],
    ['Rest assured that you will receive an update within 3 to 5 business days.', ['2026-11-25']],
    ['Sure - corrected CSV will be in your inbox before 16:00.', ['2026-11-18']],
    ['LR copy will follow.', [null]],
    ['the samples are going to be shipped by DHL on Monday.', ['2026-11-23']],
    [
      'dispatch of the 200 cartons of nitrile gloves will be done by this week itself.',
      ['2026-11-20'],
    ],
    ["Monday is King's Day so our office is closed; the invoice comes Tuesday.", ['2026-11-24']],
    [
      'We deliver the membrane on Friday. Our applicator team will be on site two working days after delivery.',
      ['2026-11-20', '2026-11-24'],
    ],
    [
      'our site survey team will come on Saturday to take the final measurements of the plant room.',
      ['2026-11-21'],
    ],
    ['The DO will send out on Monday lah, the lorry already booked.', ['2026-11-23']],
    [
      'Your order is in production and is scheduled to leave our Valencia warehouse on 14/12.',
      ['2026-12-14'],
    ],
    ['Will send the corrected rate contract tomoorow', ['2026-11-19']],
    [
      "Noted the changes, will review and revert by Monday. I'm on leave from next Wednesday, so I'll send the signed NDA by Tuesday.",
      ['2026-11-23', '2026-11-24'],
    ],
    [
      "Realistically I'll send the full audit Monday week, the site data isn't back until the 19th.",
      ['2026-11-30'],
    ],
    [
      "Legal approved the redlines on Friday, so I'll get you the signed NDA within 24 hours.",
      ['2026-11-19'],
    ],
    [
      "With Easter landing when it does I'd rather not rush it, so I'll have the revised rate card over to you a week on Tuesday.",
      ['2026-12-01'],
    ],
    [
      "The pricing deck: Thursday. I'll have it to you then, with the volume tiers we discussed.",
      ['2026-11-19'],
    ],
    ['We will respond to all 14 items within 2 business days.', ['2026-11-20']],
    ['warranty doc eod', ['2026-11-18']],
    ["I'll see what I can do and get back to you tomorrow.", ['2026-11-19']],
    ["we're targeting the data migration this quarter", ['2026-12-31']],
    ['Tooling for the second cavity will be ready in Q4.', ['2026-12-31']],
    ['inshallah will send the signed NDA Thursday morning', ['2026-11-19']],
    ["Good idea.I'll send the shortlist before our call on Thursday.", ['2026-11-19']],
    ["I'll try to get y'all the revised proposal by the 1st of the month", ['2026-12-01']],
    ["I'll try get the credit note out by Friday, but no promises", ['2026-11-20']],
    ['We are trying our best to get the shipment out by 25th November', ['2026-11-25']],
    ["I'll have the quote for the 3 milking robots to you by Friday.", ['2026-11-20']],
    ['the refund will reach your account in 2-3 working days.', ['2026-11-23']],
    ['the first 2 containers will be on the water by 15th Dec', ['2026-12-15']],
    ['The invoice for the Q4 licences will come in the course of next week.', ['2026-11-27']],
    [
      'Our applications trainer will be at your Mombasa facility next month for the operator training.',
      ['2026-12-31'],
    ],
    [
      "I'll ring you after the long weekend to make sure they've installed okay on your side.",
      [null],
    ],
  ] as [string, (string | null)[]][])('%s', expectDues);

  // Closure notices: the reply they promise is status (spec §1, autoreplies).
  it.each([
    'Our finance head is on leave till 4th Jan, so we cannot process the revised PO.',
    'I confirm the container was loaded today in Buenaventura.',
    'Hendrik de Boer, our CFO, will call you tomorrow about a payment plan.',
    'Pallet labels will follow the new GS1 format.',
    'My son comes home Tuesday.',
    'If we receive it before Friday, we will deliver the inverters by next week Wednesday.',
    "We'll regroup on Thursday 12 March to go through the results.",
    'Just confirming receipt of your forecast for Q2.',
    "We'll see how Q3 goes for your team and revisit the pricing then.",
    "Dana Kim on our FP&A team is handling the model rebuild and will reach out directly once it's ready.",
    'I am on leave till 5th Oct with no access to mails. Will revert once back.',
    "Our offices are closed for the August bank holiday on Monday 31 August. I'll be back on Tuesday 1 September and will pick up your message then.",
    'The spare we fitted on Friday should carry the load.',
    'Confirming we will not renew, so no further invoices will be issued under that contract.',
    'Our offices are closed today for the public holiday. I will respond to your email when I am back in the office on Tuesday 11 August.',
    'Our company will be on Spring Festival holiday from Feb 14 to Feb 24. During the holiday, we will reply to your email after we come back to the office on Feb 25.',
    'Our office is closed for the Golden Week holidays from April 29 to May 6. We will reply to your e-mail in order after May 7.',
    'Our offices will be closed on 2 and 3 December. We will respond to your email when we resume business on Friday, 4 December.',
    'Our office is closed for the festive break and reopens on Monday 4 January. I will be checking emails occasionally but will reply properly on my return.',
  ])('leaves out: %s', expectNone);
});

describe('forms met in blind dev sets cb–cn', () => {
  it.each([
    ['Will do, you have it latest monday 9:00', ['2026-11-23']],
    ['You get the revised cleaning schedule and the price sheet by 5pm.', ['2026-11-18']],
    ["I'll send the revised BEO tonight so you have it first thing.", ['2026-11-18']],
    [
      'Let me check the availability with our revenue manager and I come back to you tomorrow with the rates.',
      ['2026-11-19'],
    ],
    [
      'I check the stock on Monday and send you the new delivery date before 12:00.',
      ['2026-11-23', '2026-11-23'],
    ],
    ['We will inform you the resolution of your claim in maximum 10 working days.', ['2026-12-02']],
    ['The 8D report will be sent before 5pm your time (Chicago) tomorrow.', ['2026-11-19']],
    [
      'Ill send the signed NDA back this fri, need our MD to sign and hes away til thurs.',
      ['2026-11-20'],
    ],
    [
      "I'll ship the replacement pump to you this Friday, so it should be on the boat in time for the season opener.",
      ['2026-11-20'],
    ],
    [
      'Our deal desk should have approval on the 15% multi-year discount by Wednesday.',
      ['2026-11-25'],
    ],
    [
      "It's exactly why I'll get the revised schedule of services over to you by Tuesday.",
      ['2026-11-24'],
    ],
    [
      "we'll push the config change before the holiday change freeze on December 18.",
      ['2026-12-18'],
    ],
    ["Monday's a holiday so will sort the credit note first thing Tuesday.", ['2026-11-24']],
    ['no dramas, ill ping u fri re the renewal once ive got the new rate card 👍', ['2026-11-20']],
    [
      'just kicked off the re-run on the pricing feed, will let u know in a couple hrs once its through.',
      ['2026-11-18'],
    ],
    [
      'Ill get a tech booked on the boat this week and keep u posted on the weather.',
      ['2026-11-20', null],
    ],
    ['Hoping to have the Q1 onboarding plan to you by Jan 8.', ['2027-01-08']],
    ['Hi Dan, ull have it first thing mon 👍', ['2026-11-23']],
    ['We come back to you before the weekend with the new ETA.', ['2026-11-20']],
    ['our mechanic goes to the farm on Thursday.', ['2026-11-19']],
    ['Your credit note is issued within next 3 working days.', ['2026-11-23']],
    [
      'The export customs documents are prepared by our team within 2 working days.',
      ['2026-11-20'],
    ],
    [
      'Our operations team will in the meantime share the truck availability plan for October by Thursday.',
      ['2026-11-19'],
    ],
    [
      '- Cebu and Davao: our Visayas/Mindanao team will complete the migration by end of this month.',
      ['2026-11-30'],
    ],
    [
      "With Thanksgiving tomorrow I'll get the credit note out to you in 2 working days.",
      ['2026-11-20'],
    ],
    [
      "I'm off for the rest of the week, but I'll send the revised invoice Monday morning when I'm back.",
      ['2026-11-23'],
    ],
    [
      "I'll confirm the pickup slot by 10am and send the customs docs by 6pm.",
      ['2026-11-19', '2026-11-18'],
    ],
    ['Our accounts team will send the EOFY statements through next week.', ['2026-11-27']],
    [
      "Just wanted to confirm that I'll send the contract for signature in 2 business days.",
      ['2026-11-20'],
    ],
    [
      'will loop back w/ the revised concept tmrw, and final print files by next Friday',
      ['2026-11-19', '2026-11-27'],
    ],
    ["I'll send the deck today, and prices go up next month.", ['2026-11-18']],
    ['will send the SOW tmrw and ill ring u fri arvo', ['2026-11-19', '2026-11-20']],
    [
      "I'm off tomorrow, back on Tuesday. Our legal team will go through your standard T&Cs early next week.",
      ['2026-11-24'],
    ],
    ['Our team is sending the revised quote tomorrow.', ['2026-11-19']],
    [
      "I'll send the renewal letter today, and the new site schedule (with the 3rd floor changes built in) next month.",
      ['2026-11-18', '2026-12-31'],
    ],
    [
      'Next steps from our side:\n1. I will send the detailed itinerary next Friday.\n2. Please send us the dietary requirements of the guests.',
      ['2026-11-27'],
    ],
  ] as [string, (string | null)[]][])('%s', expectDues);

  it.each([
    "Let's both review the test results before Friday, and then regroup on the 28th to decide on the go/no-go.",
    'We hope to serve you again in future.',
    'it should be in your inbox now.',
    'Just confirming we recieved your PO 4471-B on Thursday.',
    'Following our call on Tuesday: the testers wrapped up before the holiday.',
    'Printing starts tomorrow.',
    'Our finance team needs the signed order form by the 28th to book it in this quarter.',
    'Your auditors will be happy, and so will our revenue team, who were watching the calendar.',
    'Our team should have received it by now.',
    'Orders are processed within 2 days.',
    'I am out of the office until Monday 23 November and will go through your emails on my return.',
    'My team is working on it tonight.',
    'pak, cant make it tmrw, pls resched? will b in meetings all day w/ the distributor. sorry',
    'My colleague Ana Costa will cover my accounts and will send you the cork stopper samples on Tuesday.',
    'ok thx, got it\n\n-------- Mensaje original --------\nDe: Jorge Paredes <jparedes@minerasur.pe>\nFecha: 10/08/26 19:22\nPara: Karina Salazar <ksalazar@andesuministros.pe>\nAsunto: RE: Pedido\n\nKarina, I will send you the approved PO tomorrow morning.',
    'The spindle is repaired and tested.',
  ])('leaves out: %s', expectNone);
});

describe('forms met in blind dev sets co–ct', () => {
  it.each([
    ["No bother Ciarán, u'll have the invoice by Mon.", ['2026-11-23']],
    [
      're the invoice q - finance will reissue it Mon w/ the right PO, ill fwd as soon as it lands',
      ['2026-11-23', null],
    ],
    [
      "Who's doing what\n• Me → send the revised go-live plan by Friday\n• Our network team → complete the Wi-Fi survey by Monday\n• Calder Retail IT → confirm the store hours",
      ['2026-11-20', '2026-11-23'],
    ],
    [
      'Agreed actions:\n– [Acme] ship the two demo units by the 21st\n– [Brookfield] raise the PO for the trial\n\nBest,\nTom Reilly\nAcme Robotics UK | Account Manager',
      ['2026-11-21'],
    ],
    ['Our devs will have a fix in staging by the end of the week.', ['2026-11-20']],
    ['I send you the formal quotation before 5pm with the freight included.', ['2026-11-18']],
    ['I check the stock with the team and I send you the confirmation before 10h.', ['2026-11-19']],
    [
      'Our field engineer will be at the branch tomorrow morning to swap the faulty units.',
      ['2026-11-19'],
    ],
    ['Meanwhile, the hotfix for the leave-balance issue is going live tonight.', ['2026-11-18']],
    ['Will do — sending the signed SOW tonight.', ['2026-11-18']],
    [
      "I'll get the updated forecast to you by the 22nd instead, if that works for your planning cycle.",
      ['2026-11-22'],
    ],
    [
      "Yes, see you on the 27th — I'll bring the adoption numbers for all three business units.",
      ['2026-11-27'],
    ],
    [
      "Ok Hector — here's the plan: draft SOW Thurs AM, final COB Fri.",
      ['2026-11-19', '2026-11-20'],
    ],
    ['The revised quote for the 2027 volumes will come from me next week.', ['2026-11-27']],
    [
      "I'll have our responses to the redlines back to you early next week, and I'll get you the execution copy next week.",
      ['2026-11-24', '2026-11-27'],
    ],
    [
      "I'll send the draft lease first thing Monday, and the landlord's signed NOC by the 20th.",
      ['2026-11-23', '2026-11-20'],
    ],
    [
      "I'll send the proposal Sunday, and the pilot results by end of next week once the last data set is in.",
      ['2026-11-22', '2026-11-27'],
    ],
    [
      "We'll have the rebate paid out this quarter and the new tier structure in place next quarter.",
      ['2026-12-31', '2027-03-31'],
    ],
    ['Ok boss, confirm I send the quotation by tomorrow morning.', ['2026-11-19']],
    [
      "Let me check with the Halifax warehouse and get back to you by 5 p.m. on whether the pumps can go out on Monday's boat.",
      ['2026-11-18'],
    ],
    [
      'We will send the 8D report (D1–D4) latest until 26th November, and the full 8D (D5–D8) in two weeks.',
      ['2026-11-26', '2026-12-02'],
    ],
    [
      'The revised commercial proposal with the 200-seat tier will come to you by Friday.',
      ['2026-11-20'],
    ],
    [
      "Since Alicia is taking over as your admin, I'll set up a handover call with her — expect an invite from me early next week.",
      ['2026-11-24'],
    ],
    [
      "I'll have the renewal paperwork to you Friday — sorry, I mean Thursday. I'm at our sales kickoff all day Friday.",
      ['2026-11-19'],
    ],
    [
      "I'll have the signed DPA back to you by the 24th — correction, the 25th: our DPO is away on the 24th.",
      ['2026-11-25'],
    ],
    ["Our supplier's container is held at Halifax, so we'll push it to the 24th.", ['2026-11-24']],
    [
      "What's still outstanding on our side:\n\n1. Corrected W-9: EOD tmrw\n2. Updated COI naming Hillcrest as additional insured: COB Fri",
      ['2026-11-19', '2026-11-20'],
    ],
    ["You'll be receiving your admin credentials from me by email tomorrow.", ['2026-11-19']],
    ['The stability data for the 3 batches I send you tomorrow.', ['2026-11-19']],
    ['The Q3 price list I share until this Friday.', ['2026-11-20']],
    ['The rate sheet for the three Red Sea properties I send you on Sunday.', ['2026-11-22']],
    [
      "We'll have the revised SLA addendum to you mid-month for signature, and your support channel will be activated as soon as you've signed it.",
      ['2026-12-15'],
    ],
    [
      "The limit on your production key will be raised by EOD; you don't need to rotate the key.",
      ['2026-11-18'],
    ],
    ['The complete history will be restored in your dashboard by 5pm today.', ['2026-11-18']],
    [
      "We're pushing the firmware update to the kiosks Tuesday night, after your stores close.",
      ['2026-11-24'],
    ],
    ['I will send the contract revised next Friday, ok?', ['2026-11-27']],
    [
      'I confirmed with our accounting: the rebate will be paid by the end of the month as agreed.',
      ['2026-11-30'],
    ],
    ['Your admins will get training invites from us next week.', ['2026-11-27']],
    ['We aim to have the SSO connector generally available this quarter.', ['2026-12-31']],
    [
      'We will arrange the sample shipment latest 30th Nov, tracking number will be provided after shipping out.',
      ['2026-11-30'],
    ],
    [
      "We'll ship the firmware update to your fleet this quarter; the beta build goes out to your pilot cameras next week.",
      ['2026-12-31', '2026-11-27'],
    ],
    [
      'Action items:\n- Karadeniz Çelik: send the revised anchor bolt layout by Friday\n- Client: confirm the gravel for the access road\n\nBest regards,\nMehmet Yılmaz\nKaradeniz Çelik A.Ş.',
      ['2026-11-20'],
    ],
  ] as [string, (string | null)[]][])('%s', expectDues);

  it.each([
    'The truck leaves Valencia the 20/11 and arrives to Dublin around 23/11.',
    '- Parallel run #2: completed, variance under $10 ✔ (us)',
    'Their lead, Ana Ruiz, will send you the project plan by Friday and will set up the kick-off with your IT team.',
    'Batch 2 – we will dispatch by 10 December, subject to receipt of advance payment.',
    'The new pricing goes live on 1 December for all your sites.',
    'Mr. Subramaniam from our Chennai works will coordinate the FAT dates with your engineer directly.',
    "Thank you for the kind words about the onboarding — I'll pass them on to the team.",
    'We will not renew the legacy support plan on your behalf — it is being retired in December.',
    'Our managing director, Mr. Haque, will sign the supply agreement on the 20th, after Victory Day.',
    'If anything changes on your side, our support team will have the updated seat count applied within 10 days.',
    "If you can get the PO raised by the 14th, I'll make sure the licenses are live. Otherwise we'll be looking at February.",
    'As soon as the LC amendment is received, we will present the documents and release the shipment.',
    'Upon receipt of your signed PO and the 50% advance payment, we will book the shipment within 5 working days.',
    'As discussed, our certified partner Kestrel will run the training in March; their project lead, Bram, will reach out to you directly to agree dates.',
    'I will be at the venue walkthrough on Thursday and will be presenting at the Leeds roadshow the week after.',
    "The supplier won't be able to ship the full order this month.",
    'Let me introduce Rui Costa, who leads our implementation team.',
    "We'll review progress at next Thursday's check-in.",
    'I will arrange the follow-up visit with your facilities manager once the calculations are accepted.',
    "We'll get the ball rolling as soon as we receive the deposit.",
    "Everything on our side of Tuesday's list is now done:\n\n- Sandbox environment provisioned\n- Data-mapping template uploaded to the shared project folder\n- Kick-off invite sent for the 24th",
    "Good news — your order has been dispatched! DPD will deliver tomorrow and you'll get a tracking link from them by text this morning.",
    "Thanks for confirming the seat count (I realise it's still Sunday evening in Toronto).",
    "You'll get access to the customer portal once the invoice is settled.",
  ])('leaves out: %s', expectNone);
});

describe('forms met in blind dev sets dh–dk (tenth session)', () => {
  it.each([
    [
      'I will send you the test credentials by Monday latest and will keep you posted on the go-live date.',
      ['2026-11-23', null],
    ],
    [
      "I'll confirm the delivery date early next week and will keep you posted if anything changes before then.",
      ['2026-11-24', null],
    ],
    [
      'I have escalated it to our settlements team and the refund of ₦45,000 will be processed in 48 hours.',
      ['2026-11-20'],
    ],
    ['Our target is to complete the data centre migration within this quarter.', ['2026-12-31']],
    ['The credit for the damaged pallets will go through COB today.', ['2026-11-18']],
    // A booked meeting's time is the meeting's; booked work keeps its day.
    ["I'll schedule the admin training for next Tuesday.", [null]],
    ["I'll set up a call with our VP of Engineering for early next week.", [null]],
    ["I'll book the installers for Friday week.", ['2026-11-27']],
    ["I'll rebook the LTL shipment for Wednesday at the latest.", ['2026-11-25']],
    [
      'Summary of our sync:\n- me → fix the VAT field mapping, EOD\n- our support → close ticket #48213 by Thurs',
      ['2026-11-18', '2026-11-19'],
    ],
    [
      'The signed renewal is with our legal team now — the countersigned copy will be back to you early next week.',
      ['2026-11-24'],
    ],
    [
      '▪ The November service fee for Hamilton will be waived — you will see it on the next invoice',
      [null],
    ],
    [
      "I'll send the revised order form by Friday, and I'll get legal's redlines on the MSA back to you early next week.",
      ['2026-11-20', '2026-11-24'],
    ],
    [
      "You'll have the corrected file EOD tmrw so it's ready before Monday's cutoff.",
      ['2026-11-19'],
    ],
    [
      "I'll push the hotfix to your staging environment tonight and send release notes by EOD tomorrow.",
      ['2026-11-18', '2026-11-19'],
    ],
    // A supplier's word reported, then ours.
    [
      "Our supplier has confirmed they will ship on Monday, and I'll send you the tracking number the same day.",
      ['2026-11-23'],
    ],
    ["Just to say I'll get the final figures for the Q4 rebate to you this week.", ['2026-11-20']],
    // Mobile replies (set do): a tag question without its comma, "this wk", "overnight" as a verb, an hour before a phrase.
    ['can do, EOD tmrw ok?', ['2026-11-19']],
    ['will call u today re the lease renewal, after 10 ok?', ['2026-11-18']],
    ['np will get that fixed this wk', ['2026-11-20']],
    [
      'Aloha Keoni - will overnight the keycards Mon, tracking # to follow. Mahalo!',
      ['2026-11-23'],
    ],
    ['ok, on it. will come back to u by 10 with the new ETA', ['2026-11-19']],
    ["will have the corrected COI to u by Weds, broker's slow this wk", ['2026-11-25']],
    // Second-language forms (set dn): the thing first, a thing that "will send", a date after the object.
    ['The menu proposal our chef sends you tomorrow.', ['2026-11-19']],
    ['The production keys you will receive from us by COB Fri.', ['2026-11-20']],
    ['Driver details I will WhatsApp you separately.', [null]],
    ['The B/L copy will send to you after vessel departure.', [null]],
    ['Invoice for the early termination will send shortly.', [null]],
    ['The final rooming list I send you the 12th.', ['2026-12-12']],
    ['I will send you the quote for the roof renovation by the 15.', ['2026-12-15']],
    ['We release the mass production samples in Q1.', ['2027-03-31']],
    ['I send the confirmation letter in an hour.', ['2026-11-18']],
    // Sets dp–ds: a step that waits on an event is its own; a leading time is the first step's; "beforehand";
    // updates "until then"; a numbered line with "nos."; a capitalised thing that "goes out".
    [
      "I'll confirm the ship date first thing tomorrow, send you the tracking numbers once the pallets leave Ballycoolin, and credit the freight charge on your next invoice.",
      ['2026-11-19', null, null],
    ],
    [
      '- Tomorrow morning I’ll ping our product team about the SSO audit-log gap and forward whatever they say.',
      ['2026-11-19', null],
    ],
    [
      "I won't be able to make Friday's call, but I'll send my notes beforehand and Priyanka will cover the demo.",
      ['2026-11-20'],
    ],
    [
      "We aim to have the patched build on your staging server by end of next week, and I'll keep you posted daily until then.",
      ['2026-11-27', null],
    ],
    [
      '2. Dispatch of the balance 40 nos. bearings will be done by 12/10 from our Pune warehouse.',
      ['2026-12-10'],
    ],
    ['4. Tech note on the 525V option goes out EOW once engineering signs off.', ['2026-11-20']],
    // A schedule already booked is status, not a second promise.
    [
      "I'll send the revised proof through this arvo, and print run is booked to start Monday week.",
      ['2026-11-18'],
    ],
    // The sender's full signature a blank line under the name: "Northbeam" is our company.
    [
      'Action items\n- Northbeam support team: reset the SSO config for the EU tenant\n- Acme (Jordan): share the admin list\n\nBest,\nDana\n\nDana Whitfield | Senior Account Manager\nNorthbeam Analytics',
      [null],
    ],
  ] as [string, (string | null)[]][])('%s', expectDues);

  it.each([
    'Our goal is to increase your margins.',
    'The deal will go through next week if the board signs.',
    'The payment will go through on Friday.',
    "If any of the staff need a quick refresher on the charging docks, just say and I'll book a session.",
    "If our security team has any follow-up questions, we'll be in touch, but otherwise you're all set from our side.",
    "After discussing internally, we'll pass on the gold sponsorship this year.",
    'The manufacturer in Italy has confirmed they will ship the part on Monday.',
    'Out of office til Mon 3/16, limited email. Will reply when back. For urgent orders call the shop.',
    'Joy from our warehouse will call you tomorrow to confirm the delivery window.',
    'Kindly note our office remains closed on 20th Nov on account of Diwali.',
    "We could potentially ship on the 24th if the customs broker clears the paperwork in time, but I wouldn't plan around that yet.",
    "We close at noon on the 23rd for the holidays, so I'm trying to get everything out the door:",
    "We're also hosting a small dinner on Wednesday evening; it would be great to see you there.",
    'Thank you for your message. I am travelling to Singapore this week with limited connectivity and will respond within 24 hours of landing.',
  ])('leaves out: %s', expectNone);
});
