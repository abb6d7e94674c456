import { z } from 'zod';

/** A civil date in the user's time zone, `YYYY-MM-DD`. */
export const civilDate = z.iso.date();

/** An instant, stored as UTC ISO-8601 (`…Z`) so that strings sort in time order. */
export const instant = z.iso.datetime();

/** `HH:mm` on a 24-hour clock; `24:00` closes a block at midnight. */
export const timeOfDay = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'expected a time as HH:mm, e.g. 09:00');

export const emailAddress = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'expected an email address, e.g. dana@acme.com' }));

/** A DNS name: labels of letters, digits and hyphens (IDNs in punycode or Unicode). */
export const domainName = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(?=.{1,253}$)(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}\p{N}-]{2,63}$/u,
    'expected a domain, e.g. acme.com',
  );

export function isValidTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneName = z
  .string()
  .refine(isValidTimeZone, 'expected an IANA time zone, e.g. Europe/Berlin');

/** Epoch milliseconds of now as an instant string; callers pass their clock in. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
