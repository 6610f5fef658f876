import { useEffect, useRef, type ReactNode } from "react";
import { useT } from "../i18n/I18n.js";

/**
 * A modal question (native <dialog>: focus moves into it, Escape closes it, and focus returns to the
 * button that opened it).
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  onConfirm,
  onClose,
  pending,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  pending?: boolean;
}) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      // Start on the harmless choice: Enter must not revoke or disable by accident.
      cancel.current?.focus();
    }
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} aria-labelledby="dialog-title" onClose={onClose} className="dialog">
      <h2 id="dialog-title">{title}</h2>
      {children}
      <p className="actions">
        <button type="button" className="danger" onClick={onConfirm} disabled={pending}>
          {confirmLabel}
        </button>
        <button type="button" className="secondary" onClick={onClose} ref={cancel}>
          {t("common.cancel")}
        </button>
      </p>
    </dialog>
  );
}
