import type { Metadata } from "next";
import Link from "next/link";
import styles from "@/components/admin/Admin.module.css";
import { NoAccess } from "@/components/admin/NoAccess";
import { TableScroll } from "@/components/admin/TableScroll";
import type { QuestionStatus } from "@/lib/db/generated/enums";
import { can } from "@/lib/people/policy";
import { requireStaff } from "@/lib/people/session";
import { listQuestionQueue } from "@/lib/questions/admin";
import { QUESTION_STATUSES, STAFF_STATES } from "@/lib/questions/rules";
import { formatDateTime } from "@/lib/text/date";

export const metadata: Metadata = { title: "Hỏi đáp" };

type Props = { searchParams: Promise<{ "trang-thai"?: string }> };

export default async function QuestionQueuePage({ searchParams }: Props) {
  const user = await requireStaff("/admin/hoi-dap");
  if (!can(user, "questions.moderate")) return <NoAccess />;
  const asked = (await searchParams)["trang-thai"]?.toUpperCase();
  const status: QuestionStatus = QUESTION_STATUSES.find((s) => s === asked) ?? "NEW";
  const { counts, questions } = await listQuestionQueue(user, status);
  return (
    <section>
      <h1>Hỏi đáp</h1>
      {can(user, "questions.topics") ? (
        <p>
          <Link href="/admin/hoi-dap/chu-de">Chủ đề hỏi đáp</Link>
        </p>
      ) : null}
      <nav aria-label="Trạng thái câu hỏi">
        <ul className={styles.grid}>
          {QUESTION_STATUSES.map((s) => (
            <li key={s}>
              <Link href={`/admin/hoi-dap?trang-thai=${s.toLowerCase()}`} aria-current={s === status ? "page" : undefined}>
                {STAFF_STATES[s]} ({counts[s]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2>{STAFF_STATES[status]}</h2>
      {questions.length ? (
        <TableScroll label={`Câu hỏi: ${STAFF_STATES[status]}`}>
          <table>
            <thead>
              <tr>
                <th scope="col">Câu hỏi</th>
                <th scope="col">Chủ đề</th>
                <th scope="col">Người hỏi</th>
                <th scope="col">Phân công</th>
                <th scope="col">Gửi lúc</th>
              </tr>
            </thead>
            <tbody>
              {questions.map((q) => (
                <tr key={q.id}>
                  <td>
                    <Link href={`/admin/hoi-dap/${q.id}`}>{q.title}</Link>
                  </td>
                  <td>{q.topic.name}</td>
                  <td>{q.askerName}</td>
                  <td>{[q.assignedUnit, q.assignee?.displayName].filter(Boolean).join(" · ") || "—"}</td>
                  <td>{formatDateTime(q.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p className={styles.muted}>Không có câu hỏi nào.</p>
      )}
    </section>
  );
}
