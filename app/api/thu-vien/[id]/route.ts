import { jsonRoute } from "@/lib/http/json-route";
import { idParam, readJson } from "@/lib/http/request";
import { deleteMedia, updateMediaMeta } from "@/lib/media/library";

export const PATCH = jsonRoute<{ id: string }>(async ({ request, actor, params }) => updateMediaMeta(actor, idParam(params.id), await readJson(request)));

export const DELETE = jsonRoute<{ id: string }>(async ({ actor, params }) => deleteMedia(actor, idParam(params.id)));
