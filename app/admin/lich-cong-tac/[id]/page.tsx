import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm, FieldError } from "@/components/admin/ActionForm";
import styles from "@/components/admin/Admin.module.css";
import { Checkbox, SelectField, TextArea, TextField } from "@/components/admin/Field";
import { NoAccess } from "@/components/admin/NoAccess";
import { isId } from "@/lib/db/ids";
import { can } from "@/lib/people/policy";
import { requireStaff } from "@/lib/people/session";
import { getScheduleEntryForEdit, listOfficialChoices } from "@/lib/schedule/admin";
import { SCHEDULE_STATUS_LABELS, SCHEDULE_STATUSES } from "@/lib/schedule/status";
import { formatClock, parseWeekParam, weekParam, weekStartOf } from "@/lib/schedule/week";
import { isCalendarDay, toCalendarDayInput, vietnamDayOf } from "@/lib/text/date";
import { saveScheduleEntryAction } from "../actions";

export const metadata: Metadata = { title: "Lịch công tác" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ "da-luu"?: string; ngay?: string }> };

export default async function EditScheduleEntryPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requireStaff(`/admin/lich-cong-tac/${id}`);
  if (!can(user, "schedule.manage")) return <NoAccess />;
  const isNew = id === "moi";
  const entry = isNew || !/^\d+$/.test(id) || !isId(Number(id)) ? null : await getScheduleEntryForEdit(Number(id));
  if (!isNew && !entry) notFound();
  const officials = await listOfficialChoices();
  const chosen = new Set(entry?.officials.map((o) => o.officialId) ?? []);
  const day = entry ? toCalendarDayInput(vietnamDayOf(entry.startsAt)) : typeof query.ngay === "string" && isCalendarDay(query.ngay) ? query.ngay : "";
  const monday = entry ? weekStartOf(entry.startsAt) : (parseWeekParam(day) ?? weekStartOf(new Date()));
  return (
    <section>
      <p>
        <Link href={`/admin/lich-cong-tac?tuan=${weekParam(monday)}`}>← Lịch công tác trong tuần</Link>
      </p>
      <h1>{entry ? "Sửa lịch công tác" : "Thêm lịch công tác"}</h1>
      {query["da-luu"] ? (
        <p role="status" className={styles.success}>
          Đã lưu lịch. Trang công khai: <a href={`/lich-cong-tac/${weekParam(monday)}`}>/lich-cong-tac/{weekParam(monday)}</a>
        </p>
      ) : null}
      <ActionForm action={saveScheduleEntryAction} submitLabel="Lưu lịch công tác" testId="schedule-form">
        <input type="hidden" name="id" value={entry?.id ?? ""} />
        <input type="hidden" name="expectedUpdatedAt" value={entry?.updatedAt.toISOString() ?? ""} />
        <div className={styles.grid}>
          <TextField label="Ngày" name="day" type="date" defaultValue={day} required />
          <TextField label="Giờ bắt đầu" name="startTime" type="time" defaultValue={entry && !entry.allDay ? formatClock(entry.startsAt) : ""} />
          <TextField label="Giờ kết thúc" name="endTime" type="time" defaultValue={entry?.endsAt && !entry.allDay ? formatClock(entry.endsAt) : ""} />
        </div>
        <Checkbox label="Cả ngày" name="allDay" defaultChecked={entry?.allDay} />
        <TextArea label="Nội dung" name="content" defaultValue={entry?.content ?? ""} rows={3} required maxLength={2000} />
        <fieldset className={styles.field}>
          <legend>Lãnh đạo</legend>
          {officials.length ? (
            officials.map((official) => (
              <label key={official.id} className={styles.check}>
                <input type="checkbox" name="officialIds" value={official.id} defaultChecked={chosen.has(official.id)} />
                <span>{official.fullName}</span>
              </label>
            ))
          ) : (
            <p className={styles.muted}>Chưa có lãnh đạo nào trong danh bạ.</p>
          )}
          <FieldError id="officialIds-error" name="officialIds" />
        </fieldset>
        <TextField label="Địa điểm" name="place" defaultValue={entry?.place ?? ""} maxLength={300} />
        <TextField label="Chủ trì" name="chair" defaultValue={entry?.chair ?? ""} maxLength={300} />
        <TextArea label="Thành phần" name="participants" defaultValue={entry?.participants ?? ""} rows={3} maxLength={2000} />
        <TextField label="Đơn vị chuẩn bị" name="preparedBy" defaultValue={entry?.preparedBy ?? ""} maxLength={300} />
        <SelectField
          label="Tình trạng"
          name="status"
          defaultValue={entry?.status ?? "PLANNED"}
          hint="Đổi ngày giờ của lịch đã có sẽ tự ghi “Thay đổi thời gian”; lịch hoãn vẫn hiện, có ghi “Hoãn”."
          options={SCHEDULE_STATUSES.map((status) => ({ value: status, label: SCHEDULE_STATUS_LABELS[status] }))}
        />
      </ActionForm>
    </section>
  );
}
