import fs from "node:fs";
import { expect, test } from "@playwright/test";

const SEED_TITLE = "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 3/2022";

function sameCategoryTitles(): string[] {
  const text = fs.readFileSync("../shared/seed/000_b4e9e06ff108fe63.txt", "utf8").normalize("NFC");
  const lines = text
    .split("Tin cùng chuyên mục")[1]!
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.filter((line, i) => line !== lines[i - 1]);
}

test("a reader opens the home page, follows the seed article and sees its same-category list", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  // The lead article (it may be listed again under "Đọc nhiều").
  await page.getByRole("heading", { level: 2, name: SEED_TITLE }).getByRole("link").click();

  await expect(page).toHaveURL(/\/tin\/ban-thuong-vu-tinh-uy-hop-phien-thuong-ky-thang-3-2022-\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);
  await expect(page.getByText("Thứ Tư, 23/03/2022 08:30")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Đường dẫn" })).toContainText("Hoạt động của Tỉnh ủy");
  await expect(page.getByText(/^Sáng 23\/3, Ban Thường vụ Tỉnh ủy họp phiên/)).toBeVisible();
  await expect(page.getByText("Trần Thị Thanh Mơ", { exact: true })).toBeVisible();

  const related = page.getByRole("complementary", { name: "Tin cùng chuyên mục" });
  const titles = await related.getByRole("link").allTextContents();
  expect(titles).toEqual(sameCategoryTitles());
  expect(titles).toHaveLength(15);
  expect(titles).not.toContain(SEED_TITLE);

  await related.getByRole("link", { name: titles[0] }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(titles[0]!);
});

test("a wrong or old slug is redirected permanently to the article's address", async ({ page, request }) => {
  await page.goto("/");
  const href = await page.getByRole("heading", { level: 2, name: SEED_TITLE }).getByRole("link").getAttribute("href");
  const id = /-(\d+)$/.exec(href!)![1];
  const response = await request.get(`/tin/ten-cu-cua-bai-${id}`, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()["location"]).toBe(href);
});

test("an unknown article gets the 404 page", async ({ page }) => {
  const response = await page.goto("/tin/khong-ton-tai-987654");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
});

test("odd addresses of categories and officials answer 4xx in the site's design, never 500", async ({ request }) => {
  // A NUL byte and a broken percent-escape: neither can be a slug.
  for (const path of [
    "/lanh-dao/%00",
    "/lanh-dao/abc%00",
    "/tac-gia/%00",
    "/chuyen-muc/%00",
    "/chuyen-muc/%E0%A4%A",
    "/lanh-dao/%E0%A4%A",
    "/chuyen-muc/%E0%A4%A/rss.xml",
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeGreaterThanOrEqual(400);
    expect(response.status(), path).toBeLessThan(500);
  }
  // In the site's design: the reader can search or go home from there.
  const malformed = await request.get("/chuyen-muc/%E0%A4%A");
  expect(malformed.status()).toBe(400);
  expect(await malformed.text()).toMatch(/<h1[^>]*>Không tìm thấy trang<\/h1>[\s\S]*role="search"/);
});
