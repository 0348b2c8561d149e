import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseInput } from "@/lib/actions";
import { bodySchema } from "@/lib/articles/body";
import { asDomainError, ForbiddenError, NotFoundError, PayloadTooLargeError, ValidationError } from "@/lib/errors";
import { pageInsteadOfRefusal } from "@/lib/http/page-fallback";
import { idParam, MAX_JSON_BYTES, readJson } from "@/lib/http/request";
import { checkNotCrossSite, checkSameOrigin } from "@/lib/http/same-origin";
import { MISSING_PAGE_PATH, STAFF_NO_ACCESS_PATH } from "@/lib/site/routes";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/articles", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("what the JSON API accepts", () => {
  it("reads JSON up to 2 MB and answers 413 beyond, with or without a Content-Length", async () => {
    expect(await readJson(post(JSON.stringify({ title: "Tiêu đề" })))).toEqual({ title: "Tiêu đề" });
    const huge = JSON.stringify({ text: "x".repeat(MAX_JSON_BYTES) });
    await expect(readJson(post(huge))).rejects.toBeInstanceOf(PayloadTooLargeError);
    const chunked = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 3; i++) controller.enqueue(new TextEncoder().encode(" ".repeat(MAX_JSON_BYTES / 2)));
        controller.close();
      },
    });
    await expect(readJson(post(chunked))).rejects.toMatchObject({ status: 413, message: "Dữ liệu gửi lên quá lớn (tối đa 2 MB)." });
    await expect(readJson(post("{không phải json"))).rejects.toBeInstanceOf(ValidationError);
  });

  it("takes ids within the database's integer range only", () => {
    expect(idParam("2147483647")).toBe(2147483647);
    for (const bad of ["2147483648", "99999999999", "0", "-1", "1.5", "abc"]) expect(() => idParam(bad)).toThrow(ValidationError);
  });

  it("refuses a body nested deeper than any article before walking it", () => {
    let node: unknown = { type: "paragraph", content: [{ type: "text", text: "Sâu" }] };
    for (let i = 0; i < 2000; i++) node = { type: "blockquote", content: [node] };
    const result = bodySchema.safeParse({ type: "doc", content: [node] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toBe("Nội dung bài viết lồng nhau quá sâu");
  });

  it("explains structural mistakes in Vietnamese too", () => {
    expect(() => parseInput(z.object({ body: bodySchema }), {})).toThrow(ValidationError);
    try {
      parseInput(z.object({ title: z.string() }), []);
    } catch (error) {
      expect(
        Object.values((error as ValidationError).fieldErrors)
          .flat()
          .join(" "),
      ).toMatch(/không hợp lệ/);
    }
  });

  it("a row deleted by someone else in the meantime is a 404 or 409, not a server error", () => {
    expect(asDomainError(Object.assign(new Error("Record to update not found."), { code: "P2025" }))).toBeInstanceOf(NotFoundError);
    // A category or image deleted by someone else between the check and the write (foreign key): 409.
    expect(asDomainError(Object.assign(new Error("Foreign key constraint violated"), { code: "P2003" }))).toMatchObject({ status: 409 });
    // A unique value taken by a concurrent save, where no module answered it more precisely: 409.
    expect(asDomainError(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toMatchObject({
      status: 409,
      message: expect.stringContaining("tải lại trang"),
    });
    const other = new Error("boom");
    expect(asDomainError(other)).toBe(other);
  });
});

describe("a refusal from a route a browser opened as a page", () => {
  const page = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "sec-fetch-dest": "document", "sec-fetch-mode": "navigate" };
  const get = (headers: Record<string, string>) => new Request("http://localhost/api/preview?id=12", { headers });
  const refused = (status: number) => Response.json({ error: "Bạn không có quyền thực hiện thao tác này." }, { status });

  it("is a page: the staff no-access page for 403, sign-in and back for 401, the 404 page for nothing there", async () => {
    const forbidden = await pageInsteadOfRefusal(get(page), refused(403));
    expect(forbidden.status).toBe(303);
    expect(forbidden.headers.get("location")).toBe(STAFF_NO_ACCESS_PATH);
    expect((await pageInsteadOfRefusal(get(page), refused(401))).headers.get("location")).toBe("/dang-nhap?callbackUrl=%2Fapi%2Fpreview%3Fid%3D12");
    expect((await pageInsteadOfRefusal(get(page), refused(401), () => "/doi-mat-khau")).headers.get("location")).toBe("/doi-mat-khau");
    expect((await pageInsteadOfRefusal(get(page), refused(404))).headers.get("location")).toBe(MISSING_PAGE_PATH);
    // A browser without Sec-Fetch headers is known by its Accept.
    expect((await pageInsteadOfRefusal(get({ accept: page.accept }), refused(403))).headers.get("location")).toBe(STAFF_NO_ACCESS_PATH);
  });

  it("stays JSON for scripts and tools, and leaves successes alone", async () => {
    for (const headers of [
      {},
      { accept: "*/*" },
      { accept: "application/json" },
      { accept: "text/html", "sec-fetch-dest": "empty", "sec-fetch-mode": "cors" },
    ] as Record<string, string>[]) {
      const response = await pageInsteadOfRefusal(get(headers), refused(403));
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(await response.json()).toEqual({ error: "Bạn không có quyền thực hiện thao tác này." });
    }
    const ok = new Response(null, { status: 307, headers: { Location: "/tin/bai-12" } });
    expect(await pageInsteadOfRefusal(get(page), ok)).toBe(ok);
  });
});

describe("cross-site requests", () => {
  const send = (method: string, headers: Record<string, string>) => new Request("http://localhost:3000/api/articles", { method, headers });

  it("refuses a change sent from another site, with a reason, and lets same-site and reading requests through", () => {
    expect(() => checkSameOrigin(send("POST", { host: "localhost:3000", origin: "http://localhost:3000" }))).not.toThrow();
    expect(() => checkSameOrigin(send("GET", { host: "localhost:3000", origin: "https://evil.example" }))).not.toThrow();
    expect(() => checkSameOrigin(send("POST", { host: "localhost:3000", origin: "https://evil.example" }))).toThrow(ForbiddenError);
  });

  it("refuses an opaque or unreadable Origin as cross-site (403), not as a server error", () => {
    // "null" is what a sandboxed iframe or a page opened from a file sends.
    for (const origin of ["null", "not a url"]) {
      expect(() => checkSameOrigin(send("DELETE", { host: "localhost:3000", origin }))).toThrow(ForbiddenError);
    }
  });

  it("refuses a GET that turns on draft mode when the browser says another site sent it", () => {
    expect(() => checkNotCrossSite(send("GET", { host: "localhost:3000", "sec-fetch-site": "cross-site" }))).toThrow(ForbiddenError);
    for (const site of ["same-origin", "same-site", "none"])
      expect(() => checkNotCrossSite(send("GET", { host: "localhost:3000", "sec-fetch-site": site }))).not.toThrow();
    expect(() => checkNotCrossSite(send("GET", { host: "localhost:3000" }))).not.toThrow();
  });
});
