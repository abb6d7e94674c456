import { useState } from 'react';
import { BackupPanel } from './BackupPanel';
import { IntegrationStatus } from './IntegrationStatus';
import { CustomersPanel } from './customers/CustomersPanel';
import { SettingsForm } from './SettingsForm';
import { useRequest } from './client-context';
import { reviewPagePath } from '../lib/relationship/links';

export function OptionsApp() {
  const [settings, reloadSettings] = useRequest('settings.get', {});
  // Bumped when a backup restore changed the store, so the customer book reads it again.
  const [storeGeneration, setStoreGeneration] = useState(0);
  const reload = () => {
    reloadSettings();
    setStoreGeneration((g) => g + 1);
  };
  return (
    <main className="options">
      <header>
        <h1>Follow-through settings</h1>
        <p className="hint">Everything here is stored on this computer only.</p>
        <p>
          <a href={reviewPagePath()} target="_blank" rel="noreferrer">
            Weekly review
          </a>{' '}
          <span className="hint">· promises kept, reply times, breaches and customers gone quiet, week by week</span>
        </p>
        <IntegrationStatus />
      </header>
      <section id="customers" className="panel" aria-labelledby="customers-heading">
        <h2 id="customers-heading">Customers</h2>
        <CustomersPanel refreshKey={storeGeneration} />
      </section>
      {settings.status === 'ready' && (
        <SettingsForm key={JSON.stringify(settings.data)} initial={settings.data} />
      )}
      {settings.status === 'error' && <p role="alert">Could not read settings: {settings.message}</p>}
      <BackupPanel onImported={reload} />
    </main>
  );
}
