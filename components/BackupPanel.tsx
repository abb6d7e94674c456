import { useRef, useState, type ChangeEvent } from 'react';
import { backupFilename, prepareBackupFile, writeBackup, type PreparedBackup } from '../lib/backup-file';
import { previewBackup, type BackupPreview } from '../lib/backup-preview';
import { openDatabase, type FollowThroughDB } from '../lib/db/database';
import { ConfirmDialog } from './ConfirmDialog';
import { useClient, useRequest } from './client-context';
import { downloadBlob } from './download';

let pageDatabase: FollowThroughDB | null = null;
/** The options page's own handle on the store: backups never travel as one message. */
const defaultDatabase = () => (pageDatabase ??= openDatabase());

type Outcome = { kind: 'done' | 'error'; text: string } | null;
type Pending = { file: string; prepared: PreparedBackup; preview: BackupPreview };

/**
 * Export and restore, straight between IndexedDB and a file, so that a backup of any size
 * works (lib/backup-file.ts). A restore is checked and previewed first (what it replaces,
 * table by table, and which settings), and changes nothing until confirmed; the background
 * is then told to finish its recomputes.
 */
export function BackupPanel({ onImported, db = defaultDatabase() }: { onImported?: () => void; db?: FollowThroughDB }) {
  const send = useClient();
  const [accounts] = useRequest('accounts.list', {});
  const [scope, setScope] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

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

  async function fileChosen(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    try {
      const prepared = await prepareBackupFile(db, file);
      setPending({ file: file.name, prepared, preview: await previewBackup(db, prepared) });
    } catch (err) {
      setOutcome({ kind: 'error', text: (err as Error).message });
    } finally {
      setBusy(false);
    }
  }

  async function restore() {
    if (!pending) return;
    const summary = await pending.prepared.commit();
    // The restore is complete; the background recomputes clocks and the badge on its own
    // time (or at its next alarm, if this message is lost), so the page does not wait.
    void send('store.changed').catch(() => undefined);
    const n = summary.accounts.length;
    setOutcome({
      kind: 'done',
      text:
        `Restored ${n} account${n === 1 ? '' : 's'} from ${pending.file}: ` +
        `${summary.counts.customers} customers, ${summary.counts.threads} threads, ` +
        `${summary.counts.followUps} follow-ups` +
        (summary.settingsRestored ? ', and your settings.' : '.'),
    });
    onImported?.();
  }

  function cancelRestore() {
    void pending?.prepared.discard();
    setPending(null);
  }

  return (
    <section aria-labelledby="backup-heading" className="panel">
      <h2 id="backup-heading">Backup</h2>
      <p className="hint">
        A backup is a JSON file with your customers, threads, follow-ups and settings. It never holds an email
        body. Restoring replaces the accounts in the file; other accounts stay as they are. You see what it replaces
        before anything changes.
      </p>
      <div className="row">
        <label htmlFor="export-scope">Export</label>
        <select id="export-scope" value={scope} onChange={(e) => setScope(e.target.value)}>
          <option value="">All accounts</option>
          {accounts.status === 'ready' &&
            accounts.data.map((a) => (
              <option key={a.id} value={a.id}>
                {a.id}
              </option>
            ))}
        </select>
        <button type="button" onClick={exportNow} disabled={busy}>
          Export backup
        </button>
        <button type="button" onClick={() => fileInput.current?.click()} disabled={busy}>
          Import backup…
        </button>
        {/* Reached through the button above: a label around a hidden input is not keyboard-reachable. */}
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          onChange={fileChosen}
          data-testid="backup-file"
          tabIndex={-1}
          aria-hidden="true"
          hidden
        />
      </div>
      {outcome && (
        <p role={outcome.kind === 'error' ? 'alert' : 'status'} className={`outcome outcome--${outcome.kind}`}>
          {outcome.text}
        </p>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={`Restore ${pending?.file ?? 'backup'}?`}
        confirmLabel="Replace with the backup"
        busyLabel="Restoring…"
        danger
        onConfirm={restore}
        onClose={cancelRestore}
      >
        {pending && <RestorePreview preview={pending.preview} />}
      </ConfirmDialog>
    </section>
  );
}

function RestorePreview({ preview }: { preview: BackupPreview }) {
  return (
    <>
      <p>
        {preview.accounts.map((a, i) => (
          <span key={a.id}>
            {i > 0 && ', '}
            <strong>{a.id}</strong> {a.exists ? '(replaced)' : '(new here)'}
          </span>
        ))}
        .{' '}
        {preview.untouched.length > 0 && `Left as they are: ${preview.untouched.join(', ')}.`}
      </p>
      <table className="data-table">
        <caption className="visually-hidden">Rows of these accounts now and in the backup</caption>
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col" className="num">
              Here now
            </th>
            <th scope="col" className="num">
              In the backup
            </th>
          </tr>
        </thead>
        <tbody>
          {preview.tables.map((t) => (
            <tr key={t.table}>
              <th scope="row">{t.label}</th>
              <td className="num">{t.now.toLocaleString('en')}</td>
              <td className="num">{t.file.toLocaleString('en')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {preview.settingsChanged === null
          ? 'The backup has no settings: yours stay as they are.'
          : preview.settingsChanged.length === 0
            ? 'Settings: the backup’s are the same as yours.'
            : `Settings replaced: ${preview.settingsChanged.join(', ')}.`}
      </p>
      <p>This cannot be undone. Export a backup first if you may want today’s data back.</p>
    </>
  );
}
