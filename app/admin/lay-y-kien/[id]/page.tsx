import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/ActionForm";
import styles from "@/components/admin/Admin.module.css";
import { CommentModeration } from "@/components/admin/CommentModeration";
import { AttachedFiles } from "@/components/admin/AttachedFiles";
import { TextArea, TextField } from "@/components/admin/Field";
import { NoAccess, unlessForbidden } from "@/components/admin/NoAccess";
import { PublishButtons } from "@/components/admin/PublishButtons";
import { getConsultationForStaff, listCommentsForStaff, type StaffConsultation } from "@/lib/consultations/admin";
import { COMMENT_STATES, COMMENT_STATUSES, consultationPath, DRAFT_LIMITS, filePath, PHASE_LABELS, phaseOf } from "@/lib/consultations/rules";
import { isId } from "@/lib/db/ids";
import type { ConsultationCommentStatus } from "@/lib/db/generated/enums";
import { can } from "@/lib/people/policy";
import { requireStaff, type StaffUser } from "@/lib/people/session";
import { toVietnamLocal } from "@/lib/text/date";
import { moderateCommentAction, removeConsultationFileAction, saveConsultationAction } from "../actions";

export const metadata: Metadata = { title: "Dự thảo lấy ý kiến" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ "da-luu"?: string; "gop-y"?: string }> };

const SAVED: Record<string, string> = { dang: "Đã lưu. Dự thảo đang hiện trên trang Lấy ý kiến.", nhap: "Đã lưu. Dự thảo chưa hiện trên trang công khai." };

export default async function ConsultationEditPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requireStaff(`/admin/lay-y-kien/${id}`);
  if (!can(user, "consultations.manage")) return <NoAccess message="Chức năng này dành cho biên tập viên và quản trị viên." />;
  const isNew = id === "moi";
  if (!isNew && !(/^\d+$/.test(id) && isId(Number(id)))) notFound();
  const draft = isNew ? null : await unlessForbidden(getConsultationForStaff(user, Number(id)));
  if (!isNew && !draft) return <NoAccess />;
  const saved = query["da-luu"] ? SAVED[query["da-luu"]] : undefined;
  return (
    <section>
      <p>
        <Link href="/admin/lay-y-kien">← Danh sách dự thảo</Link>
      </p>
      <h1>{draft ? draft.title : "Tạo dự thảo lấy ý kiến"}</h1>
      {draft ? (
        <p>
          {draft.publishedAt ? (
            <>
              {PHASE_LABELS[phaseOf(draft)]} · Trang công khai: <a href={consultationPath(draft.slug)}>{consultationPath(draft.slug)}</a>
            </>
          ) : (
            "Chưa đăng lên trang công khai."
          )}
        </p>
      ) : null}
      {saved ? (
        <p role="status" className={styles.success}>
          {saved}
        </p>
      ) : null}
      <DraftForm draft={draft} />
      {draft ? <DraftFiles draft={draft} /> : null}
      {draft ? <DraftComments user={user} draft={draft} tab={query["gop-y"]} /> : null}
    </section>
  );
}

function DraftForm({ draft }: { draft: StaffConsultation | null }) {
  return (
    <ActionForm action={saveConsultationAction} submitLabel="Lưu" testId="consultation-form">
      <input type="hidden" name="id" value={draft?.id ?? ""} />
      <input type="hidden" name="expectedUpdatedAt" value={draft?.updatedAt.toISOString() ?? ""} />
      <TextField label="Tên dự thảo" name="title" defaultValue={draft?.title ?? ""} required maxLength={DRAFT_LIMITS.title} />
      <TextField label="Đường dẫn (slug)" name="slug" defaultValue={draft?.slug ?? ""} hint="Để trống để tạo từ tên dự thảo (không dấu)." />
      <TextField label="Cơ quan chủ trì soạn thảo" name="draftingBody" defaultValue={draft?.draftingBody ?? ""} maxLength={DRAFT_LIMITS.draftingBody} />
      <TextArea label="Nội dung tóm tắt" name="summary" defaultValue={draft?.summary ?? ""} rows={6} required maxLength={DRAFT_LIMITS.summary} />
      <div className={styles.grid}>
        <TextField label="Bắt đầu lấy ý kiến" name="opensAt" type="datetime-local" defaultValue={draft ? toVietnamLocal(draft.opensAt) : ""} required />
        <TextField label="Hết hạn góp ý" name="closesAt" type="datetime-local" defaultValue={draft ? toVietnamLocal(draft.closesAt) : ""} required />
      </div>
      <TextArea
        label="Kết quả tiếp thu, giải trình ý kiến"
        name="outcome"
        defaultValue={draft?.outcome ?? ""}
        rows={6}
        maxLength={DRAFT_LIMITS.outcome}
        hint="Công bố sau khi kết thúc lấy ý kiến; để trống nếu chưa có."
      />
      <PublishButtons published={Boolean(draft?.publishedAt)} takeDownIntent="unpublish" />
    </ActionForm>
  );
}

function DraftFiles({ draft }: { draft: StaffConsultation }) {
  return (
    <AttachedFiles
      title="Tệp dự thảo"
      owner="dự thảo"
      files={draft.files}
      hrefFor={(fileId) => (draft.publishedAt ? filePath(draft.slug, fileId) : null)}
      remove={removeConsultationFileAction}
      uploadEndpoint={`/api/du-thao/${draft.id}/tep`}
      testId="draft-files"
    />
  );
}

async function DraftComments({ user, draft, tab }: { user: StaffUser; draft: StaffConsultation; tab?: string }) {
  const status: ConsultationCommentStatus = COMMENT_STATUSES.find((s) => s.toLowerCase() === tab) ?? "NEW";
  const comments = await listCommentsForStaff(user, draft.id, status);
  return (
    <div className={styles.section} id="gop-y">
      <h2>Góp ý của bạn đọc</h2>
      {can(user, "consultations.viewPersonal") ? (
        <p className={styles.actions}>
          <a href={`/api/du-thao/${draft.id}/xuat?dinh-dang=xlsx`} className="button">
            Xuất Excel
          </a>
          <a href={`/api/du-thao/${draft.id}/xuat?dinh-dang=csv`} className="button">
            Xuất CSV
          </a>
        </p>
      ) : null}
      <nav aria-label="Trạng thái góp ý">
        <ul className={styles.grid}>
          {COMMENT_STATUSES.map((s) => (
            <li key={s}>
              <Link href={`/admin/lay-y-kien/${draft.id}?gop-y=${s.toLowerCase()}#gop-y`} aria-current={s === status ? "page" : undefined}>
                {COMMENT_STATES[s]} ({draft.comments[s]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {comments.length ? (
        <ul className={styles.stack} data-testid="staff-comments">
          {comments.map((comment) => (
            <CommentModeration key={comment.id} comment={comment} moderate={moderateCommentAction} />
          ))}
        </ul>
      ) : (
        <p className={styles.muted}>Không có góp ý nào.</p>
      )}
    </div>
  );
}
