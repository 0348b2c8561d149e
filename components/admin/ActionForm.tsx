"use client";

import { createContext, startTransition, useActionState, useContext, useEffect, useRef } from "react";
import type { ActionState } from "@/lib/actions";
import styles from "./Admin.module.css";

type Action = (previous: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;

const FieldErrors = createContext<Record<string, string[]>>({});

/**
 * A form posting to a server action that returns ActionState: shows the result message and puts
 * each field's Vietnamese error beside it (<FieldError name="…" />). What was typed stays in the
 * fields when the server refuses it; creation forms are cleared after success (resetOnSuccess).
 */
export function ActionForm({
  action,
  children,
  submitLabel,
  className,
  confirm,
  testId,
  resetOnSuccess = false,
}: {
  action: Action;
  children?: React.ReactNode;
  submitLabel: string;
  className?: string;
  confirm?: string;
  testId?: string;
  resetOnSuccess?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok && resetOnSuccess) form.current?.reset();
  }, [state, resetOnSuccess]);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    // Submitting by hand keeps React from resetting the fields after a refused submission.
    event.preventDefault();
    if (confirm && !window.confirm(confirm)) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(data));
  }

  return (
    <form ref={form} action={formAction} onSubmit={submit} className={className ?? styles.form} noValidate data-testid={testId}>
      <FieldErrors.Provider value={state && !state.ok ? (state.fieldErrors ?? {}) : {}}>{children}</FieldErrors.Provider>
      {/* The last result goes while the next submission runs: a "Đã lưu" on screen is always the latest one's. */}
      {state && !pending ? (
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

/** The server's messages for one field of the enclosing form, if its last submission was refused. */
export function useFieldErrors(name: string): string[] | undefined {
  return useContext(FieldErrors)[name];
}

export function FieldError({ id, name }: { id: string; name: string }) {
  const messages = useFieldErrors(name);
  return (
    <span className={styles.fieldError} id={id} role={messages?.length ? "alert" : undefined}>
      {messages?.join(". ")}
    </span>
  );
}
