import { draftMode } from "next/headers";
import { previewTarget } from "@/lib/articles/preview";
import { jsonRoute } from "@/lib/http/json-route";
import { idParam } from "@/lib/http/request";

/** Staff preview of a draft or scheduled article: checks the right to see it, turns on draft mode, shows the public page. */
export const GET = jsonRoute(async ({ request, actor }) => {
  const path = await previewTarget(actor, idParam(new URL(request.url).searchParams.get("id") ?? ""));
  (await draftMode()).enable();
  return new Response(null, { status: 307, headers: { Location: path, "Cache-Control": "no-store" } });
});
