import { heartbeat, releaseLock } from "@/lib/articles/lock";
import { jsonRoute } from "@/lib/http/json-route";
import { idParam, readJson } from "@/lib/http/request";

export const POST = jsonRoute<{ id: string }>(async ({ request, actor, params }) => {
  const body = (await readJson(request)) as { takeOver?: unknown };
  return heartbeat(actor, idParam(params.id), body?.takeOver === true);
});

export const DELETE = jsonRoute<{ id: string }>(async ({ actor, params }) => releaseLock(actor, idParam(params.id)));
