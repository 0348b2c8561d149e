import type { Metadata } from "next";
import { ArticleBody } from "@/components/article/ArticleBody";
import { Breadcrumb } from "@/components/article/Breadcrumb";
import styles from "@/components/site/Questions.module.css";
import { trackQuestion } from "@/lib/questions/public";
import { PUBLIC_STATES, questionPath } from "@/lib/questions/rules";
import { formatDateTime } from "@/lib/text/date";

// One sender's page: rendered per request from the database, never cached, never indexed.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Tra cứu câu hỏi", robots: { index: false, follow: false } };

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TrackingPage({ params, searchParams }: Props) {
  const { code } = await params;
  const question = await trackQuestion(code);
  // Said on the page rather than with notFound(), whose body Next sends only to JavaScript (README "Missing pages").
  if (!question) return <UnknownCode />;
  const justSent = (await searchParams).moi === "1";
  return (
    <div>
      <Breadcrumb items={[{ name: "Hỏi đáp", href: "/hoi-dap" }]} />
      <h1 className={styles.title}>Tra cứu câu hỏi</h1>
      {justSent ? (
        <p className={styles.success} role="status">
          Câu hỏi của bạn đã được tiếp nhận. Hãy ghi lại mã tra cứu dưới đây để theo dõi câu trả lời.
        </p>
      ) : null}
      <p>
        Mã tra cứu:{" "}
        <span className={styles.code} data-testid="tracking-code">
          {question.code}
        </span>
      </p>
      <p>
        Trạng thái:{" "}
        <span className={styles.state} data-testid="question-state">
          {PUBLIC_STATES[question.status]}
        </span>
      </p>
      {question.refusalReason ? <p data-testid="refusal-reason">Lý do: {question.refusalReason}</p> : null}
      <dl>
        <dt>Câu hỏi</dt>
        <dd>{question.title}</dd>
        <dt>Chủ đề</dt>
        <dd>{question.topic.name}</dd>
        <dt>Gửi lúc</dt>
        <dd>{formatDateTime(question.createdAt)}</dd>
      </dl>
      {question.answer ? (
        <section aria-labelledby="tra-loi">
          <h2 id="tra-loi" className="section-title">
            Trả lời
          </h2>
          <ArticleBody body={question.answer} />
        </section>
      ) : null}
      {question.publishedId ? (
        <p>
          <a href={questionPath(question.publishedId)} className="button primary">
            Xem câu trả lời
          </a>
        </p>
      ) : null}
    </div>
  );
}

function UnknownCode() {
  return (
    <div>
      <Breadcrumb items={[{ name: "Hỏi đáp", href: "/hoi-dap" }]} />
      <h1 className={styles.title}>Tra cứu câu hỏi</h1>
      <p role="alert" data-testid="unknown-code">
        Không tìm thấy câu hỏi nào có mã này. Hãy kiểm tra lại mã tra cứu (10 ký tự) hoặc <a href="/hoi-dap/tra-cuu">nhập lại mã</a>.
      </p>
    </div>
  );
}
