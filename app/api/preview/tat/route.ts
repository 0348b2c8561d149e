import { draftMode } from "next/headers";
import { safeReturnPath } from "@/lib/http/return-path";

/** Leaves preview: back to what readers see. Only same-site paths are followed. */
export async function GET(request: Request) {
  (await draftMode()).disable();
  const target = safeReturnPath(new URL(request.url).searchParams.get("next"), "/");
  return new Response(null, { status: 307, headers: { Location: target, "Cache-Control": "no-store" } });
}
