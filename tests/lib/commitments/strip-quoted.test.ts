import { describe, it, expect } from 'vitest';
import { htmlToText, maskNonAuthored, senderNames } from '../../../lib/commitments/strip-quoted';
import { detectCommitments } from '../../../lib/commitments/detect';

const opts = { sentAt: '2026-11-18T15:30:00-05:00', timeZone: 'America/New_York' };

describe('quoted history, forwards and signatures (text)', () => {
  it('keeps offsets while blanking what the user did not write', () => {
    const text = "Hi,\nI'll call you.\n\nOn Tue, Nov 17, 2026 at 9:14 AM Jane <j@a.com> wrote:\n> I'll send it.";
    const masked = maskNonAuthored(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).toContain("I'll call you.");
    expect(masked).not.toContain("I'll send it");
  });

  it('handles an "On … wrote:" header wrapped over two lines', () => {
    const text = "Sure.\n\nOn Tue, Nov 17, 2026 at 9:14 AM Jane Doe <jane@acme.com>\nwrote:\nI'll send the PO by Friday.";
    expect(detectCommitments(text, opts)).toHaveLength(0);
  });

  it.each([
    ['Outlook original message', 'OK.\n\n-----Original Message-----\nFrom: A <a@b.com>\nSent: Monday\n\nI will send it Monday.'],
    ['forwarded block', 'FYI\n\n---------- Forwarded message ---------\nFrom: A\n\nWe will ship tomorrow.'],
    ['-- signature', 'Thanks\n-- \nSam | We will reply within 24 hours'],
    ['sign-off and contact lines', "Thanks,\nSam Lee\nAccount Manager | I'll get back to you within a day"],
    ['> lines', "Noted.\n> I'll call you tomorrow."],
    ['a German quote header', 'Danke.\n\nAm Di., 17. Nov. 2026 um 09:14 Uhr schrieb Jane Doe <jane@acme.com>:\nI will send the PO by Friday.'],
    ['a French quote header', 'Merci.\n\nLe mar. 17 nov. 2026 à 09:14, Jane Doe <jane@acme.com> a écrit :\nI will send the PO by Friday.'],
  ])('ignores promises in: %s', (_name, text) => {
    expect(detectCommitments(text, opts)).toHaveLength(0);
  });

  it('keeps a reply written under a ">" quote, and masks the quote', () => {
    const text = "Thanks.\n\nOn Fri, Dec 4, 2026 at 3:10 PM Dana <d@acme.com> wrote:\n> I'll send the PO today.\n> Can you get me the final quote?\n\nYes - I'll send the final quote Monday morning.";
    const found = detectCommitments(text, opts);
    expect(found.map((c) => c.text)).toEqual(["I'll send the final quote Monday morning"]);
    // A reply above a quote that runs to the end stays the only authored text.
    expect(maskNonAuthored("Sure.\n\nOn Fri, Dec 4, 2026 at 3:10 PM Dana <d@acme.com> wrote:\n> I'll send the PO today.\n")).not.toContain('PO today');
  });

  it('keeps a P.S. written after the signature', () => {
    const text = "Thanks,\nSam\n\nP.S. I'll send the deck tomorrow.";
    expect(detectCommitments(text, opts).map((c) => c.due)).toEqual(['2026-11-19']);
  });
});

describe('Gmail compose HTML', () => {
  const html =
    '<div dir="ltr"><div>Hi Dana,</div><div>I&#39;ll send the revised quote by Friday.</div><div><br></div>' +
    '<div class="gmail_signature">Sam | We will reply within 24 hours</div></div>' +
    '<div class="gmail_quote"><div class="gmail_attr">On Tue, Nov 17, 2026 Jane wrote:</div>' +
    '<blockquote class="gmail_quote"><div>I will send the PO <b>tomorrow</b>.</div><blockquote>I will call you.</blockquote></blockquote></div>';

  it('extracts visible text and drops quote and signature elements without a DOM', () => {
    const { text, map } = htmlToText(html);
    expect(text).toContain("I'll send the revised quote by Friday.");
    expect(text).not.toContain('PO');
    expect(text).not.toContain('reply within');
    expect(map).toHaveLength(text.length);
  });

  it('detects with offsets into the HTML string', () => {
    const r = detectCommitments(html, { ...opts, format: 'html' });
    expect(r).toHaveLength(1);
    expect(html.slice(r[0]!.start, r[0]!.end)).toBe('I&#39;ll send the revised quote by Friday');
    expect(r[0]!.due).toBe('2026-11-20');
  });

  it('tolerates broken markup', () => {
    expect(() => htmlToText('<div class="x"<b>I will <i>send</div> it & more &bogus; <')).not.toThrow();
  });
});

describe('the signature names the sender', () => {
  it.each([
    ['a sign-off, a name and a company', 'Thanks.\n\nRegards,\nAnkit Sharma\nVantage Cloud Pvt. Ltd.', ['ankit', 'sharma', 'vantage', 'cloud']],
    ['a name, then title and company on one line', 'Done.\n\nBest,\nTom Ellis\nKey Account Manager | Thames Logistics', ['tom', 'ellis', 'thames', 'logistics']],
    ['a closing that is not a listed sign-off', 'See below.\n\nHave a good weekend,\nGareth', ['gareth']],
    ['a bare signature without a closing', 'Status below.\n\nBrandon Lee\nAgriSense Analytics', ['brandon', 'lee', 'agrisense', 'analytics']],
    ['nothing that looks like a signature', 'Hi Dana,\n\nThe deck is attached.', []],
  ])('%s', (_name, text, words) => {
    expect([...senderNames(text)].sort()).toEqual([...words].sort());
  });

  it('does not read the greeting or the quoted sender as the signature', () => {
    const text = 'Hi Amira,\n\nNoted.\n\nOn Mon, 30 Nov 2026 at 09:00, Amira Haddad <a@b.com> wrote:\n> Thanks,\n> Amira Haddad\n> Haddad Retail';
    expect(senderNames(text).size).toBe(0);
  });
});

describe('signatures and inline replies without the usual markers', () => {
  it('masks a signature with no sign-off: a name alone, then a company line', () => {
    const text = "Thanks Wiremu, all good.\n\nAna\nKauri Building Supplies\nTrade desk open 7am–5pm. We'll call you back within 2 hours.";
    expect(maskNonAuthored(text)).not.toContain("We'll call you back");
  });

  it('keeps a last paragraph that starts with a heading, not a name', () => {
    const text = "Hi Jo,\n\nAction Items\nI'll send the contract Friday.";
    expect(maskNonAuthored(text)).toContain("I'll send the contract Friday.");
  });

  it('keeps replies written between the quoted lines under an Outlook header', () => {
    const text = 'See inline.\n\n-----Original Message-----\nFrom: Rob <rob@castle.co.uk>\nSent: 16 October 2026 14:12\nSubject: Re: kegs\n\n> 1. Can you confirm the collection date?\nWill confirm by Monday.\n\n> 2. We\'ll send our forecast by Friday.\nGreat, thanks.';
    const masked = maskNonAuthored(text);
    expect(masked).toContain('Will confirm by Monday.');
    expect(masked).not.toContain("We'll send our forecast");
    expect(masked).not.toContain('From: Rob');
  });
});

describe('answers typed in brackets inside the quote (set dp)', () => {
  it('keeps whole bracketed lines as the writer’s when the writer says the answers are in brackets', () => {
    const text =
      'Hi Fiona,\nAnswers inline below in [brackets].\nChris\n\n-----Original Message-----\nFrom: Fiona Walsh <fiona@greenacre.org.uk>\nSent: 12 November 2026 10:05\nTo: Chris <chris@thameside-it.co.uk>\nSubject: Renewal\n\n2. When will the revised DPA be ready?\n[I’ll send it over Thurs AM.]\n3. Can we add two more admin users?\n[Yes, our support team will add them today.]';
    const masked = maskNonAuthored(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).toContain(' I’ll send it over Thurs AM. ');
    expect(masked).not.toContain('When will the revised DPA');
    // Without the word, a bracketed line in a quote stays the customer's.
    expect(maskNonAuthored(text.replace('Answers inline below in [brackets].', 'Thanks.'))).not.toContain('send it over');
  });
});
