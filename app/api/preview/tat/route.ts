import { draftMode } from "next/headers";

/** Leaves preview: back to what readers see. Only same-site paths are followed. */
export async function GET(request: Request) {
  (await draftMode()).disable();
  const next = new URL(request.url).searchParams.get("next") ?? "/";
  const target = next.startsWith("/") && !next.startsWith("//") ? next : "/";
  return new Response(null, { status: 307, headers: { Location: target, "Cache-Control": "no-store" } });
}
