import styles from "./Questions.module.css";

type Control = { id: string; name: string; "aria-describedby"?: string; "aria-invalid"?: true; required?: boolean };

/**
 * One field of a reader's form (a question, a comment on a draft): its label, its hint and its errors
 * tied to the control by aria-describedby, so a screen reader hears why a field was refused.
 */
export function Field({
  id,
  name,
  label,
  hint,
  errors,
  required,
  children,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  errors: Record<string, string[]>;
  required?: boolean;
  children: (control: Control) => React.ReactNode;
}) {
  const controlId = `${id}-${name}`;
  const messages = errors[name] ?? [];
  const describedBy = [hint ? `${controlId}-hint` : "", messages.length ? `${controlId}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className={styles.field}>
      <label htmlFor={controlId}>
        {label}
        {required ? " (bắt buộc)" : ""}
      </label>
      {children({
        id: controlId,
        name,
        required,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(messages.length ? { "aria-invalid": true } : {}),
      })}
      {hint ? (
        <span id={`${controlId}-hint`} className={styles.hint}>
          {hint}
        </span>
      ) : null}
      {messages.length ? (
        <p id={`${controlId}-error`} className={styles.error}>
          {messages.join(". ")}
        </p>
      ) : null}
    </div>
  );
}
