import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/admin/ActionForm";
import styles from "@/components/admin/Admin.module.css";
import { TextField } from "@/components/admin/Field";
import { NoAccess } from "@/components/admin/NoAccess";
import { can } from "@/lib/people/policy";
import { requireStaff } from "@/lib/people/session";
import { listTopicsForStaff } from "@/lib/questions/admin";
import { saveTopicAction } from "../actions";

export const metadata: Metadata = { title: "Chủ đề hỏi đáp" };

export default async function QuestionTopicsPage() {
  const user = await requireStaff("/admin/hoi-dap/chu-de");
  if (!can(user, "questions.topics")) return <NoAccess />;
  const topics = await listTopicsForStaff(user);
  return (
    <section>
      <p>
        <Link href="/admin/hoi-dap">← Hàng đợi hỏi đáp</Link>
      </p>
      <h1>Chủ đề hỏi đáp</h1>
      {topics.map((topic) => (
        <div key={topic.id} className={styles.section}>
          <ActionForm action={saveTopicAction} submitLabel="Lưu chủ đề">
            <input type="hidden" name="id" value={topic.id} />
            <TextField label="Tên chủ đề" name="name" defaultValue={topic.name} hint={`${topic._count.questions} câu hỏi`} />
            <TextField label="Thứ tự" name="position" type="number" defaultValue={topic.position} />
          </ActionForm>
        </div>
      ))}
      <div className={styles.section}>
        <h2>Thêm chủ đề</h2>
        <ActionForm action={saveTopicAction} submitLabel="Thêm chủ đề" resetOnSuccess testId="new-topic">
          <TextField label="Tên chủ đề" name="name" />
          <TextField label="Thứ tự" name="position" type="number" defaultValue={topics.length} />
        </ActionForm>
      </div>
    </section>
  );
}
