import type { ScheduleStatus } from "@/lib/db/generated/enums";

/** How a schedule entry's state reads on the site and in the staff screens. */
export const SCHEDULE_STATUS_LABELS: Record<ScheduleStatus, string> = {
  PLANNED: "Theo kế hoạch",
  POSTPONED: "Hoãn",
  TIME_CHANGED: "Thay đổi thời gian",
};

export const SCHEDULE_STATUSES = Object.keys(SCHEDULE_STATUS_LABELS) as ScheduleStatus[];
