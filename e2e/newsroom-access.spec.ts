import { expect, test, type Browser } from "@playwright/test";
import { E2E_EDITOR, E2E_REPORTER } from "./newsroom-fixtures";

type Account = { email: string; password: string; displayName: string };

async function newSession(browser: Browser, account: Account) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/dang-nhap?callbackUrl=%2Fadmin");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Mật khẩu").fill(account.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByTestId("current-user")).toHaveText(account.displayName);
  return { context, page };
}

test("a reporter who opens a colleague's article (a link from a chat) is told they may not see it, not shown a server error", async ({ browser }) => {
  const editor = await newSession(browser, E2E_EDITOR);
  await editor.page.goto("/admin/bai-viet/moi");
  const categoryId = await editor.page.getByLabel("Chuyên mục").locator("option").nth(1).getAttribute("value");
  const title = `Bản nháp của biên tập viên ${Date.now()}`;
  const created = await editor.page.request.post("/api/articles", {
    data: { title, sapo: "", categoryId, body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Chưa đăng." }] }] } },
  });
  expect(created.status()).toBe(200);
  const { id } = (await created.json()) as { id: number };
  await editor.context.close();

  const reporter = await newSession(browser, E2E_REPORTER);
  for (const path of [`/admin/bai-viet/${id}`, `/admin/bai-viet/${id}/phien-ban`]) {
    const response = await reporter.page.goto(path);
    expect(response!.status(), path).toBeLessThan(500);
    await expect(reporter.page.getByRole("heading", { name: "Không có quyền truy cập" })).toBeVisible();
    await expect(reporter.page.getByRole("alert").filter({ hasText: "quyền" })).toHaveText("Bạn không có quyền xem bài viết này: phóng viên chỉ xem được bài của chính mình.");
    await expect(reporter.page.getByText(title)).toHaveCount(0);
  }
  await reporter.context.close();
});
