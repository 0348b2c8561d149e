"use client";

import type { JSONContent } from "@tiptap/react";
import { startTransition, useActionState, useState } from "react";
import { RichTextEditor } from "@/components/editor/RichTextEditor";
import styles from "./Admin.module.css";

export type ModerationState = { ok: false; message: string; fieldErrors?: Record<string, string[]> } | null;

type Props = {
  action: (previous: ModerationState, formData: FormData) => Promise<ModerationState>;
  question: {
    id: number;
    updatedAt: string;
    status: string;
    topicId: number;
    title: string;
    text: string;
    answer: JSONContent | null;
    assignedUnit: string | null;
    assigneeId: number | null;
    refusalReason: string | null;
  };
  topics: { id: number; name: string }[];
  staff: { id: number; displayName: string }[];
};

/**
 * The moderation form of one question: the wording as it will be published, the topic, who answers
 * it, the answer in the article editor, and the buttons that save, publish, unpublish or refuse it.
 * The server answers a refusal with the field errors shown here; success reloads the page.
 */
export function QuestionModeration({ action, question, topics, staff }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const [answer, setAnswer] = useState<string>(question.answer ? JSON.stringify(question.answer) : "");
  const errors = state?.fieldErrors ?? {};
  const error = (name: string) =>
    errors[name]?.length ? (
      <span className={styles.fieldError} id={`loi-${name}`} role="alert">
        {errors[name]!.join(". ")}
      </span>
    ) : null;
  const described = (name: string) => (errors[name]?.length ? { "aria-describedby": `loi-${name}`, "aria-invalid": true as const } : {});
  function submit(event: React.FormEvent<HTMLFormElement>) {
    // Submitting by hand keeps React from resetting the fields after a refused submission.
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(data));
  }
  return (
    <form action={formAction} onSubmit={submit} className={styles.form} noValidate data-testid="question-moderation">
      <input type="hidden" name="id" value={question.id} />
      <input type="hidden" name="expectedUpdatedAt" value={question.updatedAt} />
      <input type="hidden" name="answer" value={answer} />
      <div className={styles.field}>
        <label htmlFor="q-topic">Chủ đề</label>
        <select id="q-topic" name="topicId" defaultValue={question.topicId} {...described("topicId")}>
          {topics.map((topic) => (
            <option key={topic.id} value={topic.id}>
              {topic.name}
            </option>
          ))}
        </select>
        {error("topicId")}
      </div>
      <div className={styles.field}>
        <label htmlFor="q-title">Tiêu đề câu hỏi (bản đăng)</label>
        <input id="q-title" name="title" defaultValue={question.title} {...described("title")} />
        {error("title")}
      </div>
      <div className={styles.field}>
        <label htmlFor="q-text">Nội dung câu hỏi (bản đăng)</label>
        <textarea id="q-text" name="text" rows={8} defaultValue={question.text} {...described("text")} />
        {error("text")}
      </div>
      <div className={styles.field}>
        <label htmlFor="q-unit">Đơn vị trả lời</label>
        <input id="q-unit" name="assignedUnit" defaultValue={question.assignedUnit ?? ""} {...described("assignedUnit")} />
        {error("assignedUnit")}
      </div>
      <div className={styles.field}>
        <label htmlFor="q-assignee">Người trả lời</label>
        <select id="q-assignee" name="assigneeId" defaultValue={question.assigneeId ?? ""} {...described("assigneeId")}>
          <option value="">— Chưa phân công —</option>
          {staff.map((person) => (
            <option key={person.id} value={person.id}>
              {person.displayName}
            </option>
          ))}
        </select>
        {error("assigneeId")}
      </div>
      <div className={styles.field}>
        <span id="q-answer-label">Câu trả lời</span>
        <RichTextEditor
          initialContent={question.answer ?? { type: "doc", content: [] }}
          editable
          label="Câu trả lời"
          invalid={Boolean(errors.answer?.length)}
          describedBy={errors.answer?.length ? "loi-answer" : undefined}
          onChange={(json, text, changed) => {
            if (changed) setAnswer(text.trim() ? JSON.stringify(json) : "");
          }}
        />
        {error("answer")}
      </div>
      <div className={styles.field}>
        <label htmlFor="q-reason">Lý do không tiếp nhận (người hỏi sẽ thấy)</label>
        <textarea id="q-reason" name="refusalReason" rows={2} defaultValue={question.refusalReason ?? ""} {...described("refusalReason")} />
        {error("refusalReason")}
      </div>
      {state && !pending ? (
        <p role="alert" className="form-error">
          {state.message}
        </p>
      ) : null}
      <div className={styles.grid}>
        <button type="submit" name="intent" value="save" className="button" disabled={pending}>
          Lưu
        </button>
        {question.status !== "PUBLISHED" ? (
          <button type="submit" name="intent" value="publish" className="button primary" disabled={pending}>
            Lưu và đăng
          </button>
        ) : (
          <button type="submit" name="intent" value="unpublish" className="button" disabled={pending}>
            Gỡ khỏi trang Hỏi đáp
          </button>
        )}
        <button type="submit" name="intent" value="refuse" className="button" disabled={pending}>
          Không tiếp nhận
        </button>
      </div>
    </form>
  );
}
