"use client";

import { createContext, useActionState, useContext } from "react";
import type { ActionState } from "@/lib/actions";
import styles from "./Admin.module.css";

type Action = (previous: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;

const FieldErrors = createContext<Record<string, string[]>>({});

/**
 * A form posting to a server action that returns ActionState: shows the result message and puts
 * each field's Vietnamese error beside it (<FieldError name="…" />).
 */
export function ActionForm({
  action,
  children,
  submitLabel,
  className,
  confirm,
  testId,
}: {
  action: Action;
  children?: React.ReactNode;
  submitLabel: string;
  className?: string;
  confirm?: string;
  testId?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form
      action={formAction}
      className={className ?? styles.form}
      noValidate
      data-testid={testId}
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      <FieldErrors.Provider value={state && !state.ok ? (state.fieldErrors ?? {}) : {}}>{children}</FieldErrors.Provider>
      {state ? (
        <p role={state.ok ? "status" : "alert"} className={state.ok ? styles.success : "form-error"}>
          {state.ok ? (state.message ?? "Đã lưu.") : state.message}
        </p>
      ) : null}
      <div>
        <button type="submit" className="button primary" disabled={pending}>
          {pending ? "Đang xử lý…" : submitLabel}
        </button>
      </div>
    </form>
  );
}

export function FieldError({ name }: { name: string }) {
  const messages = useContext(FieldErrors)[name];
  if (!messages?.length) return null;
  return (
    <span className={styles.fieldError} id={`${name}-error`} role="alert">
      {messages.join(". ")}
    </span>
  );
}
