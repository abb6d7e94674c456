import { useEffect, useState } from 'react';
import { OPTIONS_SECTIONS, hashFor, locationFromHash, type OptionsLocation } from '../lib/options-sections';
import { BackupPanel } from './BackupPanel';
import { CustomersPanel } from './customers/CustomersPanel';
import { DeleteData } from './options/DeleteData';
import { SettingsForm } from './SettingsForm';
import { useRequest } from './client-context';
import { reviewPagePath } from '../lib/relationship/links';

/** The section in the URL's hash, followed as links and the back button change it. */
function useHashLocation(): OptionsLocation {
  const [location, setLocation] = useState(() => locationFromHash(window.location.hash));
  useEffect(() => {
    const follow = () => setLocation(locationFromHash(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return location;
}

/** Options as a settings app: a left navigation and one section per concern (lib/options-sections.ts). */
export function OptionsApp() {
  const [settings, reloadSettings] = useRequest('settings.get', {});
  const { section, detail } = useHashLocation();
  // Bumped when a restore or a deletion changed the store, so the customer book reads it again.
  const [storeGeneration, setStoreGeneration] = useState(0);
  const reload = () => {
    reloadSettings();
    setStoreGeneration((g) => g + 1);
  };
  const title = OPTIONS_SECTIONS.find((s) => s.id === section)!.title;
  useEffect(() => {
    document.title = `${title} · Follow-through settings`;
  }, [title]);

  return (
    <div className="options-app">
      <nav className="options-nav" aria-label="Settings sections">
        <p className="options-nav__brand">Follow-through</p>
        <ul>
          {OPTIONS_SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={hashFor(s.id)} aria-current={s.id === section ? 'page' : undefined}>
                {s.title}
              </a>
            </li>
          ))}
        </ul>
        <p className="options-nav__review">
          <a href={reviewPagePath()} target="_blank" rel="noreferrer">
            Weekly review
          </a>
          <span className="hint">Promises kept, reply times, breaches and customers gone quiet, week by week</span>
        </p>
        <p className="hint">Everything here is stored on this computer only.</p>
      </nav>
      <main className="options" aria-label={title}>
        {section === 'customers' && (
          <section className="panel" aria-labelledby="customers-heading">
            <h2 id="customers-heading">Customers</h2>
            <CustomersPanel refreshKey={storeGeneration} openCustomer={detail} />
          </section>
        )}
        {section === 'data' && (
          <>
            <BackupPanel onImported={reload} />
            <DeleteData onDeleted={reload} />
          </>
        )}
        {settings.status === 'ready' && (
          // Never remounted by a settings change: "Settings saved." stays after its own save.
          <SettingsForm initial={settings.data} section={section} />
        )}
        {settings.status === 'error' && <p role="alert">Could not read settings: {settings.message}</p>}
      </main>
    </div>
  );
}
