import type { ReactNode } from 'react';
import type { OptionsSection } from '../lib/options-sections';
import { useRequest } from './client-context';

export const GMAIL_URL = 'https://mail.google.com/';

interface Step {
  id: string;
  title: string;
  done: boolean;
  /** Said when done: what Follow-through now knows. */
  doneText?: string;
  body: ReactNode;
  link: { href: string; label: string };
}

/**
 * The first screen after install: four steps to a working setup, each ticked as soon as the
 * store shows it done (the change feed reloads every request), so the page keeps up while the
 * user works through it in other tabs.
 */
export function WelcomeApp({ optionsUrl }: { optionsUrl: (section: OptionsSection) => string }) {
  const [accounts] = useRequest('accounts.list', {});
  const [settings] = useRequest('settings.get', {});
  const [counts] = useRequest('store.counts', {});
  const [status] = useRequest('integration.status', {});

  const seen = accounts.status === 'ready' ? accounts.data.map((a) => a.id) : [];
  const domains = settings.status === 'ready' ? settings.data.ownDomains : [];
  const customers = counts.status === 'ready' ? counts.data.customers : 0;
  const connectedAs =
    status.status === 'ready' && status.data.state === 'connected' ? status.data.accountId : null;

  const steps: Step[] = [
    {
      id: 'account',
      title: 'Your Gmail account',
      done: seen.length > 0,
      doneText: `Seen: ${seen.join(', ')}`,
      body: 'Sign in to Gmail in this browser. Each account you use keeps its own customers and follow-ups.',
      link: { href: GMAIL_URL, label: 'Sign in to Gmail' },
    },
    {
      id: 'domains',
      title: 'Your own domains',
      done: domains.length > 0,
      doneText: domains.join(', '),
      body: 'Mail from your colleagues is internal: it never starts a reply clock.',
      link: { href: optionsUrl('mail'), label: 'Add your domains' },
    },
    {
      id: 'customers',
      title: 'Import your customers',
      done: customers > 0,
      doneText: `${customers} customer${customers === 1 ? '' : 's'} in your book`,
      body: 'A CSV from HubSpot, Salesforce or Google Contacts, or one by one. Only known customers start a reply clock.',
      link: { href: optionsUrl('customers'), label: 'Import customers' },
    },
    {
      id: 'gmail',
      title: 'Open Gmail',
      done: connectedAs !== null,
      doneText: `Connected as ${connectedAs}`,
      body: 'Follow-through shows the customer, the reply clock and your promises beside each thread.',
      link: { href: GMAIL_URL, label: 'Open Gmail' },
    },
  ];
  const done = steps.filter((s) => s.done).length;
  // The first step still to do is the one to take now: its link is the primary button.
  const next = steps.find((s) => !s.done)?.id;

  return (
    <main className="welcome">
      <header>
        <h1>Welcome to Follow-through</h1>
        <p className="welcome__lead">
          No customer waits too long, no promise slips. Four steps and you are set; everything stays
          on this computer.
        </p>
        <p className="welcome__progress" data-testid="welcome-progress">
          {done === steps.length
            ? 'All set. The toolbar badge will tell you when someone needs you.'
            : `${done} of ${steps.length} done`}
        </p>
      </header>
      <ol className="welcome__steps">
        {steps.map((s) => (
          <li
            key={s.id}
            className={`welcome__step${s.done ? ' welcome__step--done' : ''}`}
            data-testid={`step-${s.id}`}
          >
            {/* The tick is a word for screen readers, not only a mark. */}
            <span className="welcome__tick" aria-hidden="true">
              {s.done ? '✓' : ''}
            </span>
            <div>
              <h2>
                {s.title}
                <span className="visually-hidden">{s.done ? ' (done)' : ' (to do)'}</span>
              </h2>
              <p className="ft-hint">{s.done && s.doneText ? s.doneText : s.body}</p>
              <a
                href={s.link.href}
                className={s.id === next ? 'welcome__next' : undefined}
                target={s.link.href.startsWith('http') ? '_blank' : undefined}
                rel="noreferrer"
              >
                {s.link.label}
              </a>
            </div>
          </li>
        ))}
      </ol>
    </main>
  );
}
