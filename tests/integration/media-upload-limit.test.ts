import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";

const caller = vi.hoisted(() => ({ current: null as null | { id: number; email: string; displayName: string; slug: string; role: "REPORTER" } }));
vi.mock("next/cache", () => ({ revalidateTag: () => undefined }));
vi.mock("@/lib/people/session", () => ({ getCurrentUser: async () => caller.current }));

import { POST } from "@/app/api/thu-vien/route";
import { db } from "@/lib/db";

beforeAll(async () => {
  const user = await db.user.create({ data: { email: "upl-pv@example.vn", displayName: "PV", slug: "upl-pv", passwordHash: "x", role: "REPORTER" } });
  caller.current = { id: user.id, email: user.email, displayName: "PV", slug: "upl-pv", role: "REPORTER" };
});

const BOUNDARY = "----toasoan";
const MB = 1024 * 1024;

/** A multipart upload sent in chunks, without Content-Length (chunked encoding); counts the bytes the server read. */
function chunkedUpload(file: Buffer, alt = "Ảnh thử") {
  const head = Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="alt"\r\n\r\n${alt}\r\n` +
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="ảnh thử.png"\r\nContent-Type: image/png\r\n\r\n`,
  );
  const body = Buffer.concat([head, file, Buffer.from(`\r\n--${BOUNDARY}--\r\n`)]);
  const read = { bytes: 0 };
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= body.length) return controller.close();
      const chunk = body.subarray(offset, offset + 256 * 1024);
      offset += chunk.length;
      read.bytes += chunk.length;
      controller.enqueue(new Uint8Array(chunk));
    },
  });
  const request = new Request("http://localhost/api/thu-vien", {
    method: "POST",
    headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
    body: stream,
    duplex: "half",
  } as RequestInit);
  return { request, read };
}

describe("an upload sent without Content-Length", () => {
  it("is refused once it passes the limit, without reading the rest into memory", async () => {
    const { request, read } = chunkedUpload(Buffer.alloc(60 * MB, 1));
    const response = await POST(request, { params: Promise.resolve({}) });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(JSON.stringify(await response.json())).toContain("Ảnh vượt quá 10 MB");
    expect(read.bytes).toBeLessThan(12 * MB);
  });

  it("is stored when within the limit", async () => {
    const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#246" } })
      .png()
      .toBuffer();
    const { request } = chunkedUpload(png, "Ảnh gửi từng phần");
    const response = await POST(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ alt: "Ảnh gửi từng phần", originalName: "ảnh thử.png", width: 400 });
  });
});
