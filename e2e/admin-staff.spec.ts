import { expect, test } from "@playwright/test";
import { acceptDialogs, changeForcedPassword, createAccount, signIn, signInAsAdmin } from "./admin-helpers";

test("an admin deactivates a signed-in reporter, whose next request lands on the sign-in page", async ({ browser }) => {
  const suffix = Date.now().toString(36);
  const email = `pv-${suffix}@toasoan.vn`;
  const adminContext = await browser.newContext();
  const reporterContext = await browser.newContext();
  const admin = await adminContext.newPage();
  const reporter = await reporterContext.newPage();
  acceptDialogs(admin);

  await signInAsAdmin(admin, "/admin/nhan-su");
  const temporary = await createAccount(admin, email, "Phóng viên Thử", "Phóng viên");

  // First sign-in: held on the password change page until a new password is chosen.
  await signIn(reporter, email, temporary);
  await changeForcedPassword(reporter, temporary, "mat-khau-rieng-cua-toi");
  await expect(reporter.getByTestId("current-role")).toHaveText("Phóng viên");
  await expect(reporter.getByRole("navigation", { name: "Quản trị" }).getByRole("link", { name: "Tài khoản" })).toHaveCount(0);
  await reporter.goto("/admin/nhan-su");
  await expect(reporter.getByText("Chức năng này chỉ dành cho quản trị viên.")).toBeVisible();

  await admin.reload();
  const card = admin.getByTestId(`staff-${email}`);
  await card.getByLabel("Đang hoạt động").uncheck();
  await card.getByRole("button", { name: "Lưu vai trò và trạng thái" }).click();
  await expect(card.getByRole("status")).toContainText("Đã lưu");

  await reporter.goto("/admin");
  await expect(reporter).toHaveURL(/\/dang-nhap/);
  await signIn(reporter, email, "mat-khau-rieng-cua-toi");
  await expect(reporter.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Email hoặc mật khẩu không đúng.");

  await adminContext.close();
  await reporterContext.close();
});

test("a password reset ends the user's session and forces a new password", async ({ browser }) => {
  // Three sign-ins and two password changes (argon2 each time): slow on a loaded 2-core machine.
  test.slow();
  const suffix = Date.now().toString(36);
  const email = `btv-${suffix}@toasoan.vn`;
  const adminContext = await browser.newContext();
  const editorContext = await browser.newContext();
  const admin = await adminContext.newPage();
  const editor = await editorContext.newPage();
  acceptDialogs(admin);

  await signInAsAdmin(admin, "/admin/nhan-su");
  const temporary = await createAccount(admin, email, "Biên tập Thử", "Biên tập viên");
  await signIn(editor, email, temporary);
  await changeForcedPassword(editor, temporary, "bien-tap-mat-khau-1");

  await admin.reload();
  const card = admin.getByTestId(`staff-${email}`);
  await card.getByRole("button", { name: "Đặt lại mật khẩu" }).click();
  const status = card.getByRole("status");
  await expect(status).toContainText("Mật khẩu tạm mới");
  const reset = /\(chỉ hiện một lần\): (\S+)/.exec((await status.textContent()) ?? "")![1]!;

  await editor.goto("/admin");
  await expect(editor).toHaveURL(/\/dang-nhap/);
  await signIn(editor, email, reset);
  await expect(editor).toHaveURL(/\/doi-mat-khau$/);
  await editor.goto("/admin/ho-so");
  await expect(editor).toHaveURL(/\/doi-mat-khau$/);
  // A preview link from the editor, opened before the new password is chosen, leads there too (not to sign-in).
  await editor.goto("/api/preview?id=1");
  await expect(editor).toHaveURL(/\/doi-mat-khau$/);
  await changeForcedPassword(editor, reset, "bien-tap-mat-khau-2");

  await adminContext.close();
  await editorContext.close();
});

test("a late admin request does not re-issue the session cookie, so signing out sticks", async ({ page }) => {
  await signInAsAdmin(page, "/admin");
  const response = await page.request.get("/admin/ho-so", { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie")).toEqual([]);
});

test("a user edits their public author profile", async ({ page }) => {
  await signInAsAdmin(page, "/admin/ho-so");
  const form = page.getByTestId("profile-form");
  await form.getByLabel("Giới thiệu").fill("Phụ trách cổng thông tin.");
  await form.getByLabel("Ảnh đại diện").fill("javascript:alert(1)");
  await form.getByRole("button", { name: "Lưu hồ sơ" }).click();
  await expect(form.getByLabel("Ảnh đại diện")).toHaveAccessibleDescription(/Ảnh đại diện phải là đường dẫn/);
  await expect(form.getByLabel("Ảnh đại diện")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Giới thiệu")).not.toHaveAttribute("aria-invalid");
  await form.getByLabel("Ảnh đại diện").fill("/og-mac-dinh.png");
  await form.getByRole("button", { name: "Lưu hồ sơ" }).click();
  await expect(form.getByRole("status")).toHaveText("Đã lưu hồ sơ.");
  await expect(form.getByLabel("Ảnh đại diện")).not.toHaveAttribute("aria-invalid");
  await page.reload();
  await expect(page.getByTestId("profile-form").getByLabel("Giới thiệu")).toHaveValue("Phụ trách cổng thông tin.");
});

test("after five wrong passwords for an account, the sign-in page says to wait, in Vietnamese", async ({ page }) => {
  const email = `khoa-${Date.now().toString(36)}@toasoan.vn`;
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signIn(page, email, `sai-mat-khau-${attempt}`, "/dang-nhap");
    const expected = attempt < 5 ? "Email hoặc mật khẩu không đúng." : "Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.";
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(expected);
  }
});

test("two admins saving one account: the second, from a page loaded before, is told instead of undoing the first", async ({ browser }) => {
  const email = `hai-qt-${Date.now().toString(36)}@toasoan.vn`;
  const context = await browser.newContext();
  const first = await context.newPage();
  acceptDialogs(first);
  await signInAsAdmin(first, "/admin/nhan-su");
  await createAccount(first, email, "Phóng viên Hai người sửa", "Phóng viên");
  await first.reload();
  const second = await context.newPage();
  await second.goto("/admin/nhan-su");

  const card = first.getByTestId(`staff-${email}`);
  await card.getByLabel("Vai trò").selectOption({ label: "Biên tập viên" });
  await card.getByRole("button", { name: "Lưu vai trò và trạng thái" }).click();
  await expect(card.getByRole("status")).toContainText("Đã lưu");
  // The same form again, without reloading: it now carries the new role as its version.
  await card.getByLabel("Đang hoạt động").uncheck();
  await card.getByRole("button", { name: "Lưu vai trò và trạng thái" }).click();
  await expect(card.getByText("Biên tập viên · Đã khoá")).toBeVisible();

  // The other tab still shows an active reporter: activating it there would undo both changes.
  const stale = second.getByTestId(`staff-${email}`);
  await stale.getByRole("button", { name: "Lưu vai trò và trạng thái" }).click();
  await expect(stale.getByRole("alert")).toContainText("vừa được người khác thay đổi");
  await second.reload();
  await expect(second.getByTestId(`staff-${email}`).getByText("Biên tập viên · Đã khoá")).toBeVisible();
  await context.close();
});
