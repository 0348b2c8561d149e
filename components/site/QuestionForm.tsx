"use client";

import { useActionState, useId } from "react";
import { ContactFields, Field, FormGuards, FormRefusal } from "./FormField";
import styles from "./Questions.module.css";

/** What the question form's server action returns when it refuses (success redirects to the code's page). */
export type QuestionFormState = { message: string; fieldErrors: Record<string, string[]>; values: Record<string, string> } | null;

type Props = {
  action: (previous: QuestionFormState, formData: FormData) => Promise<QuestionFormState>;
  topics: { id: number; name: string }[];
  token: string;
  tokenField: string;
  honeypotField: string;
  limits: { name: number; email: number; phone: number; title: number; text: number };
};

/**
 * The reader's question form: a plain HTML form posting to a server action, so it works without
 * JavaScript (the page is rendered again with the errors, or the browser follows the 303 to the code's
 * page); with JavaScript the same action runs without a page load. Every error is named beside its
 * field and summarised above the button.
 */
export function QuestionForm({ action, topics, token, tokenField, honeypotField, limits }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state?.fieldErrors ?? {};
  const values = state?.values ?? {};
  const id = useId();
  return (
    <form action={formAction} className={styles.form} noValidate aria-describedby={state ? `${id}-summary` : undefined}>
      <FormGuards id={id} token={token} tokenField={tokenField} honeypotField={honeypotField} />
      <Field id={id} name="name" label="Họ và tên" errors={errors} required>
        {(control) => <input {...control} type="text" autoComplete="name" maxLength={limits.name} defaultValue={values.name} />}
      </Field>
      <ContactFields id={id} errors={errors} values={values} limits={limits} />
      <Field id={id} name="topicId" label="Chủ đề" errors={errors} required>
        {(control) => (
          <select {...control} defaultValue={values.topicId ?? ""} key={values.topicId ?? ""}>
            <option value="">— Chọn chủ đề —</option>
            {topics.map((topic) => (
              <option key={topic.id} value={topic.id}>
                {topic.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={id} name="title" label="Tiêu đề câu hỏi" errors={errors} required hint={`Tối đa ${limits.title} ký tự.`}>
        {(control) => <input {...control} type="text" maxLength={limits.title} defaultValue={values.title} />}
      </Field>
      <Field id={id} name="text" label="Nội dung câu hỏi" errors={errors} required hint={`Tối đa ${limits.text.toLocaleString("vi-VN")} ký tự.`}>
        {(control) => <textarea {...control} rows={8} maxLength={limits.text} defaultValue={values.text} />}
      </Field>
      {state ? <FormRefusal id={id} message={state.message} general={errors._ ?? []} /> : null}
      <button type="submit" className={styles.submit} disabled={pending}>
        {pending ? "Đang gửi…" : "Gửi câu hỏi"}
      </button>
    </form>
  );
}
