import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalMailbox, isAutomatedSender, parseAddress, parseAddressList } from '../../../lib/customers/address';

describe('parseAddress', () => {
  it.each([
    ['"Reyes, Dana" <Dana.Reyes@ACME.com>', 'dana.reyes@acme.com', 'Reyes, Dana', 'acme.com'],
    ['Dana Reyes <dana@acme.com>', 'dana@acme.com', 'Dana Reyes', 'acme.com'],
    ['<x@y.com>', 'x@y.com', '', 'y.com'],
    ['  DANA@ACME.COM  ', 'dana@acme.com', '', 'acme.com'],
    ['dana@acme.com.', 'dana@acme.com', '', 'acme.com'],
    ['dana@acme.com (Dana Reyes)', 'dana@acme.com', 'Dana Reyes', 'acme.com'],
    ['mailto:Dana@Acme.com', 'dana@acme.com', '', 'acme.com'],
    ['"Dana \\"DR\\" Reyes" <dana@acme.com>', 'dana@acme.com', 'Dana "DR" Reyes', 'acme.com'],
    ['"O\'Brien, Pat (Sales)" <pat@acme.com>', 'pat@acme.com', "O'Brien, Pat (Sales)", 'acme.com'],
    ['jana@müller.de', 'jana@xn--mller-kva.de', '', 'xn--mller-kva.de'],
    ['Jana <JANA@MÜLLER.DE>', 'jana@xn--mller-kva.de', 'Jana', 'xn--mller-kva.de'],
    ['jana@xn--mller-kva.de', 'jana@xn--mller-kva.de', '', 'xn--mller-kva.de'],
    ['"dana@acme.com" <dana@acme.com>', 'dana@acme.com', '', 'acme.com'],
    ['=?UTF-8?B?SsO8cmdlbiBNw7xsbGVy?= <j@example.de>', 'j@example.de', 'Jürgen Müller', 'example.de'],
    ['dana+crm@acme.com', 'dana+crm@acme.com', '', 'acme.com'],
  ])('%s', (raw, email, displayName, domain) => {
    expect(parseAddress(raw)).toEqual({ email, displayName, domain });
  });

  it.each(['', '   ', 'Dana Reyes', 'dana@', '@acme.com', 'dana@localhost', 'dana@1.2.3.4', 'a b@acme.com', 'dana@acme..com', '<>'])(
    'rejects %j',
    (raw) => {
      expect(parseAddress(raw)).toBeNull();
    },
  );
});

describe('parseAddressList', () => {
  it('splits on commas outside quotes, brackets and comments', () => {
    const list = parseAddressList(
      '"Reyes, Dana" <dana@acme.com>, Ops <ops@acme.com>; chidi@brightwave.io (Okafor, Chidi), not an address',
    );
    expect(list.map((a) => a.email)).toEqual(['dana@acme.com', 'ops@acme.com', 'chidi@brightwave.io']);
    expect(list[0]!.displayName).toBe('Reyes, Dana');
    expect(list[2]!.displayName).toBe('Okafor, Chidi');
  });

  it('flattens groups', () => {
    expect(parseAddressList('Team: a@acme.com, b@acme.com;, undisclosed-recipients:;').map((a) => a.email)).toEqual([
      'a@acme.com',
      'b@acme.com',
    ]);
  });
});

describe('canonicalMailbox (plus addressing decision)', () => {
  // Decision: +tags are dropped for matching on every domain, so dana+crm@acme.com is contact dana@acme.com.
  it.each([
    ['dana+crm@acme.com', 'dana@acme.com'],
    ['dana@acme.com', 'dana@acme.com'],
    ['d.a.n.a+x@googlemail.com', 'dana@gmail.com'],
    ['dana.reyes@acme.com', 'dana.reyes@acme.com'],
    ['+only@acme.com', '+only@acme.com'],
  ])('%s → %s', (email, canonical) => {
    expect(canonicalMailbox(email)).toBe(canonical);
  });
});

describe('isAutomatedSender', () => {
  it.each([
    ['noreply@acme.com', true],
    ['no-reply@acme.com', true],
    ['no_reply@acme.com', true],
    ['do-not-reply@acme.com', true],
    ['donotreply@acme.com', true],
    ['calendar-noreply@google.com', true],
    ['mailer-daemon@googlemail.com', true],
    ['MAILER-DAEMON@acme.com', true],
    ['postmaster@acme.com', true],
    ['notifications@github.com', true],
    ['notification@acme.com', true],
    ['bounce-12345@acme.com', true],
    ['bounces+abc@mail.acme.com', true],
    ['dana@bounce.acme.com', true],
    ['newsletter@acme.com', true],
    ['dana.reyes@acme.com', false],
    ['noreen@acme.com', false],
    ['support@acme.com', false],
    ['info@acme.com', false],
    ['replies@acme.com', false],
  ])('%s → %s', (email, expected) => {
    expect(isAutomatedSender(email)).toBe(expected);
  });

  it.each([
    [{ 'List-Id': '<customers.acme.com>' }, true],
    [{ 'list-unsubscribe': '<mailto:unsub@acme.com>' }, true],
    [{ Precedence: 'bulk' }, true],
    [{ Precedence: 'List' }, true],
    [{ 'Auto-Submitted': 'auto-replied' }, true],
    [{ 'Auto-Submitted': 'no' }, false],
    [{ Precedence: 'first-class' }, false],
    [{ Subject: 'Hi' }, false],
  ])('headers %j → %s', (headers, expected) => {
    expect(isAutomatedSender('dana@acme.com', headers)).toBe(expected);
  });
});

describe('parseAddress properties', () => {
  const label = fc.stringMatching(/^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,10}[a-zA-Z0-9])?$/);
  const local = fc.stringMatching(/^[a-zA-Z0-9][a-zA-Z0-9._+-]{0,20}$/).filter((l) => !l.includes('..') && !l.endsWith('.'));
  const name = fc.string({ maxLength: 20 }).map((s) => s.replace(/[\\"<>\r\n]/g, ''));

  it('normalises any spelling of one address to the same email, and is idempotent', () => {
    fc.assert(
      fc.property(local, fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('com', 'de', 'co.uk'), name, (l, labels, tld, display) => {
        const email = `${l}@${labels.join('.')}.${tld}`;
        const spelled = [email, ` ${email.toUpperCase()} `, `"${display}" <${email}>`, `<${email}.>`];
        const parsed = spelled.map((s) => parseAddress(s)?.email);
        expect(new Set(parsed)).toEqual(new Set([email.toLowerCase()]));
        expect(parseAddress(parsed[0]!)?.email).toBe(parsed[0]);
      }),
    );
  });
});
