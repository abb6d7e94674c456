import { useState, type ChangeEvent } from 'react';
import { backupFilename, restoreBackupFile, writeBackup } from '../lib/backup-file';
import { openDatabase, type FollowThroughDB } from '../lib/db/database';
import { useClient, useRequest } from './client-context';
import { downloadBlob } from './download';

let pageDatabase: FollowThroughDB | null = null;
/** The options page's own handle on the store: backups never travel as one message. */
const defaultDatabase = () => (pageDatabase ??= openDatabase());

type Outcome = { kind: 'done' | 'error'; text: string } | null;

/**
 * Export and restore, straight between IndexedDB and a file, so that a backup of any size
 * works (lib/backup-file.ts); the background is then told to finish its recomputes.
 */
export function BackupPanel({ onImported, db = defaultDatabase() }: { onImported?: () => void; db?: FollowThroughDB }) {
  const send = useClient();
  const [accounts] = useRequest('accounts.list', {});
  const [scope, setScope] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  async function exportNow() {
    setBusy(true);
    try {
      const now = new Date();
      // Pieces go into a Blob as they come: the page never holds the whole text.
      let blob = new Blob([], { type: 'application/json' });
      await writeBackup(db, { accountId: scope || undefined, now }, (piece) => {
        blob = new Blob([blob, piece], { type: 'application/json' });
      });
      const filename = backupFilename(now, scope || undefined);
      downloadBlob(filename, blob);
      setOutcome({ kind: 'done', text: `Saved ${filename}.` });
    } catch (err) {
      setOutcome({ kind: 'error', text: (err as Error).message });
    } finally {
      setBusy(false);
    }
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    try {
      const summary = await restoreBackupFile(db, file);
      // The restore is complete; the background recomputes clocks and the badge on its own
      // time (or at its next alarm, if this message is lost), so the page does not wait.
      void send('store.changed').catch(() => undefined);
      const n = summary.accounts.length;
      setOutcome({
        kind: 'done',
        text:
          `Restored ${n} account${n === 1 ? '' : 's'} from ${file.name}: ` +
          `${summary.counts.customers} customers, ${summary.counts.threads} threads, ` +
          `${summary.counts.followUps} follow-ups` +
          (summary.settingsRestored ? ', and your settings.' : '.'),
      });
      onImported?.();
    } catch (err) {
      setOutcome({ kind: 'error', text: (err as Error).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="backup-heading" className="panel">
      <h2 id="backup-heading">Backup</h2>
      <p className="hint">
        A backup is a JSON file with your customers, threads, follow-ups and settings. It never
        holds an email body. Restoring replaces the accounts in the file; other accounts stay as
        they are.
      </p>
      <div className="row">
        <label>
          Export{' '}
          <select value={scope} onChange={(e) => setScope(e.target.value)} aria-label="Accounts to export">
            <option value="">All accounts</option>
            {accounts.status === 'ready' &&
              accounts.data.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.id}
                </option>
              ))}
          </select>
        </label>
        <button type="button" onClick={exportNow} disabled={busy}>
          Export backup
        </button>
        <label className="button">
          Import backup…
          <input
            type="file"
            accept="application/json,.json"
            onChange={importFile}
            disabled={busy}
            data-testid="backup-file"
            hidden
          />
        </label>
      </div>
      {outcome && (
        <p role={outcome.kind === 'error' ? 'alert' : 'status'} className={`outcome outcome--${outcome.kind}`}>
          {outcome.text}
        </p>
      )}
    </section>
  );
}
