import { saveArticle } from "@/lib/articles/editing";
import { idParam, jsonRoute, readJson } from "@/lib/http/json-route";

export const PUT = jsonRoute<{ id: string }>(async ({ request, actor, params }) => saveArticle(actor, idParam(params.id), await readJson(request)));
