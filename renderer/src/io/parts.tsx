/** Pieces the import, template and layout dialogs share. */
import { MessageText } from '../panels/MessageText';
import type { ReactNode } from 'react';

/** A progress bar for the ELK layout: indeterminate until the worker reports a fraction. */
export function LayoutProgress({ label, fraction }: { label: string; fraction?: number }) {
  const known = fraction !== undefined && fraction > 0;
  return (
    <div className="aw-io-progress" role="status">
      <span>{label}</span>
      <progress aria-label={label} max={1} {...(known ? { value: fraction } : {})} />
    </div>
  );
}

/**
 * Replacing the document clears its undo history, so unsaved changes would be gone for good:
 * the dialogs ask first.
 */
export function ReplaceConfirm({ what, onConfirm, onCancel }: { what: string; onConfirm: () => void; onCancel: () => void }) {
  return (
    <div className="aw-io-confirm" role="alertdialog" aria-label="Unsaved changes">
      <p>The current design has unsaved changes. {what} replaces it, and this cannot be undone.</p>
      <div>
        <button type="button" onClick={onCancel}>
          Keep editing
        </button>
        <button type="button" className="danger" onClick={onConfirm} autoFocus>
          Discard changes
        </button>
      </div>
    </div>
  );
}

export function ErrorText({ children }: { children: ReactNode }) {
  return (
    <div className="aw-io-error" role="alert">
      {typeof children === 'string' ? <MessageText text={children} /> : children}
    </div>
  );
}
