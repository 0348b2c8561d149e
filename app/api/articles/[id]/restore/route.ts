import { restoreRevision } from "@/lib/articles/editing";
import { idParam, jsonRoute, readJson } from "@/lib/http/json-route";

export const POST = jsonRoute<{ id: string }>(async ({ request, actor, params }) => {
  const body = (await readJson(request)) as { revisionId?: unknown; expectedVersion?: unknown };
  await restoreRevision(actor, idParam(params.id), idParam(String(body?.revisionId)), idParam(String(body?.expectedVersion)));
  return { ok: true };
});
