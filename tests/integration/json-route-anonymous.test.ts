import { beforeAll, describe, expect, it, vi } from "vitest";

const caller = vi.hoisted(() => ({ current: null as null | { id: number; email: string; displayName: string; slug: string; role: "REPORTER" } }));
vi.mock("next/cache", () => ({ revalidateTag: () => undefined }));
vi.mock("@/lib/people/session", () => ({ getCurrentUser: async () => caller.current }));

import * as articles from "@/app/api/articles/route";
import * as article from "@/app/api/articles/[id]/route";
import * as autosave from "@/app/api/articles/[id]/autosave/route";
import * as lock from "@/app/api/articles/[id]/lock/route";
import * as restore from "@/app/api/articles/[id]/restore/route";
import * as transition from "@/app/api/articles/[id]/transition/route";
import * as officials from "@/app/api/articles/officials/route";
import * as library from "@/app/api/thu-vien/route";
import * as libraryImage from "@/app/api/thu-vien/[id]/route";
import { db } from "@/lib/db";
import { MAX_JSON_BYTES } from "@/lib/http/request";

type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;

const ROUTES: [string, string, Handler][] = [
  ["POST", "/api/articles", articles.POST as Handler],
  ["PUT", "/api/articles/1", article.PUT],
  ["POST", "/api/articles/1/autosave", autosave.POST],
  ["POST", "/api/articles/1/lock", lock.POST],
  ["POST", "/api/articles/1/restore", restore.POST],
  ["POST", "/api/articles/1/transition", transition.POST],
  ["POST", "/api/articles/officials", officials.POST as Handler],
  ["POST", "/api/thu-vien", library.POST as Handler],
  ["PATCH", "/api/thu-vien/1", libraryImage.PATCH],
];

/** A body far over the limit and not JSON, sent in chunks; records whether the handler started reading it. */
function hugeMalformedRequest(method: string, path: string) {
  const read = { started: false };
  let sent = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        read.started = true;
        if (sent > 2 * MAX_JSON_BYTES) return controller.close();
        sent += 256 * 1024;
        controller.enqueue(new Uint8Array(256 * 1024).fill(0x7b));
      },
    },
    { highWaterMark: 0 },
  ); // pulled only when read
  const request = new Request(`http://localhost${path}`, { method, headers: { "content-type": "application/json" }, body, duplex: "half" } as RequestInit);
  return { request, read };
}

const params = { params: Promise.resolve({ id: "1" }) };

beforeAll(async () => {
  const user = await db.user.create({ data: { email: "json-pv@example.vn", displayName: "PV", slug: "json-pv", passwordHash: "x", role: "REPORTER" } });
  caller.current = { id: user.id, email: user.email, displayName: "PV", slug: "json-pv", role: "REPORTER" };
});

describe("staff JSON routes and an anonymous caller", () => {
  it("refuse before reading the body: 401 with the Vietnamese reason, not a size or parse error", async () => {
    const signedIn = caller.current;
    caller.current = null;
    try {
      for (const [method, path, handler] of ROUTES) {
        const { request, read } = hugeMalformedRequest(method, path);
        const response = await handler(request, params);
        expect({ path, status: response.status, body: await response.json(), read: read.started }).toEqual({
          path,
          status: 401,
          body: { error: "Bạn cần đăng nhập để thực hiện thao tác này." },
          read: false,
        });
      }
    } finally {
      caller.current = signedIn;
    }
  });

  it("read the body of a signed-in caller (the same request is refused for its size)", async () => {
    const { request, read } = hugeMalformedRequest("POST", "/api/articles");
    const response = await (articles.POST as Handler)(request, params);
    expect(read.started).toBe(true);
    expect(response.status).toBe(413);
  });
});
