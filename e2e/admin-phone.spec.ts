import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createAccount } from "./admin-helpers";
import { E2E_ADMIN } from "./fixtures";
import { E2E_EDITOR, E2E_REPORTER } from "./newsroom-fixtures";

// The staff area on a reporter's phone (360 px, the narrowest common Android width): no page scrolls
// sideways, nothing typed into is under 16 px (iOS zooms into smaller fields), the controls tapped
// most are at least 40 px tall, and axe finds nothing serious.
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
test.use(PHONE);

const MIN_TAP_HEIGHT = 40;

async function signedIn(browser: Browser, account: { email: string; password: string }) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto("/dang-nhap?callbackUrl=%2Fadmin");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Mật khẩu").fill(account.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  return { context, page };
}

/** What is wider than the screen (outside a scrolling table), and fields whose text is under 16 px. */
async function phoneProblems(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement!;
    const width = root.clientWidth;
    // A wide table may scroll inside its own frame (which itself fits the screen).
    const inScrollingFrame = (el: Element) => {
      for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (["auto", "scroll"].includes(getComputedStyle(parent).overflowX)) return parent.getBoundingClientRect().right <= width + 0.5;
      }
      return false;
    };
    const wide = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !inScrollingFrame(el))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(" ")[0]}` : ""}`);
    const small = [...document.querySelectorAll<HTMLElement>("input, select, textarea")]
      .filter((el) => !["checkbox", "radio", "hidden", "file"].includes((el as HTMLInputElement).type) && el.getClientRects().length)
      .filter((el) => parseFloat(getComputedStyle(el).fontSize) < 16)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}[${(el as HTMLInputElement).name || el.id}] ${getComputedStyle(el).fontSize}`);
    return { scrollWidth: root.scrollWidth, width, wide, small };
  });
}

async function expectPhoneFriendly(page: Page) {
  const problems = await phoneProblems(page);
  expect(problems.scrollWidth, `${page.url()} scrolls sideways: ${problems.wide.join(", ")}`).toBeLessThanOrEqual(problems.width);
  expect(problems.small, `${page.url()}: fields under 16 px`).toEqual([]);
}

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("every staff screen fits a phone and passes axe", async ({ browser, page: anonymous }) => {
  // Fifteen pages with a full axe run each: the budget is for a busy 2-core machine.
  test.setTimeout(240_000);
  await anonymous.goto("/dang-nhap");
  await expectPhoneFriendly(anonymous);
  await expectNoSeriousAxeViolations(anonymous);

  const { context, page } = await signedIn(browser, E2E_ADMIN);
  await page.goto("/admin/bai-viet");
  const article = (await page.getByRole("table").getByRole("link").first().getAttribute("href"))!;
  const pages = [
    "/admin",
    "/admin/bai-viet",
    "/admin/bai-viet/moi",
    article,
    `${article}/phien-ban`,
    "/admin/thu-vien",
    "/admin/trang-chu",
    "/admin/chuyen-muc",
    "/admin/lanh-dao",
    "/admin/nhan-su",
    "/admin/cai-dat",
    "/admin/nhat-ky",
    "/admin/ho-so",
  ];
  for (const path of pages) {
    await page.goto(path);
    await expectPhoneFriendly(page);
    await expectNoSeriousAxeViolations(page);
  }

  // The password change a new account is held on after its first sign-in.
  await page.goto("/admin/nhan-su");
  const email = `dien-thoai-${Date.now()}@toasoan.vn`;
  const temporary = await createAccount(page, email, "Người Dùng Điện Thoại", "Phóng viên");
  const newcomer = await browser.newContext(PHONE);
  const first = await newcomer.newPage();
  await first.goto("/dang-nhap");
  await first.getByLabel("Email").fill(email);
  await first.getByLabel("Mật khẩu").fill(temporary);
  await first.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(first).toHaveURL(/\/doi-mat-khau$/);
  await expectPhoneFriendly(first);
  await expectNoSeriousAxeViolations(first);
  await newcomer.close();
  await context.close();
});

test("the staff menu is one row on a phone, with the current screen marked and in view", async ({ browser }) => {
  const { context, page } = await signedIn(browser, E2E_ADMIN);
  await page.goto("/admin/nhat-ky");
  const menu = page.getByRole("navigation", { name: "Quản trị" });
  const links = menu.getByRole("link");
  const [first, last] = [(await links.first().boundingBox())!, (await links.last().boundingBox())!];
  expect(last.y, "the last menu entry is on the first entry's row").toBe(first.y);
  const current = menu.getByRole("link", { name: "Nhật ký" });
  await expect(current).toHaveAttribute("aria-current", "page");
  await expect(current).toBeInViewport({ ratio: 1 });
  await expect(menu.locator('[aria-current="page"]')).toHaveCount(1);
  await page.goto("/admin/bai-viet/moi");
  await expect(menu.getByRole("link", { name: "Bài viết" })).toHaveAttribute("aria-current", "page");
  await context.close();
});

test("while a reporter writes on a phone, Lưu stays on screen and the workflow is one tap away", async ({ browser }) => {
  const { context, page } = await signedIn(browser, E2E_REPORTER);
  await page.goto("/admin/bai-viet/moi");
  const save = page.getByRole("button", { name: "Lưu", exact: true });
  await page.getByLabel("Tiêu đề", { exact: true }).fill(`Tin gửi từ điện thoại ${Date.now()}`);
  await page.getByLabel("Chuyên mục").selectOption({ index: 1 });
  await page.getByRole("textbox", { name: "Nội dung bài viết" }).scrollIntoViewIfNeeded();
  await expect(save).toBeInViewport({ ratio: 1 });
  expect((await save.boundingBox())!.height).toBeGreaterThanOrEqual(MIN_TAP_HEIGHT);
  await save.click();
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-kind", "saved");
  await expect(page).toHaveURL(/\/admin\/bai-viet\/\d+$/);

  await page.getByLabel("Mô tả SEO").scrollIntoViewIfNeeded();
  await expect(save).toBeInViewport({ ratio: 1 });
  await page.getByRole("link", { name: "Trạng thái, duyệt bài" }).click();
  const submit = page.getByRole("button", { name: "Gửi duyệt" });
  await expect(submit).toBeInViewport({ ratio: 1 });
  // Nothing at the end of the page is left under the bar.
  await page.evaluate(() => window.scrollTo(0, document.scrollingElement!.scrollHeight));
  const history = (await page.getByRole("link", { name: "Lịch sử phiên bản" }).boundingBox())!;
  const bar = (await save.locator("..").boundingBox())!;
  expect(history.y + history.height).toBeLessThanOrEqual(bar.y);
  await context.close();
});

test("a refused workflow step takes the editor to the field to fix", async ({ browser }) => {
  const { context, page } = await signedIn(browser, E2E_EDITOR);
  await page.goto("/admin/bai-viet/moi");
  await page.getByLabel("Tiêu đề", { exact: true }).fill(`Tin hẹn giờ thiếu thời điểm ${Date.now()}`);
  await page.getByLabel("Chuyên mục").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-kind", "saved");
  await page.getByRole("button", { name: "Hẹn giờ đăng" }).click();
  const when = page.getByLabel("Thời điểm đăng (giờ Việt Nam)");
  await expect(when).toBeFocused();
  await expect(when).toHaveAttribute("aria-invalid", "true");
  await expect(when).toHaveAccessibleDescription("Thời điểm hẹn giờ phải ở tương lai");
  await expect(when).toBeInViewport();
  await context.close();
});

test("a reporter reaches every tool by finger and by keyboard on a phone", async ({ browser }) => {
  test.setTimeout(60_000);
  const { context, page } = await signedIn(browser, E2E_REPORTER);
  await page.goto("/admin/bai-viet/moi");
  const toolbar = page.getByRole("toolbar", { name: "Định dạng nội dung" });
  const buttons = toolbar.getByRole("button");
  for (let i = 0; i < (await buttons.count()); i++) {
    const box = (await buttons.nth(i).boundingBox())!;
    expect(box.height, `toolbar button “${await buttons.nth(i).getAttribute("aria-label")}”`).toBeGreaterThanOrEqual(MIN_TAP_HEIGHT);
  }
  // The toolbar is one Tab stop between the sapo and the text; the arrow keys move along it.
  const body = page.getByRole("textbox", { name: "Nội dung bài viết" });
  await page.getByLabel("Sapo").focus();
  await page.keyboard.press("Tab");
  await expect(toolbar.getByRole("button", { name: "Đậm" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(toolbar.getByRole("button", { name: "Nghiêng" })).toBeFocused();
  await page.keyboard.press("End");
  await expect(toolbar.getByRole("button", { name: "Đường kẻ ngang" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(toolbar.getByRole("button", { name: "Đậm" })).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Tab");
  await expect(body).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(toolbar.getByRole("button", { name: "Đường kẻ ngang" })).toBeFocused();
  await body.click();
  await page.keyboard.type("Phóng viên gửi tin từ hiện trường.");
  await page.keyboard.press("Shift+Home");
  await toolbar.getByRole("button", { name: "Liên kết" }).click();
  await expectPhoneFriendly(page);
  await toolbar.getByRole("button", { name: "Huỷ" }).click();
  await expect(page.getByLabel("Địa chỉ liên kết")).toHaveCount(0);
  // The image picker fits the phone too, and Escape closes it.
  await toolbar.getByRole("button", { name: "Chèn ảnh" }).click();
  const picker = page.getByRole("dialog", { name: "Chọn ảnh từ thư viện" });
  await expect(picker.getByRole("button", { name: /^Chọn ảnh: / }).first()).toBeVisible();
  await expectPhoneFriendly(page);
  await page.keyboard.press("Escape");
  await expect(picker).toHaveCount(0);
  await context.close();
});

test("a refused save takes the reporter to the first field to fix", async ({ browser }) => {
  const { context, page } = await signedIn(browser, E2E_REPORTER);
  await page.goto("/admin/bai-viet/moi");
  await page.getByLabel("Sapo").fill("Tin chưa có tiêu đề.");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByTestId("save-status")).toHaveText("Dữ liệu chưa hợp lệ, vui lòng kiểm tra các trường được đánh dấu.");
  const title = page.getByRole("textbox", { name: /^Tiêu đề(?! SEO)/ });
  await expect(title).toBeFocused();
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await expect(title).toHaveAccessibleDescription(/\S/);
  // The error is the field's description, not also part of its name.
  await expect(title).toHaveAccessibleName("Tiêu đề");
  await expect(title).toBeInViewport();
  await context.close();
});

test("the staff header shows where the keyboard is", async ({ browser }) => {
  const { context, page } = await signedIn(browser, E2E_REPORTER);
  const link = page.getByRole("navigation", { name: "Quản trị" }).getByRole("link", { name: "Bài viết" });
  await link.focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  await expect(link).toBeFocused();
  // The ring must stand out from the dark menu (3:1 at least): gold, not the blue used on white.
  const ring = await link.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, color: style.outlineColor };
  });
  expect(ring.style).toBe("solid");
  expect(ring.color).toBe("rgb(245, 196, 0)");
  const box = (await link.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(MIN_TAP_HEIGHT);
  await context.close();
});
