import type { Metadata } from "next";
import { Breadcrumb } from "@/components/article/Breadcrumb";
import { QuestionForm } from "@/components/site/QuestionForm";
import styles from "@/components/site/Questions.module.css";
import { HONEYPOT_FIELD, issueTimeToken, TIME_TOKEN_FIELD } from "@/lib/public-forms";
import { LIMITS, QUESTION_FORM } from "@/lib/questions/rules";
import { cachedQuestionTopics } from "@/lib/site/reader-data";
import { siteAlternates } from "@/lib/site/metadata";
import { sendQuestionAction } from "./actions";

// Each showing carries its own signed time token (lib/public-forms): rendered per request; its data (the topics) is cached.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Gửi câu hỏi",
  description: "Gửi câu hỏi tới cơ quan chức năng của tỉnh; bạn nhận mã tra cứu để theo dõi câu trả lời.",
  alternates: siteAlternates("/hoi-dap/gui-cau-hoi"),
};

export default async function AskPage() {
  const topics = await cachedQuestionTopics();
  return (
    <div>
      <Breadcrumb items={[{ name: "Hỏi đáp", href: "/hoi-dap" }]} />
      <h1 className={styles.title}>Gửi câu hỏi</h1>
      <p className={styles.lead}>
        Câu hỏi được chuyển tới đơn vị có thẩm quyền trả lời. Sau khi gửi, bạn nhận một mã tra cứu để theo dõi. E-mail và số điện thoại chỉ dùng để liên hệ,
        không hiển thị công khai.
      </p>
      <QuestionForm
        action={sendQuestionAction}
        topics={topics.map(({ id, name }) => ({ id, name }))}
        token={issueTimeToken(QUESTION_FORM)}
        tokenField={TIME_TOKEN_FIELD}
        honeypotField={HONEYPOT_FIELD}
        limits={LIMITS}
      />
    </div>
  );
}
