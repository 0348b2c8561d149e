import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demoDraftPdf } from "../lib/seed/draft-pdf";
import { acceptDialogs, signInAsAdmin } from "./admin-helpers";

// "Văn bản": an editor enters a document, attaches its PDF (a fake one is refused), relates it to the
// demo directive it replaces and publishes it; a reader finds it by its symbol written another way
// and by a word of its PDF without diacritics, downloads the file, and follows the relation.
test.describe.configure({ mode: "serial" });

const NUMBER = "99-CT/TU";
const SUMMARY = "Chỉ thị về tăng cường phòng, chống thiên tai mùa mưa bão";
let documentUrl = "";

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("an editor enters a document, attaches its PDF, relates it and publishes it", async ({ page }) => {
  acceptDialogs(page);
  await signInAsAdmin(page, "/admin/van-ban");
  await page.getByRole("link", { name: "Thêm văn bản" }).click();
  const form = page.getByTestId("document-form");
  await form.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(form.getByText("Vui lòng nhập số, ký hiệu")).toBeVisible();
  await expect(form.getByText("Vui lòng nhập trích yếu")).toBeVisible();

  await form.getByLabel("Loại văn bản").selectOption({ label: "Chỉ thị" });
  await form.getByLabel("Số, ký hiệu").fill(NUMBER);
  await form.getByLabel("Cơ quan ban hành").selectOption({ label: "Ban Thường vụ Tỉnh ủy" });
  await form.getByLabel("Người ký (trong danh bạ)").selectOption({ label: "Nguyễn Đức Trung" });
  await form.getByLabel("Lĩnh vực").fill("Tài nguyên, môi trường");
  await form.getByLabel("Ngày ban hành").fill(new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10));
  await form.getByLabel("Trích yếu").fill(SUMMARY);
  await form.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/van-ban\/\d+\?da-luu=nhap$/);

  const upload = page.getByTestId("document-upload");
  await upload
    .getByLabel("Thêm tệp")
    .setInputFiles({ name: "chi-thi.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html><script>alert(1)</script></html>") });
  await upload.getByRole("button", { name: "Tải tệp lên" }).click();
  await expect(upload.getByRole("alert")).toHaveText("Chỉ nhận tệp PDF, Word (DOC, DOCX), Excel (XLS, XLSX) hoặc ODT.");
  const pdf = demoDraftPdf("CHI THI 99-CT/TU", ["Cac dia phuong kiem tra he thong de dieu va ho chua thuy loi truoc mua mua bao"]);
  await upload.getByLabel("Thêm tệp").setInputFiles({ name: "Chỉ thị 99-CT-TU.pdf", mimeType: "application/pdf", buffer: pdf });
  await upload.getByRole("button", { name: "Tải tệp lên" }).click();
  await expect(upload.getByRole("status")).toContainText("Đã đính kèm “Chỉ thị 99-CT-TU.pdf”");
  await expect(page.getByTestId("document-files")).toContainText("đã đọc được nội dung");

  const relation = page.getByTestId("relation-form");
  await relation.getByLabel("Văn bản này").selectOption({ label: "Thay thế" });
  await relation.getByLabel("Số, ký hiệu của văn bản liên quan").fill("05/CT-TU");
  await relation.getByRole("button", { name: "Thêm quan hệ" }).click();
  await expect(page.getByTestId("staff-relations")).toContainText("Thay thế: 05-CT/TU");

  await page.getByTestId("document-form").getByRole("button", { name: "Lưu và đăng lên trang công khai" }).click();
  await expect(page).toHaveURL(/\?da-luu=dang$/);
  documentUrl = (await page.getByRole("link", { name: /^\/van-ban\// }).getAttribute("href"))!;
});

test("a reader finds it by its symbol and by a word of its PDF, downloads the file and follows the relation", async ({ page }) => {
  await page.goto("/van-ban");
  await page.getByLabel("Số, ký hiệu hoặc từ khoá").fill("99/CT-TU");
  await page.getByRole("button", { name: "Tra cứu" }).click();
  await expect(page.getByTestId("document-list").getByRole("link").first()).toHaveText(`Chỉ thị số ${NUMBER}`);

  await page.goto("/van-ban?q=de+dieu+ho+chua+thuy+loi");
  await page
    .getByTestId("document-list")
    .getByRole("link", { name: `Chỉ thị số ${NUMBER}` })
    .click();
  await expect(page).toHaveURL(documentUrl);
  await expect(page.getByTestId("document-meta")).toContainText("Còn hiệu lực");
  const file = await page.request.get((await page.getByRole("link", { name: /^Tải về/ }).getAttribute("href"))!);
  expect(file.headers()["content-type"]).toBe("application/pdf");
  expect(file.headers()["content-disposition"]).toContain("filename*=UTF-8''Ch%E1%BB%89%20th%E1%BB%8B%2099-CT-TU.pdf");

  // The feed lists it, its permalink answering 301 to its address; the signer's page lists it.
  const feed = await (await page.request.get("/van-ban/rss.xml")).text();
  expect(feed).toContain(`<title>Chỉ thị số ${NUMBER}</title>`);
  const id = /-(\d+)$/.exec(documentUrl)![1];
  const permalink = await page.request.get(`/van-ban/${id}`, { maxRedirects: 0 });
  expect(permalink.status()).toBe(301);
  expect(permalink.headers().location).toContain(documentUrl);
  await page.goto("/lanh-dao/nguyen-duc-trung");
  await expect(page.getByTestId("signed-documents")).toContainText(`Chỉ thị số ${NUMBER}`);
  await page.goto(documentUrl);

  await page.getByTestId("document-relations").getByRole("link", { name: "05-CT/TU" }).click();
  await expect(page.getByTestId("document-meta")).toContainText(`Bị thay thế bởi ${NUMBER}`);
  await expect(page.getByTestId("document-relations")).toContainText(`Bị thay thế bởi: ${NUMBER}`);
});

test("the filters combine in the address and work without JavaScript", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/van-ban");
  await page.getByLabel("Loại văn bản").selectOption({ label: "Nghị quyết" });
  await page.getByLabel("Hiệu lực").selectOption({ label: "Bị thay thế" });
  await page.getByRole("button", { name: "Tra cứu" }).click();
  await expect(page).toHaveURL(/loai=nghi-quyet/);
  await expect(page).toHaveURL(/hieu-luc=bi-thay-the/);
  await expect(page.getByTestId("document-list").getByRole("link")).toHaveText(["Nghị quyết số 12-NQ/TU"]);
  await context.close();
});

for (const width of [360, 1280]) {
  test(`axe passes on every Văn bản page at ${width} px, reader and staff`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: 900 });
    for (const path of ["/van-ban", "/van-ban?loai=nghi-quyet&hieu-luc=con-hieu-luc", "/van-ban?q=chuyen+doi+so", documentUrl]) {
      await page.goto(path);
      await expectNoSeriousAxeViolations(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${path} scrolls sideways`).toBe(true);
    }
    await signInAsAdmin(page, "/admin/van-ban");
    await expectNoSeriousAxeViolations(page);
    await page.getByRole("link", { name: NUMBER }).click();
    await expect(page.getByTestId("document-form")).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.goto("/admin/van-ban/danh-muc");
    await expectNoSeriousAxeViolations(page);
  });
}
