/**
 * Free-mail providers: anyone can have an address there, so these domains never identify
 * a company. An address at one of them matches a customer only as an exact contact.
 * Keep the list sorted by provider; add regional variants as users report them.
 */
import { organisationLabel, registrableDomain } from './domain';

/** Exact registrable domains. */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  // Google
  'gmail.com', 'googlemail.com',
  // Microsoft (hotmail.*, live.*, outlook.* are also covered by FREE_MAIL_BRANDS)
  'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'passport.com', 'windowslive.com',
  // Yahoo and its brands (yahoo.* by brand)
  'ymail.com', 'rocketmail.com', 'aol.com', 'aim.com', 'verizon.net', 'sbcglobal.net', 'att.net',
  'bellsouth.net', 'btinternet.com', 'rogers.com', 'sky.com',
  // Apple
  'icloud.com', 'me.com', 'mac.com',
  // Privacy-focused and independent
  'proton.me', 'protonmail.com', 'protonmail.ch', 'pm.me', 'tutanota.com', 'tutanota.de', 'tuta.io', 'tuta.com',
  'fastmail.com', 'fastmail.fm', 'hey.com', 'mailbox.org', 'posteo.de', 'posteo.net', 'runbox.com',
  'zoho.com', 'zohomail.com', 'zohomail.eu', 'mail.com', 'email.com', 'usa.com', 'inbox.com', 'hushmail.com',
  'duck.com', 'skiff.com', 'startmail.com',
  // Germany, Austria, Switzerland
  'web.de', 'gmx.de', 'gmx.net', 'gmx.at', 'gmx.ch', 'gmx.com', 'freenet.de', 't-online.de', 'arcor.de',
  'bluewin.ch', 'online.de', 'magenta.de',
  // France, Italy, Spain, Benelux, Nordics
  'orange.fr', 'wanadoo.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'neuf.fr', 'libero.it', 'virgilio.it',
  'tiscali.it', 'alice.it', 'tin.it', 'telefonica.net', 'terra.com', 'ziggo.nl', 'kpnmail.nl', 'home.nl',
  'planet.nl', 'telenet.be', 'skynet.be', 'online.no', 'telia.com', 'seznam.cz', 'centrum.cz', 'wp.pl',
  'o2.pl', 'onet.pl', 'interia.pl',
  // Eastern Europe and Russia
  'mail.ru', 'inbox.ru', 'list.ru', 'bk.ru', 'rambler.ru', 'ukr.net', 'abv.bg',
  // Asia
  'qq.com', 'foxmail.com', '163.com', '126.com', 'yeah.net', 'sina.com', 'sina.cn', 'sohu.com', 'aliyun.com',
  '139.com', 'naver.com', 'hanmail.net', 'daum.net', 'nate.com', 'rediffmail.com',
  // United Kingdom, Australia, Americas
  'ntlworld.com', 'virginmedia.com', 'talktalk.net', 'bigpond.com', 'optusnet.com.au', 'comcast.net',
  'cox.net', 'charter.net', 'earthlink.net', 'juno.com', 'shaw.ca', 'sympatico.ca', 'uol.com.br',
  'bol.com.br', 'terra.com.br', 'prodigy.net.mx',
]);

/**
 * Providers that register their brand under many country suffixes (`yahoo.co.jp`,
 * `hotmail.fr`, `gmx.at`): any registrable domain whose organisation label is one of
 * these is free mail.
 */
export const FREE_MAIL_BRANDS: ReadonlySet<string> = new Set([
  'gmail', 'googlemail', 'hotmail', 'outlook', 'live', 'windowslive', 'msn', 'yahoo', 'ymail', 'aol',
  'gmx', 'yandex', 'ya', 'protonmail', 'icloud', 'zoho', 'zohomail', 'tutanota', 'mail',
]);

/** True for a free-mail domain or any subdomain of one (`mail.yahoo.co.uk`). */
export function isFreeMailDomain(asciiDomain: string): boolean {
  const registrable = registrableDomain(asciiDomain);
  if (registrable === null) return false;
  if (FREE_MAIL_DOMAINS.has(registrable)) return true;
  const label = organisationLabel(asciiDomain);
  return label !== null && FREE_MAIL_BRANDS.has(label);
}
