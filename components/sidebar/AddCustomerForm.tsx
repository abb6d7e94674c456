import { useState, type FormEvent } from 'react';
import type { CustomerProposal } from '../../lib/customers/propose';
import type { Act } from '../actions';
import { useClient } from '../client-context';


/** "Add as customer": a short form prefilled from the sender, to review before anything is saved. */
export function AddCustomerForm({
  accountId,
  proposal,
  tiers,
  defaultTier,
  act,
}: {
  accountId: string;
  proposal: CustomerProposal;
  tiers: string[];
  defaultTier: string;
  act: Act;
}) {
  const send = useClient();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(proposal.name);
  const [domain, setDomain] = useState(proposal.domains[0] ?? '');
  const [email, setEmail] = useState(proposal.contact.email);
  const [contactName, setContactName] = useState(proposal.contact.name);
  const [tier, setTier] = useState(defaultTier);
  if (!open) {
    return (
      <button type="button" className="ft-primary" onClick={() => setOpen(true)}>
        Add {proposal.name} as a customer…
      </button>
    );
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // No undo here: a Gmail tab may add a customer but never delete one (least privilege);
    // the form is the review step, and Options → Customers edits or removes it.
    act(
      async () => {
        await send('customers.save', {
          accountId,
          name,
          tier,
          domains: domain.trim() ? [domain.trim()] : [],
          contacts: email.trim() ? [{ email: email.trim(), name: contactName.trim(), role: '' }] : [],
        });
        setOpen(false);
      },
      `${name} added to your customers`,
    );
  };
  return (
    <form className="ft-form" onSubmit={submit} aria-label="Add as a customer">
      <label>
        Company
        <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
      </label>
      <label>
        Domain
        <input value={domain} onChange={(e) => setDomain(e.target.value)} placeholder="acme.com" />
      </label>
      <label>
        Contact email
        <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <label>
        Contact name
        <input value={contactName} onChange={(e) => setContactName(e.target.value)} />
      </label>
      <label>
        Tier
        <select value={tier} onChange={(e) => setTier(e.target.value)}>
          {tiers.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </label>
      <span className="ft-row">
        <button type="submit" className="ft-primary">
          Save customer
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </span>
    </form>
  );
}
