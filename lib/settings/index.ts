import { z } from "zod";
import { db } from "@/lib/db";

/**
 * Site-wide settings (portal name, logo, footer contact). Stored as one SiteSetting row per key;
 * missing keys fall back to the defaults below. Admin editing lands with the administration issue.
 */
export const siteSettingsSchema = z.object({
  siteName: z.string().min(1).max(200),
  tagline: z.string().max(200),
  logoUrl: z.string().max(500).nullable(),
  agency: z.string().max(300),
  address: z.string().max(300),
  phone: z.string().max(100),
  email: z.string().max(200),
  responsiblePerson: z.string().max(200),
  licence: z.string().max(500),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;

/** Each setting's name in the settings form and the audit log. */
export const SETTING_LABELS: Record<keyof SiteSettings, string> = {
  siteName: "Tên cổng thông tin",
  tagline: "Dòng phụ trên đầu trang",
  logoUrl: "Logo",
  agency: "Cơ quan chủ quản",
  address: "Địa chỉ",
  phone: "Điện thoại",
  email: "Email liên hệ",
  responsiblePerson: "Người chịu trách nhiệm nội dung",
  licence: "Giấy phép",
};

export const DEFAULT_SITE_SETTINGS: SiteSettings = {
  siteName: "Cổng thông tin điện tử Đảng bộ tỉnh Nghệ An",
  tagline: "Đảng Cộng sản Việt Nam",
  logoUrl: null,
  agency: "Cơ quan chủ quản: Ban Thường vụ Tỉnh ủy Nghệ An",
  address: "Số 3 đường Trường Thi, thành phố Vinh, tỉnh Nghệ An",
  phone: "0238 3844 618",
  email: "bbt@nghean.dcs.vn",
  responsiblePerson: "Chịu trách nhiệm nội dung: Trưởng Ban Tuyên giáo Tỉnh ủy",
  licence: "Giấy phép số 98/GP-TTĐT do Bộ Thông tin và Truyền thông cấp",
};

export async function getSiteSettings(): Promise<SiteSettings> {
  const rows = await db.siteSetting.findMany();
  const stored = Object.fromEntries(rows.map((row) => [row.key, row.value]));
  const merged = { ...DEFAULT_SITE_SETTINGS, ...stored };
  const parsed = siteSettingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_SITE_SETTINGS;
}
