import zlib from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { createAccount, signInAsAdmin } from "./admin-helpers";

const SEED_TITLE = "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 3/2022";
const SEED_PATH = /\/tin\/ban-thuong-vu-tinh-uy-hop-phien-thuong-ky-thang-3-2022-\d+$/;

async function seedArticlePath(page: Page): Promise<string> {
  await page.goto("/");
  return (await page.getByRole("link", { name: SEED_TITLE, exact: true }).first().getAttribute("href"))!;
}

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** What a crawler may fetch, as Google reads robots.txt: the longest matching rule wins, Allow on a tie. */
function robotsAllows(robots: string, path: string): boolean {
  const rules = [...robots.matchAll(/^(Allow|Disallow):\s*(\S+)\s*$/gm)].map(([, kind, prefix]) => ({ allow: kind === "Allow", prefix: prefix! }));
  const matching = rules.filter((r) => path.startsWith(r.prefix)).sort((a, b) => b.prefix.length - a.prefix.length || Number(b.allow) - Number(a.allow));
  return matching[0]?.allow ?? true;
}

test("home → category → page 2 → article → related article", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 2, name: SEED_TITLE })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Liên kết nổi bật" }).getByRole("img", { name: /Học tập và làm theo/ })).toBeVisible();
  // Each article once: the category blocks leave out what the lead and "Tin mới nhất" already show
  // ("Đọc nhiều", a ranking, may name any of them again).
  const titleLinks = await page
    .locator("main :is(h2, h3) a[href^='/tin/']")
    .evaluateAll((links) => links.filter((a) => !a.closest("[aria-labelledby=doc-nhieu]")).map((a) => a.getAttribute("href")));
  expect(titleLinks.length).toBeGreaterThan(10);
  expect(new Set(titleLinks).size).toBe(titleLinks.length);

  await page.getByRole("navigation", { name: "Chuyên mục" }).getByRole("link", { name: "Tin tức - Sự kiện", exact: true }).first().click();
  await expect(page).toHaveURL(/\/chuyen-muc\/tin-tuc-su-kien$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tin tức - Sự kiện");
  await expect(page.getByRole("navigation", { name: "Chuyên mục con" }).getByRole("link", { name: "Hoạt động của Tỉnh ủy" })).toBeVisible();
  const firstPage = page.locator("main .teaser");
  await expect(firstPage).toHaveCount(20);
  // Newest first: the newest demo article is on page 1 (other specs may publish newer ones).
  await expect(firstPage.filter({ hasText: "Đồng chí Nguyễn Xuân Thắng" })).toHaveCount(1);

  await page.getByRole("navigation", { name: "Phân trang" }).getByRole("link", { name: "Trang 2" }).click();
  await expect(page).toHaveURL(/\/chuyen-muc\/tin-tuc-su-kien\?trang=2$/);
  await expect(page.getByRole("navigation", { name: "Phân trang" }).locator("[aria-current=page]")).toHaveText("2");
  const title = (await page.locator("main .teaser h2 a").first().textContent())!;
  await page.locator("main .teaser h2 a").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  const related = page
    .getByRole("region", { name: "Tin liên quan" })
    .or(page.getByRole("complementary", { name: "Tin cùng chuyên mục" }))
    .first();
  const next = related.getByRole("link").first();
  const nextTitle = (await next.textContent())!;
  await next.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(nextTitle);
});

test("the seed article: officials linked, tools, JSON-LD, OpenGraph, canonical", async ({ page }) => {
  const path = await seedArticlePath(page);
  await page.goto(path);
  await expect(page).toHaveURL(SEED_PATH);

  // The featured image: the seed's demo card, with alt text, captioned "<caption>. Ảnh: <credit>".
  const figure = page.locator("article figure").first();
  await expect(figure.locator("figcaption")).toHaveText("Chuyên mục Hoạt động của Tỉnh ủy. Ảnh: Minh hoạ");
  const image = figure.getByRole("img");
  await expect(image).toHaveAttribute("alt", "Ảnh minh hoạ: tấm thẻ nền đỏ viền vàng ghi tên chuyên mục “Hoạt động của Tỉnh ủy”");
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);

  const officials = page.getByRole("region", { name: "Lãnh đạo được nhắc đến" });
  await expect(officials.getByRole("link", { name: "Thái Thanh Quý" })).toHaveAttribute("href", "/lanh-dao/thai-thanh-quy");
  await expect(officials).toContainText("Bí thư Tỉnh ủy");
  await expect(page.getByRole("region", { name: "Tin liên quan" }).getByRole("link")).toHaveCount(6);
  // No article is offered twice: "Tin liên quan" leaves out what "Tin cùng chuyên mục" already lists.
  const hrefs = (name: string, role: "region" | "complementary") =>
    page
      .getByRole(role, { name })
      .getByRole("link")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  const sameCategory = await hrefs("Tin cùng chuyên mục", "complementary");
  expect(sameCategory.length).toBeGreaterThanOrEqual(15);
  expect((await hrefs("Tin liên quan", "region")).filter((href) => sameCategory.includes(href))).toEqual([]);
  await expect(page.getByRole("link", { name: "Facebook" })).toHaveAttribute("href", /facebook\.com\/sharer.*tin%2Fban-thuong-vu/);
  await expect(page.getByRole("link", { name: "Zalo" })).toHaveAttribute("href", /zalo/);
  await expect(page.locator("[data-view-count]")).toContainText(/\d+ lượt xem/);

  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  expect(canonical).toMatch(SEED_PATH);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /^https?:\/\/.+\.png$/);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "vi_VN");
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");

  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const data = blocks.flatMap((b) => JSON.parse(b) as Record<string, unknown>[]);
  const article = data.find((d) => d["@type"] === "NewsArticle")!;
  expect(article).toMatchObject({ headline: SEED_TITLE, datePublished: "2022-03-23T01:30:00.000Z", author: [{ name: "Trần Thị Thanh Mơ" }] });
  expect(article.publisher).toMatchObject({ "@type": "Organization" });
  expect(Array.isArray(article.image)).toBe(true);
  const crumbs = data.find((d) => d["@type"] === "BreadcrumbList")! as { itemListElement: { name: string }[] };
  expect(crumbs.itemListElement.map((i) => i.name)).toEqual(["Trang chủ", "Tin tức - Sự kiện", "Hoạt động của Tỉnh ủy", SEED_TITLE]);
});

test("the text size buttons scale the article's body and sapo", async ({ page }) => {
  await page.goto(await seedArticlePath(page));
  const sizeOf = (selector: string) => () =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const body = sizeOf("[data-article] .article-body p");
  const sapo = sizeOf("[data-article] .article-sapo");
  const [bodyBefore, sapoBefore] = [await body(), await sapo()];

  await page.getByRole("button", { name: "Tăng cỡ chữ" }).click();
  await expect(page.locator("[data-article]")).toHaveAttribute("data-text-size", "lon");
  await expect.poll(body).toBeGreaterThan(bodyBefore);
  await expect.poll(sapo).toBeGreaterThan(sapoBefore);

  await page.getByRole("button", { name: "Giảm cỡ chữ" }).click();
  await page.getByRole("button", { name: "Giảm cỡ chữ" }).click();
  await expect(page.locator("[data-article]")).toHaveAttribute("data-text-size", "nho");
  await expect.poll(body).toBeLessThan(bodyBefore);
  await expect.poll(sapo).toBeLessThan(sapoBefore);
});

test("the featured news under the lead stay readable from tablet to desktop: each title has room beside or under its picture", async ({ page }) => {
  for (const width of [768, 1024, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/");
    const titles = page.getByRole("region", { name: "Tin nổi bật" }).locator(".teaser-title");
    await expect(titles).toHaveCount(4);
    for (const box of await titles.evaluateAll((els) => els.map((el) => ({ text: el.textContent ?? "", width: el.getBoundingClientRect().width })))) {
      expect(box.width, `“${box.text}” at ${width} px`).toBeGreaterThanOrEqual(200);
    }
  }
});

test("home and category pages keep the site's share image, type, locale and icon", async ({ page, request }) => {
  for (const url of ["/", "/chuyen-muc/tin-tuc-su-kien", "/chuyen-muc/tin-tuc-su-kien?trang=2"]) {
    await page.goto(url);
    // The tab's icon (no 404 for /favicon.ico in the console).
    const icon = await page.locator('link[rel="icon"]').getAttribute("href");
    const iconResponse = await request.get(icon!);
    expect(iconResponse.status()).toBe(200);
    expect(iconResponse.headers()["content-type"]).toContain("image/svg+xml");
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /.+/);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /^https?:\/\/[^/]+\/og-mac-dinh\.png$/);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "website");
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "vi_VN");
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute("content", /^https?:\/\/[^/]+\/og-mac-dinh\.png$/);
  }
});

test("the author's page shows the profile and the articles", async ({ page }) => {
  const path = await seedArticlePath(page);
  await page.goto(path);
  await page.locator('a[href^="/tac-gia/"]').first().click();
  await expect(page).toHaveURL(/\/tac-gia\/[a-z0-9-]+$/);
  const articles = page.getByRole("region", { name: "Bài viết" }).getByRole("link");
  await expect(articles.first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Bài viết" }).getByRole("link", { name: SEED_TITLE })).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/tac-gia\//);
  // Shared, the page is the author's profile, not the site's home.
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", new RegExp(`${new URL(page.url()).pathname}$`));
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "profile");
});

test("an author's articles are paged 20 at a time, with numbered links like a category's", async ({ page }) => {
  await page.goto(await seedArticlePath(page));
  const author = (await page.locator('a[href^="/tac-gia/"]').first().getAttribute("href"))!;
  await page.goto(author);
  const articles = page.getByRole("region", { name: "Bài viết" }).locator(".teaser-title a");
  await expect(articles).toHaveCount(20);
  const firstOnPage1 = await articles.first().getAttribute("href");
  const pagination = page.getByRole("navigation", { name: "Phân trang" });
  await expect(pagination.locator("[aria-current=page]")).toHaveText("1");
  await pagination.getByRole("link", { name: "Trang 2" }).click();
  await expect(page).toHaveURL(new RegExp(`${author}\\?trang=2$`));
  await expect(pagination.locator("[aria-current=page]")).toHaveText("2");
  await expect(articles.first()).not.toHaveAttribute("href", firstOnPage1!);
  await expect(page).toHaveTitle(/ - Trang 2/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${author}\\?trang=2$`));
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  // Back to page 1: its address has no "trang".
  await pagination.getByRole("link", { name: "‹ Trang trước" }).click();
  await expect(page).toHaveURL(new RegExp(`${author}$`));
});

test("an author's publish and unpublish refresh every page of their listing, page 2 included", async ({ browser, page }) => {
  // The seed articles' author is the admin account the e2e server seeds.
  await page.goto(await seedArticlePath(page));
  const author = (await page.locator('a[href^="/tac-gia/"]').first().getAttribute("href"))!;
  const titles = page.getByRole("region", { name: "Bài viết" }).locator(".teaser-title a");
  await page.goto(author);
  const lastOnPage1 = await titles.last().textContent();
  await page.goto(`${author}?trang=2`);
  const firstOnPage2 = await titles.first().textContent();
  expect(firstOnPage2).not.toBe(lastOnPage1);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInAsAdmin(admin, "/admin/bai-viet/moi");
  const categoryId = await admin.getByLabel("Chuyên mục").locator("option", { hasText: "Hoạt động của Tỉnh ủy" }).first().getAttribute("value");
  const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Nội dung." }] }] };
  const created = await admin.request.post("/api/articles", { data: { title: `Bài của tác giả ${Date.now()}`, sapo: "Sapo.", categoryId, body } });
  expect(created.status()).toBe(200);
  const { id } = (await created.json()) as { id: number };
  const transition = async (action: string) => expect((await admin.request.post(`/api/articles/${id}/transition`, { data: { action } })).status()).toBe(200);
  try {
    await transition("article.publish");
    // Everything moved down one place: page 2 now opens with page 1's former last article.
    await page.goto(`${author}?trang=2`);
    await expect(titles.first()).toHaveText(lastOnPage1!);
    await transition("article.unpublish");
    await page.goto(`${author}?trang=2`);
    await expect(titles.first()).toHaveText(firstOnPage2!);
  } finally {
    await adminContext.close();
  }
});

test("an author without a published article: the page says so, is not indexed and is not in the sitemap", async ({ browser, page, request }) => {
  const suffix = Date.now().toString(36);
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInAsAdmin(admin, "/admin/nhan-su");
  await createAccount(admin, `tg-${suffix}@toasoan.vn`, `Tác giả Mới ${suffix}`, "Phóng viên");
  await adminContext.close();
  const author = `/tac-gia/tac-gia-moi-${suffix}`;
  expect((await page.goto(author))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Tác giả Mới ${suffix}`);
  await expect(page.getByText("Tác giả chưa có bài viết nào được xuất bản.")).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(page.getByRole("navigation", { name: "Phân trang" })).toHaveCount(0);
  expect((await page.goto(`${author}?trang=2`))?.status()).toBe(404);
  expect(await (await request.get("/sitemap.xml")).text()).not.toContain(author);
});

test("search with and without diacritics highlights the matched words", async ({ page }) => {
  for (const q of ["bi thu tinh uy", "Bí thư Tỉnh uỷ"]) {
    await page.goto(`/tim-kiem?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole("heading", { level: 2, name: /kết quả cho/ })).toBeVisible();
    await expect(page.getByRole("link", { name: SEED_TITLE })).toBeVisible();
    await expect(page.locator("main mark").first()).toHaveText(/Tỉnh ủy|Bí thư/);
  }
  await page.goto("/tim-kiem");
  await page.getByLabel("Từ khóa").fill("dang bo");
  await page.getByRole("combobox", { name: "Chuyên mục" }).selectOption("xay-dung-dang");
  await page.getByRole("button", { name: "Tìm kiếm", exact: true }).click();
  await expect(page).toHaveURL(/q=dang\+bo&chuyen-muc=xay-dung-dang/);
  await expect(page.locator("main mark").first()).toHaveText(/Đảng bộ/i);
  // A date that is no calendar day is left out, and the page says so; filters alone ask for words.
  await page.goto("/tim-kiem?q=bi+thu+tinh+uy&tu-ngay=2022-02-31");
  await expect(page.getByText("Ngày “2022-02-31” không hợp lệ nên không được dùng để lọc.")).toBeVisible();
  await expect(page.getByRole("link", { name: SEED_TITLE })).toBeVisible();
  await page.goto("/tim-kiem?q=+&chuyen-muc=xay-dung-dang");
  await expect(page.getByText(/^Nhập từ khóa để tìm kiếm/)).toBeVisible();
  await page.goto("/tim-kiem?q=khongcotukhoanay");
  await expect(page.getByRole("heading", { name: /Không tìm thấy kết quả/ })).toBeVisible();
  // A page past the last one (an old link), however far, says so and leads back to the first.
  for (const trang of [26, 501, 99999]) {
    await page.goto(`/tim-kiem?q=bi+thu+tinh+uy&trang=${trang}`);
    await expect(page.getByText(`Trang ${trang} không còn kết quả.`)).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Phân trang" })).toHaveCount(0);
  }
  await page.getByRole("link", { name: "Xem trang kết quả đầu tiên" }).click();
  await expect(page.getByRole("link", { name: SEED_TITLE })).toBeVisible();
});

test("officials are listed in protocol order and each has a profile with dated positions", async ({ page }) => {
  await page.goto("/lanh-dao");
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", /\/lanh-dao$/);
  const group = page.getByRole("region", { name: "Thường trực Tỉnh ủy" });
  await expect(group.getByRole("heading", { level: 3 })).toHaveText(["Nguyễn Khắc Thận", "Hoàng Nghĩa Hiếu"]);
  await page.getByRole("link", { name: "Thái Thanh Quý" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thái Thanh Quý");
  const portrait = page.getByRole("img", { name: "Chân dung Thái Thanh Quý" });
  await expect.poll(() => portrait.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await expect(page.getByRole("region", { name: "Chức vụ" })).toContainText("Bí thư Tỉnh ủy — Tỉnh ủy Nghệ An31/01/2020 – 26/10/2024");
  const articles = page.getByRole("region", { name: "Tin bài liên quan" }).getByRole("link");
  await expect(articles).toHaveCount(10);
  await expect(articles.first()).toHaveText(/^Đồng chí Nguyễn Xuân Thắng/);
});

test("feeds and sitemaps are valid XML and list the seed article; robots points to the sitemaps", async ({ request, page }) => {
  const path = await seedArticlePath(page);
  const parser = new XMLParser({ ignoreAttributes: false });
  for (const url of ["/rss.xml", "/chuyen-muc/hoat-dong-cua-tinh-uy/rss.xml", "/chuyen-muc/tin-tuc-su-kien/rss.xml"]) {
    const response = await request.get(url);
    expect(response.headers()["content-type"]).toContain("application/rss+xml");
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const items = parser.parse(xml).rss.channel.item as { title: string; link: string; pubDate: string; guid: { "#text": string } }[];
    const seed = items.find((i) => i.title === SEED_TITLE)!;
    expect(seed.link).toMatch(new RegExp(`^https?://[^/]+${path}$`));
    expect(seed.pubDate).toBe("Wed, 23 Mar 2022 01:30:00 GMT");
    // The guid (/tin/<id>) outlives a rename and leads to the article.
    const guidPath = new URL(seed.guid["#text"]).pathname;
    expect(guidPath).toMatch(/^\/tin\/\d+$/);
    const viaGuid = await request.get(guidPath, { maxRedirects: 0 });
    expect(viaGuid.status()).toBe(301);
    expect(new URL(viaGuid.headers()["location"]!, "http://x").pathname).toBe(path);
    expect(items.length).toBeLessThanOrEqual(50);
    // Feed readers poll: nothing kept without asking (a publish shows at once), 304 while unchanged.
    expect(response.headers()["cache-control"]).toBe("public, no-cache");
    expect((await request.get(url, { headers: { "if-none-match": response.headers()["etag"]! } })).status()).toBe(304);
  }
  // Every reader page advertises the site's feed to feed readers and browsers; a category its own first.
  const advertisedFeeds = () =>
    page.locator('link[rel="alternate"][type="application/rss+xml"]').evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
  for (const pagePath of ["/", path, "/lanh-dao", "/lanh-dao/thai-thanh-quy", "/tim-kiem?q=tinh+uy"]) {
    await page.goto(pagePath);
    expect(await advertisedFeeds(), pagePath).toEqual(["/rss.xml"]);
  }
  await page.goto("/chuyen-muc/hoat-dong-cua-tinh-uy");
  expect(await advertisedFeeds()).toEqual(["/chuyen-muc/hoat-dong-cua-tinh-uy/rss.xml", "/rss.xml"]);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(XMLValidator.validate(sitemap)).toBe(true);
  const locs = (parser.parse(sitemap).urlset.url as { loc: string }[]).map((u) => new URL(u.loc).pathname);
  expect(locs).toContain(path);
  expect(locs).toContain("/chuyen-muc/hoat-dong-cua-tinh-uy");
  expect(locs).toContain("/lanh-dao/thai-thanh-quy");
  await page.goto(path);
  const authorPage = await page.locator('a[href^="/tac-gia/"]').first().getAttribute("href");
  expect(locs).toContain(authorPage);
  const news = await (await request.get("/sitemap-news.xml")).text();
  expect(XMLValidator.validate(news)).toBe(true);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: https?:\/\/.+\/sitemap\.xml/);
  // Crawlers may fetch the images that og:image, twitter:image and JSON-LD point at, not the rest of /api/.
  await page.goto(path);
  const shareImages = [
    await page.locator('meta[property="og:image"]').getAttribute("content"),
    await page.locator('meta[name="twitter:image"]').getAttribute("content"),
  ].map((url) => new URL(url!).pathname);
  expect(shareImages[0]).toMatch(/^\/api\/media\//);
  for (const image of shareImages) expect(robotsAllows(robots, image), image).toBe(true);
  for (const closed of ["/admin", "/admin/bai-viet", "/dang-nhap", "/api/luot-xem/1", "/api/preview", "/tim-kiem"]) {
    expect(robotsAllows(robots, closed), closed).toBe(false);
  }
  expect(robotsAllows(robots, path)).toBe(true);
});

test("missing addresses share one cached 404 page, answered 404 every time", async ({ request }) => {
  for (const url of ["/tin/khong-ton-tai-555555", "/tin/khong-ton-tai-555555", "/tin/khong-ton-tai-555555", "/tac-gia/khong-co-ai-ca"]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(404);
    expect(await response.text(), url).toContain("Không tìm thấy trang");
  }
  // The last ones came from the cache: the 404 page is rendered once, not for each probe of a missing address.
  expect((await request.get("/tin/khong-ton-tai-555555")).headers()["x-nextjs-cache"]).toBe("HIT");
  expect((await request.get("/chuyen-muc/khong-co-chuyen-muc-nay-2")).headers()["x-nextjs-cache"]).toBe("HIT");
});

test("a category page out of range answers 404 in the site's design", async ({ page }) => {
  expect((await page.goto("/chuyen-muc/hoat-dong-cua-tinh-uy?trang=99"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Chuyên mục" })).toBeAttached();
});

test("a sub-menu opened by keyboard focus or by the pointer closes with Escape, and opens again on coming back", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/");
  const menu = page.getByRole("navigation", { name: "Chuyên mục" });
  const topLevel = menu.getByRole("link", { name: "Tin tức - Sự kiện", exact: true });
  const subLevel = menu.getByRole("link", { name: "Hoạt động của Tỉnh ủy", exact: true });
  await topLevel.focus();
  await expect(subLevel).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(subLevel).toBeHidden();
  await expect(topLevel).toBeFocused();
  // Focus moves on and comes back: open again.
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  await expect(topLevel).toBeFocused();
  await expect(subLevel).toBeVisible();
  await topLevel.blur();

  await topLevel.hover();
  await expect(subLevel).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(subLevel).toBeHidden();
  await page.mouse.move(5, 600);
  await topLevel.hover();
  await expect(subLevel).toBeVisible();

  // A house stands for "Trang chủ" on a wide screen (the seed's menu then fits one row at 1280 px;
  // other tests add categories, so the row itself is not asserted here).
  const home = menu.getByRole("link", { name: "Trang chủ", exact: true });
  await expect(home.getByRole("img", { name: "Trang chủ" })).toBeVisible();
  await expect(home.getByText("Trang chủ")).toBeHidden();
  // Narrower, it wraps: an open sub-menu lies on top of the second row, and its links take the click.
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.mouse.move(5, 600);
  await topLevel.hover();
  await subLevel.click({ trial: true, timeout: 2000 });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test('the category menu: folded behind "Chuyên mục" on a phone, open on a wide screen, sub-menus on keyboard focus', async ({ page }) => {
    const menu = page.getByRole("navigation", { name: "Chuyên mục" });
    const topLevel = menu.getByRole("link", { name: "Tin tức - Sự kiện", exact: true });
    const subLevel = menu.getByRole("link", { name: "Hoạt động của Tỉnh ủy", exact: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/");
    await expect(topLevel).toBeHidden();
    await menu.getByText("Chuyên mục", { exact: true }).click();
    await expect(topLevel).toBeVisible();
    await expect(subLevel).toBeVisible();

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/");
    await expect(menu.getByText("Chuyên mục", { exact: true })).toBeHidden();
    await expect(topLevel).toBeVisible();
    await expect(subLevel).toBeHidden();
    await topLevel.focus();
    await expect(subLevel).toBeVisible();
    // Sent once, not once per screen size.
    await expect(menu.getByRole("link", { name: "Tin tức - Sự kiện", exact: true, includeHidden: true })).toHaveCount(1);
  });

  test("a category listing answers 404 for a page past its last one or a page that is not a number", async ({ page }) => {
    expect((await page.goto("/chuyen-muc/tin-tuc-su-kien?trang=2"))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Tin tức - Sự kiện" })).toBeVisible();
    // A repeated "trang" past the last page: the listing the rewrite would render is missing too.
    for (const url of [
      "/chuyen-muc/tin-tuc-su-kien?trang=99",
      "/chuyen-muc/tin-tuc-su-kien?trang=abc",
      "/chuyen-muc/tin-tuc-su-kien?trang=0",
      "/chuyen-muc/tin-tuc-su-kien?trang=1&trang=99",
    ]) {
      expect((await page.goto(url))?.status(), url).toBe(404);
      await expect(page.getByRole("heading", { name: "Không tìm thấy trang" }), url).toBeVisible();
    }
  });

  test("an author's listing answers 404 for a page past its last one or a page that is not a number", async ({ page }) => {
    await page.goto(await seedArticlePath(page));
    const author = (await page.locator('a[href^="/tac-gia/"]').first().getAttribute("href"))!;
    expect((await page.goto(`${author}?trang=2`))?.status()).toBe(200);
    await expect(page.getByRole("navigation", { name: "Phân trang" }).locator("[aria-current=page]")).toHaveText("2");
    for (const url of [`${author}?trang=999`, `${author}?trang=abc`, `${author}?trang=0`, `${author}?trang=1&trang=999`, `${author}/trang/2`]) {
      expect((await page.goto(url))?.status(), url).toBe(404);
      await expect(page.getByRole("heading", { name: "Không tìm thấy trang" }), url).toBeVisible();
    }
  });

  test("search answers 404 for a page that is not a number, as a listing does", async ({ page }) => {
    for (const trang of ["abc", "0", "-1", "", "2&trang=x"]) {
      const url = `/tim-kiem?q=tinh+uy&trang=${trang}`;
      expect((await page.goto(url))?.status(), url).toBe(404);
      await expect(page.getByRole("heading", { name: "Không tìm thấy trang" }), url).toBeVisible();
    }
  });

  test("unknown articles, categories, officials, authors and addresses get the site's 404 page, at the address typed", async ({ page }) => {
    for (const url of [
      "/tin/khong-ton-tai-987654",
      "/tin/khong-co-so-bai",
      "/chuyen-muc/khong-co-chuyen-muc-nay",
      "/lanh-dao/khong-co-ai",
      "/tac-gia/khong-co-ai",
      "/khong-tim-thay",
      "/khong-co-trang-nay",
      "/tin",
      "/favicon.ico",
    ]) {
      expect((await page.goto(url))?.status(), url).toBe(404);
      expect(new URL(page.url()).pathname).toBe(url);
      await expect(page.getByRole("heading", { name: "Không tìm thấy trang" }), url).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Chuyên mục" })).toBeAttached();
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
      // The tab and the history name the page, not just the site (a 404 takes the not-found metadata).
      await expect(page, url).toHaveTitle(/^Không tìm thấy trang \| /);
    }
    // The routes behind the rewrites of "/", "/lanh-dao" and "?trang=N" are no addresses of their own.
    for (const url of ["/trang-nhat/moi-nhat", "/trang-nhat/khac", "/danh-ba/lanh-dao", "/chuyen-muc/tin-tuc-su-kien/trang/2", "/khong-tim-thay/chung"]) {
      expect((await page.goto(url))?.status(), url).toBe(404);
      await expect(page.getByRole("heading", { name: "Không tìm thấy trang" }), url).toBeVisible();
    }
  });
});

test("no serious or critical accessibility violations on home, category, article, search, official, author and 404 pages", async ({ page }) => {
  // Nine full axe runs (with their pictures loaded) take about 30 s on a quiet 2-core machine and over a
  // minute on a busy one, past the default 30 s per test. The budget is for the checks, not a speed target.
  test.setTimeout(180_000);
  const path = await seedArticlePath(page);
  await page.goto(path);
  const author = (await page.locator('a[href^="/tac-gia/"]').first().getAttribute("href"))!;
  const pages = ["/", "/chuyen-muc/tin-tuc-su-kien", path, "/tim-kiem?q=tinh+uy", "/lanh-dao", "/lanh-dao/thai-thanh-quy"];
  // Search without results, an author's page, and the 404 page.
  for (const url of [...pages, "/tim-kiem?q=khongcoketquanao", author, "/tin/khong-ton-tai-987654"]) {
    await page.goto(url);
    await expectNoSeriousAxeViolations(page);
  }
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Bỏ qua để đến nội dung chính" })).toBeFocused();
  const images = page.locator("img:not([alt])");
  await expect(images).toHaveCount(0);
});

test("printing an article leaves out the menu, banners and tools and prints its address", async ({ page }) => {
  const path = await seedArticlePath(page);
  await page.goto(path);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Chuyên mục" })).toBeHidden();
  await expect(page.getByRole("button", { name: "In bài" })).toBeHidden();
  await expect(page.getByRole("complementary", { name: "Tin cùng chuyên mục" })).toBeHidden();
  await expect(page.getByText(/^Nguồn: https?:\/\/.+\/tin\//)).toBeVisible();
  const shot = await page.screenshot({ fullPage: true });
  expect(shot.byteLength).toBeGreaterThan(10_000);
});

test("the article page loads at most 190 KB of gzipped JavaScript and none of the editor", async ({ page }) => {
  const scripts: { url: string; body: Buffer }[] = [];
  page.on("response", async (response) => {
    if (response.request().resourceType() === "script") scripts.push({ url: response.url(), body: await response.body() });
  });
  const path = await seedArticlePath(page);
  scripts.length = 0;
  await page.goto(path, { waitUntil: "networkidle" });
  const gzipped = scripts.reduce((sum, s) => sum + zlib.gzipSync(s.body).byteLength, 0);
  expect(gzipped).toBeLessThanOrEqual(190 * 1024);
  for (const s of scripts) expect(s.body.toString("utf8")).not.toMatch(/tiptap|prosemirror/i);
});

test("cached pages are served from the cache, compressed, revalidated by CDNs each time, and 304 when unchanged", async ({ request, page }) => {
  const path = await seedArticlePath(page);
  const first = await request.get(path);
  const second = await request.get(path, { headers: { "accept-encoding": "gzip, deflate, br" } });
  expect(second.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(second.headers()["content-encoding"]).toBe("br");
  expect(await second.text()).toBe(await first.text());
  const unchanged = await request.get(path, { headers: { "if-none-match": second.headers()["etag"]! } });
  expect(unchanged.status()).toBe(304);
  // A CDN or browser may keep a page but asks each time: a publish or an edit expires it here, which it cannot know.
  const missing = await request.get("/tin/chua-dang-99999");
  expect(missing.status()).toBe(404);
  for (const response of [first, second, missing]) expect(response.headers()["cache-control"]).toBe("public, no-cache");
  expect(second.headers()["etag"]).toBe(first.headers()["etag"]);
  for (const cached of ["/chuyen-muc/tin-tuc-su-kien?trang=2", "/lanh-dao"]) {
    await request.get(cached);
    expect((await request.get(cached)).headers()["x-nextjs-cache"], cached).toBe("HIT");
  }
});
