import { z } from "zod";
import { parseInput } from "@/lib/actions";
import { checkbox, idList, optionalDay, optionalExpectedUpdatedAt, optionalId, optionalLine, optionalText, optionalTime } from "@/lib/forms/fields";
import { fieldMessages } from "@/lib/forms/messages";
import { recordAudit } from "@/lib/audit/log";
import { invalidate } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { authorize, type Actor } from "@/lib/people/policy";
import { fromVietnamLocal, vietnamDayStart } from "@/lib/text/date";
import { SCHEDULE_STATUSES } from "./status";
import { weekRange } from "./week";

/**
 * Entering and changing work-schedule entries (/admin/lich-cong-tac). An entry is never deleted by a
 * change of plan: it is marked "Hoãn", or its time changes and it keeps the start it had, so that the
 * week it was announced in still shows it, marked, to the end of that week.
 */
export const CONFLICT_MESSAGE = "Lịch này vừa được người khác sửa. Hãy tải lại trang để xem bản mới rồi sửa lại.";

const entrySchema = z
  .object({
    id: optionalId(),
    expectedUpdatedAt: optionalExpectedUpdatedAt,
    day: optionalDay("ngày").refine((d) => d !== null, fieldMessages.required("ngày")),
    allDay: checkbox,
    startTime: optionalTime("giờ bắt đầu"),
    endTime: optionalTime("giờ kết thúc"),
    officialIds: idList("lãnh đạo"),
    content: optionalText("nội dung", 2000).refine((value) => value.length > 0, fieldMessages.required("nội dung")),
    place: optionalLine("địa điểm", 300),
    chair: optionalLine("người chủ trì", 300),
    participants: optionalText("thành phần", 2000),
    preparedBy: optionalLine("đơn vị chuẩn bị", 300),
    status: z.preprocess(
      (value) => (value === "" || value == null ? "PLANNED" : value),
      z.enum(SCHEDULE_STATUSES, { error: fieldMessages.invalid("tình trạng") }),
    ),
  })
  .refine((e) => e.allDay || e.startTime !== null, { message: "Vui lòng nhập giờ bắt đầu hoặc chọn “Cả ngày”", path: ["startTime"] })
  .refine((e) => e.allDay || e.endTime === null || e.startTime === null || e.endTime > e.startTime, {
    message: "Giờ kết thúc phải sau giờ bắt đầu",
    path: ["endTime"],
  });

export type ScheduleInput = z.output<typeof entrySchema>;

/** The start and end instants of a form's day and times (Vietnam's clocks). */
function timesOf(data: ScheduleInput): { startsAt: Date; endsAt: Date | null } {
  const day = data.day!.toISOString().slice(0, 10);
  if (data.allDay) return { startsAt: vietnamDayStart(data.day!), endsAt: null };
  return { startsAt: fromVietnamLocal(`${day}T${data.startTime}`), endsAt: data.endTime ? fromVietnamLocal(`${day}T${data.endTime}`) : null };
}

/** Creates or changes an entry; returns its id. Two people saving the same entry: the second gets a 409. */
export async function saveScheduleEntry(actor: Actor | null, input: unknown): Promise<{ id: number }> {
  authorize(actor, "schedule.manage");
  const data = parseInput(entrySchema, input);
  const { startsAt, endsAt } = timesOf(data);
  const officialIds = [...new Set(data.officialIds)];
  const { id, touched } = await db.$transaction(async (tx) => {
    const found = await tx.official.count({ where: { id: { in: officialIds } } });
    if (found !== officialIds.length) throw new NotFoundError("Có lãnh đạo được chọn không còn trong danh bạ. Hãy tải lại trang.");
    const fields = {
      startsAt,
      endsAt,
      allDay: data.allDay,
      content: data.content,
      place: data.place,
      chair: data.chair,
      participants: data.participants,
      preparedBy: data.preparedBy,
    };
    if (data.id) {
      const before = await tx.scheduleEntry.findUnique({ where: { id: data.id }, include: { officials: { select: { officialId: true } } } });
      if (!before) throw new NotFoundError("Lịch này không còn tồn tại.");
      const moved = before.startsAt.getTime() !== startsAt.getTime();
      // A new time marks the entry "Thay đổi thời gian" (unless it is postponed) and keeps the start it
      // was first announced with, so that the old week still shows it.
      const status = moved && data.status === "PLANNED" ? "TIME_CHANGED" : data.status;
      const previousStartsAt = moved ? (before.previousStartsAt ?? before.startsAt) : before.previousStartsAt;
      const { count } = await tx.scheduleEntry.updateMany({
        where: { id: data.id, updatedAt: data.expectedUpdatedAt ?? new Date(0) },
        data: { ...fields, status, previousStartsAt: status === "PLANNED" && !moved ? null : previousStartsAt },
      });
      if (count !== 1) throw new ConflictError(CONFLICT_MESSAGE);
      await tx.scheduleEntryOfficial.deleteMany({ where: { entryId: data.id } });
      await tx.scheduleEntryOfficial.createMany({ data: officialIds.map((officialId) => ({ entryId: data.id!, officialId })) });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "schedule.update",
        entity: "ScheduleEntry",
        entityId: data.id,
        details: {
          from: { startsAt: before.startsAt.toISOString(), scheduleStatus: before.status },
          to: { startsAt: startsAt.toISOString(), scheduleStatus: status },
          content: data.content,
        },
      });
      return { id: data.id, touched: [...before.officials.map((o) => o.officialId), ...officialIds] };
    }
    const created = await tx.scheduleEntry.create({
      data: { ...fields, status: data.status, officials: { create: officialIds.map((officialId) => ({ officialId })) } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "schedule.create",
      entity: "ScheduleEntry",
      entityId: created.id,
      details: { startsAt: startsAt.toISOString(), content: data.content, scheduleStatus: data.status },
    });
    return { id: created.id, touched: officialIds };
  });
  invalidate({ kind: "schedule", officialIds: [...new Set(touched)] });
  return { id };
}

/** The entries of a week for the staff list, in time order. */
export function listWeekForAdmin(monday: Date) {
  const { from, to } = weekRange(monday);
  return db.scheduleEntry.findMany({
    where: { startsAt: { gte: from, lt: to } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    include: { officials: { select: { official: { select: { id: true, fullName: true } } } } },
  });
}

export function getScheduleEntryForEdit(id: number) {
  return db.scheduleEntry.findUnique({ where: { id }, include: { officials: { select: { officialId: true } } } });
}

/** Every official of the directory, for the form's checkboxes, in directory order. */
export function listOfficialChoices() {
  return db.official.findMany({ orderBy: [{ group: { position: "asc" } }, { position: "asc" }, { id: "asc" }], select: { id: true, fullName: true } });
}
