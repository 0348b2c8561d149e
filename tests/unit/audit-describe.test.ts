import { describe, expect, it } from "vitest";
import { auditEntityLabel, describeAuditDetails } from "@/lib/audit/describe";

describe("the audit log's details in Vietnamese", () => {
  it("names a workflow step's statuses, its note and its schedule in Vietnam time", () => {
    expect(describeAuditDetails("article.unpublish", { from: "PUBLISHED", to: "UNPUBLISHED", note: "Sai tên đại biểu" })).toBe(
      "Trạng thái: Đã đăng → Đã gỡ; Ghi chú: Sai tên đại biểu",
    );
    expect(describeAuditDetails("article.schedule", { from: "IN_REVIEW", to: "SCHEDULED", scheduledAt: "2022-03-23T01:30:00.000Z" })).toBe(
      "Trạng thái: Chờ duyệt → Hẹn giờ đăng; Hẹn đăng lúc: Thứ Tư, 23/03/2022 08:30",
    );
  });

  it("lists only what changed in an account or a category, with roles and yes/no in words", () => {
    expect(describeAuditDetails("staff.role_change", { from: { role: "REPORTER", active: true }, to: { role: "EDITOR", active: true } })).toBe(
      "Vai trò: Phóng viên → Biên tập viên",
    );
    expect(describeAuditDetails("staff.deactivate", { from: { role: "EDITOR", active: true }, to: { role: "EDITOR", active: false } })).toBe(
      "Đang hoạt động: có → không",
    );
    expect(
      describeAuditDetails("category.update", {
        from: { name: "Tin tức", slug: "tin-tuc", parentId: null },
        to: { name: "Tin tức - Sự kiện", slug: "tin-tuc-su-kien", parentId: null },
      }),
    ).toBe("Tên: Tin tức → Tin tức - Sự kiện; Đường dẫn: tin-tuc → tin-tuc-su-kien");
  });

  it("names settings, banner places and the scheduler, and leaves free text as it was typed", () => {
    expect(describeAuditDetails("settings.update", { changed: ["siteName", "phone"] })).toBe("Mục đã đổi: Tên cổng thông tin, Điện thoại");
    expect(describeAuditDetails("banner.create", { slot: "sidebar", alt: "PHONE" })).toBe("Vị trí: Cột phải; Mô tả: PHONE");
    expect(describeAuditDetails("article.publish_scheduled", { version: 4, via: "scheduler", scheduledById: 2 })).toBe(
      "Phiên bản: 4; Thực hiện bởi: hệ thống (đăng theo lịch); Người hẹn giờ (mã): 2",
    );
    expect(describeAuditDetails("home.feature", { from: null, to: 12 })).toBe("Bài (mã): (trống) → 12");
  });

  it("cuts a long note, and names the kind of thing acted on", () => {
    const text = describeAuditDetails("article.return", { from: "IN_REVIEW", to: "DRAFT", note: "Sửa lại. ".repeat(100) });
    expect(text).toHaveLength(400);
    expect(text.endsWith("…")).toBe(true);
    expect(describeAuditDetails("article.save", null)).toBe("");
    expect(auditEntityLabel("Article")).toBe("Bài viết");
    expect(auditEntityLabel("Unknown")).toBe("Unknown");
  });
});
