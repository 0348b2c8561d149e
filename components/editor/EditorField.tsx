import { useId } from "react";
import styles from "./Editor.module.css";

export type FieldErrors = Record<string, string[]>;

/** What the control needs to be named by its label and described by its hint and error. */
export type FieldControl = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

/** The messages for a field; "body" gathers the errors of every part of the body. */
export function fieldMessages(errors: FieldErrors, name: string): string[] {
  const messages = name === "body" ? Object.entries(errors).flatMap(([key, list]) => (key.startsWith("body") ? list : [])) : (errors[name] ?? []);
  return [...new Set(messages)];
}

export function FieldError({ errors, name, id = `${name}-error` }: { errors: FieldErrors; name: string; id?: string }) {
  const messages = fieldMessages(errors, name);
  return messages.length ? (
    <span id={id} className={styles.fieldError}>
      {messages.join(" ")}
    </span>
  ) : null;
}

/**
 * Label, control, hint and error, with the error outside the label so that a screen reader reads it
 * once (as the control's description), not twice (in its name as well).
 */
export function EditorField({
  name,
  label,
  errors,
  hint,
  children,
}: {
  name: string;
  label: string;
  errors: FieldErrors;
  hint?: React.ReactNode;
  children: (control: FieldControl) => React.ReactNode;
}) {
  const id = useId();
  const invalid = fieldMessages(errors, name).length > 0;
  const describedBy = [hint ? `${id}-hint` : null, invalid ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      {children({ id, ...(invalid ? { "aria-invalid": true as const } : {}), ...(describedBy ? { "aria-describedby": describedBy } : {}) })}
      {hint ? <small id={`${id}-hint`}>{hint}</small> : null}
      <FieldError errors={errors} name={name} id={`${id}-error`} />
    </div>
  );
}
