import { BackupPanel } from './BackupPanel';
import { EmptyState } from './EmptyState';
import { SettingsForm } from './SettingsForm';
import { useRequest } from './client-context';

export function OptionsApp() {
  const [settings, reloadSettings] = useRequest('settings.get', {});
  const [counts, reloadCounts] = useRequest('store.counts', {});
  const reload = () => {
    reloadSettings();
    reloadCounts();
  };
  return (
    <main className="options">
      <header>
        <h1>Follow-through settings</h1>
        <p className="hint">Everything here is stored on this computer only.</p>
      </header>
      <section className="panel" aria-labelledby="customers-heading">
        <h2 id="customers-heading">Customers</h2>
        {counts.status === 'ready' && counts.data.customers > 0 ? (
          <p data-testid="customer-count">
            {counts.data.customers} customers with {counts.data.contacts} contacts.
          </p>
        ) : (
          <EmptyState title="No customers yet">
            Your customer book will live here: companies, their domains and contacts. Until then,
            restore a backup below.
          </EmptyState>
        )}
      </section>
      {settings.status === 'ready' && (
        <SettingsForm key={JSON.stringify(settings.data)} initial={settings.data} />
      )}
      {settings.status === 'error' && <p role="alert">Could not read settings: {settings.message}</p>}
      <BackupPanel onImported={reload} />
    </main>
  );
}
