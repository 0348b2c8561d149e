import { expect, test } from "@playwright/test";
import { acceptDialogs, signInAsAdmin } from "./admin-helpers";

test("an admin renames a category's slug and its old URL answers 301 to the new one", async ({ page, request }) => {
  const suffix = Date.now().toString(36);
  await signInAsAdmin(page, "/admin/chuyen-muc");

  const create = page.locator("form").filter({ has: page.getByRole("button", { name: "Thêm chuyên mục" }) });
  await create.getByLabel("Tên chuyên mục").fill(`Chuyển đổi số ${suffix}`);
  await create.getByRole("button", { name: "Thêm chuyên mục" }).click();
  await expect(page.getByRole("status")).toContainText(`Đã tạo chuyên mục "Chuyển đổi số ${suffix}"`);

  // Visited once before the rename, so the proxy has already looked this path up.
  expect((await request.get(`/chuyen-muc/chuyen-doi-so-${suffix}`, { maxRedirects: 0 })).status()).not.toBe(301);

  await page.reload();
  await page.getByRole("link", { name: `Chuyển đổi số ${suffix}` }).click();
  await expect(page.getByRole("heading", { name: `Sửa chuyên mục: Chuyển đổi số ${suffix}` })).toBeVisible();
  await page.getByLabel("Tên chuyên mục").fill(`Kinh tế số ${suffix}`);
  await page.getByLabel("Đường dẫn").fill(`kinh-te-so-${suffix}`);
  await page.getByRole("button", { name: "Lưu chuyên mục" }).click();
  await expect(page).toHaveURL(/\/admin\/chuyen-muc\?da-luu=/);
  await expect(page.getByTestId(`category-kinh-te-so-${suffix}`)).toContainText(`Kinh tế số ${suffix}`);

  const old = await request.get(`/chuyen-muc/chuyen-doi-so-${suffix}`, { maxRedirects: 0 });
  expect(old.status()).toBe(301);
  expect(new URL(old.headers().location!, "http://x").pathname).toBe(`/chuyen-muc/kinh-te-so-${suffix}`);
  const current = await request.get(`/chuyen-muc/kinh-te-so-${suffix}`, { maxRedirects: 0 });
  expect(current.status()).not.toBe(301);
});

test("deleting a category that still has articles is refused with an offer to move them", async ({ page }) => {
  acceptDialogs(page);
  await signInAsAdmin(page, "/admin/chuyen-muc");
  await page.getByTestId("category-hoat-dong-cua-tinh-uy").getByRole("link").click();
  await page.getByRole("button", { name: "Xoá chuyên mục" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Không thể xoá" })).toContainText("Hãy chuyển chúng sang chuyên mục khác trước khi xoá");
  await expect(page.getByRole("button", { name: "Chuyển bài viết và chuyên mục con" })).toBeVisible();
});

test("a category's contents can be moved only to a category outside it", async ({ page }) => {
  await signInAsAdmin(page, "/admin/chuyen-muc");
  await page.getByTestId("category-tin-tuc-su-kien").getByRole("link").click();
  const target = page.getByLabel("Chuyển sang chuyên mục");
  await expect(target.locator("option", { hasText: "Xây dựng Đảng" })).toHaveCount(1);
  // Its own sub-categories are not offered (moving into them is refused).
  await expect(target.locator("option", { hasText: "Tin trong tỉnh" })).toHaveCount(0);
  await expect(target.locator("option", { hasText: "Tin tức - Sự kiện" })).toHaveCount(0);
});

test("moving a category that someone has just deleted says so instead of doing nothing", async ({ page, context }) => {
  acceptDialogs(page);
  const suffix = Date.now().toString(36);
  await signInAsAdmin(page, "/admin/chuyen-muc");
  const create = page.locator("form").filter({ has: page.getByRole("button", { name: "Thêm chuyên mục" }) });
  await create.getByLabel("Tên chuyên mục").fill(`Sắp bị xoá ${suffix}`);
  await create.getByRole("button", { name: "Thêm chuyên mục" }).click();
  await expect(page.getByRole("status")).toContainText(`Đã tạo chuyên mục "Sắp bị xoá ${suffix}"`);
  const stale = await context.newPage();
  await stale.goto("/admin/chuyen-muc");

  await page.reload();
  await page.getByRole("link", { name: `Sắp bị xoá ${suffix}` }).click();
  await page.getByRole("button", { name: "Xoá chuyên mục" }).click();
  await expect(page).toHaveURL(/da-xoa=1/);

  await stale.getByRole("button", { name: `Đưa "Sắp bị xoá ${suffix}" lên` }).click();
  await expect(stale.getByRole("alert").filter({ hasText: "Không sắp xếp được" })).toBeVisible();
  await expect(stale.getByRole("link", { name: `Sắp bị xoá ${suffix}` })).toHaveCount(0);
});
