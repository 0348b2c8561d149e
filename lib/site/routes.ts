/** Internal route names behind the public URLs (see the rewrites in next.config.ts). */
export const HOME_EDITION = "moi-nhat";
/** The officials directory's address. */
export const OFFICIALS_DIRECTORY_PATH = "/lanh-dao";
/** "Hỏi đáp": the published questions, the form, the tracking pages (lib/questions). */
export const QUESTIONS_PATH = "/hoi-dap";
/** "Lấy ý kiến dự thảo": the drafts put out for comments, their files and comment forms (lib/consultations). */
export const CONSULTATIONS_PATH = "/lay-y-kien";
export const DOCUMENTS_PATH = "/van-ban";
/** "/lanh-dao" is served by app/(site)/danh-ba/[edition] under this name. */
export const OFFICIALS_DIRECTORY_EDITION = "lanh-dao";

/**
 * The routes behind the rewrites of next.config.ts ("/" → /trang-nhat/moi-nhat, "/lanh-dao" →
 * /danh-ba/lanh-dao, "/chuyen-muc/<slug>?trang=N" → /chuyen-muc/<slug>/trang/N, the same for
 * "/tac-gia/<slug>?trang=N", "/lich-cong-tac" → /lich-cong-tac/tuan-nay, and the 404 page's /khong-tim-thay/<edition>) are no addresses of
 * their own: opened directly they would duplicate a page, or show a blank 404 shell. proxy.ts runs
 * before the rewrites, so a path it sees here was typed or linked as it is.
 */
export function isInternalRoute(pathname: string): boolean {
  return (
    /^\/(trang-nhat|danh-ba)(\/|$)/.test(pathname) ||
    /^\/lich-cong-tac\/tuan-nay(\/|$)/.test(pathname) ||
    /^\/khong-tim-thay\/./.test(pathname) ||
    /^\/(chuyen-muc|tac-gia)\/[^/]+\/trang(\/|$)/.test(pathname)
  );
}

/** The site's 404 page, which proxy.ts answers missing reader addresses with (status 404). */
export const MISSING_PAGE_PATH = "/khong-tim-thay";
/** The cached route behind it: proxy.ts rewrites to `${MISSING_PAGE_PATH}/${MISSING_PAGE_EDITION}`. */
export const MISSING_PAGE_EDITION = "chung";

/** The search page, whose `?trang=` proxy.ts checks like a listing's. */
export const SEARCH_PATH = "/tim-kiem";

/** The staff sign-in page. */
export const SIGN_IN_PATH = "/dang-nhap";

/** The sign-in page, coming back to `returnTo` (a same-site path) once signed in. */
export function signInPath(returnTo: string): string {
  return `${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(returnTo)}`;
}

/**
 * The staff page saying an article is not theirs to see ("Không có quyền truy cập"), where a browser
 * refused by a staff route handler is sent (lib/http/page-fallback.ts); proxy.ts answers it with 403.
 */
export const STAFF_NO_ACCESS_PATH = "/admin/khong-co-quyen";

/**
 * The page number in a listing's `?trang=` (a category's, an author's, as next.config.ts rewrites it;
 * search reads it the same way), or null: 1 to 99999 written in digits only.
 */
export function listingPageParam(value: string): number | null {
  return /^\d{1,5}$/.test(value) && Number(value) >= 1 ? Number(value) : null;
}
