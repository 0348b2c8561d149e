import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/ActionForm";
import styles from "@/components/admin/Admin.module.css";
import { AttachedFiles } from "@/components/admin/AttachedFiles";
import { SelectField, TextArea, TextField } from "@/components/admin/Field";
import { NoAccess, unlessForbidden } from "@/components/admin/NoAccess";
import { PublishButtons } from "@/components/admin/PublishButtons";
import { documentFormChoices, getDocumentForStaff, type StaffDocument } from "@/lib/documents/admin";
import { documentFilePath, documentPath, LIMITS, RELATION_KINDS, RELATION_LABELS } from "@/lib/documents/rules";
import { isId } from "@/lib/db/ids";
import { DOCUMENT_TYPES } from "@/lib/files/sniff";
import { can } from "@/lib/people/policy";
import { requireStaff } from "@/lib/people/session";
import { toCalendarDayInput } from "@/lib/text/date";
import { addRelationAction, removeDocumentFileAction, removeRelationAction, saveDocumentAction } from "../actions";

export const metadata: Metadata = { title: "Văn bản" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ "da-luu"?: string }> };

const SAVED: Record<string, string> = { dang: "Đã lưu. Văn bản đang hiện trên trang Văn bản.", nhap: "Đã lưu. Văn bản chưa hiện trên trang công khai." };

export default async function DocumentEditPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requireStaff(`/admin/van-ban/${id}`);
  if (!can(user, "documents.manage")) return <NoAccess message="Chức năng này dành cho biên tập viên và quản trị viên." />;
  const isNew = id === "moi";
  if (!isNew && !(/^\d+$/.test(id) && isId(Number(id)))) notFound();
  const [document, choices] = await Promise.all([isNew ? null : unlessForbidden(getDocumentForStaff(user, Number(id))), documentFormChoices(user)]);
  if (!isNew && !document) return <NoAccess />;
  const saved = query["da-luu"] ? SAVED[query["da-luu"]] : undefined;
  return (
    <section>
      <p>
        <Link href="/admin/van-ban">← Danh sách văn bản</Link>
      </p>
      <h1>{document ? `Văn bản số ${document.number}` : "Thêm văn bản"}</h1>
      {document?.publishedAt ? (
        <p>
          Trang công khai: <a href={documentPath(document)}>{documentPath(document)}</a>
        </p>
      ) : null}
      {saved ? (
        <p role="status" className={styles.success}>
          {saved}
        </p>
      ) : null}
      {choices.types.length && choices.bodies.length ? (
        <DocumentForm document={document} choices={choices} />
      ) : (
        <p role="alert">Chưa có loại văn bản hoặc cơ quan ban hành nào: quản trị viên thêm chúng ở trang Loại văn bản, cơ quan ban hành.</p>
      )}
      {document ? <DocumentFiles document={document} /> : null}
      {document ? <DocumentRelations document={document} /> : null}
    </section>
  );
}

type Choices = Awaited<ReturnType<typeof documentFormChoices>>;

function DocumentForm({ document, choices }: { document: StaffDocument | null; choices: Choices }) {
  return (
    <ActionForm action={saveDocumentAction} submitLabel="Lưu" testId="document-form">
      <input type="hidden" name="id" value={document?.id ?? ""} />
      <input type="hidden" name="expectedUpdatedAt" value={document?.updatedAt.toISOString() ?? ""} />
      <div className={styles.grid}>
        <SelectField
          label="Loại văn bản"
          name="typeId"
          defaultValue={String(document?.typeId ?? "")}
          options={[{ value: "", label: "— Chọn —" }, ...choices.types.map((t) => ({ value: String(t.id), label: t.name }))]}
        />
        <TextField
          label="Số, ký hiệu"
          name="number"
          defaultValue={document?.number ?? ""}
          required
          maxLength={LIMITS.number}
          hint="Ví dụ: 12-NQ/TU, 1234/QĐ-UBND"
        />
        <SelectField
          label="Cơ quan ban hành"
          name="issuingBodyId"
          defaultValue={String(document?.issuingBodyId ?? "")}
          options={[{ value: "", label: "— Chọn —" }, ...choices.bodies.map((b) => ({ value: String(b.id), label: b.name }))]}
        />
      </div>
      <div className={styles.grid}>
        <SelectField
          label="Người ký (trong danh bạ)"
          name="signerId"
          defaultValue={String(document?.signerId ?? "")}
          options={[{ value: "", label: "— Không có trong danh bạ —" }, ...choices.officials.map((o) => ({ value: String(o.id), label: o.fullName }))]}
        />
        <TextField
          label="Tên người ký"
          name="signerName"
          defaultValue={document?.signerName ?? ""}
          maxLength={LIMITS.signerName}
          hint="Khi người ký không có trong danh bạ."
        />
        <TextField label="Lĩnh vực" name="field" defaultValue={document?.field ?? ""} maxLength={LIMITS.field} list="linh-vuc-da-co" />
        <datalist id="linh-vuc-da-co">
          {choices.fields.map((field) => (
            <option key={field} value={field} />
          ))}
        </datalist>
      </div>
      <div className={styles.grid}>
        <TextField label="Ngày ban hành" name="issuedOn" type="date" defaultValue={toCalendarDayInput(document?.issuedOn ?? null)} required />
        <TextField
          label="Ngày có hiệu lực"
          name="effectiveOn"
          type="date"
          defaultValue={toCalendarDayInput(document?.effectiveOn ?? null)}
          hint="Để trống: từ ngày ban hành."
        />
        <TextField label="Ngày hết hiệu lực" name="expiresOn" type="date" defaultValue={toCalendarDayInput(document?.expiresOn ?? null)} />
      </div>
      <TextArea label="Trích yếu" name="summary" defaultValue={document?.summary ?? ""} rows={4} required maxLength={LIMITS.summary} />
      <PublishButtons published={Boolean(document?.publishedAt)} takeDownIntent="withdraw" />
    </ActionForm>
  );
}

function DocumentFiles({ document }: { document: StaffDocument }) {
  const files = document.files.map((file) => ({
    ...file,
    note: file.mime === DOCUMENT_TYPES.pdf.mime ? (file.hasText ? "đã đọc được nội dung để tìm kiếm" : "bản quét: không có chữ để tìm kiếm") : undefined,
  }));
  return (
    <AttachedFiles
      title="Tệp đính kèm"
      owner="văn bản"
      files={files}
      hrefFor={(fileId) => (document.publishedAt ? documentFilePath(document, fileId) : null)}
      remove={removeDocumentFileAction}
      uploadEndpoint={`/api/van-ban/${document.id}/tep`}
      testId="document-files"
    />
  );
}

function DocumentRelations({ document }: { document: StaffDocument }) {
  const version = document.updatedAt.toISOString();
  const rows = [
    ...document.actsOn.map((r) => ({ id: r.id, label: RELATION_LABELS[r.kind].source, other: r.target })),
    ...document.actedOnBy.map((r) => ({ id: r.id, label: RELATION_LABELS[r.kind].target, other: r.source })),
  ];
  return (
    <div className={styles.section} id="quan-he">
      <h2>Văn bản liên quan</h2>
      {rows.length ? (
        <ul className={styles.stack} data-testid="staff-relations">
          {rows.map((row) => (
            <li key={row.id}>
              {row.label}: <Link href={`/admin/van-ban/${row.other.id}`}>{row.other.number}</Link> — {row.other.summary}
              {row.other.publishedAt ? "" : " (chưa đăng)"}
              <ActionForm action={removeRelationAction} submitLabel="Xoá quan hệ" className={styles.inline}>
                <input type="hidden" name="relationId" value={row.id} />
                <input type="hidden" name="documentId" value={document.id} />
                <input type="hidden" name="expectedUpdatedAt" value={version} />
              </ActionForm>
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.muted}>Chưa có quan hệ nào.</p>
      )}
      <ActionForm action={addRelationAction} submitLabel="Thêm quan hệ" testId="relation-form">
        <input type="hidden" name="documentId" value={document.id} />
        <input type="hidden" name="expectedUpdatedAt" value={version} />
        <div className={styles.grid}>
          <SelectField label="Văn bản này" name="kind" options={RELATION_KINDS.map((kind) => ({ value: kind, label: RELATION_LABELS[kind].source }))} />
          <TextField
            label="Số, ký hiệu của văn bản liên quan"
            name="targetNumber"
            maxLength={LIMITS.number + 10}
            hint="Nếu nhiều văn bản cùng số, ghi thêm năm ban hành, ví dụ “12-NQ/TU 2025”."
          />
        </div>
      </ActionForm>
    </div>
  );
}
