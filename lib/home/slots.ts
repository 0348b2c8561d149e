/**
 * Named places on the public site that editors and admins fill from /admin/trang-chu. The reader
 * pages read HomeSlot rows by these keys and Banner rows by these slots.
 */
export const HOME_SLOTS = [
  { key: "Home-latest-1", label: "Tin nổi bật chính (Home-latest-1)" },
  { key: "Home-latest-2", label: "Tin nổi bật 2" },
  { key: "Home-latest-3", label: "Tin nổi bật 3" },
  { key: "Home-latest-4", label: "Tin nổi bật 4" },
  { key: "Home-latest-5", label: "Tin nổi bật 5" },
] as const;

export type HomeSlotKey = (typeof HOME_SLOTS)[number]["key"];

export const BANNER_SLOTS = [
  { key: "home-top", label: "Trang chủ – dưới tin nổi bật" },
  { key: "home-middle", label: "Trang chủ – giữa các khối chuyên mục" },
  { key: "sidebar", label: "Cột phải" },
] as const;

export type BannerSlot = (typeof BANNER_SLOTS)[number]["key"];
