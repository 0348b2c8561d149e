import type { Tx } from "@/lib/db";
import { weekDays, weekStartOf } from "@/lib/schedule/week";
import { fromVietnamLocal, vietnamDayStart } from "@/lib/text/date";
import { normalizeLine, normalizeText } from "@/lib/text/vietnamese";

type DemoEntry = {
  /** 0 = Monday of the current week. */
  day: number;
  start: string | null;
  end?: string;
  officials: string[];
  content: string;
  place: string;
  chair?: string;
  participants?: string;
  preparedBy?: string;
  status?: "POSTPONED" | "TIME_CHANGED";
  /** For a changed time: the day and time first announced. */
  previous?: { day: number; start: string };
};

const ENTRIES: DemoEntry[] = [
  {
    day: 0,
    start: "07:30",
    end: "11:30",
    officials: ["nguyen-duc-trung", "thai-thanh-quy"],
    content: "Dự Hội nghị giao ban Thường trực Tỉnh ủy tuần",
    place: "Phòng họp số 1, Tỉnh ủy",
    chair: "Đồng chí Bí thư Tỉnh ủy",
    participants: "Các đồng chí Thường trực Tỉnh ủy; lãnh đạo Văn phòng Tỉnh ủy",
    preparedBy: "Văn phòng Tỉnh ủy",
  },
  {
    day: 0,
    start: "14:00",
    end: "17:00",
    officials: ["nguyen-van-thong"],
    content: "Làm việc với Ban Tuyên giáo Tỉnh ủy về công tác tuyên truyền quý I",
    place: "Trụ sở Ban Tuyên giáo Tỉnh ủy",
    preparedBy: "Ban Tuyên giáo Tỉnh ủy",
  },
  {
    day: 1,
    start: "08:00",
    end: "11:00",
    officials: ["nguyen-duc-trung"],
    content: "Kiểm tra tiến độ xây dựng nông thôn mới tại huyện Nam Đàn",
    place: "Huyện Nam Đàn",
    participants: "Lãnh đạo Sở Nông nghiệp và Môi trường, UBND huyện Nam Đàn",
    preparedBy: "Sở Nông nghiệp và Môi trường",
  },
  {
    day: 2,
    start: null,
    officials: ["thai-thanh-quy"],
    content: "Đi công tác tại Hà Nội",
    place: "Thành phố Hà Nội",
  },
  {
    day: 3,
    start: "08:00",
    officials: ["nguyen-van-thong", "thai-thanh-quy"],
    content: "Họp Ban Thường vụ Tỉnh ủy cho ý kiến về đề án phát triển kinh tế biển",
    place: "Phòng họp số 1, Tỉnh ủy",
    chair: "Đồng chí Phó Bí thư Thường trực Tỉnh ủy",
    preparedBy: "Văn phòng Tỉnh ủy",
    status: "POSTPONED",
  },
  {
    day: 4,
    start: "14:00",
    end: "16:30",
    officials: ["nguyen-duc-trung"],
    content: "Tiếp công dân định kỳ",
    place: "Trụ sở Tiếp công dân tỉnh",
    preparedBy: "Ban Tiếp công dân tỉnh",
    status: "TIME_CHANGED",
    previous: { day: 3, start: "14:00" },
  },
];

/**
 * A week of the work schedule around today for the demo site: written once, into an empty schedule
 * (seeding again leaves the entries staff have entered or changed as they are).
 */
export async function seedDemoSchedule(tx: Tx, officialIds: Map<string, number>, now = new Date()): Promise<number> {
  if ((await tx.scheduleEntry.count()) > 0) return 0;
  const days = weekDays(weekStartOf(now));
  const at = (day: number, time: string) => fromVietnamLocal(`${days[day]!.toISOString().slice(0, 10)}T${time}`);
  for (const entry of ENTRIES) {
    const ids = entry.officials.map((slug) => officialIds.get(slug)).filter((id): id is number => id !== undefined);
    await tx.scheduleEntry.create({
      data: {
        startsAt: entry.start ? at(entry.day, entry.start) : vietnamDayStart(days[entry.day]!),
        endsAt: entry.start && entry.end ? at(entry.day, entry.end) : null,
        allDay: entry.start === null,
        content: normalizeText(entry.content),
        place: normalizeLine(entry.place),
        chair: normalizeLine(entry.chair ?? ""),
        participants: normalizeText(entry.participants ?? ""),
        preparedBy: normalizeLine(entry.preparedBy ?? ""),
        status: entry.status ?? "PLANNED",
        previousStartsAt: entry.previous ? at(entry.previous.day, entry.previous.start) : null,
        officials: { create: ids.map((officialId) => ({ officialId })) },
      },
    });
  }
  return ENTRIES.length;
}
