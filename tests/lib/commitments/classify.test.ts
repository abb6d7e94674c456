import { describe, it, expect } from 'vitest';
import { detectCommitments } from '../../../lib/commitments/detect';

const opts = { sentAt: '2026-11-18T15:30:00-05:00', timeZone: 'America/New_York' };
const found = (s: string): number => detectCommitments(s, opts).length;

// Spec §1, "counts as a commitment": one block per row.
const POSITIVE: Record<string, string[]> = {
  'first person future': ["I'll send the revised quote by Friday.", 'We will get back to you tomorrow.', 'I shall forward the renewal terms.'],
  'going to': ["I'm going to run the numbers again tonight.", "We're going to send a technician on Thursday."],
  'let me … (and report back)': ['Let me check with the team and circle back next week.', 'Let me look into the billing discrepancy.'],
  'delivery promise': ['I can have the contract to you by EOD.', "You'll have the invoice by Monday.", 'Expect the deck from me on Thursday.'],
  'our side, not me': ['Our finance team will send the corrected invoice this week.', 'My assistant will send you the invite.'],
  'subjectless reply': ['Will send shortly.', 'Will do.', 'On it, will confirm by tomorrow.'],
  hedged: ["I'll try to get it over by Wednesday.", "I'll probably send the draft tomorrow."],
  'keep informed': ["I'll keep you posted.", 'I will update you as soon as I hear back.', "I'll let you know what legal says."],
};

// Spec §1, "is not a commitment": one block per row.
const NEGATIVE: Record<string, string[]> = {
  'request or question': ['Could you send me the signed copy?', 'Can I call you Thursday?', 'Will you be able to review it by Friday?'],
  'offer, or conditional on the recipient': [
    "If you'd like, I can send a sample.",
    'Happy to share the deck if useful.',
    "If you send me the logs, I'll investigate.",
    "Let me know and I'll set up a call.",
  ],
  hypothetical: ['I would suggest upgrading.', 'We could look at a discount.'],
  'done already, or happening now': ['I sent it yesterday.', 'Attached is the quote.', "I'm attaching the report."],
  negated: ["I won't be able to make Friday.", 'We will not renew the old plan.'],
  'availability or status': ["I'll be out of office until Monday.", "I'll be travelling next week.", 'I will be in meetings all afternoon.'],
  'politeness formula': ['Let me know if you have any questions.', 'I look forward to hearing from you.'],
  'joint plan or meeting': ["We'll discuss it on Tuesday's call.", 'See you Thursday.', "I'll talk to you tomorrow."],
  'named third party': ['John will send you the invoice.', 'My colleague Dr. Lu will call you.'],
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
    const text = "Hi Dana 👋,\n\nThanks for the call. I'll send the revised quote by Friday.\n\nBest,\nSam";
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

  it('marks a promise without deadline as dueSource none', () => {
    const [c] = detectCommitments("I'll send it over.", opts);
    expect(c?.due).toBeNull();
    expect(c?.dueSource).toBe('none');
    expect(c?.duePhrase).toBeNull();
  });

  it('keeps two promises with different deadlines apart and merges coordinated ones', () => {
    expect(detectCommitments("I'll issue the credit note on Monday and I'll send the invoice by Wednesday.", opts)).toHaveLength(2);
    expect(detectCommitments("I'll look at it and I'll get back to you.", opts)).toHaveLength(1);
  });
});
