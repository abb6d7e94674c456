/**
 * Addresses of the relationship pages. The hash carries the account and the customer (or the
 * week), so a link survives a reload and can be bookmarked; the pages read it back with zod.
 */
import { z } from 'zod';
import { civilDate, emailAddress } from '../schema-primitives';

export function customerPagePath(accountId: string, customerId: string): string {
  return `/customer.html#${new URLSearchParams({ account: accountId, customer: customerId })}`;
}

const customerHash = z.object({ account: emailAddress, customer: z.string().min(1) });

/** The account and customer a customer page shows, or null for a hash that names none. */
export function parseCustomerHash(hash: string): { accountId: string; customerId: string } | null {
  const parsed = customerHash.safeParse(Object.fromEntries(new URLSearchParams(hash.replace(/^#/, ''))));
  return parsed.success ? { accountId: parsed.data.account, customerId: parsed.data.customer } : null;
}

export function reviewPagePath(params: { accountId?: string; week?: string } = {}): string {
  const query = new URLSearchParams();
  if (params.accountId) query.set('account', params.accountId);
  if (params.week) query.set('week', params.week);
  const hash = query.toString();
  return `/review.html${hash ? `#${hash}` : ''}`;
}

const reviewHash = z.object({ account: emailAddress.optional().catch(undefined), week: civilDate.optional().catch(undefined) });

/** The account and a day of the week a review shows; either may be missing (then: the first account, this week). */
export function parseReviewHash(hash: string): { accountId?: string; week?: string } {
  const parsed = reviewHash.parse(Object.fromEntries(new URLSearchParams(hash.replace(/^#/, ''))));
  return { accountId: parsed.account, week: parsed.week };
}
