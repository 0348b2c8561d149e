import { expect, test, type Browser, type Page, type Response as PwResponse } from "@playwright/test";
import sharp from "sharp";
import { E2E_EDITOR, E2E_REPORTER } from "./newsroom-fixtures";

const CATEGORY = "Hoạt động của Tỉnh ủy";
const SEED_TITLE = "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 3/2022";
type Account = { email: string; password: string; displayName: string };

async function signIn(page: Page, account: Account) {
  await page.goto("/dang-nhap?callbackUrl=%2Fadmin");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Mật khẩu").fill(account.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByTestId("current-user")).toHaveText(account.displayName);
}

async function newSession(browser: Browser, account: Account) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account);
  return { context, page };
}

const editorBody = (page: Page) => page.getByRole("textbox", { name: "Nội dung bài viết" });
const saveStatus = (page: Page) => page.getByTestId("save-status");

async function categoryId(page: Page, name: string): Promise<string> {
  await page.goto("/admin/bai-viet/moi");
  const option = page.getByLabel("Chuyên mục").locator("option", { hasText: name });
  return (await option.first().getAttribute("value"))!;
}

/** A draft written through the same API the editor uses; returns its id. */
async function createDraft(page: Page, title: string, text: string, category: string): Promise<number> {
  const response = await page.request.post("/api/articles", {
    data: { title, sapo: "", categoryId: category, body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] } },
  });
  expect(response.status()).toBe(200);
  return (await response.json()).id;
}

test("a reporter writes with an image and a table, autosave survives a reload, the editor returns it, then publishes it", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const title = `Nghệ An khởi công tuyến đường ven biển ${Date.now()}`;
  const reporter = await newSession(browser, E2E_REPORTER);
  const page = reporter.page;

  await page.goto("/admin/bai-viet/moi");
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await expect(page.getByLabel("Đường dẫn (slug)")).toHaveValue(/^nghe-an-khoi-cong-tuyen-duong-ven-bien-\d+$/);
  await page.getByLabel("Sapo").fill("Sáng nay, tỉnh Nghệ An khởi công tuyến đường ven biển dài 60 km.");
  const categoryValue = await page.getByLabel("Chuyên mục").locator("option", { hasText: CATEGORY }).first().getAttribute("value");
  await page.getByLabel("Chuyên mục").selectOption({ value: categoryValue! });
  await editorBody(page).click();
  await page.keyboard.type("Dự án có tổng mức đầu tư hơn 7.000 tỷ đồng.");

  // An image uploaded from the editor, with its required alt text.
  await page.getByRole("button", { name: "Chèn ảnh" }).click();
  const picker = page.getByRole("dialog", { name: "Chọn ảnh từ thư viện" });
  const png = await sharp({ create: { width: 1400, height: 800, channels: 3, background: "#1f6f8b" } })
    .png()
    .toBuffer();
  await picker.getByLabel(/Tệp ảnh/).setInputFiles({ name: "cong-truong.png", mimeType: "image/png", buffer: png });
  await picker.getByLabel("Mô tả ảnh (alt)").fill("Công trường tuyến đường ven biển");
  await picker.getByLabel("Chú thích", { exact: true }).fill("Công trường thi công");
  await picker.getByLabel("Tác giả / nguồn ảnh").fill("Ảnh: Thành Duy");
  await picker.getByRole("button", { name: "Tải lên" }).click();
  await expect(editorBody(page).locator("img[alt='Công trường tuyến đường ven biển']")).toBeVisible();

  // A table.
  await editorBody(page).press("End");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Chèn bảng" }).click();
  await page.keyboard.type("Hạng mục");
  await expect(editorBody(page).locator("table th").first()).toHaveText("Hạng mục");

  // The first autosave creates the draft; later ones keep typing in a draft revision.
  await expect(page).toHaveURL(/\/admin\/bai-viet\/\d+$/, { timeout: 10_000 });
  const id = Number(page.url().split("/").pop());
  await editorBody(page).locator("p").first().click();
  await page.keyboard.press("End");
  await page.keyboard.type(" Công trình hoàn thành năm 2027.");
  await expect(saveStatus(page)).toHaveAttribute("data-kind", "autosaved", { timeout: 10_000 });
  await page.reload();
  await expect(editorBody(page)).toContainText("Công trình hoàn thành năm 2027.");
  await expect(editorBody(page).locator("table")).toBeVisible();
  await expect(page.getByTestId("restored-autosave")).toContainText("Đã khôi phục bản tự động lưu");

  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(saveStatus(page)).toContainText("Đã lưu lúc");
  await page.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(page.getByTestId("article-status")).toHaveText("Chờ duyệt");

  // The reporter cannot publish: no button, and calling the endpoint directly is refused.
  await expect(page.getByRole("button", { name: "Duyệt và đăng ngay" })).toHaveCount(0);
  const direct = await page.request.post(`/api/articles/${id}/transition`, { data: { action: "article.publish" } });
  expect(direct.status()).toBe(403);
  expect((await direct.json()).error).toBe("Bạn không có quyền thực hiện thao tác này.");
  await page.reload();
  await expect(page.getByTestId("article-status")).toHaveText("Chờ duyệt");

  // The editor finds it in the review queue and returns it with a comment.
  const editor = await newSession(browser, E2E_EDITOR);
  await editor.page.goto("/admin");
  await editor.page
    .getByRole("region", { name: /Chờ duyệt/ })
    .getByRole("link", { name: title })
    .click();
  await editor.page.getByLabel("Nhận xét cho phóng viên").fill("Bổ sung tiến độ từng giai đoạn.");
  await editor.page.getByRole("button", { name: "Trả lại phóng viên" }).click();
  await expect(editor.page.getByTestId("article-status")).toHaveText("Nháp");
  await editor.page.goto("/admin"); // closing the editor gives the edit lock back

  // The reporter sees the comment on the dashboard and in the editor, fixes the article and submits again.
  await page.goto("/admin");
  await expect(page.getByRole("region", { name: /Bị trả lại/ })).toContainText("Bổ sung tiến độ từng giai đoạn.");
  await page
    .getByRole("region", { name: /Bị trả lại/ })
    .getByRole("link", { name: title })
    .click();
  await expect(page.getByLabel("Nhận xét của biên tập viên")).toContainText("Bổ sung tiến độ từng giai đoạn.");
  await expect(editorBody(page)).toHaveAttribute("contenteditable", "true");
  await editorBody(page).locator("p").first().click();
  await page.keyboard.press("End");
  await page.keyboard.type(" Giai đoạn 1 hoàn thành năm 2026.");
  await page.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(page.getByTestId("article-status")).toHaveText("Chờ duyệt");

  // Not public yet: its address answers 404 (and proxy.ts remembers that until the article changes).
  const anonymous = await browser.newContext({ baseURL });
  const addressStatus = async () => (await anonymous.request.get(`/tin/dia-chi-bat-ky-${id}`, { maxRedirects: 0 })).status();
  expect(await addressStatus()).toBe(404);

  // The editor publishes; it is on the public pages straight away.
  await editor.page.goto(`/admin/bai-viet/${id}`);
  // Asked first: declining leaves it unpublished.
  const publish = editor.page.getByRole("button", { name: "Duyệt và đăng ngay" });
  const asked: string[] = [];
  editor.page.once("dialog", (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await publish.click();
  await expect.poll(() => asked).toEqual([expect.stringContaining("Đăng bài này lên trang ngay bây giờ?")]);
  await expect(publish).toBeEnabled();
  await expect(editor.page.getByTestId("article-status")).toHaveText("Chờ duyệt");
  expect(await addressStatus()).toBe(404);
  editor.page.once("dialog", (dialog) => void dialog.accept());
  await publish.click();
  await expect(editor.page.getByTestId("article-status")).toHaveText("Đã đăng");
  expect(await addressStatus()).toBe(301);
  const reader = await browser.newPage();
  try {
    // The home page may list it twice (lead slot and latest news).
    await reader.goto("/");
    await expect(reader.getByRole("link", { name: title }).first()).toBeVisible({ timeout: 1000 });
    await reader.getByRole("link", { name: title }).first().click();
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(reader.getByText("Giai đoạn 1 hoàn thành năm 2026.", { exact: false })).toBeVisible();
    await expect(reader.locator("figure img[alt='Công trường tuyến đường ven biển']")).toBeVisible();
    // The credit came with the image from the library and is printed after the caption.
    await expect(reader.locator("figure:has(img[alt='Công trường tuyến đường ven biển']) figcaption")).toHaveText("Công trường thi công. Ảnh: Thành Duy");
    await expect(reader.locator("article table")).toBeVisible();
    // The body image offers the library's renditions; on a phone the browser takes a small one.
    const bodyImage = reader.locator("figure img[alt='Công trường tuyến đường ven biển']");
    await expect(bodyImage).toHaveAttribute("srcset", /-320\.webp 320w, \S+-640\.webp 640w, \S+-1280\.webp 1280w, \S+\.png 1400w$/);
    await expect(bodyImage).toHaveAttribute("width", "1400");
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const phonePage = await phone.newPage();
    await phonePage.goto(reader.url());
    const phoneImage = phonePage.locator("figure img[alt='Công trường tuyến đường ven biển']");
    await phoneImage.scrollIntoViewIfNeeded();
    await expect.poll(() => phoneImage.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/-640\.webp$/);
    await phone.close();
    await reader.getByRole("complementary", { name: "Tin cùng chuyên mục" }).getByRole("link", { name: SEED_TITLE }).click();
    await expect(reader.getByRole("complementary", { name: "Tin cùng chuyên mục" }).getByRole("link", { name: title })).toBeVisible({ timeout: 1000 });
    // The category page belongs to the reader site (/chuyen-muc/<slug>).
    await reader.goto("/chuyen-muc/hoat-dong-cua-tinh-uy");
    await expect(reader.getByRole("link", { name: title }).first()).toBeVisible({ timeout: 1000 });
  } finally {
    // Unpublishing takes it off the site again (and leaves the seed lists as they were for other tests).
    await editor.page.reload();
    const asked: string[] = [];
    editor.page.once("dialog", (dialog) => {
      asked.push(dialog.message());
      void dialog.accept();
    });
    await editor.page.getByRole("button", { name: "Gỡ bài" }).click();
    await expect.poll(() => asked).toEqual([expect.stringContaining("Gỡ bài này khỏi trang?")]);
    await expect(editor.page.getByTestId("article-status")).toHaveText("Đã gỡ");
    await reader.goto("/");
    await expect(reader.getByRole("link", { name: title })).toHaveCount(0);
    expect(await addressStatus()).toBe(404);
    // Taken down, it can go back to its reporter for corrections.
    await editor.page.getByLabel("Nhận xét cho phóng viên").fill("Sai tên đại biểu, sửa lại.");
    await editor.page.getByRole("button", { name: "Trả lại phóng viên" }).click();
    await expect(editor.page.getByTestId("article-status")).toHaveText("Nháp");
  }
  // The dashboard's recent activity names what was done, in Vietnamese.
  await editor.page.goto("/admin");
  const activity = editor.page.getByRole("region", { name: "Hoạt động gần đây" });
  await expect(activity).toContainText(/: Gỡ bài #\d+/);
  await expect(activity).toContainText(/: Duyệt và đăng #\d+/);
  await expect(activity).not.toContainText("article.");
  await Promise.all([reporter.context.close(), editor.context.close(), reader.close(), anonymous.close()]);
});

test("two people edit the same article: the second save gets the conflict message and nothing is lost", async ({ browser }) => {
  // Two signed-in editors and several saves: ~24 s on an idle 2-core machine, close to the default timeout.
  test.slow();
  const first = await newSession(browser, E2E_REPORTER);
  const id = await createDraft(first.page, `Bài hai người cùng sửa ${Date.now()}`, "Đoạn mở đầu.", await categoryId(first.page, CATEGORY));
  await first.page.goto(`/admin/bai-viet/${id}`);
  await expect(editorBody(first.page)).toHaveAttribute("contenteditable", "true");

  const second = await newSession(browser, E2E_EDITOR);
  await second.page.goto(`/admin/bai-viet/${id}`);
  await expect(second.page.getByText(`${E2E_REPORTER.displayName} đang chỉnh sửa`)).toBeVisible();
  await expect(editorBody(second.page)).toHaveAttribute("contenteditable", "false");
  await second.page.getByRole("button", { name: "Tiếp quản" }).click();
  await expect(editorBody(second.page)).toHaveAttribute("contenteditable", "true");
  await editorBody(second.page).click();
  await second.page.keyboard.press("End");
  await second.page.keyboard.type(" Ý kiến của biên tập viên.");
  await second.page.getByLabel("Tiêu đề SEO").fill("Tiêu đề SEO của biên tập viên");
  await second.page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(saveStatus(second.page)).toContainText("phiên bản 2");

  await editorBody(first.page).click();
  await first.page.keyboard.press("End");
  await first.page.keyboard.type(" Câu phóng viên viết thêm.");
  await first.page.getByRole("button", { name: "Lưu", exact: true }).click();
  const conflict = first.page.getByRole("alert").filter({ hasText: "Xung đột phiên bản" });
  await expect(conflict).toContainText(`Bài viết vừa được ${E2E_EDITOR.displayName} lưu (phiên bản 2)`);
  await conflict.getByRole("button", { name: "Xem khác biệt" }).click();
  const diff = first.page.getByTestId("conflict-diff");
  await expect(diff.locator("del").filter({ hasText: "Ý kiến của biên tập" })).toBeVisible();
  await expect(diff.locator("ins").filter({ hasText: "Câu phóng" })).toBeVisible();
  await expect(editorBody(first.page)).toContainText("Câu phóng viên viết thêm.");

  // Keeping one's own version is a deliberate new version; the other one stays in the history.
  await conflict.getByRole("button", { name: "Vẫn lưu bản của tôi" }).click();
  await expect(saveStatus(first.page)).toContainText("phiên bản 3");
  await first.page.goto(`/admin/bai-viet/${id}/phien-ban`);
  const saves = first.page.getByTestId("revision-row").filter({ hasNotText: "Tự động lưu" });
  await expect(saves).toHaveCount(3);
  await expect(saves.nth(1)).toContainText(E2E_EDITOR.displayName);
  await saves.nth(1).getByRole("radio").first().check();
  await saves.nth(0).getByRole("radio").nth(1).check();
  await first.page.getByRole("button", { name: "So sánh" }).click();
  const revisionDiff = first.page.getByTestId("revision-diff");
  await expect(revisionDiff.locator("del").filter({ hasText: "Ý kiến của biên tập" })).toBeVisible();
  await expect(revisionDiff.locator("ins").filter({ hasText: "Câu phóng" })).toBeVisible();
  // The other form fields are compared too: the reporter's version kept no SEO title.
  await expect(revisionDiff.getByTestId("field-changes")).toContainText("Tiêu đề SEO: Tiêu đề SEO của biên tập viên → (trống)");
  await Promise.all([first.context.close(), second.context.close()]);
});

/** Waits for the autosave request that carries `text` (a later change than an autosave already on its way). */
const autosaveCarrying = (page: Page, id: number, text: string) =>
  page.waitForResponse(
    (r) => r.url().endsWith(`/api/articles/${id}/autosave`) && r.request().method() === "POST" && (r.request().postData() ?? "").includes(text) && r.ok(),
    {
      timeout: 15_000,
    },
  );

test("autosave keeps the whole form: category, featured image, byline, SEO and officials come back after a reload", async ({ browser }) => {
  test.slow();
  const { context, page } = await newSession(browser, E2E_REPORTER);
  const otherCategory = await categoryId(page, "Tin trong tỉnh");
  const id = await createDraft(page, `Bài tự động lưu cả biểu mẫu ${Date.now()}`, "Đoạn đầu.", await categoryId(page, CATEGORY));
  await page.goto(`/admin/bai-viet/${id}`);
  await expect(editorBody(page)).toHaveAttribute("contenteditable", "true");

  await page.getByLabel("Chuyên mục").selectOption({ value: otherCategory });
  await page.getByRole("button", { name: "Chọn ảnh đại diện" }).click();
  const choice = page
    .getByRole("dialog", { name: "Chọn ảnh từ thư viện" })
    .getByRole("button", { name: /^Chọn ảnh: / })
    .first();
  const imageAlt = (await choice.getAttribute("aria-label"))!.replace(/^Chọn ảnh: /, "");
  await choice.click();
  await page.getByLabel("Chú thích ảnh đại diện").fill("Chú thích tự lưu");
  await page.getByLabel(/^Bút danh/).fill("Bút danh tự lưu");
  await page.getByRole("checkbox", { name: "Thái Thanh Quý" }).check();
  await page.getByLabel("Mô tả SEO").fill("Mô tả SEO tự lưu");
  // Decomposed (NFD) Vietnamese, as some keyboards type it: kept NFC.
  const typedSeo = "Tiêu đề SEO tự lưu".normalize("NFD");
  const autosaved = autosaveCarrying(page, id, JSON.stringify(typedSeo).slice(1, -1));
  await page.getByLabel("Tiêu đề SEO").fill(typedSeo);
  await autosaved;
  await expect(saveStatus(page)).toHaveAttribute("data-kind", "autosaved", { timeout: 10_000 });

  const expectForm = async () => {
    await expect(page.getByLabel("Chuyên mục")).toHaveValue(otherCategory);
    await expect(page.getByRole("img", { name: imageAlt })).toBeVisible();
    await expect(page.getByLabel("Chú thích ảnh đại diện")).toHaveValue("Chú thích tự lưu");
    await expect(page.getByLabel(/^Bút danh/)).toHaveValue("Bút danh tự lưu");
    await expect(page.getByRole("checkbox", { name: "Thái Thanh Quý" })).toBeChecked();
    await expect(page.getByLabel("Tiêu đề SEO")).toHaveValue("Tiêu đề SEO tự lưu");
    await expect(page.getByLabel("Mô tả SEO")).toHaveValue("Mô tả SEO tự lưu");
  };
  await page.reload();
  await expect(page.getByTestId("restored-autosave")).toContainText("Đã khôi phục bản tự động lưu");
  await expectForm();

  // Saved, it is the article: the same form after another reload, with no autosave left to offer.
  await expect(editorBody(page)).toHaveAttribute("contenteditable", "true");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(saveStatus(page)).toContainText("phiên bản 2");
  await expect(page.getByTestId("restored-autosave")).toHaveCount(0);
  await page.reload();
  await expectForm();
  await expect(page.getByTestId("restored-autosave")).toHaveCount(0);
  await context.close();
});

test("my autosave is still offered after someone else saves; restoring it goes through the version conflict", async ({ browser }) => {
  test.slow();
  const reporter = await newSession(browser, E2E_REPORTER);
  const page = reporter.page;
  const category = await categoryId(page, CATEGORY);
  const otherCategory = await categoryId(page, "Tin trong tỉnh");
  const title = `Bài có bản tự động lưu cũ ${Date.now()}`;
  const id = await createDraft(page, title, "Đoạn đầu.", category);
  await page.goto(`/admin/bai-viet/${id}`);
  await expect(editorBody(page)).toHaveAttribute("contenteditable", "true");
  await editorBody(page).click();
  await page.keyboard.press("End");
  await page.keyboard.type(" Câu phóng viên chưa lưu.");
  await page.getByLabel("Chuyên mục").selectOption({ value: otherCategory });
  const autosaved = autosaveCarrying(page, id, "SEO của phóng viên");
  await page.getByLabel("Tiêu đề SEO").fill("SEO của phóng viên");
  await autosaved;
  await page.goto("/admin"); // closing the editor gives the edit lock back

  // Meanwhile an editor saves a newer version (through the editor's own API).
  const editor = await newSession(browser, E2E_EDITOR);
  const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Đoạn đầu. Câu của biên tập viên." }] }] };
  const saved = await editor.page.request.put(`/api/articles/${id}`, {
    data: { title, sapo: "", categoryId: category, body, seoTitle: "SEO của biên tập", expectedVersion: 1 },
  });
  expect(saved.status()).toBe(200);
  await editor.page.request.delete(`/api/articles/${id}/lock`); // as closing their editor would
  await editor.context.close();

  // The reporter is told about the unsaved autosave; the form shows the editor's version.
  await page.goto(`/admin/bai-viet/${id}`);
  const offered = page.getByTestId("offered-autosave");
  await expect(offered).toContainText("Bạn có bản tự động lưu chưa được lưu chính thức");
  await expect(offered).toContainText(`${E2E_EDITOR.displayName} đã lưu phiên bản 2`);
  await expect(editorBody(page)).toContainText("Câu của biên tập viên.");
  await expect(page.getByLabel("Tiêu đề SEO")).toHaveValue("SEO của biên tập");
  await expect(page.getByTestId("restored-autosave")).toHaveCount(0);

  await offered.getByRole("button", { name: "Xem bản tự động lưu" }).click();
  const diff = page.getByTestId("offered-autosave-diff");
  await expect(diff.locator("ins").filter({ hasText: "chưa lưu" })).toBeVisible();
  await expect(diff.locator("del").filter({ hasText: /^của biên tập$/ })).toBeVisible();
  await expect(diff.getByTestId("field-changes")).toContainText("Tiêu đề SEO: SEO của biên tập → SEO của phóng viên");
  await expect(diff.getByTestId("field-changes")).toContainText(`Chuyên mục: ${CATEGORY} → Tin trong tỉnh`);

  await expect(editorBody(page)).toHaveAttribute("contenteditable", "true");
  await offered.getByRole("button", { name: "Khôi phục bản tự động lưu" }).click();
  await expect(page.getByTestId("restored-autosave")).toContainText(`trước phiên bản 2 của ${E2E_EDITOR.displayName}`);
  await expect(editorBody(page)).toContainText("Câu phóng viên chưa lưu.");
  await expect(editorBody(page)).not.toContainText("Câu của biên tập viên.");
  await expect(page.getByLabel("Chuyên mục")).toHaveValue(otherCategory);
  await expect(page.getByLabel("Tiêu đề SEO")).toHaveValue("SEO của phóng viên");

  // Saving it does not silently replace the editor's version: the conflict shows both, fields included.
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  const conflict = page.getByRole("alert").filter({ hasText: "Xung đột phiên bản" });
  await expect(conflict).toContainText(`Bài viết vừa được ${E2E_EDITOR.displayName} lưu (phiên bản 2)`);
  await conflict.getByRole("button", { name: "Xem khác biệt" }).click();
  await expect(conflict.getByTestId("field-changes")).toContainText("Tiêu đề SEO: SEO của biên tập → SEO của phóng viên");
  await conflict.getByRole("button", { name: "Vẫn lưu bản của tôi" }).click();
  await expect(saveStatus(page)).toContainText("phiên bản 3");

  await page.reload();
  await expect(page.getByTestId("offered-autosave")).toHaveCount(0);
  await expect(page.getByTestId("restored-autosave")).toHaveCount(0);
  await expect(page.getByLabel("Chuyên mục")).toHaveValue(otherCategory);
  await expect(page.getByLabel("Tiêu đề SEO")).toHaveValue("SEO của phóng viên");
  await expect(editorBody(page)).toContainText("Câu phóng viên chưa lưu.");
  await reporter.context.close();
});

test("a scheduled article goes live at its time without anyone opening the admin", async ({ browser }) => {
  test.setTimeout(60_000);
  const { context, page } = await newSession(browser, E2E_EDITOR);
  const title = `Bài hẹn giờ đăng ${Date.now()}`;
  const id = await createDraft(page, title, "Nội dung đăng theo lịch.", await categoryId(page, "Tin tức - Sự kiện"));
  await page.goto(`/admin/bai-viet/${id}`);
  const at = new Date(Date.now() + 12_000);
  const local = new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 19);
  await page.getByLabel("Thời điểm đăng").fill(local.slice(0, 16));
  await page.getByLabel("Thời điểm đăng").evaluate((input: HTMLInputElement, value) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
    setter.call(input, value);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }, local);
  await page.getByRole("button", { name: "Hẹn giờ đăng" }).click();
  await expect(page.getByTestId("article-status")).toHaveText("Hẹn giờ đăng");
  await context.close();

  const reader = await browser.newPage();
  await reader.goto("/");
  await expect(reader.getByRole("link", { name: title })).toHaveCount(0);
  await expect(async () => {
    await reader.goto("/");
    await expect(reader.getByRole("link", { name: title }).first()).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 35_000, intervals: [1000] });
  expect(Date.now()).toBeGreaterThanOrEqual(at.getTime() - 1000);
  await reader.close();
});

test("an old revision is restored as a new version", async ({ browser }) => {
  const { context, page } = await newSession(browser, E2E_REPORTER);
  const id = await createDraft(page, "Tiêu đề ban đầu của bài", "Đoạn văn ban đầu.", await categoryId(page, CATEGORY));
  await page.goto(`/admin/bai-viet/${id}`);
  await page.getByLabel("Tiêu đề", { exact: true }).fill("Tiêu đề đã đổi");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(saveStatus(page)).toContainText("phiên bản 2");

  await page.getByRole("link", { name: "Lịch sử phiên bản" }).click();
  await expect(page.getByTestId("revision-row")).toHaveCount(2);
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByTestId("revision-row").nth(1).getByRole("button", { name: "Khôi phục" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/bai-viet/${id}$`));
  await expect(page.getByLabel("Tiêu đề", { exact: true })).toHaveValue("Tiêu đề ban đầu của bài");
  await page.getByRole("link", { name: "Lịch sử phiên bản" }).click();
  await expect(page.getByTestId("revision-row")).toHaveCount(3);
  await expect(page.getByTestId("revision-row").first()).toContainText("Khôi phục");
  await context.close();
});

test("preview is for signed-in staff who may see the article: it turns on draft mode and opens the public URL", async ({ browser, playwright, baseURL }) => {
  const { context, page } = await newSession(browser, E2E_REPORTER);
  const id = await createDraft(page, "Bản nháp để xem trước", "Chưa đăng.", await categoryId(page, CATEGORY));
  // A link on another site does not turn draft mode on.
  const crossSite = await page.request.get(`/api/preview?id=${id}`, { maxRedirects: 0, headers: { "Sec-Fetch-Site": "cross-site" } });
  expect(crossSite.status()).toBe(403);
  expect(crossSite.headers()["set-cookie"] ?? "").not.toContain("__prerender_bypass");
  const preview = await page.request.get(`/api/preview?id=${id}`, { maxRedirects: 0 });
  expect(preview.status()).toBe(307);
  expect(preview.headers()["location"]).toBe(`/tin/ban-nhap-de-xem-truoc-${id}`);
  expect(preview.headers()["set-cookie"]).toContain("__prerender_bypass");
  // The draft renders as the public page would, marked as a preview; readers still get a 404.
  await page.goto(`/tin/ban-nhap-de-xem-truoc-${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bản nháp để xem trước");
  await expect(page.getByText(/^Bản xem trước — bài viết này chưa được xuất bản/)).toBeVisible();

  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get(`/tin/ban-nhap-de-xem-truoc-${id}`)).status()).toBe(404);
  const refused = await anonymous.get(`/api/preview?id=${id}`, { maxRedirects: 0 });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["set-cookie"] ?? "").not.toContain("__prerender_bypass");
  await anonymous.dispose();
  await context.close();

  const editor = await newSession(browser, E2E_EDITOR);
  expect((await editor.page.request.get(`/api/preview?id=${id}`, { maxRedirects: 0 })).status()).toBe(307);
  await editor.context.close();
});

test("pasting from Word keeps the structure, drops foreign styles and scripts, and NFC-normalises the text", async ({ browser }) => {
  const { context, page } = await newSession(browser, E2E_REPORTER);
  const id = await createDraft(page, "Bài dán từ Word", "Đoạn đầu.", await categoryId(page, CATEGORY));
  await page.goto(`/admin/bai-viet/${id}`);
  // Editable once this session holds the edit lock; a paste before that is ignored.
  await expect(editorBody(page)).toHaveAttribute("contenteditable", "true");
  // The caret at the end of "Đoạn đầu." before the new line (a click while the editor re-renders can
  // leave it at the start, and the paste would then go before the text).
  await expect
    .poll(async () => {
      await editorBody(page).click();
      await page.keyboard.press("Control+End");
      return page.evaluate(() => {
        const selection = getSelection();
        return selection?.anchorNode?.textContent === "Đoạn đầu." && selection.anchorOffset === "Đoạn đầu.".length;
      });
    })
    .toBe(true);
  await page.keyboard.press("Enter");
  const word = `<!--[if gte mso 9]><xml><w:WordDocument/></xml><![endif]--><style>p.MsoNormal{font-family:"Times New Roman"}</style>
    <h2 style="color:#ff0000">Ke\u0302\u0301t qua\u0309 thu\u031b\u0323c hie\u0323\u0302n</h2>
    <p class="MsoNormal" style="font-size:14pt;color:blue"><b>Tăng</b> trưởng <span style="font-family:Arial">7,5%</span><o:p></o:p></p>
    <ul><li>Công nghiệp</li><li>Nông nghiệp</li></ul>
    <table border="1" style="width:600px"><tr><td style="background:yellow">Quý I</td><td>6,2%</td></tr></table>
    <p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span>&nbsp;&nbsp; </span></span><![endif]>Nhà bị sập: 12 căn<o:p></o:p></p>
    <p class=MsoListParagraphCxSpLast style='margin-left:72pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'>o<span>&nbsp;&nbsp; </span></span><![endif]>Đường bị sạt: 3 km<o:p></o:p></p>
    <script>window.pasted = true</script>`;
  await editorBody(page).evaluate((element, html) => {
    const data = new DataTransfer();
    data.setData("text/html", html);
    data.setData("text/plain", "fallback");
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, word);

  const body = editorBody(page);
  await expect(body.locator("h2")).toHaveText("Kết quả thực hiện".normalize("NFC"));
  expect(await body.locator("h2").evaluate((h) => h.textContent === h.textContent!.normalize("NFC"))).toBe(true);
  await expect(body.locator("strong")).toHaveText("Tăng");
  // An HTML list and a list as Word draws it (paragraphs with their own "·" and "o" bullets): both real lists.
  await expect(body.locator("ul li")).toHaveCount(4);
  await expect(body.locator("ul li").nth(2)).toContainText("Nhà bị sập: 12 căn");
  // Word's second level stays a list inside the item above it.
  await expect(body.locator("ul li ul li")).toHaveText("Đường bị sạt: 3 km");
  await expect(body).not.toContainText("·");
  await expect(body.locator("table td").first()).toHaveText("Quý I");
  expect(await body.locator("[style*='color'], [style*='font-family'], [style*='background'], .MsoNormal, script, style").count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { pasted?: boolean }).pasted)).toBeUndefined();

  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(saveStatus(page)).toContainText("phiên bản 2");
  await context.close();
});

test("pasted pictures: one from another site is dropped with a notice naming it, a data: one becomes a library image, and the article saves", async ({
  browser,
}) => {
  const { context, page } = await newSession(browser, E2E_REPORTER);
  const id = await createDraft(page, "Bài dán ảnh từ nơi khác", "Đoạn đầu.", await categoryId(page, CATEGORY));
  await page.goto(`/admin/bai-viet/${id}`);
  await expect(editorBody(page)).toHaveAttribute("contenteditable", "true");
  await expect
    .poll(async () => {
      await editorBody(page).click();
      await page.keyboard.press("Control+End");
      return page.evaluate(() => getSelection()?.anchorNode?.textContent === "Đoạn đầu.");
    })
    .toBe(true);
  await page.keyboard.press("Enter");
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#2a7f62" } })
    .png()
    .toBuffer();
  const html = `<p>Ảnh minh hoạ:</p><img src="https://elsewhere.example/a.png" alt="Ảnh nơi khác"><img src="data:image/png;base64,${png.toString("base64")}"><p>Hết.</p>`;
  const uploaded = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/thu-vien" && response.request().method() === "POST");
  await editorBody(page).evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData("text/html", pasted);
    data.setData("text/plain", "Ảnh minh hoạ:");
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);

  const notice = page.getByRole("status").filter({ hasText: "ảnh dán" });
  await expect(notice).toContainText("Đã bỏ 1 ảnh dán từ nơi khác: a.png từ elsewhere.example; hãy tải ảnh lên thư viện.");
  expect((await uploaded).ok()).toBe(true);
  await expect(notice).toContainText("Đã đưa 1 ảnh dán vào thư viện ảnh; ảnh không có mô tả được ghi tạm “Ảnh dán từ bộ nhớ tạm”");
  const image = editorBody(page).locator("img");
  await expect(image).toHaveCount(1);
  await expect(image).toHaveAttribute("src", /^\/api\/media\/\d{4}\/\d{2}\/[\w-]+\.png$/);
  await expect(image).toHaveAttribute("alt", "Ảnh dán từ bộ nhớ tạm");
  await expect(editorBody(page)).toContainText("Hết.");

  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(saveStatus(page)).toContainText("phiên bản 2");
  const library = await (await page.request.get(`/api/thu-vien?q=${encodeURIComponent("Ảnh dán từ bộ nhớ tạm")}`)).json();
  expect(library.rows.map((row: { src: string }) => row.src)).toContain(await image.getAttribute("src"));

  // A save that still carries a picture from elsewhere (another client, an old tab) is refused, naming it.
  const refused = await page.request.put(`/api/articles/${id}`, {
    data: {
      title: "Bài dán ảnh từ nơi khác",
      sapo: "",
      categoryId: await categoryId(page, CATEGORY),
      body: { type: "doc", content: [{ type: "image", attrs: { src: "//evil.example/x.png", alt: "Ảnh lạ" } }] },
      expectedVersion: 2,
    },
  });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).fieldErrors).toEqual({
    "body.content.0.attrs.src": [
      "Ảnh thứ 1 (“Ảnh lạ”, x.png từ evil.example) không thuộc thư viện ảnh: trang bài viết chỉ hiện ảnh của thư viện. Hãy tải ảnh lên thư viện rồi chèn lại, hoặc xoá ảnh đó.",
    ],
  });
  await context.close();
});

test("the media library: upload with alt text, search, and refusal to delete an image an article uses", async ({ browser }) => {
  const { context, page } = await newSession(browser, E2E_EDITOR);
  await page.goto("/admin/thu-vien");
  const upload = page.getByRole("group", { name: "Tải ảnh mới lên" });
  await upload.getByLabel(/Tệp ảnh/).setInputFiles({ name: "anh.png", mimeType: "image/png", buffer: Buffer.from("không phải ảnh") });
  await upload.getByLabel("Mô tả ảnh (alt)").fill("Tệp giả");
  await upload.getByRole("button", { name: "Tải lên" }).click();
  await expect(upload.getByText("Chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF")).toBeVisible();

  const jpeg = await sharp({ create: { width: 900, height: 600, channels: 3, background: "#8b1f1f" } })
    .jpeg()
    .toBuffer();
  await upload.getByLabel(/Tệp ảnh/).setInputFiles({ name: "le-ky-niem.jpg", mimeType: "image/jpeg", buffer: jpeg });
  await upload.getByLabel("Mô tả ảnh (alt)").fill("Lễ kỷ niệm ngày thành lập Đảng bộ tỉnh");
  // Searched once the upload is stored (a search sent earlier rightly finds nothing).
  const uploaded = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/thu-vien" && response.request().method() === "POST");
  await upload.getByRole("button", { name: "Tải lên" }).click();
  expect((await uploaded).ok()).toBe(true);
  await page.getByRole("search", { name: "Tìm ảnh" }).getByRole("searchbox").fill("kỷ niệm");
  await page.getByRole("search", { name: "Tìm ảnh" }).getByRole("button", { name: "Tìm" }).click();
  const card = page.getByRole("listitem").filter({ has: page.getByRole("img", { name: "Lễ kỷ niệm ngày thành lập Đảng bộ tỉnh" }) });
  await expect(card).toHaveCount(1);
  const src = await card.getByRole("img").getAttribute("src");
  expect((await page.request.get(src!)).headers()["content-type"]).toBe("image/webp");
  // The photo credit is edited in the library; a typed "Ảnh:" is dropped (the caption adds it).
  await card.getByLabel("Tác giả / nguồn ảnh").fill("Ảnh: Minh Châu");
  await card.getByRole("button", { name: "Lưu" }).click();
  await expect(card.getByRole("status")).toHaveText("Đã lưu.");
  await expect(card.getByLabel("Tác giả / nguồn ảnh")).toHaveValue("Minh Châu");
  // A refused edit marks the field it is about, under that field.
  const alt = card.getByLabel("Mô tả (alt)");
  await alt.fill("Ảnh ".repeat(80));
  await card.getByRole("button", { name: "Lưu" }).click();
  await expect(alt).toHaveAttribute("aria-invalid", "true");
  await expect(alt).toHaveAccessibleDescription("Mô tả ảnh không được dài quá 300 ký tự");
  await expect(alt).toHaveAccessibleName("Mô tả (alt)");
  await alt.fill("Lễ kỷ niệm ngày thành lập Đảng bộ tỉnh");
  // More edits from the same card, without reloading: each names the values stored by the one before.
  for (const caption of ["Lễ kỷ niệm tại Quảng trường Hồ Chí Minh", ""]) {
    await card.getByLabel("Chú thích").fill(caption);
    await card.getByRole("button", { name: "Lưu" }).click();
    await expect(card.getByRole("status")).toHaveText("Đã lưu.");
    await expect(card.getByLabel("Chú thích")).toHaveValue(caption);
  }
  // Text typed while a save is on its way stays: the reply only refreshes fields left as they were sent.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const api = /\/api\/thu-vien\/\d+$/;
  await page.route(api, async (route) => {
    await held;
    await route.continue();
  });
  await card.getByLabel("Chú thích").fill("Bản đang lưu");
  await card.getByRole("button", { name: "Lưu" }).click();
  await card.getByLabel("Chú thích").fill("Bản gõ tiếp");
  release();
  await expect(card.getByRole("status")).toHaveText("Đã lưu.");
  await expect(card.getByLabel("Chú thích")).toHaveValue("Bản gõ tiếp");
  await page.unroute(api);
  await card.getByLabel("Chú thích").fill("");
  const cleared = page.waitForResponse((response) => api.test(new URL(response.url()).pathname) && response.request().method() === "PATCH");
  await card.getByRole("button", { name: "Lưu" }).click();
  expect((await cleared).ok()).toBe(true);

  // Used as an article's featured image: deleting is refused.
  const id = await createDraft(page, "Bài có ảnh đại diện", "Nội dung.", await categoryId(page, CATEGORY));
  await page.goto(`/admin/bai-viet/${id}`);
  await page.getByRole("button", { name: "Chọn ảnh đại diện" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Chọn ảnh: Lễ kỷ niệm ngày thành lập Đảng bộ tỉnh" }).click();
  await expect(page.getByTestId("featured-caption-preview")).toHaveText("Dưới ảnh sẽ in: Ảnh: Minh Châu");
  await page.getByLabel("Chú thích ảnh đại diện").fill("Lễ kỷ niệm");
  await expect(page.getByTestId("featured-caption-preview")).toHaveText("Dưới ảnh sẽ in: Lễ kỷ niệm. Ảnh: Minh Châu");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(saveStatus(page)).toContainText("phiên bản 2");
  await page.goto("/admin/thu-vien?q=k%E1%BB%B7+ni%E1%BB%87m");
  page.once("dialog", (dialog) => void dialog.accept());
  await card.getByRole("button", { name: "Xoá" }).click();
  await expect(card.getByRole("status")).toContainText("Ảnh đang được dùng trong 1 bài viết");
  await context.close();
});

test("a link is put on selected text from the toolbar; an unsafe address is refused with a message", async ({ browser }) => {
  const { context, page } = await newSession(browser, E2E_REPORTER);
  const id = await createDraft(page, "Bài có liên kết", "Xem cổng thông tin của tỉnh.", await categoryId(page, CATEGORY));
  await page.goto(`/admin/bai-viet/${id}`);
  const body = editorBody(page);
  // Editable once this session holds the article's edit lock.
  await expect(body).toHaveAttribute("contenteditable", "true");
  await body.click();
  await page.keyboard.press("Home");
  for (let i = 0; i < 3; i++) await page.keyboard.press("Shift+ArrowRight");
  const toolbar = page.getByRole("toolbar", { name: "Định dạng nội dung" });
  await toolbar.getByRole("button", { name: "Liên kết" }).click();

  const form = toolbar.getByRole("group", { name: "Liên kết" });
  const address = form.getByLabel("Địa chỉ liên kết");
  await address.fill("javascript:alert(1)");
  await address.press("Enter");
  await expect(form.getByRole("alert")).toHaveText("Liên kết phải bắt đầu bằng http://, https:// hoặc mailto:.");
  await expect(body.locator("a")).toHaveCount(0);

  await address.fill("https://nghean.gov.vn");
  await address.press("Enter");
  await expect(form).toBeHidden();
  await expect(body.locator("a[href='https://nghean.gov.vn']")).toHaveText("Xem");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(saveStatus(page)).toContainText("phiên bản 2");
  await page.reload();
  await expect(body.locator("a[href='https://nghean.gov.vn']")).toHaveText("Xem");
  // Until the edit lock is held again the body is not editable, and a click on the link would follow it.
  await expect(body).toHaveAttribute("contenteditable", "true");

  // The cursor inside the link: the form offers to remove it.
  await body.locator("a").click();
  await toolbar.getByRole("button", { name: "Liên kết" }).click();
  await expect(address).toHaveValue("https://nghean.gov.vn");
  await form.getByRole("button", { name: "Bỏ liên kết" }).click();
  await expect(body.locator("a")).toHaveCount(0);
  await context.close();
});

test("a save that fails (proxy error page, lost connection) says so, keeps the text unsaved, and autosave retries", async ({ browser }) => {
  test.slow();
  const { context, page } = await newSession(browser, E2E_REPORTER);
  const id = await createDraft(page, `Bài lưu lỗi ${Date.now()}`, "Đoạn đầu.", await categoryId(page, CATEGORY));
  await page.goto(`/admin/bai-viet/${id}`);
  await expect(editorBody(page)).toHaveAttribute("contenteditable", "true");
  await page.route(`**/api/articles/${id}`, (route) =>
    route.request().method() === "PUT"
      ? route.fulfill({ status: 502, contentType: "text/html", body: "<html><body>502 Bad Gateway</body></html>" })
      : route.continue(),
  );
  await editorBody(page).click();
  await page.keyboard.press("End");
  await page.keyboard.type(" Câu chưa lưu được.");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(saveStatus(page)).toHaveText("Không lưu được: mất kết nối hoặc máy chủ lỗi. Nội dung vẫn còn trên trang này, hãy thử lưu lại.");
  await expect(page.getByRole("button", { name: "Lưu", exact: true })).toBeEnabled();
  const warnsOnLeave = () => page.evaluate(() => !window.dispatchEvent(new Event("beforeunload", { cancelable: true })));
  expect(await warnsOnLeave()).toBe(true);

  // Autosave keeps trying and succeeds once the server answers again.
  await page.unroute(`**/api/articles/${id}`);
  await expect(saveStatus(page)).toHaveAttribute("data-kind", "autosaved", { timeout: 15_000 });

  // A workflow step whose request never arrives says so too.
  await page.route(`**/api/articles/${id}/transition`, (route) => route.abort("internetdisconnected"));
  await page.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "mất kết nối" })).toHaveText("Không thực hiện được: mất kết nối hoặc máy chủ lỗi. Hãy thử lại.");
  await expect(page.getByRole("button", { name: "Gửi duyệt" })).toBeEnabled();
  await context.close();
});

test("on a slow network a new article's autosave creates it once, and it is saved again with the later text", async ({ browser }) => {
  test.slow();
  const { context, page } = await newSession(browser, E2E_REPORTER);
  const category = await categoryId(page, CATEGORY);
  const title = `Bài mạng chậm ${Date.now()}`;
  let creates = 0;
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const firstCreate = new Promise<void>(
    (resolve) =>
      void page.route("**/api/articles", async (route) => {
        if (route.request().method() !== "POST") return route.continue();
        creates += 1;
        resolve();
        await released;
        await route.continue();
      }),
  );
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await page.getByLabel("Chuyên mục").selectOption({ value: category });
  await editorBody(page).click();
  await page.keyboard.type("Câu đầu.");
  await firstCreate;
  await page.keyboard.type(" Câu gõ khi đang lưu.");
  // Longer than one autosave interval (3 s): the tick that would have sent a second create.
  await page.waitForTimeout(4_500);
  release();
  await expect(page).toHaveURL(/\/admin\/bai-viet\/\d+$/, { timeout: 10_000 });
  await expect(saveStatus(page)).toHaveAttribute("data-kind", "autosaved", { timeout: 15_000 });
  expect(creates).toBe(1);
  await page.reload();
  await expect(editorBody(page)).toContainText("Câu gõ khi đang lưu.");
  await context.close();
});

test("a second save or a workflow step while a save is in flight waits for it instead of conflicting with it", async ({ browser }) => {
  test.slow();
  const { context, page } = await newSession(browser, E2E_REPORTER);
  const id = await createDraft(page, `Bài lưu hai lần ${Date.now()}`, "Đoạn đầu.", await categoryId(page, CATEGORY));
  await page.goto(`/admin/bai-viet/${id}`);
  await expect(editorBody(page)).toHaveAttribute("contenteditable", "true");
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = false;
  await page.route(`**/api/articles/${id}`, async (route) => {
    if (route.request().method() !== "PUT" || held) return route.continue();
    held = true;
    await released;
    await route.continue();
  });
  await editorBody(page).click();
  await page.keyboard.press("End");
  await page.keyboard.type(" Câu mới.");
  const saveButton = page.getByRole("button", { name: "Lưu", exact: true });
  await saveButton.click();
  await expect(saveStatus(page)).toHaveText("Đang lưu…");
  await expect(saveButton).toBeDisabled();
  await page.getByRole("button", { name: "Gửi duyệt" }).click();
  release();
  await expect(page.getByTestId("article-status")).toHaveText("Chờ duyệt", { timeout: 15_000 });
  await expect(page.getByRole("alert").filter({ hasText: "Xung đột" })).toHaveCount(0);
  await context.close();
});

test("only the toolbar's toggles are announced as pressed or not; actions are plain buttons", async ({ browser }) => {
  const { context, page } = await newSession(browser, E2E_REPORTER);
  const id = await createDraft(page, `Bài thanh công cụ ${Date.now()}`, "Đoạn đầu.", await categoryId(page, CATEGORY));
  await page.goto(`/admin/bai-viet/${id}`);
  await expect(editorBody(page)).toHaveAttribute("contenteditable", "true");
  const toolbar = page.getByRole("toolbar", { name: "Định dạng nội dung" });
  await editorBody(page).click();
  await toolbar.getByRole("button", { name: "Chèn bảng" }).click();
  await expect(toolbar.getByRole("button", { name: "Thêm hàng" })).toBeVisible();
  for (const name of ["Đậm", "Nghiêng", "Gạch chân", "Tiêu đề H2", "Tiêu đề H3", "Liên kết", "Danh sách", "Danh sách số", "Trích dẫn"]) {
    await expect(toolbar.getByRole("button", { name, exact: true })).toHaveAttribute("aria-pressed", /^(true|false)$/);
  }
  for (const name of ["Chèn ảnh", "Chèn bảng", "Thêm hàng", "Thêm cột", "Xoá hàng", "Xoá cột", "Xoá bảng", "Đường kẻ ngang", "Hoàn tác", "Làm lại"]) {
    await expect(toolbar.getByRole("button", { name, exact: true })).not.toHaveAttribute("aria-pressed");
  }
  await context.close();
});

test("when the edit lock cannot be checked the editor says so and retries", async ({ browser }) => {
  const { context, page } = await newSession(browser, E2E_REPORTER);
  const id = await createDraft(page, `Bài khóa lỗi ${Date.now()}`, "Đoạn đầu.", await categoryId(page, CATEGORY));
  await page.route(`**/api/articles/${id}/lock`, (route) => (route.request().method() === "POST" ? route.abort("internetdisconnected") : route.continue()));
  await page.goto(`/admin/bai-viet/${id}`);
  await expect(page.getByText("Chưa kiểm tra được quyền chỉnh sửa bài viết (mất kết nối hoặc máy chủ lỗi). Đang thử lại…")).toBeVisible();
  await expect(editorBody(page)).toHaveAttribute("contenteditable", "false");
  await page.unroute(`**/api/articles/${id}/lock`);
  await expect(editorBody(page)).toHaveAttribute("contenteditable", "true", { timeout: 10_000 });
  await expect(page.getByText("Chưa kiểm tra được quyền chỉnh sửa")).toHaveCount(0);
  await context.close();
});

test("after someone takes over, the first editor's banner and editable page stay as they were at the next heartbeat", async ({ browser }) => {
  test.slow();
  const first = await newSession(browser, E2E_REPORTER);
  const id = await createDraft(first.page, `Bài bị tiếp quản ${Date.now()}`, "Đoạn đầu.", await categoryId(first.page, CATEGORY));
  await first.page.goto(`/admin/bai-viet/${id}`);
  await expect(editorBody(first.page)).toHaveAttribute("contenteditable", "true");
  const second = await newSession(browser, E2E_EDITOR);
  await second.page.goto(`/admin/bai-viet/${id}`);
  await second.page.getByRole("button", { name: "Tiếp quản" }).click();
  await expect(editorBody(second.page)).toHaveAttribute("contenteditable", "true");
  const isLockBeat = (r: PwResponse) => r.url().endsWith(`/api/articles/${id}/lock`) && r.request().method() === "POST";
  await first.page.waitForResponse(isLockBeat, { timeout: 25_000 });
  await expect(first.page.getByText("họ đã tiếp quản bài viết")).toBeVisible();
  await first.page.waitForResponse(isLockBeat, { timeout: 25_000 });
  await expect(first.page.getByText("họ đã tiếp quản bài viết")).toBeVisible();
  await expect(editorBody(first.page)).toHaveAttribute("contenteditable", "true");
  await Promise.all([first.context.close(), second.context.close()]);
});
