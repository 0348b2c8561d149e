import { runScheduledPublishing, schedulerToken } from "@/lib/articles/scheduler-runner";

/**
 * Publishes due scheduled articles. Called by this process's own timer (instrumentation.ts) with a
 * per-process token: revalidateTag only works inside a request, so the work runs here.
 */
export async function POST(request: Request) {
  if (request.headers.get("x-scheduler-token") !== schedulerToken()) return new Response("Forbidden", { status: 403 });
  const published = await runScheduledPublishing();
  return Response.json({ published });
}
