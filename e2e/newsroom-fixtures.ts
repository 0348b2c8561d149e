/** The newsroom staff the e2e server creates (tests/support/create-e2e-staff.ts). */
export const E2E_REPORTER = {
  email: "phongvien@toasoan.vn",
  password: "e2e-mat-khau-phong-vien",
  displayName: "Lê Thị Phóng Viên",
  role: "REPORTER" as const,
  slug: "le-thi-phong-vien",
};
export const E2E_EDITOR = {
  email: "bientap@toasoan.vn",
  password: "e2e-mat-khau-bien-tap",
  displayName: "Hoàng Văn Biên Tập",
  role: "EDITOR" as const,
  slug: "hoang-van-bien-tap",
};
