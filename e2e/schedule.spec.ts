import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInAsAdmin } from "./admin-helpers";

const DAY_MS = 86_400_000;
/** Today and this week's Monday on Vietnam's calendar, "yyyy-mm-dd". */
const vietnamToday = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
function mondayOf(day: string, weeks = 0): string {
  const date = new Date(`${day}T00:00:00Z`);
  return new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * DAY_MS + weeks * 7 * DAY_MS).toISOString().slice(0, 10);
}

async function expectNoSeriousAxeViolations(page: Page) {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${width}px ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
}

test("staff enter an entry; readers see it this week, move between weeks, filter by leader and download the .ics", async ({ page, request }) => {
  test.setTimeout(120_000);
  const today = vietnamToday();
  const monday = mondayOf(today);
  const content = `Kiểm tra lịch <b>e2e</b> ${Date.now()}`;

  await signInAsAdmin(page, "/admin/lich-cong-tac");
  await expect(page.getByRole("heading", { level: 1, name: "Lịch công tác" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("link", { name: "Thêm lịch" }).click();
  const form = page.getByTestId("schedule-form");
  await form.getByLabel("Ngày", { exact: true }).fill(today);
  await form.getByLabel("Giờ bắt đầu").fill("09:15");
  await form.getByLabel("Giờ kết thúc").fill("10:45");
  await form.getByLabel("Nội dung").fill(content);
  await form.getByRole("group", { name: "Lãnh đạo" }).getByLabel("Nguyễn Đức Trung").check();
  await form.getByLabel("Địa điểm").fill("Hội trường <i>Tỉnh ủy</i>");
  await form.getByLabel("Đơn vị chuẩn bị").fill("Văn phòng Tỉnh ủy");
  await expectNoSeriousAxeViolations(page);
  await form.getByRole("button", { name: "Lưu lịch công tác" }).click();
  await expect(page).toHaveURL(/\/admin\/lich-cong-tac\/\d+\?da-luu=1$/);
  await expect(page.getByRole("status")).toContainText("Đã lưu lịch");

  // The reader's week: today marked, the entry in it, its HTML shown as text.
  await page.goto("/lich-cong-tac");
  await expect(page.getByRole("heading", { level: 1, name: "Lịch công tác" })).toBeVisible();
  const todayBox = page.locator('li[aria-current="date"]');
  await expect(todayBox.getByRole("heading", { level: 2 })).toContainText("Hôm nay");
  await expect(todayBox.getByText(content, { exact: true })).toBeVisible();
  await expect(todayBox.getByText("09:15 – 10:45")).toBeVisible();
  await expect(page.getByText("Hội trường <i>Tỉnh ủy</i>")).toBeVisible();
  await expect(page.locator("main b, main i")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 2, name: /^Thứ Hai, \d{2}\/\d{2}\/\d{4}/ })).toBeVisible();
  await expect(page.locator("main script")).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);

  // Next week, then back to the week before this one, then this week again: plain links.
  await page.getByRole("link", { name: "Tuần sau ›" }).click();
  await expect(page).toHaveURL(new RegExp(`/lich-cong-tac/${mondayOf(today, 1)}$`));
  await expect(page.getByText(content)).toHaveCount(0);
  await expect(page.locator('li[aria-current="date"]')).toHaveCount(0);
  await page.getByRole("link", { name: "‹ Tuần trước" }).click();
  await page.getByRole("link", { name: "‹ Tuần trước" }).click();
  await expect(page).toHaveURL(new RegExp(`/lich-cong-tac/${mondayOf(today, -1)}$`));
  await expect(page.getByText(content)).toHaveCount(0);
  await page.getByRole("link", { name: "Tuần này" }).click();
  await expect(page).toHaveURL(/\/lich-cong-tac$/);
  await expect(page.getByText(content, { exact: true })).toBeVisible();

  // The leader filter: a GET form that leads to the week's address for that leader.
  await page.getByLabel("Lãnh đạo", { exact: true }).selectOption({ label: "Thái Thanh Quý" });
  await page.getByRole("button", { name: "Xem lịch" }).click();
  await expect(page).toHaveURL(new RegExp(`/lich-cong-tac/${monday}/thai-thanh-quy$`));
  await expect(page.getByRole("heading", { level: 1, name: "Lịch công tác của Thái Thanh Quý" })).toBeVisible();
  await expect(page.getByText(content)).toHaveCount(0);
  await page.getByLabel("Lãnh đạo", { exact: true }).selectOption({ label: "Nguyễn Đức Trung" });
  await page.getByRole("button", { name: "Xem lịch" }).click();
  await expect(page).toHaveURL(new RegExp(`/lich-cong-tac/${monday}/nguyen-duc-trung$`));
  await expect(page.getByText(content, { exact: true })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // The official's page lists the week too.
  await page.goto("/lanh-dao/nguyen-duc-trung");
  await expect(page.getByRole("region", { name: "Lịch công tác tuần này" }).getByText(content, { exact: true })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // The feeds, per leader and for all, times on Vietnam's clocks.
  const stamp = today.replaceAll("-", "");
  for (const path of ["/lich-cong-tac/ics/nguyen-duc-trung.ics", "/lich-cong-tac/ics/tat-ca.ics"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const body = (await response.text()).replace(/\r\n[ \t]/g, "");
    expect(body).toContain("BEGIN:VCALENDAR");
    expect(body).toContain(`SUMMARY:${content}`);
    expect(body).toContain(`DTSTART;TZID=Asia/Ho_Chi_Minh:${stamp}T091500`);
    expect(body).toContain(`DTEND;TZID=Asia/Ho_Chi_Minh:${stamp}T104500`);
  }
  const quy = await (await request.get("/lich-cong-tac/ics/thai-thanh-quy.ics")).text();
  expect(quy).not.toContain(content);
  expect((await request.get("/lich-cong-tac/ics/khong-co-ai.ics")).status()).toBe(404);
  expect((await request.get(`/lich-cong-tac/${mondayOf(today)}x`)).status()).toBe(404);
});

test("the demo week shows postponed and moved entries as such, and prints on A4 landscape", async ({ page }) => {
  await page.goto("/lich-cong-tac");
  await expect(page.getByText("Hoãn", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("Thay đổi thời gian", { exact: true }).first()).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Chọn tuần" })).toBeHidden();
  const pdf = await page.pdf({ preferCSSPageSize: true });
  // One page, landscape (the MediaBox of A4 landscape is 842 × 595 points).
  const text = pdf.toString("latin1");
  expect(text.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
  const [, width, height] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text)!;
  expect(Math.round(Number(width))).toBe(842);
  expect(Math.round(Number(height))).toBe(595);
});
