import { expect, test } from "@playwright/test";
import { signInAsAdmin } from "./admin-helpers";

test("an admin adds an official with a position, then adds a second position to the same form", async ({ page }) => {
  const suffix = Date.now().toString(36);
  await signInAsAdmin(page, "/admin/lanh-dao");
  const groupForm = page.getByTestId("new-group");
  await groupForm.getByLabel("Tên nhóm").fill(`Thường trực ${suffix}`);
  await groupForm.getByRole("button", { name: "Thêm nhóm" }).click();
  await expect(groupForm.getByRole("status")).toContainText(`Đã lưu nhóm "Thường trực ${suffix}"`);
  // Renamed twice in a row from its form: each save brings the form up to date, so no false conflict.
  await page.reload();
  const groupId = await page
    .locator("form", { has: page.locator(`input[name="name"][value="Thường trực ${suffix}"]`) })
    .locator('input[name="id"]')
    .inputValue();
  const savedGroup = page
    .locator("form", { has: page.locator(`input[name="id"][value="${groupId}"]`) })
    .filter({ has: page.getByRole("button", { name: "Lưu nhóm" }) });
  for (const name of [`Thường trực HĐND ${suffix}`, `Thường trực ${suffix}`]) {
    await savedGroup.getByLabel("Tên nhóm").fill(name);
    await savedGroup.getByRole("button", { name: "Lưu nhóm" }).click();
    await expect(savedGroup.getByRole("status")).toContainText(`Đã lưu nhóm "${name}"`);
  }

  await page.goto("/admin/lanh-dao/moi");
  const form = page.getByTestId("official-form");
  await form.getByLabel("Họ tên").fill(`Hoàng Nghĩa Hiếu ${suffix}`);
  await form.getByLabel("Năm sinh").fill("1974");
  await form.getByLabel("Quê quán").fill("Nghệ An");
  await form.getByLabel("Nhóm", { exact: true }).selectOption({ label: `Thường trực ${suffix}` });
  await form.getByRole("button", { name: "Thêm chức vụ" }).click();
  const first = form.getByRole("group", { name: "Chức vụ 1" });
  await first.getByLabel("Chức vụ").fill("Phó Bí thư Tỉnh ủy");
  await first.getByLabel("Cơ quan").fill("Tỉnh ủy Nghệ An");
  await form.getByRole("button", { name: "Lưu hồ sơ lãnh đạo" }).click();
  // A position without a start date is refused beside the field, and nothing typed is lost.
  await expect(first.getByLabel("Từ ngày")).toHaveAccessibleDescription("Vui lòng nhập ngày bắt đầu");
  await first.getByLabel("Từ ngày").fill("2020-10-15");
  await expect(first.getByLabel("Đến ngày")).toHaveAccessibleDescription("Để trống nếu đang giữ");
  await form.getByRole("button", { name: "Lưu hồ sơ lãnh đạo" }).click();
  await expect(page).toHaveURL(/\/admin\/lanh-dao\/\d+\?da-luu=1$/);

  await page.getByTestId("official-form").getByRole("button", { name: "Thêm chức vụ" }).click();
  const second = page.getByRole("group", { name: "Chức vụ 2" });
  await second.getByLabel("Chức vụ").fill("Chủ tịch HĐND tỉnh");
  await second.getByLabel("Cơ quan").fill("HĐND tỉnh Nghệ An");
  await second.getByLabel("Từ ngày").fill("2021-06-25");
  // The page already says "Đã lưu hồ sơ" from the first save: wait for this save's answer itself.
  const saved = page.waitForResponse((response) => response.request().method() === "POST" && /\/admin\/lanh-dao\/\d+/.test(response.url()));
  await page.getByRole("button", { name: "Lưu hồ sơ lãnh đạo" }).click();
  await saved;
  await expect(page.getByRole("status")).toContainText("Đã lưu hồ sơ");

  await page.reload();
  const editUrl = page.url();
  await expect(page.getByTestId("position-row")).toHaveCount(2);
  await expect(page.getByRole("group", { name: "Chức vụ 2" }).getByLabel("Chức vụ")).toHaveValue("Chủ tịch HĐND tỉnh");
  const profileLink = page.getByRole("link", { name: /^\/lanh-dao\/hoang-nghia-hieu-/ });
  await expect(profileLink).toBeVisible();
  const profilePath = (await profileLink.textContent())!.trim();
  await page.goto(profilePath);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Hoàng Nghĩa Hiếu ${suffix}`);
  await expect(page.getByRole("main")).toContainText("Chủ tịch HĐND tỉnh");
  await expect(page.getByRole("main")).toContainText("HĐND tỉnh Nghệ An");

  // A new address for the profile: links to the old one answer 301 to it.
  await page.goto(editUrl);
  await page.getByTestId("official-form").getByLabel("Đường dẫn").fill(`hieu-moi-${suffix}`);
  await page.getByRole("button", { name: "Lưu hồ sơ lãnh đạo" }).click();
  await expect(page.getByRole("link", { name: `/lanh-dao/hieu-moi-${suffix}` })).toBeVisible();
  const old = await page.request.get(profilePath, { maxRedirects: 0 });
  expect(old.status()).toBe(301);
  expect(new URL(old.headers()["location"]!, page.url()).pathname).toBe(`/lanh-dao/hieu-moi-${suffix}`);

  await page.goto("/admin/lanh-dao");
  await expect(page.getByRole("heading", { name: `Thường trực ${suffix}` }).locator("..")).toContainText(`Hoàng Nghĩa Hiếu ${suffix}`);
});

test("a portrait given as an address on another site shows on the directory and the profile", async ({ page, baseURL, request }) => {
  const suffix = Date.now().toString(36);
  // The directory is cached: saving the official must expire it.
  await request.get("/lanh-dao");
  expect((await request.get("/lanh-dao")).headers()["x-nextjs-cache"]).toBe("HIT");
  await signInAsAdmin(page, "/admin/lanh-dao/moi");
  const form = page.getByTestId("official-form");
  await form.getByLabel("Họ tên").fill(`Nguyễn Văn Ảnh ${suffix}`);
  // Another host as far as next/image is concerned ("localhost", not the test's 127.0.0.1), reachable offline.
  const port = new URL(baseURL!).port;
  await form.getByLabel("Ảnh chân dung").fill(`http://localhost:${port}/og-mac-dinh.png`);
  await form.getByRole("button", { name: "Lưu hồ sơ lãnh đạo" }).click();
  await expect(page).toHaveURL(/\/admin\/lanh-dao\/\d+\?da-luu=1$/);

  for (const path of ["/lanh-dao", `/lanh-dao/nguyen-van-anh-${suffix}`]) {
    await page.goto(path);
    const portrait = page.getByRole("img", { name: `Chân dung Nguyễn Văn Ảnh ${suffix}` });
    await portrait.scrollIntoViewIfNeeded();
    await expect.poll(() => portrait.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { message: path }).toBe(true);
  }
  // No position entered: the profile says so rather than an empty list under "Chức vụ".
  await expect(page.getByRole("region", { name: "Chức vụ" })).toContainText("Chưa có thông tin chức vụ.");
});
