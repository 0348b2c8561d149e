import type { JSONContent } from "@tiptap/react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import styles from "@/components/admin/Admin.module.css";
import { NoAccess } from "@/components/admin/NoAccess";
import { QuestionModeration } from "@/components/admin/QuestionModeration";
import { isId } from "@/lib/db/ids";
import { NotFoundError } from "@/lib/errors";
import { can } from "@/lib/people/policy";
import { requireStaff } from "@/lib/people/session";
import { getQuestionForStaff, listAssignableStaff, listTopicsForStaff } from "@/lib/questions/admin";
import { questionPath, STAFF_STATES, trackingPath } from "@/lib/questions/rules";
import { formatDateTime } from "@/lib/text/date";
import { moderateQuestionAction } from "../actions";

export const metadata: Metadata = { title: "Câu hỏi của bạn đọc" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ "da-luu"?: string }> };

async function load(user: Parameters<typeof getQuestionForStaff>[0], id: string) {
  if (!/^\d+$/.test(id) || !isId(Number(id))) return null;
  try {
    return await getQuestionForStaff(user, Number(id));
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

export default async function QuestionModerationPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requireStaff(`/admin/hoi-dap/${id}`);
  if (!can(user, "questions.moderate")) return <NoAccess />;
  const question = await load(user, id);
  if (!question) notFound();
  const [topics, staff] = await Promise.all([listTopicsForStaff(user), listAssignableStaff(user)]);
  const edited = question.title !== question.originalTitle || question.text !== question.originalText;
  return (
    <section>
      <p>
        <Link href={`/admin/hoi-dap?trang-thai=${question.status.toLowerCase()}`}>← Hàng đợi hỏi đáp</Link>
      </p>
      <h1>{question.title}</h1>
      {query["da-luu"] ? (
        <p role="status" className={styles.success}>
          Đã lưu. Trạng thái: {STAFF_STATES[question.status]}.
          {question.status === "PUBLISHED" ? (
            <>
              {" "}
              Trang công khai: <Link href={questionPath(question.id)}>{questionPath(question.id)}</Link>
            </>
          ) : null}
        </p>
      ) : null}
      <dl>
        <dt>Trạng thái</dt>
        <dd data-testid="staff-question-state">{STAFF_STATES[question.status]}</dd>
        <dt>Mã tra cứu</dt>
        <dd>
          <Link href={trackingPath(question.code)}>{question.code}</Link>
        </dd>
        <dt>Người hỏi</dt>
        <dd>{question.askerName}</dd>
        {question.personal ? (
          <>
            <dt>E-mail</dt>
            <dd data-testid="asker-email">{question.personal.email ?? "—"}</dd>
            <dt>Số điện thoại</dt>
            <dd data-testid="asker-phone">{question.personal.phone ?? "—"}</dd>
          </>
        ) : null}
        <dt>Gửi lúc</dt>
        <dd>{formatDateTime(question.createdAt)}</dd>
        {question.answeredBy ? (
          <>
            <dt>Người trả lời</dt>
            <dd>
              {question.answeredBy.displayName}
              {question.answeredAt ? `, ${formatDateTime(question.answeredAt)}` : ""}
            </dd>
          </>
        ) : null}
      </dl>
      <div className={styles.section}>
        <h2>Nguyên văn câu hỏi của bạn đọc{edited ? " (đã được biên tập)" : ""}</h2>
        <p>
          <strong data-testid="original-title">{question.originalTitle}</strong>
        </p>
        <p style={{ whiteSpace: "pre-line" }} data-testid="original-text">
          {question.originalText}
        </p>
      </div>
      <div className={styles.section}>
        <h2>Biên tập và trả lời</h2>
        <QuestionModeration
          key={question.updatedAt.toISOString()}
          action={moderateQuestionAction}
          question={{
            id: question.id,
            updatedAt: question.updatedAt.toISOString(),
            status: question.status,
            topicId: question.topicId,
            title: question.title,
            text: question.text,
            answer: question.answer as JSONContent | null,
            assignedUnit: question.assignedUnit,
            assigneeId: question.assigneeId,
            refusalReason: question.refusalReason,
          }}
          topics={topics.map(({ id, name }) => ({ id, name }))}
          staff={staff}
        />
      </div>
    </section>
  );
}
