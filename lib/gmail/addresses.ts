import type { ContactNameOptional } from '@inboxsdk/core';

/** `"Dana Reyes" <dana@acme.com>`, so the background keeps the name for proposals. */
export function formatContact(contact: ContactNameOptional): string {
  const name = contact.name?.replace(/["\\]/g, '').trim();
  return name ? `"${name}" <${contact.emailAddress}>` : contact.emailAddress;
}
