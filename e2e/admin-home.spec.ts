import { expect, test } from "@playwright/test";
import { acceptDialogs, changeForcedPassword, createAccount, signIn, signInAsAdmin } from "./admin-helpers";

const SEED_TITLE = "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 3/2022";

test("an admin changes the featured article and the home page leads with it", async ({ page }) => {
  const other = "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 12/2022";
  const pick = async (title: string) => {
    await page.goto("/admin/trang-chu");
    const slot = page.getByTestId("slot-Home-latest-1");
    await slot.getByLabel("Tin nổi bật chính (Home-latest-1)").selectOption({ label: title });
    await slot.getByRole("button", { name: "Lưu" }).click();
    await expect(slot.getByRole("status")).toHaveText("Đã cập nhật tin nổi bật.");
  };
  await signInAsAdmin(page, "/admin/trang-chu");
  await pick(other);
  await page.reload();
  await expect(page.getByTestId("slot-Home-latest-1").locator("option:checked")).toHaveText(other);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 2, name: other })).toBeVisible();

  // A second featured slot shows under the lead, and is not repeated in "Tin mới nhất".
  const second = async (value: { label: string } | { value: string }) => {
    await page.goto("/admin/trang-chu");
    const slot = page.getByTestId("slot-Home-latest-2");
    await slot.getByRole("combobox").selectOption(value);
    await slot.getByRole("button", { name: "Lưu" }).click();
    await expect(slot.getByRole("status")).toHaveText("Đã cập nhật tin nổi bật.");
  };
  await second({ label: SEED_TITLE });
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Tin nổi bật" }).getByRole("link", { name: SEED_TITLE })).toBeVisible();
  await expect(page.getByRole("region", { name: "Tin mới nhất" }).getByRole("link", { name: SEED_TITLE })).toHaveCount(0);
  await second({ value: "" });

  // Put the demo lead back for the other specs.
  await pick(SEED_TITLE);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 2, name: SEED_TITLE })).toBeVisible();
  // Slot 2 is automatic again: it shows the newest article, not the lead a second time.
  await expect(page.getByRole("region", { name: "Tin nổi bật" }).getByRole("link", { name: SEED_TITLE })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Tin nổi bật" }).getByRole("listitem")).toHaveCount(4);
});

test("an admin adds a banner with dates and orders category blocks", async ({ page }) => {
  acceptDialogs(page);
  await signInAsAdmin(page, "/admin/trang-chu");
  const form = page.getByTestId("new-banner");
  await form.getByLabel("Ảnh banner").fill("/banners/hoc-tap-lam-theo-bac.png");
  await form.getByLabel("Liên kết").fill("https://dangcongsan.vn");
  await form.getByRole("button", { name: "Thêm banner" }).click();
  await expect(form.getByLabel("Mô tả ảnh (alt)")).toHaveAccessibleDescription("Vui lòng nhập mô tả ảnh (alt)");
  await form.getByLabel("Mô tả ảnh (alt)").fill("Chào mừng Đại hội Đảng bộ tỉnh");
  await form.getByLabel("Bắt đầu").fill("2026-11-01T08:00");
  await form.getByLabel("Kết thúc").fill("2026-12-31T17:00");
  await form.getByRole("button", { name: "Thêm banner" }).click();
  await expect(form.getByRole("status")).toHaveText("Đã lưu banner.");
  await page.reload();
  const saved = page.locator('[data-testid^="banner-"]').filter({ has: page.locator('input[value="Chào mừng Đại hội Đảng bộ tỉnh"]') });
  await expect(saved.getByLabel("Bắt đầu")).toHaveValue("2026-11-01T08:00");
  // Saved twice from the same form without reloading: each save carries the version it was shown.
  await saved.getByLabel("Thứ tự").fill("3");
  await saved.getByRole("button", { name: "Lưu banner" }).click();
  await expect(saved.getByRole("status")).toHaveText("Đã lưu banner.");
  await saved.getByLabel("Kết thúc").fill("2027-01-15T17:00");
  await saved.getByRole("button", { name: "Lưu banner" }).click();
  await expect(saved.getByRole("status")).toHaveText("Đã lưu banner.");
  await page.reload();
  await expect(saved.getByLabel("Thứ tự")).toHaveValue("3");
  await expect(saved.getByLabel("Kết thúc")).toHaveValue("2027-01-15T17:00");

  const blocks = page.getByTestId("category-blocks");
  await blocks.getByLabel("Tin tức - Sự kiện").fill("1");
  await blocks.getByRole("button", { name: "Lưu thứ tự khối" }).click();
  await expect(blocks.getByRole("status")).toHaveText("Đã lưu thứ tự các khối chuyên mục.");
  await page.reload();
  await expect(page.getByTestId("category-blocks").getByLabel("Tin tức - Sự kiện")).toHaveValue("1");
});

test("an admin changes the footer contact and sees it on the public site; the audit log records it", async ({ page }) => {
  await signInAsAdmin(page, "/admin/cai-dat");
  const form = page.getByTestId("settings-form");
  await form.getByLabel("Điện thoại").fill("0238 3 123 456");
  await form.getByRole("button", { name: "Lưu cài đặt" }).click();
  await expect(form.getByRole("status")).toContainText("Đã lưu cài đặt");
  // A second save from the same form is not mistaken for someone else's change.
  await form.getByLabel("Địa chỉ").fill("Số 3 đường Trường Thi, phường Thành Vinh, tỉnh Nghệ An");
  await form.getByLabel("Logo").fill("/og-mac-dinh.png");
  const saved = page.waitForResponse((response) => response.request().method() === "POST" && response.url().endsWith("/admin/cai-dat"));
  await form.getByRole("button", { name: "Lưu cài đặt" }).click();
  await saved;
  await expect(form.getByRole("status")).toContainText("Đã lưu cài đặt");

  await page.goto("/");
  await expect(page.getByRole("contentinfo")).toContainText("0238 3 123 456");
  await expect(page.getByRole("contentinfo")).toContainText("phường Thành Vinh");
  // The logo chosen in the settings heads the masthead, beside the portal's name.
  await expect(page.getByRole("banner").getByRole("link").first().locator("img")).toHaveAttribute("src", /og-mac-dinh\.png/);

  await page.goto("/admin/nhat-ky");
  await page.getByLabel("Hành động").selectOption({ label: "Sửa cài đặt" });
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/action=settings.update/);
  const rows = page.getByTestId("audit-log").locator("tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText("Quản trị viên");
  // What changed, in words: the settings the form names, not their codes.
  await expect(rows.last()).toContainText(/Cài đặt.*Mục đã đổi: Điện thoại/);
  await expect(rows.first()).toContainText(/Mục đã đổi: .*Logo.*Địa chỉ/);
  await expect(rows.first()).not.toContainText("logoUrl");
});

test("an editor may pick featured articles but sees no banner, block or settings management", async ({ browser }) => {
  // Two sign-ins, a new account and a password change (argon2 each time): slow on a loaded 2-core machine.
  test.slow();
  const email = `btv-home-${Date.now().toString(36)}@toasoan.vn`;
  const adminContext = await browser.newContext();
  const editorContext = await browser.newContext();
  const admin = await adminContext.newPage();
  const editor = await editorContext.newPage();
  await signInAsAdmin(admin, "/admin/nhan-su");
  const temporary = await createAccount(admin, email, "Biên tập Trang chủ", "Biên tập viên");
  await signIn(editor, email, temporary);
  await changeForcedPassword(editor, temporary, "bien-tap-trang-chu-1");

  await editor.goto("/admin/trang-chu");
  const slot = editor.getByTestId("slot-Home-latest-2");
  await slot.getByRole("combobox").selectOption({ label: SEED_TITLE });
  await slot.getByRole("button", { name: "Lưu" }).click();
  await expect(slot.getByRole("status")).toHaveText("Đã cập nhật tin nổi bật.");
  await expect(editor.getByRole("heading", { name: "Banner" })).toHaveCount(0);
  await expect(editor.getByTestId("category-blocks")).toHaveCount(0);
  await editor.goto("/admin/cai-dat");
  await expect(editor.getByText("Chức năng này chỉ dành cho quản trị viên.")).toBeVisible();

  await adminContext.close();
  await editorContext.close();
});

test("'Đọc nhiều' on the home page ranks the newest articles by views, refreshed when the home page changes", async ({ page }) => {
  await page.goto("/");
  const origin = new URL(page.url()).origin;
  const href = await page.getByRole("heading", { level: 2, name: SEED_TITLE }).getByRole("link").getAttribute("href");
  const id = /-(\d+)$/.exec(href!)![1];
  // Far more views than any other article gets from the other specs' visits, which all come from one
  // address (one view per article per 10 minutes): 30 readers, each at its own address (the e2e server
  // trusts one proxy, which the test plays), each sending twice (counted once).
  for (let i = 0; i < 60; i++) {
    const reader = { origin, "x-forwarded-for": `198.51.100.${(i % 30) + 1}` };
    expect((await page.request.post(`/api/luot-xem/${id}`, { headers: reader })).status()).toBe(200);
  }
  // Views are written every 2 s and expire no page: the list is re-read every 10 minutes, or at once when an editor changes the home page.
  await page.waitForTimeout(2_500);
  await signInAsAdmin(page, "/admin/trang-chu");
  const slot = page.getByTestId("slot-Home-latest-1");
  await slot.getByRole("button", { name: "Lưu" }).click();
  await expect(slot.getByRole("status")).toHaveText("Đã cập nhật tin nổi bật.");

  await page.goto("/");
  const mostRead = page.getByRole("region", { name: "Đọc nhiều" });
  await expect(mostRead.getByRole("listitem").first().getByRole("link", { name: SEED_TITLE })).toBeVisible();
  expect(await mostRead.getByRole("listitem").count()).toBeLessThanOrEqual(5);
});
