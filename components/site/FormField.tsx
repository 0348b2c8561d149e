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

/** The hidden parts of every public form: its signed time token and the honeypot only bots fill in. */
export function FormGuards({ id, token, tokenField, honeypotField }: { id: string; token: string; tokenField: string; honeypotField: string }) {
  return (
    <>
      <input type="hidden" name={tokenField} value={token} />
      <div className={styles.trap} aria-hidden="true">
        <label htmlFor={`${id}-trap`}>Trang web (để trống)</label>
        <input id={`${id}-trap`} type="text" name={honeypotField} tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
    </>
  );
}

/** Why the server refused the form, announced when it shows; messages not tied to a field under it. */
export function FormRefusal({ id, message, general }: { id: string; message: string; general: string[] }) {
  return (
    <div id={`${id}-summary`} role="alert">
      <p className={styles.summary}>{message}</p>
      {general
        .filter((line) => line !== message)
        .map((line) => (
          <p key={line} className={styles.error}>
            {line}
          </p>
        ))}
    </div>
  );
}

/** A sender's e-mail and phone, one of them required (lib/public-forms/contact.ts), never shown publicly. */
export function ContactFields({
  id,
  errors,
  values,
  limits,
}: {
  id: string;
  errors: Record<string, string[]>;
  values: Record<string, string>;
  limits: { email: number; phone: number };
}) {
  return (
    <div className={styles.row}>
      <Field id={id} name="email" label="E-mail" errors={errors} hint="Nhập e-mail hoặc số điện thoại; không hiển thị công khai.">
        {(control) => <input {...control} type="email" autoComplete="email" maxLength={limits.email} defaultValue={values.email} />}
      </Field>
      <Field id={id} name="phone" label="Số điện thoại" errors={errors}>
        {(control) => <input {...control} type="tel" autoComplete="tel" maxLength={limits.phone} defaultValue={values.phone} />}
      </Field>
    </div>
  );
}
