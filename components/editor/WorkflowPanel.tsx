"use client";

import Link from "next/link";
import { useState } from "react";
import type { TransitionAction } from "@/lib/people/policy";
import { transitionArticle } from "./api";
import { EditorField } from "./EditorField";
import styles from "./Editor.module.css";

const LABELS: Record<TransitionAction, string> = {
  "article.submit": "Gửi duyệt",
  "article.publish": "Duyệt và đăng ngay",
  "article.schedule": "Hẹn giờ đăng",
  "article.unpublish": "Gỡ bài",
  "article.return": "Trả lại phóng viên",
};

/** Steps readers see at once are asked again, as Ghost and WordPress do before publishing. */
const CONFIRMATIONS: Partial<Record<TransitionAction, string>> = {
  "article.publish": "Đăng bài này lên trang ngay bây giờ? Bạn đọc sẽ thấy bài ngay.",
  "article.unpublish": "Gỡ bài này khỏi trang? Bạn đọc sẽ không xem được bài nữa.",
};

type Props = {
  articleId: number;
  statusLabel: string;
  transitions: TransitionAction[];
  errors: Record<string, string[]>;
  /** Saves pending changes first; returns the version to move, or null when saving failed. */
  beforeTransition: () => Promise<number | null>;
  onDone: () => void;
  onErrors: (errors: Record<string, string[]>) => void;
};

/** The workflow buttons this user may use on this article now (the server checks again). */
export function WorkflowPanel({ articleId, statusLabel, transitions, errors, beforeTransition, onDone, onErrors }: Props) {
  const [scheduledAt, setScheduledAt] = useState("");
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const run = async (action: TransitionAction) => {
    const question = CONFIRMATIONS[action];
    if (question && !window.confirm(question)) return;
    setPending(true);
    setMessage(null);
    try {
      const version = await beforeTransition();
      if (version === null) return;
      const answer = await transitionArticle(articleId, {
        action,
        expectedVersion: version,
        note,
        ...(action === "article.schedule" && scheduledAt ? { scheduledAt } : {}),
      });
      if (!answer) {
        setMessage("Không thực hiện được: mất kết nối hoặc máy chủ lỗi. Hãy thử lại.");
        return;
      }
      if (!answer.ok) {
        onErrors(answer.data.fieldErrors ?? {});
        setMessage(answer.data.error ?? "Không thực hiện được.");
        return;
      }
      onDone();
    } finally {
      setPending(false);
    }
  };

  return (
    <section id="quy-trinh" className={styles.workflow} aria-labelledby="workflow-title">
      <h2 id="workflow-title">
        Trạng thái: <span data-testid="article-status">{statusLabel}</span>
      </h2>
      {transitions.includes("article.schedule") ? (
        <EditorField name="scheduledAt" label="Thời điểm đăng (giờ Việt Nam)" errors={errors}>
          {(control) => <input {...control} type="datetime-local" value={scheduledAt} onChange={(e) => setScheduledAt(e.target.value)} />}
        </EditorField>
      ) : null}
      {transitions.includes("article.return") ? (
        <EditorField name="note" label="Nhận xét cho phóng viên" errors={errors}>
          {(control) => <textarea {...control} rows={3} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />}
        </EditorField>
      ) : null}
      <div className={styles.actions}>
        {transitions.map((action) => (
          <button
            key={action}
            type="button"
            className={action === "article.publish" ? "button primary" : "button"}
            disabled={pending}
            onClick={() => void run(action)}
          >
            {LABELS[action]}
          </button>
        ))}
      </div>
      {message ? (
        <p role="alert" className="form-error">
          {message}
        </p>
      ) : null}
      <p className={styles.actions}>
        <a href={`/api/preview?id=${articleId}`} target="_blank" rel="noopener">
          Xem trước
        </a>
        <Link prefetch={false} href={`/admin/bai-viet/${articleId}/phien-ban`}>
          Lịch sử phiên bản
        </Link>
      </p>
    </section>
  );
}
