const BASE = "http://return-path.invalid";

/**
 * A path on this site to send the browser back to, or `fallback`. Parsed the way a browser would
 * (backslashes count as slashes, tabs and newlines vanish), so "/\\evil.com" or "/\t/evil.com" cannot
 * leave the site.
 */
export function safeReturnPath(value: unknown, fallback = "/admin"): string {
  if (typeof value !== "string" || !value.startsWith("/")) return fallback;
  try {
    const url = new URL(value, BASE);
    return url.origin === BASE ? url.pathname + url.search + url.hash : fallback;
  } catch {
    return fallback;
  }
}
