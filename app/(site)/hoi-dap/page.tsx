import type { Metadata } from "next";
import styles from "@/components/site/Questions.module.css";
import { Pagination } from "@/components/site/Pagination";
import { listPublishedQuestions } from "@/lib/questions/public";
import { questionPath } from "@/lib/questions/rules";
import { cachedQuestionList, cachedQuestionTopics } from "@/lib/site/reader-data";
import { siteAlternates } from "@/lib/site/metadata";
import { formatDate } from "@/lib/text/date";
import { normalizeLine } from "@/lib/text/vietnamese";

// Read by topic, page and words from the query string; the lists come from the data cache under the
// questions' tag (lib/site/reader-data.ts), so only a publish makes them read the database again.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Hỏi đáp",
  description: "Câu hỏi của bạn đọc và trả lời của cơ quan chức năng tỉnh, theo chủ đề.",
  alternates: siteAlternates("/hoi-dap"),
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function QuestionsPage({ searchParams }: Props) {
  const params = await searchParams;
  const topics = await cachedQuestionTopics();
  const topic = topics.find((t) => t.slug === first(params["chu-de"])) ?? null;
  const q = normalizeLine(first(params.q)).slice(0, 200);
  const page = /^[1-9]\d{0,4}$/.test(first(params.trang)) ? Number(first(params.trang)) : 1;
  const result = q ? await listPublishedQuestions({ topicId: topic?.id ?? null, q, page }) : await cachedQuestionList(topic?.id ?? null, page);
  const hrefFor = (p: number) => {
    const search = new URLSearchParams();
    if (topic) search.set("chu-de", topic.slug);
    if (q) search.set("q", q);
    if (p > 1) search.set("trang", String(p));
    const text = search.toString();
    return text ? `/hoi-dap?${text}` : "/hoi-dap";
  };
  return (
    <div>
      <h1 className={styles.title}>Hỏi đáp</h1>
      <p className={styles.actions}>
        <a href="/hoi-dap/gui-cau-hoi" className="button primary">
          Gửi câu hỏi
        </a>
        <a href="/hoi-dap/tra-cuu" className="button">
          Tra cứu bằng mã
        </a>
      </p>
      <form action="/hoi-dap" method="get" role="search" aria-label="Tìm câu hỏi" className={styles.form}>
        {topic ? <input type="hidden" name="chu-de" value={topic.slug} /> : null}
        <div className={styles.field}>
          <label htmlFor="tim-cau-hoi">Tìm câu hỏi{topic ? ` trong chủ đề ${topic.name}` : ""}</label>
          <input id="tim-cau-hoi" name="q" type="search" defaultValue={q} maxLength={200} />
        </div>
        <button type="submit" className={styles.submit}>
          Tìm
        </button>
      </form>
      <nav aria-label="Chủ đề hỏi đáp">
        <ul className={styles.topics}>
          <li>
            <a href={q ? `/hoi-dap?q=${encodeURIComponent(q)}` : "/hoi-dap"} aria-current={topic ? undefined : "page"}>
              Tất cả
            </a>
          </li>
          {topics.map((t) => (
            <li key={t.id}>
              <a href={`/hoi-dap?chu-de=${t.slug}${q ? `&q=${encodeURIComponent(q)}` : ""}`} aria-current={topic?.id === t.id ? "page" : undefined}>
                {t.name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="danh-sach">
        <h2 id="danh-sach" className="section-title">
          {q ? `Kết quả tìm “${q}” (${result.total.toLocaleString("vi-VN")})` : topic ? topic.name : "Câu hỏi mới trả lời"}
        </h2>
        {result.questions.length ? (
          <ul className={styles.list} data-testid="question-list">
            {result.questions.map((question) => (
              <li key={question.id} className={styles.item}>
                <h3>
                  <a href={questionPath(question.id)}>{question.title}</a>
                </h3>
                <p className={styles.meta}>
                  {question.topic.name} · {question.askerName} · trả lời ngày {formatDate(question.publishedAt)}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p>{q ? "Không tìm thấy câu hỏi nào phù hợp." : "Chưa có câu hỏi nào được trả lời."}</p>
        )}
        <Pagination page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} />
      </section>
    </div>
  );
}
