import { siteUrl } from "./url";

/**
 * Run once when the server starts (instrumentation.ts): a malformed SITE_URL stops the process with a
 * plain message instead of failing later as a 500 on every feed (Next logs an error thrown from
 * register() and starts anyway). Node.js only.
 */
export function exitOnMalformedSiteUrl(): void {
  try {
    siteUrl();
  } catch (error) {
    console.error(`✗ ${(error as Error).message}`);
    process.exit(1);
  }
}
