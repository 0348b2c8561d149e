import { expect, test } from "@playwright/test";
import { signInAsAdmin } from "./admin-helpers";
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

test("signing out ends this device's session only; signing out everywhere ends them all", async ({ browser, baseURL }) => {
  const open = async () => {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await signInAsAdmin(page);
    return { context, page };
  };
  const laptop = await open();
  const phone = await open();
  const laptopCookies = await laptop.context.cookies();

  await laptop.page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(laptop.page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  await phone.page.goto("/admin");
  await expect(phone.page.getByTestId("current-user")).toHaveText("Quản trị viên");
  // The signed-out session's cookie, kept or replayed, no longer works.
  const replay = await browser.newContext({ baseURL });
  await replay.addCookies(laptopCookies);
  const replayPage = await replay.newPage();
  await replayPage.goto("/admin");
  await expect(replayPage).toHaveURL(/\/dang-nhap/);

  const desktop = await open();
  await phone.page.goto("/admin/ho-so");
  await phone.page.getByRole("button", { name: "Đăng xuất khỏi mọi thiết bị" }).click();
  await expect(phone.page).toHaveURL(/\/dang-nhap/);
  await desktop.page.goto("/admin");
  await expect(desktop.page).toHaveURL(/\/dang-nhap/);
  for (const context of [laptop.context, phone.context, desktop.context, replay]) await context.close();
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
