/** Internal route names behind the public URLs (see the rewrites in next.config.ts). */
export const HOME_EDITION = "moi-nhat";

/** The site's 404 page, which proxy.ts answers missing reader addresses with (status 404). */
export const MISSING_PAGE_PATH = "/khong-tim-thay";
