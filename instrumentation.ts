/**
 * In the Node.js server, never during `next build`: checks SITE_URL, listens for the other instances' cache
 * revalidations (PostgreSQL only) and starts the scheduled-publishing timer.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // A malformed SITE_URL stops the server here with a plain message, not later as a 500 on every feed
  // (Next logs an error thrown here and starts anyway).
  const { siteUrl } = await import("@/lib/site/url");
  try {
    siteUrl();
  } catch (error) {
    console.error(`✗ ${(error as Error).message}`);
    process.exit(1);
  }
  const { startRevalidationListener } = await import("@/lib/cache/fanout");
  startRevalidationListener();
  if (process.env.SCHEDULER_DISABLED === "1") return;
  const { startScheduler } = await import("@/lib/articles/scheduler-runner");
  startScheduler();
}
