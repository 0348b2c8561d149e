import { STATUS_LABELS } from "@/lib/articles/workflow";
import { BANNER_SLOTS } from "@/lib/home/slots";
import { ROLE_LABELS } from "@/lib/people/roles";
import { SCHEDULE_STATUS_LABELS } from "@/lib/schedule/status";
import { SETTING_LABELS } from "@/lib/settings";
import { formatDateTime } from "@/lib/text/date";

/**
 * The audit log's "Đối tượng" and "Chi tiết" columns in Vietnamese: the rows store codes and JSON
 * (lib/audit/log.ts), which this turns into "Trạng thái: Đã đăng → Đã gỡ; Ghi chú: …".
 */
const ENTITY_LABELS: Record<string, string> = {
  Article: "Bài viết",
  Banner: "Banner",
  Category: "Chuyên mục",
  HomeSlot: "Vị trí trang chủ",
  IP: "Địa chỉ IP",
  Media: "Ảnh",
  Official: "Lãnh đạo",
  OfficialGroup: "Nhóm lãnh đạo",
  ScheduleEntry: "Lịch công tác",
  SiteSetting: "Cài đặt",
  User: "Tài khoản",
};

const FIELD_LABELS: Record<string, string> = {
  active: "Đang hoạt động",
  alt: "Mô tả",
  articles: "Số bài chuyển",
  categoryId: "Chuyên mục (mã)",
  homePosition: "Vị trí trên trang chủ",
  blocks: "Các khối",
  changed: "Mục đã đổi",
  children: "Số chuyên mục con chuyển",
  content: "Nội dung",
  count: "Số bản",
  direction: "Hướng",
  displayName: "Tên hiển thị",
  email: "Email",
  failures: "Số lần sai",
  fullName: "Họ tên",
  ip: "Địa chỉ IP",
  lockedMinutes: "Khoá (phút)",
  name: "Tên",
  note: "Ghi chú",
  parentId: "Chuyên mục cha (mã)",
  path: "Tệp",
  position: "Thứ tự",
  positions: "Số chức vụ",
  reason: "Lý do",
  revisionId: "Mã phiên bản",
  role: "Vai trò",
  scheduledAt: "Hẹn đăng lúc",
  scheduledById: "Người hẹn giờ (mã)",
  slot: "Vị trí",
  startsAt: "Bắt đầu",
  scheduleStatus: "Tình trạng",
  slug: "Đường dẫn",
  title: "Tiêu đề",
  toId: "Sang chuyên mục (mã)",
  version: "Phiên bản",
  via: "Thực hiện bởi",
};

/** What a top-level from/to pair (or a lone "from") means, per action. */
const CHANGE_LABELS: Record<string, string> = {
  "home.feature": "Bài (mã)",
  "article.lock_take_over": "Người đang sửa (mã)",
};

/** Codes some fields hold, by field name ("status" is the workflow's from/to). */
const VALUE_LABELS: Record<string, Record<string, string>> = {
  status: STATUS_LABELS,
  role: ROLE_LABELS,
  scheduleStatus: SCHEDULE_STATUS_LABELS,
  slot: Object.fromEntries(BANNER_SLOTS.map((slot) => [slot.key, slot.label])),
  changed: SETTING_LABELS,
  direction: { up: "lên", down: "xuống" },
  via: { scheduler: "hệ thống (đăng theo lịch)" },
};

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export function auditEntityLabel(entity: string): string {
  return ENTITY_LABELS[entity] ?? entity;
}

/** The row's details in words, cut at `maxLength` characters (a long review note, many blocks). */
export function describeAuditDetails(action: string, details: unknown, maxLength = 400): string {
  const text = describe(action, details);
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

function describe(action: string, details: unknown): string {
  if (!isRecord(details)) return details == null ? "" : formatValue(details);
  const parts: string[] = [];
  const { from, to, ...rest } = details;
  if (isRecord(from) || isRecord(to)) parts.push(...changedFields(isRecord(from) ? from : {}, isRecord(to) ? to : {}));
  else if (from !== undefined || to !== undefined) {
    const key = action.startsWith("article.") && action !== "article.lock_take_over" ? "status" : undefined;
    const label = CHANGE_LABELS[action] ?? (key ? "Trạng thái" : "Thay đổi");
    parts.push(to === undefined ? `${label}: ${formatValue(from, key)}` : `${label}: ${formatValue(from, key)} → ${formatValue(to, key)}`);
  }
  for (const [key, value] of Object.entries(rest)) parts.push(field(key, value));
  return parts.join("; ");
}

/** "Vai trò: Phóng viên → Biên tập viên" for each field whose value changed. */
function changedFields(from: Record<string, unknown>, to: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  return keys
    .filter((key) => JSON.stringify(from[key]) !== JSON.stringify(to[key]))
    .map((key) => `${FIELD_LABELS[key] ?? key}: ${formatValue(from[key], key)} → ${formatValue(to[key], key)}`);
}

function field(key: string, value: unknown): string {
  return `${FIELD_LABELS[key] ?? key}: ${formatValue(value, key)}`;
}

function formatValue(value: unknown, key?: string): string {
  if (value === null || value === undefined || value === "") return "(trống)";
  if (typeof value === "boolean") return value ? "có" : "không";
  if (typeof value === "string") return ISO_TIME.test(value) ? formatDateTime(new Date(value)) : ((key && VALUE_LABELS[key]?.[value]) ?? value);
  if (Array.isArray(value)) return value.map((item) => formatValue(item, key)).join(value.some(isRecord) ? " | " : ", ");
  if (isRecord(value))
    return Object.entries(value)
      .map(([inner, v]) => field(inner, v))
      .join(", ");
  return String(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
