// CommonJS: used by next.config.ts (every response Next answers) and by the page front (cached
// reader pages it answers itself, before Next), so both send the same headers.

/** On every response: no MIME sniffing, no full URL leaked to other sites, no framing by other sites. */
const SITE_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "SAMEORIGIN",
};

/**
 * The staff area, sign-in and forced password change are never framed, not even by the site itself
 * (clickjacking a publish or a role change). Only frame-ancestors: a fuller Content-Security-Policy
 * would have to allow Next's inline scripts.
 */
const STAFF_HEADERS = {
  "X-Frame-Options": "DENY",
  "Content-Security-Policy": "frame-ancestors 'none'",
};

const STAFF_PREFIXES = ["/admin", "/dang-nhap", "/doi-mat-khau"];

function isStaffPath(pathname) {
  return STAFF_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/** The security headers of a response to `pathname`. */
function securityHeadersFor(pathname) {
  return isStaffPath(pathname) ? { ...SITE_HEADERS, ...STAFF_HEADERS } : { ...SITE_HEADERS };
}

const asList = (headers) => Object.entries(headers).map(([key, value]) => ({ key, value }));

/** The same as next.config.ts `headers()` entries (a later entry overrides an earlier one's key). */
function nextConfigHeaders() {
  return [
    { source: "/:path*", headers: asList(SITE_HEADERS) },
    ...STAFF_PREFIXES.flatMap((prefix) => [
      { source: prefix, headers: asList(STAFF_HEADERS) },
      { source: `${prefix}/:path*`, headers: asList(STAFF_HEADERS) },
    ]),
  ];
}

module.exports = { securityHeadersFor, nextConfigHeaders };
