/**
 * Vietnamese names of the audited actions, for the audit log screen and the dashboard's recent
 * activity. recordAudit accepts only these actions (AuditAction), so a new one cannot go unnamed.
 */
const LABELS = {
  "auth.sign_in": "Đăng nhập",
  // Written once per account per throttle window (its first failure), then when the account or the
  // address is locked (lib/people/rate-limit.ts, auditFailedAttempt).
  "auth.sign_in_failed": "Đăng nhập thất bại",
  "auth.sign_in_locked": "Tạm khoá đăng nhập tài khoản (sai mật khẩu quá nhiều lần)",
  "auth.sign_in_address_locked": "Tạm chặn đăng nhập từ địa chỉ IP (sai quá nhiều lần)",
  // No longer written (each refused attempt was a row); kept to name older rows.
  "auth.sign_in_refused": "Đăng nhập bị chặn (sai quá nhiều lần)",
  "account.password_change": "Đổi mật khẩu",
  "account.profile_update": "Sửa hồ sơ tác giả",
  "staff.create": "Tạo tài khoản",
  "staff.role_change": "Đổi vai trò",
  "staff.activate": "Mở khoá tài khoản",
  "staff.deactivate": "Khoá tài khoản",
  "staff.password_reset": "Đặt lại mật khẩu",
  "category.create": "Tạo chuyên mục",
  "category.update": "Sửa chuyên mục",
  "category.reorder": "Sắp xếp chuyên mục",
  "category.delete": "Xoá chuyên mục",
  "category.move_contents": "Chuyển nội dung chuyên mục",
  "official.create": "Thêm lãnh đạo",
  "official.update": "Sửa hồ sơ lãnh đạo",
  "official.delete": "Xoá hồ sơ lãnh đạo",
  "official_group.create": "Tạo nhóm lãnh đạo",
  "official_group.update": "Sửa nhóm lãnh đạo",
  "official_group.delete": "Xoá nhóm lãnh đạo",
  "schedule.create": "Thêm lịch công tác",
  "schedule.update": "Sửa lịch công tác",
  "home.feature": "Chọn tin nổi bật",
  "home.category_blocks": "Sắp xếp khối chuyên mục trang chủ",
  "banner.create": "Thêm banner",
  "banner.update": "Sửa banner",
  "banner.delete": "Xoá banner",
  "settings.update": "Sửa cài đặt",
  "article.create": "Tạo bài viết",
  "article.save": "Lưu bài viết",
  "article.autosave": "Tự động lưu bản nháp",
  "article.autosave_discard": "Bỏ bản tự động lưu",
  "article.restore": "Khôi phục phiên bản cũ",
  "article.submit": "Gửi duyệt",
  "article.publish": "Duyệt và đăng",
  "article.schedule": "Hẹn giờ đăng",
  "article.unpublish": "Gỡ bài",
  "article.return": "Trả lại phóng viên",
  "article.lock_take_over": "Tiếp quản bài đang được người khác sửa",
  "media.upload": "Tải ảnh lên thư viện",
  "media.edit": "Sửa thông tin ảnh",
  "media.delete": "Xoá ảnh khỏi thư viện",
  // The person of such a row is the editor who scheduled the article; the scheduler published it for them.
  "article.publish_scheduled": "Tự động đăng theo lịch (hệ thống đăng thay người hẹn giờ)",
  // The scheduler refused to publish for an editor who may no longer (demoted or deactivated).
  "article.schedule_refused": "Không tự động đăng theo lịch (người hẹn giờ không còn quyền)",
  // Hỏi đáp (lib/questions): the reader's submission has no actor.
  "question.create": "Bạn đọc gửi câu hỏi",
  "question.view_personal": "Xem thông tin cá nhân của người hỏi",
  "question.update": "Sửa câu hỏi, phân công hoặc trả lời",
  "question.publish": "Đăng câu hỏi và trả lời",
  "question.unpublish": "Gỡ câu hỏi khỏi trang Hỏi đáp",
  "question.refuse": "Không tiếp nhận câu hỏi",
  "question_topic.create": "Thêm chủ đề hỏi đáp",
  "question_topic.update": "Sửa chủ đề hỏi đáp",
  // Lấy ý kiến dự thảo (lib/consultations): the reader's comment has no actor.
  "consultation.create": "Tạo dự thảo lấy ý kiến",
  "consultation.update": "Sửa dự thảo lấy ý kiến",
  "consultation.publish": "Đăng dự thảo lấy ý kiến",
  "consultation.unpublish": "Gỡ dự thảo khỏi trang Lấy ý kiến",
  "consultation.file_add": "Đính kèm tệp vào dự thảo",
  "consultation.file_remove": "Xoá tệp của dự thảo",
  "consultation.export": "Xuất góp ý của dự thảo (có thông tin cá nhân)",
  "consultation_comment.create": "Bạn đọc gửi góp ý dự thảo",
  "consultation_comment.view_personal": "Xem thông tin cá nhân của người góp ý",
  "consultation_comment.moderate": "Duyệt góp ý dự thảo",
  // Văn bản (lib/documents).
  "document.create": "Thêm văn bản",
  "document.update": "Sửa văn bản",
  "document.publish": "Đăng văn bản",
  "document.withdraw": "Gỡ văn bản khỏi trang Văn bản",
  "document.file_add": "Đính kèm tệp vào văn bản",
  "document.file_remove": "Xoá tệp của văn bản",
  "document.relation_add": "Thêm quan hệ giữa hai văn bản",
  "document.relation_remove": "Xoá quan hệ giữa hai văn bản",
  "document_type.create": "Thêm loại văn bản",
  "document_type.update": "Sửa loại văn bản",
  "issuing_body.create": "Thêm cơ quan ban hành",
  "issuing_body.update": "Sửa cơ quan ban hành",
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof LABELS;

/** Rows written before an action was renamed show their code. */
export function auditActionLabel(action: string): string {
  return (LABELS as Record<string, string>)[action] ?? action;
}
