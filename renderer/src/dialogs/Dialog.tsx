/** A modal dialog on the native <dialog> element: focus trap, Escape and backdrop for free. */
import { useEffect, useRef, type ReactNode } from 'react';
import { useUi } from '../state/uiStore';

export function Dialog({ title, children, footer, wide }: { title: string; children: ReactNode; footer?: ReactNode; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  const close = useUi((s) => s.closeDialog);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) {
      d.showModal();
      // showModal focuses the first focusable element (the close button); start in the body's first field instead.
      d.querySelector<HTMLElement>('.aw-dialog-body :is(input, textarea, select, button):not([disabled])')?.focus();
    }
  }, []);
  return (
    <dialog ref={ref} className={`aw-dialog${wide ? ' wide' : ''}`} aria-label={title} onClose={close} onCancel={close}>
      <header>
        <h2>{title}</h2>
        <button type="button" aria-label="Close" onClick={close}>
          ×
        </button>
      </header>
      <div className="aw-dialog-body">{children}</div>
      {footer && <footer>{footer}</footer>}
    </dialog>
  );
}
