import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useId, useState, type ReactNode } from 'react';

/**
 * A confirmation for what cannot be undone (a restore, a deletion), on Radix UI's alert
 * dialog: focus moves in and is trapped, Escape and Cancel close it, focus returns to the
 * control that opened it, and screen readers hear the title and description. With
 * `typeToConfirm`, the action stays disabled until that text is typed exactly.
 * Extension pages only: portals inside the Gmail sidebar need care (see README).
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  busyLabel = 'Working…',
  danger = false,
  typeToConfirm,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busyLabel?: string;
  danger?: boolean;
  typeToConfirm?: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}) {
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const ready = !busy && (typeToConfirm === undefined || typed.trim() === typeToConfirm);

  const close = () => {
    if (busy) return;
    setTyped('');
    setError(null);
    onClose();
  };
  async function confirm(event: { preventDefault(): void }) {
    // Radix closes on Action by default; the dialog stays until the work is done.
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      setTyped('');
      onClose();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <AlertDialog.Root open={open} onOpenChange={(next) => !next && close()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog__overlay" />
        <AlertDialog.Content className="dialog">
          <AlertDialog.Title className="dialog__title">{title}</AlertDialog.Title>
          <AlertDialog.Description asChild>
            <div className="dialog__body">{children}</div>
          </AlertDialog.Description>
          {typeToConfirm !== undefined && (
            <div className="field field--stacked">
              <label htmlFor={inputId}>
                Type <strong>{typeToConfirm}</strong> to confirm
              </label>
              <input
                id={inputId}
                value={typed}
                autoComplete="off"
                spellCheck={false}
                onChange={(e) => setTyped(e.target.value)}
                onKeyDown={(e) => e.key === 'Enter' && void confirm(e)}
              />
            </div>
          )}
          {error && (
            <p role="alert" className="outcome outcome--error">
              {error}
            </p>
          )}
          <div className="dialog__actions">
            <AlertDialog.Cancel asChild>
              <button type="button" disabled={busy}>
                Cancel
              </button>
            </AlertDialog.Cancel>
            <AlertDialog.Action asChild>
              <button
                type="button"
                className={danger ? 'button--danger' : 'button--primary'}
                disabled={!ready}
                onClick={(e) => void confirm(e)}
              >
                {busy ? busyLabel : confirmLabel}
              </button>
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
