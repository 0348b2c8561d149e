import { filterTarget } from "@/lib/schedule/paths";
import { weekStartOf } from "@/lib/schedule/week";

// The leader filter (a GET form on the week page) leads to the cached address of that week and leader.
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  const target = filterTarget(new URL(request.url).searchParams, weekStartOf(new Date()));
  return new Response(null, { status: 303, headers: { Location: target, "Cache-Control": "no-store" } });
}
