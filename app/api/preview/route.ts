import { draftMode } from "next/headers";
import { previewTarget } from "@/lib/articles/preview";
import { jsonRoute } from "@/lib/http/json-route";
import { pageInsteadOfRefusal } from "@/lib/http/page-fallback";
import { idParam } from "@/lib/http/request";
import { checkNotCrossSite } from "@/lib/http/same-origin";
import { signInPathFor } from "@/lib/people/session";

/** Staff preview of a draft or scheduled article: checks the right to see it, turns on draft mode, shows the public page. */
const preview = jsonRoute(async ({ request, actor }) => {
  checkNotCrossSite(request);
  const path = await previewTarget(actor, idParam(new URL(request.url).searchParams.get("id") ?? ""));
  (await draftMode()).enable();
  return new Response(null, { status: 307, headers: { Location: path, "Cache-Control": "no-store" } });
});

/**
 * Opened from the editor's "Xem trước" link in a new tab: a refusal is a page there (sign-in, "Không
 * có quyền truy cập", 404), not raw JSON. Scripts still get the JSON error and its status.
 */
export async function GET(request: Request, context: { params: Promise<Record<string, never>> }): Promise<Response> {
  return pageInsteadOfRefusal(request, await preview(request, context), signInPathFor);
}
