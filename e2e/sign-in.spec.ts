import { expect, test } from "@playwright/test";
import { E2E_ADMIN } from "./fixtures";

test("an anonymous visitor of /admin is sent to the sign-in page", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=%2Fadmin/);
  await expect(page.getByRole("heading", { name: "Đăng nhập hệ thống" })).toBeVisible();
});

test("the admin signs in and sees their name and role", async ({ page }) => {
  await page.goto("/admin");
  await page.getByLabel("Email").fill(E2E_ADMIN.email.toUpperCase());
  await page.getByLabel("Mật khẩu").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByTestId("current-user")).toHaveText("Quản trị viên");
  await expect(page.getByTestId("current-role")).toHaveText("Quản trị viên");

  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/dang-nhap/);
});

test("a wrong password is refused with a message that does not say which part was wrong", async ({ page }) => {
  for (const [email, password] of [
    [E2E_ADMIN.email, "mat-khau-sai-hoan-toan"],
    ["khong-co@toasoan.vn", E2E_ADMIN.password],
  ] as const) {
    await page.goto("/dang-nhap");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Mật khẩu").fill(password);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Email hoặc mật khẩu không đúng.");
    await expect(page).toHaveURL(/\/dang-nhap/);
  }
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/dang-nhap/);
});
