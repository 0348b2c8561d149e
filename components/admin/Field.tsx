import { useId } from "react";
import { FieldError } from "./ActionForm";
import styles from "./Admin.module.css";

type Common = { name: string; label: string; hint?: string };

/** Label, control, hint and the field's error underneath; the hint and error describe the control. */
function FieldShell({ label, hint, name, children }: Common & { children: (ids: { id: string; describedBy: string }) => React.ReactNode }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy: hint ? `${hintId} ${errorId}` : errorId })}
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
      {({ id, describedBy }) => <input id={id} name={name} aria-describedby={describedBy} {...input} />}
    </FieldShell>
  );
}

export function TextArea({ label, hint, name, ...input }: React.TextareaHTMLAttributes<HTMLTextAreaElement> & Common) {
  return (
    <FieldShell label={label} hint={hint} name={name}>
      {({ id, describedBy }) => <textarea id={id} name={name} aria-describedby={describedBy} {...input} />}
    </FieldShell>
  );
}

export function SelectField({
  label,
  name,
  options,
  defaultValue,
  hint,
}: Common & { options: { value: string; label: string }[]; defaultValue?: string }) {
  return (
    <FieldShell label={label} hint={hint} name={name}>
      {({ id, describedBy }) => (
        <select id={id} name={name} defaultValue={defaultValue} aria-describedby={describedBy}>
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
