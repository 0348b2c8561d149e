import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/article/Breadcrumb";
import { CommentForm } from "@/components/site/CommentForm";
import own from "@/components/site/Consultations.module.css";
import styles from "@/components/site/Questions.module.css";
import { findReceipt } from "@/lib/consultations/public";
import {
  CLOSED_MESSAGE,
  COMMENT_FORM,
  CONSULTATIONS_PATH,
  consultationPath,
  LIMITS,
  NOT_YET_OPEN_MESSAGE,
  phaseOf,
  RECEIPT_STATES,
} from "@/lib/consultations/rules";
import { HONEYPOT_FIELD, issueTimeToken, TIME_TOKEN_FIELD } from "@/lib/public-forms";
import { cachedConsultation } from "@/lib/site/reader-data";
import { formatDateTime } from "@/lib/text/date";
import { sendCommentAction } from "./actions";

// Each showing carries its own time token and the draft's state as of now; a receipt is one sender's: per request, never indexed.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Gửi góp ý dự thảo", robots: { index: false, follow: true } };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CommentPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const draft = slug.length <= 200 ? await cachedConsultation(slug) : null;
  if (!draft) notFound();
  const query = await searchParams;
  const code = typeof query.ma === "string" ? query.ma : null;
  const crumbs = [
    { name: "Lấy ý kiến dự thảo", href: CONSULTATIONS_PATH },
    { name: draft.title, href: consultationPath(draft.slug) },
  ];
  if (code !== null) return <Receipt slug={draft.slug} code={code} justSent={query.moi === "1"} crumbs={crumbs} />;
  const phase = phaseOf(draft);
  return (
    <div>
      <Breadcrumb items={crumbs} />
      <h1 className={styles.title}>Góp ý dự thảo</h1>
      <p className={styles.lead}>
        Dự thảo: <a href={consultationPath(draft.slug)}>{draft.title}</a>. Hạn góp ý: {formatDateTime(draft.closesAt)}.
      </p>
      {phase === "open" ? (
        <>
          <p>Sau khi gửi, bạn nhận một mã tiếp nhận. E-mail và số điện thoại chỉ dùng để liên hệ khi cần, không hiển thị công khai.</p>
          <CommentForm
            action={sendCommentAction.bind(null, draft.slug)}
            token={issueTimeToken(COMMENT_FORM)}
            tokenField={TIME_TOKEN_FIELD}
            honeypotField={HONEYPOT_FIELD}
            limits={LIMITS}
          />
        </>
      ) : (
        <p className={own.closed} role="status" data-testid="consultation-closed">
          {phase === "closed" ? CLOSED_MESSAGE : NOT_YET_OPEN_MESSAGE}
        </p>
      )}
    </div>
  );
}

async function Receipt({ slug, code, justSent, crumbs }: { slug: string; code: string; justSent: boolean; crumbs: { name: string; href: string }[] }) {
  const comment = await findReceipt(slug, code);
  // Said on the page rather than with notFound(), whose body Next sends only to JavaScript (README "Missing pages").
  if (!comment)
    return (
      <div>
        <Breadcrumb items={crumbs} />
        <h1 className={styles.title}>Góp ý đã gửi</h1>
        <p role="alert" data-testid="unknown-code">
          Không tìm thấy góp ý nào có mã này cho dự thảo. Hãy kiểm tra lại mã tiếp nhận (10 ký tự).
        </p>
      </div>
    );
  return (
    <div>
      <Breadcrumb items={crumbs} />
      <h1 className={styles.title}>Góp ý đã gửi</h1>
      {justSent ? (
        <p className={styles.success} role="status">
          Góp ý của bạn đã được tiếp nhận. Cảm ơn bạn đã đóng góp ý kiến cho dự thảo.
        </p>
      ) : null}
      <p>
        Mã tiếp nhận:{" "}
        <span className={styles.code} data-testid="receipt-code">
          {comment.code}
        </span>
      </p>
      <p>
        Trạng thái:{" "}
        <span className={styles.state} data-testid="comment-state">
          {RECEIPT_STATES[comment.status]}
        </span>
      </p>
      <dl className={own.facts}>
        <dt>Người góp ý</dt>
        <dd>{comment.authorName}</dd>
        {comment.section ? (
          <>
            <dt>Điều, khoản</dt>
            <dd>{comment.section}</dd>
          </>
        ) : null}
        <dt>Gửi lúc</dt>
        <dd>{formatDateTime(comment.createdAt)}</dd>
      </dl>
      <div className={styles.question} data-testid="comment-text">
        {comment.text}
      </div>
    </div>
  );
}
