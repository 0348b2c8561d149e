import { IMAGE_CHOICES_ID, ImageChoices } from "@/components/admin/ImageChoices";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/ActionForm";
import styles from "@/components/admin/Admin.module.css";
import { SelectField, TextArea, TextField } from "@/components/admin/Field";
import { NoAccess } from "@/components/admin/NoAccess";
import { PositionRows } from "@/components/admin/PositionRows";
import { getOfficialForEdit, listOfficialGroups } from "@/lib/officials/admin";
import { can } from "@/lib/people/policy";
import { requireStaff } from "@/lib/people/session";
import { deleteOfficialAction, saveOfficialAction } from "../actions";
import { isId } from "@/lib/db/ids";
import { toCalendarDayInput } from "@/lib/text/date";

export const metadata: Metadata = { title: "Hồ sơ lãnh đạo" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ "da-luu"?: string }> };

export default async function EditOfficialPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requireStaff(`/admin/lanh-dao/${id}`);
  if (!can(user, "officials.manage")) return <NoAccess />;
  const isNew = id === "moi";
  const official = isNew || !/^\d+$/.test(id) || !isId(Number(id)) ? null : await getOfficialForEdit(Number(id));
  if (!isNew && !official) notFound();
  const groups = await listOfficialGroups();
  return (
    <section>
      <p>
        <Link href="/admin/lanh-dao">← Danh sách lãnh đạo</Link>
      </p>
      <h1>{official ? official.fullName : "Thêm lãnh đạo"}</h1>
      <ImageChoices />
      {query["da-luu"] ? (
        <p role="status" className={styles.success}>
          Đã lưu hồ sơ. Trang công khai: <Link href={`/lanh-dao/${official?.slug}`}>/lanh-dao/{official?.slug}</Link>
        </p>
      ) : null}
      <ActionForm action={saveOfficialAction} submitLabel="Lưu hồ sơ lãnh đạo" testId="official-form">
        <input type="hidden" name="id" value={official?.id ?? ""} />
        <input type="hidden" name="expectedUpdatedAt" value={official?.updatedAt.toISOString() ?? ""} />
        <TextField label="Họ tên" name="fullName" defaultValue={official?.fullName} required maxLength={120} />
        <TextField label="Đường dẫn" name="slug" defaultValue={official?.slug} hint="Để trống để tạo từ họ tên." />
        <TextField
          label="Ảnh chân dung"
          name="portrait"
          defaultValue={official?.portrait ?? ""}
          list={IMAGE_CHOICES_ID}
          hint="Chọn ảnh trong thư viện, hoặc nhập đường dẫn bắt đầu bằng / hay địa chỉ https://"
        />
        <div className={styles.grid}>
          <TextField label="Năm sinh" name="birthYear" type="number" defaultValue={official?.birthYear ?? ""} />
          <TextField label="Quê quán" name="homeTown" defaultValue={official?.homeTown ?? ""} />
        </div>
        <div className={styles.grid}>
          <SelectField
            label="Nhóm"
            name="groupId"
            defaultValue={official?.groupId ? String(official.groupId) : ""}
            options={[{ value: "", label: "— Chưa xếp nhóm —" }, ...groups.map((g) => ({ value: String(g.id), label: g.name }))]}
          />
          <TextField label="Thứ tự trong nhóm" name="position" type="number" defaultValue={official?.position ?? 0} />
        </div>
        <TextArea label="Tiểu sử" name="biography" defaultValue={official?.biography ?? ""} rows={8} />
        <PositionRows
          initial={(official?.positions ?? []).map((p) => ({
            title: p.title,
            organisation: p.organisation,
            startDate: toCalendarDayInput(p.startDate),
            endDate: toCalendarDayInput(p.endDate),
            order: String(p.order),
          }))}
        />
      </ActionForm>
      {official ? (
        <div className={styles.section}>
          <h2>Xoá hồ sơ</h2>
          <ActionForm action={deleteOfficialAction} submitLabel="Xoá hồ sơ lãnh đạo" confirm={`Xoá hồ sơ ${official.fullName}?`}>
            <input type="hidden" name="id" value={official.id} />
          </ActionForm>
        </div>
      ) : null}
    </section>
  );
}
