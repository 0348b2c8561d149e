import {
  can,
  type Actor,
  type AdminAction,
  type ArticleAction,
  type ConsultationAction,
  type DocumentAction,
  type QuestionAction,
  type ScheduleAction,
} from "@/lib/people/policy";
import { AdminNavLinks } from "./AdminNavLinks";

type Item = { href: string; label: string; requires?: AdminAction | ArticleAction | ConsultationAction | DocumentAction | QuestionAction | ScheduleAction };

// Every staff screen, in menu order. A screen's page still authorises on the server.
const ITEMS: Item[] = [
  { href: "/admin", label: "Bảng điều khiển" },
  { href: "/admin/bai-viet", label: "Bài viết" },
  { href: "/admin/thu-vien", label: "Thư viện ảnh" },
  { href: "/admin/van-ban", label: "Văn bản", requires: "documents.manage" },
  { href: "/admin/hoi-dap", label: "Hỏi đáp", requires: "questions.moderate" },
  { href: "/admin/lay-y-kien", label: "Lấy ý kiến dự thảo", requires: "consultations.manage" },
  { href: "/admin/trang-chu", label: "Trang chủ", requires: "home.feature" },
  { href: "/admin/chuyen-muc", label: "Chuyên mục", requires: "categories.manage" },
  { href: "/admin/lanh-dao", label: "Lãnh đạo", requires: "officials.manage" },
  { href: "/admin/lich-cong-tac", label: "Lịch công tác", requires: "schedule.manage" },
  { href: "/admin/nhan-su", label: "Tài khoản", requires: "staff.manage" },
  { href: "/admin/cai-dat", label: "Cài đặt", requires: "settings.manage" },
  { href: "/admin/nhat-ky", label: "Nhật ký", requires: "audit.view" },
  { href: "/admin/ho-so", label: "Hồ sơ của tôi" },
];

export function AdminNav({ actor }: { actor: Actor }) {
  return (
    <nav aria-label="Quản trị" className="admin-nav">
      <AdminNavLinks items={ITEMS.filter((item) => !item.requires || can(actor, item.requires)).map(({ href, label }) => ({ href, label }))} />
    </nav>
  );
}
