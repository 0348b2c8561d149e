import { describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidateTag: () => undefined }));

import { listActiveBanners } from "@/lib/banners/queries";
import { db } from "@/lib/db";

describe("the reader site's banner list", () => {
  it("gives a banner whose image is a library row the image's URL, not its storage path", async () => {
    const user = await db.user.create({
      data: { email: "banner-admin@example.vn", displayName: "Quản trị", slug: "banner-admin", passwordHash: "x", role: "ADMIN" },
    });
    const image = await db.media.create({
      data: {
        path: "2026/11/banner-dai-hoi.png",
        originalName: "banner.png",
        mime: "image/png",
        size: 10,
        width: 1200,
        height: 300,
        alt: "Banner",
        uploaderId: user.id,
      },
    });
    await db.banner.create({ data: { slot: "sidebar", imageId: image.id, linkUrl: "/chuyen-muc/thoi-su", alt: "Chào mừng Đại hội" } });
    const [banner] = await listActiveBanners();
    expect(banner).toMatchObject({ src: "/api/media/2026/11/banner-dai-hoi.png", width: 1200, height: 300 });
  });
});
