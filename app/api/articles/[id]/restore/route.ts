import { restoreRevision } from "@/lib/articles/editing";
import { jsonRoute } from "@/lib/http/json-route";
import { idParam, readJson } from "@/lib/http/request";

export const POST = jsonRoute<{ id: string }>(async ({ request, actor, params }) => {
  const body = (await readJson(request)) as { revisionId?: unknown; expectedVersion?: unknown };
  await restoreRevision(actor, idParam(params.id), idParam(String(body?.revisionId)), idParam(String(body?.expectedVersion)));
  return { ok: true };
});
