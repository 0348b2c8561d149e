import { trustedProxyHops } from "@/lib/http/client-address";
import { siteUrl } from "./url";

/**
 * Run once when the server starts (instrumentation.ts): a malformed SITE_URL or TRUSTED_PROXY_HOPS stops
 * the process with a plain message instead of failing later as a 500 on every feed or sign-in (Next logs
 * an error thrown from register() and starts anyway). Node.js only.
 */
export function exitOnMalformedSettings(): void {
  try {
    siteUrl();
    trustedProxyHops();
  } catch (error) {
    console.error(`✗ ${(error as Error).message}`);
    process.exit(1);
  }
}
