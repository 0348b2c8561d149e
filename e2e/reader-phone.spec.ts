import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { E2E_EDITOR } from "./newsroom-fixtures";

// The reader site on a small phone (360 px, the narrowest common Android width): nothing wider than
// the screen, and the controls a reader taps are at least 40 px tall (44 px in the CSS).
test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

const SEED_TITLE = "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 3/2022";
const MIN_TAP_HEIGHT = 40;
/** Dates, breadcrumbs, captions, the footer: smaller than the text, but not below this on a phone. */
const MIN_SMALL_TEXT = 15;

// What editors paste and a phone cannot fit on one line: an address, a document code, an e-mail
// address, a table of figures. In the title too, so the home and category lists carry it.
const LONG_URL = "https://nghean.dcs.vn/van-ban/quyet-dinh-so-1234-qd-ubnd-ngay-23-3-2022-ve-viec-ban-hanh-ke-hoach";
const LONG_CODE = "QĐ-UBND-NGHEAN-2022-KEHOACHCHUYENDOISOTOANDIENCACCAPCHINHQUYEN";
let longArticle: { id: number; path: string; title: string } | undefined;

/** Everything wider than the screen, to say in a failure what overflows. */
async function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement!;
    const width = root.clientWidth;
    const culprits = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !el.closest(".table-scroll, .visually-hidden"))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(" ")[0]}` : ""}`);
    return { scrollWidth: root.scrollWidth, clientWidth: width, culprits };
  });
}

async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await horizontalOverflow(page);
  expect(overflow.scrollWidth, `${page.url()} scrolls sideways: ${overflow.culprits.join(", ")}`).toBeLessThanOrEqual(overflow.clientWidth);
}

/** Every element `targets` finds is visible and at least MIN_TAP_HEIGHT tall (and there is one at least). */
async function expectTapTargets(targets: Locator, what: string) {
  const count = await targets.count();
  expect(count, `${what}: none found`).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const target = targets.nth(i);
    await expect(target, what).toBeVisible();
    const box = (await target.boundingBox())!;
    expect(box.height, `${what} “${(await target.innerText()).replace(/\s+/g, " ").trim()}” is ${box.height} px tall`).toBeGreaterThanOrEqual(MIN_TAP_HEIGHT);
  }
}

/** The header on every page: the "Chuyên mục" disclosure and the search button. */
async function expectHeaderUsable(page: Page) {
  const menu = page.getByRole("navigation", { name: "Chuyên mục" });
  await expectTapTargets(menu.locator("summary"), "menu toggle");
  await expectTapTargets(page.getByRole("banner").getByRole("button", { name: "Tìm", exact: true }), "header search button");
}

/** The computed font size of every element `targets` finds (and there is one at least) is MIN_SMALL_TEXT px or more. */
async function expectReadableText(targets: Locator, what: string) {
  const sizes = await targets.evaluateAll((elements) =>
    elements.map((el) => ({ text: (el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40), px: parseFloat(getComputedStyle(el).fontSize) })),
  );
  expect(sizes.length, `${what}: none found`).toBeGreaterThan(0);
  for (const { text, px } of sizes) expect(px, `${what} “${text}” is ${px} px`).toBeGreaterThanOrEqual(MIN_SMALL_TEXT);
}

const fontSize = (target: Locator) => target.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

async function editorPage(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/dang-nhap?callbackUrl=%2Fadmin");
  await page.getByLabel("Email").fill(E2E_EDITOR.email);
  await page.getByLabel("Mật khẩu").fill(E2E_EDITOR.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByTestId("current-user")).toHaveText(E2E_EDITOR.displayName);
  return { context, page };
}

test.beforeAll(async ({ browser }) => {
  const { context, page } = await editorPage(browser);
  await page.goto("/admin/bai-viet/moi");
  const categoryId = await page.getByLabel("Chuyên mục").locator("option", { hasText: "Hoạt động của Tỉnh ủy" }).first().getAttribute("value");
  const text = (t: string) => ({ type: "text", text: t });
  const cell = (t: string, type = "tableCell") => ({ type, content: [{ type: "paragraph", content: [text(t)] }] });
  const row = (cells: string[], type?: string) => ({ type: "tableRow", content: cells.map((c) => cell(c, type)) });
  const title = `Văn bản ${LONG_CODE} đăng tại ${Date.now()}`;
  const body = {
    type: "doc",
    content: [
      { type: "paragraph", content: [text("Toàn văn: "), { ...text(LONG_URL), marks: [{ type: "link", attrs: { href: LONG_URL } }] }, text(".")] },
      { type: "paragraph", content: [text(`Số hiệu ${LONG_CODE}, hộp thư vanphongtinhuynghean.chuyendoiso@nghean.dcs.vn.`)] },
      {
        type: "table",
        content: [
          row(["Chỉ tiêu", "Năm 2020", "Năm 2021", "Năm 2022", "Kế hoạch 2025", "Ghi chú"], "tableHeader"),
          row(["Tăng trưởng GRDP", "2,28%", "5,4%", "8,5%", "9–10%", "Theo Nghị quyết Đại hội XIX"]),
        ],
      },
    ],
  };
  const created = await page.request.post("/api/articles", { data: { title, sapo: `Xem tại ${LONG_URL}`, categoryId, body } });
  expect(created.status()).toBe(200);
  const { id } = (await created.json()) as { id: number };
  expect((await page.request.post(`/api/articles/${id}/transition`, { data: { action: "article.publish" } })).status()).toBe(200);
  longArticle = { id, path: `/tin/x-${id}`, title };
  await context.close();
});

// Other specs read the home page and the category lists: leave them as they were.
test.afterAll(async ({ browser }) => {
  if (!longArticle) return;
  const { context, page } = await editorPage(browser);
  expect((await page.request.post(`/api/articles/${longArticle.id}/transition`, { data: { action: "article.unpublish" } })).status()).toBe(200);
  await context.close();
});

test("home: no sideways scrolling; the menu opens with finger-sized links", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("link", { name: longArticle!.title }).first()).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await expectHeaderUsable(page);

  const menu = page.getByRole("navigation", { name: "Chuyên mục" });
  await menu.locator("summary").click();
  await expect(menu.getByRole("link", { name: "Tin tức - Sự kiện", exact: true })).toBeVisible();
  await expectTapTargets(menu.getByRole("link"), "menu link");
  await expectNoHorizontalOverflow(page);
});

test("category pages: no sideways scrolling; sub-categories and pagination are tappable", async ({ page }) => {
  await page.goto("/chuyen-muc/hoat-dong-cua-tinh-uy");
  await expect(page.getByRole("link", { name: longArticle!.title })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await expectHeaderUsable(page);
  await expectTapTargets(page.getByRole("navigation", { name: "Đường dẫn" }).getByRole("link"), "breadcrumb link");

  await page.goto("/chuyen-muc/tin-tuc-su-kien?trang=2");
  await expectNoHorizontalOverflow(page);
  await expectTapTargets(page.getByRole("navigation", { name: "Chuyên mục con" }).getByRole("link"), "sub-category link");
  const pagination = page.getByRole("navigation", { name: "Phân trang" });
  await expect(pagination.locator("[aria-current=page]")).toHaveText("2");
  await expectTapTargets(pagination.locator("a, [aria-current=page]"), "pagination link");
});

test("the seed article: no sideways scrolling; text size and share buttons are tappable", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: SEED_TITLE, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);
  await expectNoHorizontalOverflow(page);
  await expectHeaderUsable(page);
  await expectTapTargets(page.getByRole("group", { name: "Cỡ chữ" }).getByRole("button"), "text size button");
  await expectTapTargets(page.getByRole("group", { name: "Chia sẻ" }).locator("a, button"), "share button");
  await expectTapTargets(page.getByRole("button", { name: "In bài" }), "print button");
  await expectTapTargets(page.getByRole("navigation", { name: "Đường dẫn" }).getByRole("link"), "breadcrumb link");
  // Text size, print and sharing take two rows of buttons, not three, above the lead paragraph.
  const rows = await page
    .locator("[data-print=hide]")
    .filter({ has: page.getByRole("group", { name: "Chia sẻ" }) })
    .evaluate((tools) => {
      const tops = new Set([...tools.querySelectorAll("a, button")].map((el) => Math.round(el.getBoundingClientRect().top)));
      return tops.size;
    });
  expect(rows).toBeLessThanOrEqual(2);

  // The largest text size does not push anything off the screen either.
  await page.getByRole("button", { name: "Tăng cỡ chữ" }).click();
  await page.getByRole("button", { name: "Tăng cỡ chữ" }).click();
  await expect(page.locator("[data-article]")).toHaveAttribute("data-text-size", "rat-lon");
  await expectNoHorizontalOverflow(page);

  // The author's page, from the byline.
  await page.getByText("Đăng bởi").getByRole("link").click();
  await expect(page).toHaveURL(/\/tac-gia\//);
  await expectNoHorizontalOverflow(page);
  await expectHeaderUsable(page);
});

test("dates, breadcrumb, captions, footer, menu, tools and labels are at least 15 px, and still smaller than what they accompany", async ({ page }) => {
  await page.goto("/chuyen-muc/hoat-dong-cua-tinh-uy");
  await expectReadableText(page.locator("main .teaser time"), "teaser date");
  await expectReadableText(page.locator("main .teaser-sapo"), "teaser sapo");
  await expectReadableText(page.getByRole("navigation", { name: "Đường dẫn" }).locator("li"), "breadcrumb");
  await expectReadableText(page.getByRole("contentinfo").locator("p, a"), "footer text");
  await expectReadableText(page.getByRole("navigation", { name: "Chuyên mục" }).locator("a"), "menu link");
  await expectReadableText(page.getByRole("banner").locator(".brand-tagline"), "header tagline");
  await expectReadableText(page.locator("main").getByRole("link", { name: /RSS/ }), "category RSS link");
  // The hierarchy holds: a teaser's title is larger than its date.
  const teaser = page.locator("main .teaser").first();
  expect(await fontSize(teaser.locator(".teaser-title"))).toBeGreaterThan(await fontSize(teaser.locator("time")));
  await expectNoHorizontalOverflow(page);

  await page.goto("/");
  await page.getByRole("link", { name: SEED_TITLE, exact: true }).first().click();
  const article = page.locator("[data-article]");
  await expectReadableText(article.locator("time"), "article date");
  await expectReadableText(article.getByText("Đăng bởi"), "author line");
  await expectReadableText(article.locator("figcaption"), "photo caption");
  await expectReadableText(article.getByRole("group", { name: "Cỡ chữ" }).getByRole("button"), "text size button");
  await expectReadableText(article.getByRole("group", { name: "Chia sẻ" }).locator("a, button"), "share link");
  await expectReadableText(article.getByRole("navigation", { name: "Đường dẫn" }).locator("li"), "breadcrumb");
  expect(await fontSize(article.locator(".article-body p").first())).toBeGreaterThan(await fontSize(article.locator("time")));
  await expectNoHorizontalOverflow(page);

  await page.goto("/lanh-dao/thai-thanh-quy");
  await expectReadableText(page.locator("main .meta"), "official's position dates");
  await page.goto("/tim-kiem?q=tinh+uy");
  await expectReadableText(page.getByRole("search", { name: "Tìm kiếm bài viết" }).locator("label"), "search field label");
  await expectNoHorizontalOverflow(page);
});

test("an article with a long address, a document code and a table: the table scrolls, the page does not", async ({ page }) => {
  await page.goto(longArticle!.path);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(longArticle!.title);
  await expectNoHorizontalOverflow(page);
  // The table is wider than the phone and scrolls inside its own box.
  const scroller = page.locator(".article-body .table-scroll");
  const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(clientWidth).toBeLessThanOrEqual(360);
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  await expect(page.getByRole("link", { name: LONG_URL })).toBeVisible();
});

test("officials: the directory and a profile fit the screen", async ({ page }) => {
  await page.goto("/lanh-dao");
  await expectNoHorizontalOverflow(page);
  await expectHeaderUsable(page);
  await page.goto("/lanh-dao/thai-thanh-quy");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thái Thanh Quý");
  await expectNoHorizontalOverflow(page);
});

test("search with filters: the form fits the screen and its fields are tappable", async ({ page }) => {
  await page.goto("/tim-kiem?q=tinh+uy&chuyen-muc=tin-tuc-su-kien&tu-ngay=2020-01-01&den-ngay=2026-12-31");
  await expect(page.getByRole("heading", { level: 2 })).toContainText("kết quả");
  await expectNoHorizontalOverflow(page);
  await expectHeaderUsable(page);
  const form = page.getByRole("search", { name: "Tìm kiếm bài viết" });
  await expectTapTargets(form.locator("input, select, button"), "search form field");
  const pagination = page.getByRole("navigation", { name: "Phân trang" });
  if (await pagination.count()) await expectTapTargets(pagination.locator("a, [aria-current=page]"), "pagination link");
});

test("the 404 page fits the screen and its search box is tappable", async ({ page }) => {
  expect((await page.goto("/tin/khong-ton-tai-987654"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await expectHeaderUsable(page);
  await expectTapTargets(page.getByRole("search", { name: "Tìm bài viết" }).locator("input, button"), "404 search field");
});
