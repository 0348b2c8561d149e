/** Starts the scheduled-publishing timer in the Node.js server, never during `next build`. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.SCHEDULER_DISABLED === "1") return;
  const { startScheduler } = await import("@/lib/articles/scheduler-runner");
  startScheduler();
}
