import fs from "node:fs/promises";
import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidateTag: () => undefined }));

import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { uploadMedia } from "@/lib/media/library";
import { mediaDir } from "@/lib/media/storage";
import type { Actor } from "@/lib/people/policy";
import { ensureStaffAccount } from "../support/newsroom";

let reporter: Actor;

beforeAll(async () => {
  reporter = await ensureStaffAccount({ email: "pv@toasoan.vn", displayName: "Phóng viên", role: "REPORTER", password: "mat-khau-pv", slug: "pv" });
  // A sound upload first, so the media folder is not trivially empty when files are compared.
  const sound = await sharp({ create: { width: 800, height: 450, channels: 3, background: "#246" } })
    .png()
    .toBuffer();
  await uploadMedia(reporter, { name: "anh-tot.png", data: sound }, { alt: "Ảnh tốt" });
});

/** A 2000×1500 photo-like image (noise, so the pixel data is large) cut in half: the header is intact. */
async function truncated(format: "jpeg" | "png") {
  const whole = await sharp({ create: { width: 2000, height: 1500, channels: 3, background: "#246", noise: { type: "gaussian", mean: 128, sigma: 40 } } })
    .toFormat(format)
    .toBuffer();
  return whole.subarray(0, Math.floor(whole.length / 2));
}

async function filesInMediaDir(): Promise<string[]> {
  const entries = await fs.readdir(mediaDir(), { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => `${e.parentPath}/${e.name}`);
}

describe("a damaged image upload", () => {
  it.each([
    ["jpeg", "anh-hong.jpg"],
    ["png", "anh-hong.png"],
  ] as const)("(%s cut in half) is refused on the file field, leaving no file and no row", async (format, name) => {
    const before = { files: await filesInMediaDir(), rows: await db.media.count() };
    expect(before.files).toHaveLength(3);
    const attempt = uploadMedia(reporter, { name, data: await truncated(format) }, { alt: "Ảnh hỏng" });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ status: 422, fieldErrors: { file: ["Tệp ảnh bị hỏng hoặc không đọc được."] } });
    expect(await filesInMediaDir()).toEqual(before.files);
    expect(await db.media.count()).toBe(before.rows);
  });
});
