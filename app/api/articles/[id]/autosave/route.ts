import { autosaveArticle } from "@/lib/articles/editing";
import { idParam, jsonRoute, readJson } from "@/lib/http/json-route";

export const POST = jsonRoute<{ id: string }>(async ({ request, actor, params }) => autosaveArticle(actor, idParam(params.id), await readJson(request)));
