/**
 * The add/edit form's values (strings, as the inputs hold them) and their conversion to
 * a `customers.save` draft, checked with the same schema the background uses, so the
 * form can say what is wrong next to each field before anything is sent.
 */
import type { Contact, Customer } from '../db/records';
import type { ReplyTarget } from '../settings';
import { customerDraftSchema, issuesByField, splitDomains, type CustomerDraft } from './book';

export interface ContactFormValues {
  /** Stable React key; not stored. */
  key: string;
  email: string;
  name: string;
  role: string;
}

export interface TargetFormValues {
  value: string;
  unit: ReplyTarget['unit'];
}

export interface CustomerFormValues {
  name: string;
  tier: string;
  domains: string;
  notes: string;
  firstReply: TargetFormValues;
  nextReply: TargetFormValues;
  cadenceDays: string;
  /** An IANA zone, or '' when not set. */
  timeZone: string;
  contacts: ContactFormValues[];
}

let keys = 0;
export const contactKey = (): string => `contact-${++keys}`;

const targetValues = (t: ReplyTarget | undefined): TargetFormValues => ({
  value: t === undefined ? '' : String(t.value),
  unit: t?.unit ?? 'businessHours',
});

export function formFromCustomer(
  existing: { customer: Customer; contacts: readonly Contact[] } | null,
  defaultTier: string,
): CustomerFormValues {
  if (existing === null) {
    return {
      name: '',
      tier: defaultTier,
      domains: '',
      notes: '',
      firstReply: targetValues(undefined),
      nextReply: targetValues(undefined),
      cadenceDays: '',
      timeZone: '',
      contacts: [],
    };
  }
  const { customer, contacts } = existing;
  return {
    name: customer.name,
    tier: customer.tier,
    domains: customer.domains.join(', '),
    notes: customer.notes,
    firstReply: targetValues(customer.targets.firstReply),
    nextReply: targetValues(customer.targets.nextReply),
    cadenceDays: customer.cadenceDays === null ? '' : String(customer.cadenceDays),
    timeZone: customer.timeZone ?? '',
    contacts: contacts.map((c) => ({ key: contactKey(), email: c.email, name: c.name, role: c.role })),
  };
}

const numberOrBlank = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim()));

export type FormCheck = { ok: true; draft: CustomerDraft } | { ok: false; errors: Record<string, string[]> };

export function checkCustomerForm(values: CustomerFormValues, accountId: string, id?: string): FormCheck {
  const target = (t: TargetFormValues) => {
    const value = numberOrBlank(t.value);
    return value === null ? undefined : { value, unit: t.unit };
  };
  const targets: Record<string, unknown> = {};
  const first = target(values.firstReply);
  const next = target(values.nextReply);
  if (first) targets.firstReply = first;
  if (next) targets.nextReply = next;
  // A contact row left entirely blank is an unused "Add a contact", not an error.
  const used = values.contacts.flatMap((c, i) => (`${c.email}${c.name}${c.role}`.trim() === '' ? [] : [i]));
  const result = customerDraftSchema.safeParse({
    accountId,
    ...(id === undefined ? {} : { id }),
    name: values.name,
    tier: values.tier,
    domains: splitDomains(values.domains),
    notes: values.notes,
    targets,
    cadenceDays: numberOrBlank(values.cadenceDays),
    timeZone: values.timeZone === '' ? null : values.timeZone,
    contacts: used.map((i) => values.contacts[i]!).map(({ email, name, role }) => ({ email, name, role })),
  });
  if (result.success) return { ok: true, draft: result.data };
  // Issues name the index among the sent contacts; the form numbers all its rows.
  const issues = result.error.issues.map((issue) =>
    issue.path[0] === 'contacts' && typeof issue.path[1] === 'number'
      ? { ...issue, path: ['contacts', used[issue.path[1]] ?? issue.path[1], ...issue.path.slice(2)] }
      : issue,
  );
  return { ok: false, errors: issuesByField(issues) };
}
