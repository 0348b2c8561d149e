import { saveArticle } from "@/lib/articles/editing";
import { jsonRoute } from "@/lib/http/json-route";
import { idParam, readJson } from "@/lib/http/request";

export const PUT = jsonRoute<{ id: string }>(async ({ request, actor, params }) => saveArticle(actor, idParam(params.id), await readJson(request)));
