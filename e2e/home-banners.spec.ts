import { expect, test } from "@playwright/test";
import { acceptDialogs, signInAsAdmin } from "./admin-helpers";

test("a banner shows where its slot says: under the featured news, between the category blocks, or in the side column", async ({ page }) => {
  acceptDialogs(page);
  await signInAsAdmin(page, "/admin/trang-chu");
  const add = async (slot: string, alt: string) => {
    const form = page.getByTestId("new-banner");
    await form.getByLabel("Vị trí").selectOption({ label: slot });
    await form.getByLabel("Ảnh banner").fill("/banners/hoc-tap-lam-theo-bac.png");
    await form.getByLabel("Liên kết").fill("https://dangcongsan.vn");
    await form.getByLabel("Mô tả ảnh (alt)").fill(alt);
    await form.getByRole("button", { name: "Thêm banner" }).click();
    await expect(form.getByRole("status")).toHaveText("Đã lưu banner.");
    // The status of the previous add may still show: wait for this banner's own row in the list.
    await expect(page.locator(`[data-testid^="banner-"] input[value="${alt}"]`)).toHaveCount(1);
  };
  await add("Trang chủ – dưới tin nổi bật", "Banner dưới tin nổi bật");
  await add("Trang chủ – giữa các khối chuyên mục", "Banner giữa các khối");

  await page.goto("/");
  const top = page.getByRole("complementary", { name: "Liên kết dưới tin nổi bật" });
  const middle = page.getByRole("complementary", { name: "Liên kết giữa trang" });
  const side = page.getByRole("complementary", { name: "Liên kết nổi bật" });
  await expect(top.getByRole("img", { name: "Banner dưới tin nổi bật" })).toBeVisible();
  await expect(middle.getByRole("img", { name: "Banner giữa các khối" })).toBeVisible();
  await expect(side.getByRole("img", { name: /Học tập và làm theo/ })).toBeVisible();
  await expect(side.getByRole("img", { name: /Banner/ })).toHaveCount(0);
  // Under the featured news: after "Tin mới nhất", before the first category block.
  const topBox = (await top.boundingBox())!;
  expect(topBox.y).toBeGreaterThan((await page.getByRole("heading", { name: "Tin mới nhất" }).boundingBox())!.y);

  // Leave the home page as the other specs expect it.
  await page.goto("/admin/trang-chu");
  for (const alt of ["Banner dưới tin nổi bật", "Banner giữa các khối"]) {
    const row = page.locator('[data-testid^="banner-"]').filter({ has: page.locator(`input[value="${alt}"]`) });
    await row.getByRole("button", { name: "Xoá banner" }).click();
    await expect(row).toHaveCount(0);
  }
});
