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

/** A draft of the editor's, which a reporter may not see. */
async function editorsDraft(browser: Browser, title: string): Promise<number> {
  const editor = await newSession(browser, E2E_EDITOR);
  await editor.page.goto("/admin/bai-viet/moi");
  const categoryId = await editor.page.getByLabel("Chuyên mục").locator("option").nth(1).getAttribute("value");
  const created = await editor.page.request.post("/api/articles", {
    data: { title, sapo: "", categoryId, body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Chưa đăng." }] }] } },
  });
  expect(created.status()).toBe(200);
  const { id } = (await created.json()) as { id: number };
  await editor.context.close();
  return id;
}

test("a reporter who opens a colleague's article (a link from a chat) is told they may not see it, not shown a server error", async ({ browser }) => {
  const title = `Bản nháp của biên tập viên ${Date.now()}`;
  const id = await editorsDraft(browser, title);

  const reporter = await newSession(browser, E2E_REPORTER);
  for (const path of [`/admin/bai-viet/${id}`, `/admin/bai-viet/${id}/phien-ban`]) {
    const response = await reporter.page.goto(path);
    expect(response!.status(), path).toBeLessThan(500);
    await expect(reporter.page.getByRole("heading", { name: "Không có quyền truy cập" })).toBeVisible();
    await expect(reporter.page.getByRole("alert").filter({ hasText: "quyền" })).toHaveText(
      "Bạn không có quyền xem bài viết này: phóng viên chỉ xem được bài của chính mình.",
    );
    await expect(reporter.page.getByText(title)).toHaveCount(0);
  }
  await reporter.context.close();
});

test("a reporter who opens the preview of a colleague's article gets the 403 page in Vietnamese, not JSON; scripts still get JSON", async ({ browser }) => {
  const title = `Bản nháp xem trước của biên tập viên ${Date.now()}`;
  const id = await editorsDraft(browser, title);

  const reporter = await newSession(browser, E2E_REPORTER);
  const response = await reporter.page.goto(`/api/preview?id=${id}`);
  expect(response!.status()).toBe(403);
  expect(response!.headers()["content-type"]).toContain("text/html");
  await expect(reporter.page).toHaveURL(/\/admin\/khong-co-quyen$/);
  await expect(reporter.page.getByRole("heading", { name: "Không có quyền truy cập" })).toBeVisible();
  await expect(reporter.page.getByRole("alert").filter({ hasText: "quyền" })).toHaveText(
    "Bạn không có quyền xem bài viết này: phóng viên chỉ xem được bài của chính mình.",
  );
  await expect(reporter.page.getByText(title)).toHaveCount(0);
  // Refused: no draft mode either.
  expect((await reporter.context.cookies()).map((c) => c.name)).not.toContain("__prerender_bypass");

  const api = await reporter.page.request.get(`/api/preview?id=${id}`, { maxRedirects: 0 });
  expect(api.status()).toBe(403);
  expect(await api.json()).toEqual({ error: "Bạn không có quyền thực hiện thao tác này." });
  await reporter.context.close();
});
