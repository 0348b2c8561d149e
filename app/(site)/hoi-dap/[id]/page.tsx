import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/article/ArticleBody";
import { Breadcrumb } from "@/components/article/Breadcrumb";
import { JsonLd } from "@/components/article/JsonLd";
import styles from "@/components/site/Questions.module.css";
import { bodyText } from "@/lib/articles/body";
import { questionPath } from "@/lib/questions/rules";
import { cachedQuestion } from "@/lib/site/reader-data";
import { siteAlternates, siteOpenGraph } from "@/lib/site/metadata";
import { absoluteUrl } from "@/lib/site/url";
import { formatDateTime } from "@/lib/text/date";

export const revalidate = 86400;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const { id } = await params;
  if (!/^[1-9]\d{0,8}$/.test(id)) return null;
  return cachedQuestion(Number(id));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const question = await load(params);
  if (!question) return {};
  return {
    title: question.title,
    description: question.text.slice(0, 160),
    alternates: siteAlternates(questionPath(question.id)),
    openGraph: siteOpenGraph({ type: "article", url: questionPath(question.id) }),
  };
}

export default async function QuestionPage({ params }: Props) {
  const question = await load(params);
  if (!question) notFound();
  const url = absoluteUrl(questionPath(question.id));
  return (
    <article>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "QAPage",
          url,
          mainEntity: {
            "@type": "Question",
            name: question.title,
            text: question.text,
            answerCount: 1,
            dateCreated: question.createdAt.toISOString(),
            author: { "@type": "Person", name: question.askerName },
            acceptedAnswer: {
              "@type": "Answer",
              text: bodyText(question.answer),
              dateCreated: (question.answeredAt ?? question.publishedAt).toISOString(),
              url,
            },
          },
        }}
      />
      <Breadcrumb
        items={[
          { name: "Hỏi đáp", href: "/hoi-dap" },
          { name: question.topic.name, href: `/hoi-dap?chu-de=${question.topic.slug}` },
        ]}
      />
      <h1 className={styles.title}>{question.title}</h1>
      <p className={styles.meta}>
        {question.askerName} hỏi · {formatDateTime(question.createdAt)}
      </p>
      <div className={styles.question} data-testid="question-text">
        {question.text}
      </div>
      <section aria-labelledby="tra-loi">
        <h2 id="tra-loi" className="section-title">
          Trả lời
        </h2>
        <p className={styles.meta}>Đăng ngày {formatDateTime(question.publishedAt)}</p>
        <ArticleBody body={question.answer} />
      </section>
    </article>
  );
}
