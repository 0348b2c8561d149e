"use client";

import { useActionState, useId } from "react";
import { ContactFields, Field, FormGuards, FormRefusal } from "./FormField";
import styles from "./Questions.module.css";

/** What the comment form's server action returns when it refuses (success redirects to the receipt). */
export type CommentFormState = { message: string; fieldErrors: Record<string, string[]>; values: Record<string, string> } | null;

type Props = {
  action: (previous: CommentFormState, formData: FormData) => Promise<CommentFormState>;
  token: string;
  tokenField: string;
  honeypotField: string;
  limits: { name: number; organisation: number; email: number; phone: number; section: number; text: number };
};

/**
 * A reader's comment on a draft: a plain HTML form posting to a server action, so it works without
 * JavaScript (the page comes back with the errors, or the browser follows the 303 to the receipt);
 * with JavaScript the same action runs without a page load. Errors are named beside their fields.
 */
export function CommentForm({ action, token, tokenField, honeypotField, limits }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state?.fieldErrors ?? {};
  const values = state?.values ?? {};
  const id = useId();
  return (
    <form action={formAction} className={styles.form} noValidate aria-describedby={state ? `${id}-summary` : undefined}>
      <FormGuards id={id} token={token} tokenField={tokenField} honeypotField={honeypotField} />
      <div className={styles.row}>
        <Field id={id} name="name" label="Họ và tên" errors={errors} required>
          {(control) => <input {...control} type="text" autoComplete="name" maxLength={limits.name} defaultValue={values.name} />}
        </Field>
        <Field id={id} name="organisation" label="Cơ quan, đơn vị" errors={errors}>
          {(control) => <input {...control} type="text" autoComplete="organization" maxLength={limits.organisation} defaultValue={values.organisation} />}
        </Field>
      </div>
      <ContactFields id={id} errors={errors} values={values} limits={limits} />
      <Field id={id} name="section" label="Góp ý cho điều, khoản, mục" errors={errors} hint="Ví dụ: Điều 5, khoản 2. Để trống nếu góp ý chung.">
        {(control) => <input {...control} type="text" maxLength={limits.section} defaultValue={values.section} />}
      </Field>
      <Field id={id} name="text" label="Nội dung góp ý" errors={errors} required hint={`Tối đa ${limits.text.toLocaleString("vi-VN")} ký tự.`}>
        {(control) => <textarea {...control} rows={10} maxLength={limits.text} defaultValue={values.text} />}
      </Field>
      {state ? <FormRefusal id={id} message={state.message} general={errors._ ?? []} /> : null}
      <button type="submit" className={styles.submit} disabled={pending}>
        {pending ? "Đang gửi…" : "Gửi góp ý"}
      </button>
    </form>
  );
}
