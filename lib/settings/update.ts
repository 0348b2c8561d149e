import { z } from "zod";
import { parseInput } from "@/lib/actions";
import { optionalLine, optionalUrl, requiredLine } from "@/lib/forms/fields";
import { recordAudit } from "@/lib/audit/log";
import { invalidate } from "@/lib/cache/tags";
import { db, Prisma } from "@/lib/db";
import { lockForWrite } from "@/lib/db/write-lock";
import { ConflictError } from "@/lib/errors";
import { authorize, type Actor } from "@/lib/people/policy";
import { getSiteSettings, type SiteSettings } from "./index";

const settingsInput = z.object({
  siteName: requiredLine("tên cổng thông tin", 200),
  tagline: optionalLine("dòng phụ", 200),
  logoUrl: optionalUrl("logo"),
  agency: optionalLine("cơ quan chủ quản", 300),
  address: optionalLine("địa chỉ", 300),
  phone: optionalLine("điện thoại", 100),
  email: optionalLine("email", 200).refine((v) => v === "" || z.email().safeParse(v).success, "Email không hợp lệ"),
  responsiblePerson: optionalLine("người chịu trách nhiệm nội dung", 200),
  licence: optionalLine("giấy phép", 500),
  /** When the form was loaded (the newest setting's updatedAt, or "" if none was stored yet). */
  version: z.preprocess((v) => v ?? "", z.string()),
});

/** The stamp an edit form carries, so two admins saving settings never overwrite each other silently. */
export async function settingsVersion(): Promise<string> {
  const newest = await db.siteSetting.findFirst({ orderBy: { updatedAt: "desc" }, select: { updatedAt: true } });
  return newest?.updatedAt.toISOString() ?? "";
}

export async function updateSiteSettings(actor: Actor | null, input: unknown): Promise<SiteSettings> {
  authorize(actor, "settings.manage");
  const { version, ...settings } = parseInput(settingsInput, input);
  const before = await getSiteSettings();
  await db.$transaction(async (tx) => {
    // Two admins saving forms loaded at the same version: the second must see the first one's rows.
    await lockForWrite(tx, "settings");
    const newest = await tx.siteSetting.findFirst({ orderBy: { updatedAt: "desc" }, select: { updatedAt: true } });
    if ((newest?.updatedAt.toISOString() ?? "") !== version) {
      throw new ConflictError("Cài đặt vừa được người khác thay đổi. Hãy tải lại trang để xem bản mới rồi sửa lại.");
    }
    for (const [key, value] of Object.entries(settings)) {
      const json = value === null ? Prisma.JsonNull : value;
      await tx.siteSetting.upsert({ where: { key }, create: { key, value: json }, update: { value: json } });
    }
    const changed = Object.keys(settings).filter((key) => before[key as keyof SiteSettings] !== settings[key as keyof typeof settings]);
    await recordAudit(tx, { actorId: actor.id, action: "settings.update", entity: "SiteSetting", details: { changed } });
  });
  invalidate({ kind: "settings" });
  return getSiteSettings();
}
