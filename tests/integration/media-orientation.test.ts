import fs from "node:fs/promises";
import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidateTag: () => undefined }));

import { uploadMedia } from "@/lib/media/library";
import { resolveMediaPath } from "@/lib/media/storage";
import type { Actor } from "@/lib/people/policy";
import { ensureStaffAccount } from "../support/newsroom";

let reporter: Actor;

beforeAll(async () => {
  reporter = await ensureStaffAccount({ email: "pv-exif@toasoan.vn", displayName: "Phóng viên", role: "REPORTER", password: "mat-khau-pv", slug: "pv-exif" });
});

/** A phone photo: pixels stored 1600×1200 (landscape), EXIF orientation 6 (shown rotated 90°: 1200×1600 portrait). */
async function portraitPhoneJpeg() {
  return sharp({ create: { width: 1600, height: 1200, channels: 3, background: "#468" } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

describe("an upload with an EXIF orientation", () => {
  it("records the size as the photo is shown (rotated), so width/height and srcset match what readers see", async () => {
    const data = await portraitPhoneJpeg();
    expect((await sharp(data).metadata()).orientation).toBe(6);
    const media = await uploadMedia(reporter, { name: "anh-doc.jpg", data }, { alt: "Ảnh chụp dọc" });
    expect({ width: media.width, height: media.height }).toEqual({ width: 1200, height: 1600 });
    // Every rendition is portrait and narrower than the shown original.
    for (const v of media.variants as { width: number; height: number; path: string }[]) {
      expect(v.height).toBeGreaterThan(v.width);
      const file = await sharp(resolveMediaPath(v.path)!).metadata();
      expect({ width: file.width, height: file.height }).toEqual({ width: v.width, height: v.height });
    }
    expect(media.srcset).toContain(" 1200w");
    expect(media.srcset).not.toContain(" 1600w");
  });
});

describe("an upload with EXIF (a phone photo's GPS position, camera and time)", () => {
  it("is stored without it, turned upright, at the size shown, and still a JPEG", async () => {
    const data = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: "#864" } })
      .jpeg()
      .withExif({
        IFD0: { Make: "Điện thoại", Model: "X" },
        IFD3: { GPSLatitudeRef: "N", GPSLatitude: "18/1 40/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "105/1 41/1 0/1" },
      })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect((await sharp(data).metadata()).exif).toBeDefined();
    const media = await uploadMedia(reporter, { name: "anh-co-gps.jpg", data }, { alt: "Ảnh có vị trí" });
    const stored = await fs.readFile(resolveMediaPath(media.path)!);
    const meta = await sharp(stored).metadata();
    expect(meta.format).toBe("jpeg");
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect({ width: meta.width, height: meta.height }).toEqual({ width: 1200, height: 1600 });
    expect(media.size).toBe(stored.length);
    expect(stored.includes(Buffer.from("Điện thoại"))).toBe(false);
  });

  it("leaves a file without EXIF byte for byte as uploaded", async () => {
    const data = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#246" } })
      .png()
      .toBuffer();
    const media = await uploadMedia(reporter, { name: "khong-exif.png", data }, { alt: "Ảnh không EXIF" });
    expect((await fs.readFile(resolveMediaPath(media.path)!)).equals(data)).toBe(true);
  });
});
