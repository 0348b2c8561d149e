import { autosaveArticle, discardAutosaves } from "@/lib/articles/editing";
import { jsonRoute } from "@/lib/http/json-route";
import { idParam, readJson } from "@/lib/http/request";

export const POST = jsonRoute<{ id: string }>(async ({ request, actor, params }) => autosaveArticle(actor, idParam(params.id), await readJson(request)));

/** Discards the signed-in person's own autosaves of the article. */
export const DELETE = jsonRoute<{ id: string }>(async ({ actor, params }) => discardAutosaves(actor, idParam(params.id)));
