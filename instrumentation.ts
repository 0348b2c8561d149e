/**
 * In the Node.js server, never during `next build`: checks SITE_URL and TRUSTED_PROXY_HOPS, listens for the other instances' cache
 * revalidations (PostgreSQL only) and starts the scheduled-publishing timer.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { exitOnMalformedSettings } = await import("@/lib/site/startup-check");
  exitOnMalformedSettings();
  const { startRevalidationListener } = await import("@/lib/cache/fanout");
  startRevalidationListener();
  if (process.env.SCHEDULER_DISABLED === "1") return;
  const { startScheduler } = await import("@/lib/articles/scheduler-runner");
  startScheduler();
}
