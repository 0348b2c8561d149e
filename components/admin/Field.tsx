"use client";

import { useId } from "react";
import { FieldError, useFieldErrors } from "./ActionForm";
import styles from "./Admin.module.css";

type Common = { name: string; label: string; hint?: string };

type ControlProps = { id: string; "aria-describedby": string; "aria-invalid": true | undefined };

/**
 * Label, control, hint and the field's error underneath; the hint and error describe the control,
 * which is marked invalid while the error shows.
 */
function FieldShell({ label, hint, name, children }: Common & { children: (control: ControlProps) => React.ReactNode }) {
  const id = useId();
  const invalid = Boolean(useFieldErrors(name)?.length) || undefined;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      {children({ id, "aria-describedby": hint ? `${hintId} ${errorId}` : errorId, "aria-invalid": invalid })}
      {hint ? (
        <span className={styles.hint} id={hintId}>
          {hint}
        </span>
      ) : null}
      <FieldError id={errorId} name={name} />
    </div>
  );
}

export function TextField({ label, hint, name, ...input }: React.InputHTMLAttributes<HTMLInputElement> & Common) {
  return (
    <FieldShell label={label} hint={hint} name={name}>
      {(control) => <input {...control} name={name} {...input} />}
    </FieldShell>
  );
}

export function TextArea({ label, hint, name, ...input }: React.TextareaHTMLAttributes<HTMLTextAreaElement> & Common) {
  return (
    <FieldShell label={label} hint={hint} name={name}>
      {(control) => <textarea {...control} name={name} {...input} />}
    </FieldShell>
  );
}

export function SelectField({ label, name, options, defaultValue, hint }: Common & { options: { value: string; label: string }[]; defaultValue?: string }) {
  return (
    <FieldShell label={label} hint={hint} name={name}>
      {(control) => (
        <select {...control} name={name} defaultValue={defaultValue}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

export function Checkbox({ label, name, defaultChecked }: { label: string; name: string; defaultChecked?: boolean }) {
  return (
    <label className={styles.check}>
      <input type="checkbox" name={name} defaultChecked={defaultChecked} />
      <span>{label}</span>
    </label>
  );
}
