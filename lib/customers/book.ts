/**
 * The customer book as the user edits it: the shape of one customer with its contacts
 * (the `customers.save` request, also what the edit form checks before sending), and
 * the helpers that turn the form's text into it and validation issues back into
 * per-field messages. Pure; the store enforces what needs the rest of the book.
 */
import { z } from 'zod';
import { emailAddress, timeZoneName } from '../schema-primitives';
import { targetOverridesSchema } from '../settings';
import { formatPath } from '../validation';
import { domainFromCell } from './csv/plan';
import { domainAndParents } from './domain';
import { isFreeMailDomain } from './free-mail';

/**
 * A domain as typed: `https://www.Acme.com/about`, `ACME.com.`, `müller.de` all become
 * the stored ASCII form; free-mail domains and public suffixes are refused because they
 * would make every sender at gmail.com or .co.uk a customer.
 */
export const draftDomain = z.string().transform((raw, ctx) => {
  const domain = domainFromCell(raw);
  if (domain === null) {
    ctx.addIssue({ code: 'custom', message: `expected a domain, e.g. acme.com ("${raw.trim()}" is not one)` });
    return z.NEVER;
  }
  if (domainAndParents(domain).length === 0) {
    ctx.addIssue({ code: 'custom', message: `${domain} is a public suffix, not a company's domain` });
    return z.NEVER;
  }
  if (isFreeMailDomain(domain)) {
    ctx.addIssue({ code: 'custom', message: `${domain} is free mail and names no company; add the person as a contact instead` });
    return z.NEVER;
  }
  return domain;
});

export const contactDraftSchema = z.object({
  email: emailAddress,
  name: z.string().trim().max(200, 'a name is at most 200 characters').default(''),
  role: z.string().trim().max(200, 'a role is at most 200 characters').default(''),
});
export type ContactDraft = z.infer<typeof contactDraftSchema>;

/**
 * One customer with its contacts, flat so that a refusal names the field as the form
 * knows it: `domains[1]: expected a domain…`, `contacts[0].email: …`.
 */
export const customerDraftSchema = z
  .object({
    accountId: emailAddress,
    /** Absent for a new customer. */
    id: z.string().min(1).max(200).optional(),
    name: z.string().trim().min(1, 'a customer needs a company name').max(200, 'a name is at most 200 characters'),
    tier: z.string().trim().min(1, 'choose a tier').max(60),
    domains: z.array(draftDomain).max(100, 'at most 100 domains'),
    notes: z.string().max(20_000, 'notes are at most 20,000 characters').default(''),
    targets: targetOverridesSchema.default({}),
    cadenceDays: z
      .number({ message: 'expected a whole number of days' })
      .int('expected a whole number of days')
      .min(1, 'at least 1 day')
      .max(3650, 'at most 3650 days')
      .nullable()
      .default(null),
    /** null clears it. */
    timeZone: timeZoneName.nullable().default(null),
    contacts: z.array(contactDraftSchema).max(1000, 'at most 1000 contacts'),
  })
  .strict()
  .superRefine((draft, ctx) => {
    const seenDomains = new Map<string, number>();
    draft.domains.forEach((domain, i) => {
      const first = seenDomains.get(domain);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['domains', i], message: `${domain} is listed twice` });
      } else seenDomains.set(domain, i);
    });
    const seenEmails = new Set<string>();
    draft.contacts.forEach((contact, i) => {
      if (seenEmails.has(contact.email)) {
        ctx.addIssue({ code: 'custom', path: ['contacts', i, 'email'], message: `${contact.email} is listed twice` });
      }
      seenEmails.add(contact.email);
    });
  });
export type CustomerDraft = z.infer<typeof customerDraftSchema>;
export type CustomerDraftInput = z.input<typeof customerDraftSchema>;

/** Thrown by the store when a draft is valid alone but not with the rest of the book. */
export class CustomerBookError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'CustomerBookError';
  }
}

/** `acme.com, acme.de; https://acme.fr` → parts as typed; the schema checks each one. */
export function splitDomains(text: string): string[] {
  return text.split(/[\s,;|]+/).filter((p) => p !== '');
}

/** Field path → messages, from zod issues. */
export function issuesByField(issues: readonly z.core.$ZodIssue[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) (out[formatPath(issue.path)] ??= []).push(issue.message);
  return out;
}

/**
 * Field path → messages, from an error reply (`Invalid "customers.save" message:
 * domains[1]: …; name: …` or a store refusal `contacts[0].email: …`), so that a refusal
 * by the background lands next to the field just like the form's own checks.
 */
export function errorsFromMessage(message: string): Record<string, string[]> {
  const body = message.replace(/^Invalid "[^"]+" message: /, '');
  const out: Record<string, string[]> = {};
  for (const part of body.split('; ')) {
    const match = /^([A-Za-z]+(?:\[\d+\]|\.[A-Za-z]+)*): (.+)$/s.exec(part);
    if (match === null) (out[''] ??= []).push(part);
    else (out[match[1]!] ??= []).push(match[2]!);
  }
  return out;
}
