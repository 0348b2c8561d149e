import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { signInAsAdmin } from "./admin-helpers";

// "Hỏi đáp": a reader sends a question without JavaScript and with it, staff answer and publish it,
// the reader sees the answer at the code's page and on /hoi-dap; abuse is refused. Each context acts
// from its own address (the e2e server trusts one proxy hop), so the throttle counts them apart.
test.describe.configure({ mode: "serial" });

const SCRIPT = `<script>window.__hacked = 1</script><img src=x onerror="window.__hacked = 1">`;
/** The form refuses a post sooner than this after it was shown (lib/public-forms/time-token.ts). */
const MIN_FILL_MS = 3_100;

let noJsCode = "";
let jsCode = "";
let jsTitle = "";

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function readerContext(browser: Browser, baseURL: string | undefined, address: string, javaScriptEnabled: boolean) {
  return browser.newContext({ baseURL, javaScriptEnabled, extraHTTPHeaders: { "x-forwarded-for": address }, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
}

async function fillQuestion(page: Page, fields: { title: string; text: string }) {
  await page.getByLabel("Họ và tên").fill("Nguyễn Thị Bạn Đọc");
  await page.getByLabel("E-mail").fill(`ban-doc-${Date.now()}@example.vn`);
  await page.getByLabel("Chủ đề").selectOption({ label: "Thủ tục hành chính" });
  await page.getByLabel("Tiêu đề câu hỏi").fill(fields.title);
  await page.getByLabel("Nội dung câu hỏi").fill(fields.text);
}

test("a reader without JavaScript: empty fields are named, then the question is sent and its code shown", async ({ browser, baseURL }) => {
  const context = await readerContext(browser, baseURL, "198.18.0.1", false);
  const page = await context.newPage();
  await page.goto("/hoi-dap");
  await page.getByRole("link", { name: "Gửi câu hỏi" }).first().click();
  await expect(page).toHaveURL(/\/hoi-dap\/gui-cau-hoi$/);
  await page.getByRole("button", { name: "Gửi câu hỏi" }).click();
  await expect(page.getByRole("alert")).toContainText("Dữ liệu chưa hợp lệ");
  await expect(page.getByText("Vui lòng nhập họ tên")).toBeVisible();
  await expect(page.getByText("Vui lòng nhập tiêu đề câu hỏi")).toBeVisible();
  await expect(page.getByText("Vui lòng nhập nội dung câu hỏi")).toBeVisible();
  await expect(page.getByText("Vui lòng nhập e-mail hoặc số điện thoại để nhận trả lời")).toBeVisible();
  await expect(page.getByLabel("Họ và tên (bắt buộc)")).toHaveAttribute("aria-invalid", "true");

  const shown = Date.now();
  await fillQuestion(page, { title: "Thời hạn cấp lại giấy phép lái xe bị mất", text: "Tôi bị mất giấy phép lái xe hạng B2.\nThủ tục cấp lại mất bao lâu?" });
  await page.waitForTimeout(Math.max(0, MIN_FILL_MS - (Date.now() - shown)));
  await page.getByRole("button", { name: "Gửi câu hỏi" }).click();
  await expect(page).toHaveURL(/\/hoi-dap\/tra-cuu\/[0-9A-Z]{10}\?moi=1$/);
  noJsCode = (await page.getByTestId("tracking-code").textContent())!;
  await expect(page.getByRole("status")).toContainText("đã được tiếp nhận");
  await expect(page.getByTestId("question-state")).toHaveText("Đã tiếp nhận");
  await context.close();
});

test("a reader with JavaScript: HTML in a field is kept as text and never run", async ({ browser, baseURL }) => {
  const context = await readerContext(browser, baseURL, "198.18.0.2", true);
  const page = await context.newPage();
  page.on("dialog", () => {
    throw new Error("a dialog opened");
  });
  await page.goto("/hoi-dap/gui-cau-hoi");
  const shown = Date.now();
  jsTitle = `Hồ sơ đăng ký hộ kinh doanh ${SCRIPT}`;
  await fillQuestion(page, { title: jsTitle, text: `Nội dung có thẻ ${SCRIPT} ở giữa.` });
  await page.waitForTimeout(Math.max(0, MIN_FILL_MS - (Date.now() - shown)));
  await page.getByRole("button", { name: "Gửi câu hỏi" }).click();
  await expect(page).toHaveURL(/\/hoi-dap\/tra-cuu\/[0-9A-Z]{10}\?moi=1$/);
  jsCode = (await page.getByTestId("tracking-code").textContent())!;
  await expect(page.getByText(jsTitle)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __hacked?: number }).__hacked)).toBeUndefined();
  await context.close();
});

test("staff answer in the editor and publish; the reader sees the answer at the code's page and on /hoi-dap", async ({ page, browser, baseURL }) => {
  await signInAsAdmin(page, "/admin/hoi-dap");
  await expect(page.getByRole("navigation", { name: "Quản trị" }).getByRole("link", { name: "Hỏi đáp" })).toBeVisible();
  await page.getByRole("link", { name: jsTitle }).click();
  await expect(page.getByTestId("original-title")).toHaveText(jsTitle);
  await expect(page.getByTestId("asker-email")).toContainText("@example.vn");
  const form = page.getByTestId("question-moderation");
  await form.getByLabel("Tiêu đề câu hỏi (bản đăng)").fill("Hồ sơ đăng ký hộ kinh doanh gồm những gì?");
  await form.getByLabel("Đơn vị trả lời").fill("Sở Kế hoạch và Đầu tư");
  const editor = form.getByRole("textbox", { name: "Câu trả lời" });
  await editor.click();
  await editor.pressSequentially("Hồ sơ gồm giấy đề nghị đăng ký hộ kinh doanh và bản sao giấy tờ pháp lý của chủ hộ.");
  await form.getByRole("button", { name: "Lưu và đăng" }).click();
  await expect(page).toHaveURL(/\?da-luu=published$/);
  await expect(page.getByTestId("staff-question-state")).toHaveText("Đã đăng");
  // The reader's wording is kept for staff.
  await expect(page.getByTestId("original-title")).toHaveText(jsTitle);

  const context = await readerContext(browser, baseURL, "198.18.0.3", true);
  const reader = await context.newPage();
  await reader.goto(`/hoi-dap/tra-cuu/${jsCode.toLowerCase()}`);
  await expect(reader.getByTestId("question-state")).toHaveText("Đã trả lời");
  await expect(reader.getByText("Hồ sơ gồm giấy đề nghị đăng ký hộ kinh doanh")).toBeVisible();
  await reader.goto("/hoi-dap?chu-de=thu-tuc-hanh-chinh");
  await reader.getByRole("link", { name: "Hồ sơ đăng ký hộ kinh doanh gồm những gì?" }).click();
  await expect(reader).toHaveURL(/\/hoi-dap\/\d+$/);
  await expect(reader.getByTestId("question-text")).toContainText(SCRIPT);
  const jsonLds = (await reader.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));
  const jsonLd = jsonLds.find((data) => data["@type"] === "QAPage");
  expect(jsonLd).toMatchObject({ "@type": "QAPage", mainEntity: { "@type": "Question", name: "Hồ sơ đăng ký hộ kinh doanh gồm những gì?", answerCount: 1 } });
  expect(await reader.content()).not.toContain("@example.vn");
  // Searched like articles: diacritics ignored.
  await reader.goto("/hoi-dap?q=ho+kinh+doanh");
  await expect(reader.getByTestId("question-list").getByRole("link", { name: "Hồ sơ đăng ký hộ kinh doanh gồm những gì?" })).toBeVisible();
  await context.close();

  // The question sent without JavaScript is still waiting.
  await page.goto("/admin/hoi-dap");
  await expect(page.getByRole("link", { name: "Thời hạn cấp lại giấy phép lái xe bị mất" })).toBeVisible();
});

async function formToken(request: APIRequestContext, address: string): Promise<string> {
  const html = await (await request.get("/hoi-dap/gui-cau-hoi", { headers: { "x-forwarded-for": address } })).text();
  const input = /<input[^>]*name="formToken"[^>]*>/.exec(html)![0];
  return /value="([^"]+)"/.exec(input)![1]!;
}

test("questions posted in a loop from one address are refused after the limit with a 429 and a Vietnamese message", async ({ request }) => {
  const address = "198.18.0.99";
  const token = await formToken(request, address);
  await new Promise((resolve) => setTimeout(resolve, MIN_FILL_MS));
  const statuses: number[] = [];
  let refused: { body: { error: string }; retryAfter: string | undefined } | null = null;
  for (let i = 0; i < 30; i++) {
    const response = await request.post("/api/hoi-dap", {
      headers: { "x-forwarded-for": address },
      data: { name: "Máy", email: `may-${i}@example.vn`, topicId: "1", title: `Câu hỏi tự động ${i}`, text: `Nội dung ${i}`, formToken: token, website: "" },
    });
    statuses.push(response.status());
    if (response.status() === 429 && !refused) refused = { body: await response.json(), retryAfter: response.headers()["retry-after"] };
  }
  expect(statuses.slice(0, 10)).toEqual(Array(10).fill(201));
  expect(statuses.slice(10)).toEqual(Array(20).fill(429));
  expect(refused!.body.error).toMatch(/^Bạn đã gửi quá nhiều lần trong thời gian ngắn\. Vui lòng thử lại sau \d+ phút\.$/);
  expect(Number(refused!.retryAfter)).toBeGreaterThan(0);
  // A filled honeypot from a fresh address is refused with a reason.
  const bot = await request.post("/api/hoi-dap", {
    headers: { "x-forwarded-for": "198.18.0.100" },
    data: { name: "Bot", email: "bot@example.vn", topicId: "1", title: "Spam", text: "Spam", formToken: token, website: "http://spam.example" },
  });
  expect(bot.status()).toBe(422);
});

for (const width of [360, 1280]) {
  test(`axe passes on every Hỏi đáp page at ${width} px`, async ({ browser, baseURL }) => {
    // Eight pages, each checked by axe: more than the default 30 s.
    test.setTimeout(120_000);
    const context = await readerContext(browser, baseURL, `198.18.1.${width % 250}`, true);
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/hoi-dap");
    const firstQuestion = (await page.getByTestId("question-list").getByRole("link").first().getAttribute("href"))!;
    for (const path of [
      "/hoi-dap",
      "/hoi-dap?chu-de=y-te",
      "/hoi-dap?q=bao+hiem",
      "/hoi-dap/gui-cau-hoi",
      "/hoi-dap/tra-cuu",
      `/hoi-dap/tra-cuu/${noJsCode}`,
      firstQuestion,
    ]) {
      await page.goto(path);
      await expectNoSeriousAxeViolations(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${path} scrolls sideways`).toBe(true);
    }
    // The form with its errors shown.
    await page.goto("/hoi-dap/gui-cau-hoi");
    await page.getByRole("button", { name: "Gửi câu hỏi" }).click();
    await expect(page.getByText("Vui lòng nhập họ tên")).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await context.close();
  });
}
