import { autosaveArticle } from "@/lib/articles/editing";
import { jsonRoute } from "@/lib/http/json-route";
import { idParam, readJson } from "@/lib/http/request";

export const POST = jsonRoute<{ id: string }>(async ({ request, actor, params }) => autosaveArticle(actor, idParam(params.id), await readJson(request)));
