import { FieldError } from "./ActionForm";
import styles from "./Admin.module.css";

type InputProps = React.InputHTMLAttributes<HTMLInputElement> & { name: string; label: string; hint?: string };

/** A labelled input with its hint and its error message underneath. */
export function TextField({ label, hint, name, ...input }: InputProps) {
  return (
    <label className={styles.field}>
      <span>{label}</span>
      <input name={name} aria-describedby={`${name}-error`} {...input} />
      {hint ? <span className={styles.hint}>{hint}</span> : null}
      <FieldError name={name} />
    </label>
  );
}

export function TextArea({ label, hint, name, ...input }: React.TextareaHTMLAttributes<HTMLTextAreaElement> & { name: string; label: string; hint?: string }) {
  return (
    <label className={styles.field}>
      <span>{label}</span>
      <textarea name={name} aria-describedby={`${name}-error`} {...input} />
      {hint ? <span className={styles.hint}>{hint}</span> : null}
      <FieldError name={name} />
    </label>
  );
}

export function SelectField({
  label,
  name,
  options,
  defaultValue,
  hint,
}: {
  label: string;
  name: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  hint?: string;
}) {
  return (
    <label className={styles.field}>
      <span>{label}</span>
      <select name={name} defaultValue={defaultValue} aria-describedby={`${name}-error`}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint ? <span className={styles.hint}>{hint}</span> : null}
      <FieldError name={name} />
    </label>
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
