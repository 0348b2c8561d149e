import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInAsAdmin } from "./admin-helpers";

// "Lấy ý kiến dự thảo": a reader comments on the open demo draft without JavaScript and gets a
// receipt; staff publish the comment and it shows on the draft's page; the closed demo draft refuses
// a late comment in its form and at the API (409). Each context acts from its own address.
test.describe.configure({ mode: "serial" });

const OPEN = "/lay-y-kien/du-thao-nghi-quyet-ho-tro-kinh-te-tap-the-hop-tac-xa-2027-2030";
const CLOSED = "/lay-y-kien/du-thao-quy-che-quan-ly-van-hanh-cong-thong-tin-dien-tu-tinh-uy";
const MIN_FILL_MS = 3_100;
const COMMENT = "Đề nghị bổ sung hỗ trợ lãi suất vay vốn cho hợp tác xã <b>mới thành lập</b>.";

let receipt = "";

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

function readerContext(browser: Browser, baseURL: string | undefined, address: string, javaScriptEnabled = true) {
  return browser.newContext({ baseURL, javaScriptEnabled, extraHTTPHeaders: { "x-forwarded-for": address }, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
}

test("a reader without JavaScript comments on the open draft: empty fields are named, then a receipt", async ({ browser, baseURL }) => {
  const context = await readerContext(browser, baseURL, "198.19.0.1", false);
  const page = await context.newPage();
  await page.goto("/lay-y-kien");
  await page.getByRole("link", { name: /hợp tác xã tỉnh Nghệ An/ }).click();
  await expect(page.getByTestId("consultation-phase")).toHaveText("Đang lấy ý kiến");
  const pdf = await page.request.get(`${await page.getByRole("link", { name: /^Tải về/ }).getAttribute("href")}`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-disposition"]).toContain("filename*=UTF-8''D%E1%BB%B1%20th%E1%BA%A3o");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  await page.getByRole("link", { name: "Gửi góp ý" }).click();
  await page.getByRole("button", { name: "Gửi góp ý" }).click();
  await expect(page.getByText("Vui lòng nhập họ tên")).toBeVisible();
  await expect(page.getByText("Vui lòng nhập nội dung góp ý")).toBeVisible();
  const shown = Date.now();
  await page.getByLabel("Họ và tên").fill("Võ Thị Góp Ý");
  await page.getByLabel("E-mail").fill("gop-y-e2e@example.vn");
  await page.getByLabel("Góp ý cho điều, khoản, mục").fill("Điều 4");
  await page.getByLabel("Nội dung góp ý").fill(COMMENT);
  await page.waitForTimeout(Math.max(0, MIN_FILL_MS - (Date.now() - shown)));
  await page.getByRole("button", { name: "Gửi góp ý" }).click();
  await expect(page).toHaveURL(/\/gop-y\?ma=[0-9A-Z]{10}&moi=1$/);
  receipt = page.url();
  await expect(page.getByRole("status")).toContainText("đã được tiếp nhận");
  await expect(page.getByTestId("comment-state")).toHaveText("Đã tiếp nhận");
  await expect(page.getByTestId("comment-text")).toHaveText(COMMENT);
  // What names nothing is said in the page itself, without JavaScript too.
  await page.goto(receipt.replace(/ma=[0-9A-Z]{10}/, "ma=ABCDEFGHJK"));
  await expect(page.getByTestId("unknown-code")).toContainText("Không tìm thấy góp ý");
  for (const missing of ["/lay-y-kien/khong-co-du-thao", "/lay-y-kien/khong-co-du-thao/gop-y", "/hoi-dap/99999"]) {
    const response = await page.goto(missing);
    expect(response?.status(), missing).toBe(404);
    await expect(page.getByRole("heading", { name: "Không tìm thấy trang" }), missing).toBeVisible();
  }
  await context.close();
});

test("staff publish the comment; it shows on the draft's page without the sender's contact", async ({ page, browser, baseURL }) => {
  await signInAsAdmin(page, "/admin/lay-y-kien");
  await page.getByRole("link", { name: /hợp tác xã tỉnh Nghệ An/ }).click();
  const comment = page.getByTestId("staff-comment").filter({ hasText: "Võ Thị Góp Ý" });
  await expect(comment).toContainText("gop-y-e2e@example.vn");
  await comment.getByRole("button", { name: "Công khai", exact: true }).click();
  await expect(page).toHaveURL(/\?gop-y=published#gop-y$/);
  await expect(page.getByTestId("staff-comment").filter({ hasText: "Võ Thị Góp Ý" })).toBeVisible();
  const exported = await page.request.get(`${await page.getByRole("link", { name: "Xuất CSV" }).getAttribute("href")}`);
  expect(exported.headers()["cache-control"]).toBe("private, no-store");
  expect(await exported.text()).toContain('"gop-y-e2e@example.vn"');

  const context = await readerContext(browser, baseURL, "198.19.0.2");
  const reader = await context.newPage();
  await reader.goto(OPEN);
  await expect(reader.getByTestId("published-comments")).toContainText(COMMENT);
  expect(await reader.content()).not.toContain("gop-y-e2e@example.vn");
  await reader.goto(receipt.replace("&moi=1", ""));
  await expect(reader.getByTestId("comment-state")).toHaveText("Đã tiếp nhận và công khai");
  await context.close();
});

test("a late comment is refused: the closed draft's form says so, and the API answers 409", async ({ browser, baseURL }) => {
  const context = await readerContext(browser, baseURL, "198.19.0.3");
  const page = await context.newPage();
  await page.goto(CLOSED);
  await expect(page.getByTestId("consultation-phase")).toHaveText("Đã kết thúc lấy ý kiến");
  await expect(page.getByTestId("consultation-outcome")).toContainText("tiếp thu");
  await expect(page.getByRole("link", { name: "Gửi góp ý" })).toHaveCount(0);
  await page.goto(`${CLOSED}/gop-y`);
  await expect(page.getByTestId("consultation-closed")).toContainText("Đã hết thời gian lấy ý kiến");
  await expect(page.getByRole("button", { name: "Gửi góp ý" })).toHaveCount(0);

  // A form shown before the closing date and sent after it: a valid token, refused for being late.
  await page.goto(`${OPEN}/gop-y`);
  const token = await page.locator('input[name="formToken"]').inputValue();
  await page.waitForTimeout(MIN_FILL_MS);
  const late = await page.request.post(`/api${CLOSED}`, {
    headers: { "x-forwarded-for": "198.19.0.3", origin: baseURL! },
    data: { name: "Người gửi muộn", email: "muon@example.vn", text: "Góp ý gửi sau thời hạn.", formToken: token, website: "" },
  });
  expect(late.status()).toBe(409);
  expect((await late.json()).error).toMatch(/^Đã hết thời gian lấy ý kiến/);
  await context.close();
});

for (const width of [360, 1280]) {
  test(`axe passes on every Lấy ý kiến page at ${width} px, reader and staff`, async ({ browser, baseURL, page }) => {
    test.setTimeout(120_000);
    const context = await readerContext(browser, baseURL, `198.19.1.${width % 250}`);
    const reader = await context.newPage();
    await reader.setViewportSize({ width, height: 900 });
    for (const path of ["/lay-y-kien", OPEN, CLOSED, `${OPEN}/gop-y`, `${CLOSED}/gop-y`, receipt]) {
      await reader.goto(path);
      await expectNoSeriousAxeViolations(reader);
      expect(await reader.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${path} scrolls sideways`).toBe(true);
    }
    await reader.goto(`${OPEN}/gop-y`);
    await reader.getByRole("button", { name: "Gửi góp ý" }).click();
    await expect(reader.getByText("Vui lòng nhập họ tên")).toBeVisible();
    await expectNoSeriousAxeViolations(reader);
    await context.close();

    await page.setViewportSize({ width, height: 900 });
    await signInAsAdmin(page, "/admin/lay-y-kien");
    await expectNoSeriousAxeViolations(page);
    await page.getByRole("link", { name: /hợp tác xã tỉnh Nghệ An/ }).click();
    await expect(page.getByTestId("consultation-form")).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.goto("/admin/lay-y-kien/moi");
    await expectNoSeriousAxeViolations(page);
  });
}
