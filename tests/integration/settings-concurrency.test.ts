import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ revalidateTag: () => undefined }));

import { db } from "@/lib/db";
import type { Actor } from "@/lib/people/policy";
import { DEFAULT_SITE_SETTINGS, getSiteSettings } from "@/lib/settings";
import { settingsVersion, updateSiteSettings } from "@/lib/settings/update";

let admin: Actor;

beforeAll(async () => {
  const user = await db.user.create({
    data: { email: "settings-admin@example.vn", displayName: "Quản trị", slug: "settings-admin", passwordHash: "x", role: "ADMIN" },
  });
  admin = { id: user.id, role: user.role };
  await updateSiteSettings(admin, { ...DEFAULT_SITE_SETTINGS, logoUrl: "", version: await settingsVersion() });
});

describe("two admins saving the settings form at the same moment", () => {
  it("one save wins, the other is refused as stale: never both, silently overwriting each other", async () => {
    for (let round = 0; round < 5; round++) {
      const version = await settingsVersion();
      const results = await Promise.allSettled([
        updateSiteSettings(admin, { ...DEFAULT_SITE_SETTINGS, logoUrl: "", phone: `0238 111 ${round}`, version }),
        updateSiteSettings(admin, { ...DEFAULT_SITE_SETTINGS, logoUrl: "", email: `bbt${round}@nghean.dcs.vn`, version }),
      ]);
      const saved = results.filter((r) => r.status === "fulfilled");
      const refused = results.filter((r) => r.status === "rejected");
      expect(saved).toHaveLength(1);
      expect(refused).toHaveLength(1);
      expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({ status: 409 });
      const settings = await getSiteSettings();
      // Exactly the winner's form is stored, not a mix of both.
      expect([settings.phone === `0238 111 ${round}`, settings.email === `bbt${round}@nghean.dcs.vn`].filter(Boolean)).toHaveLength(1);
    }
  });
});
