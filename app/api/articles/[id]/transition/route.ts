import { transitionArticle } from "@/lib/articles/workflow";
import { jsonRoute } from "@/lib/http/json-route";
import { idParam, readJson } from "@/lib/http/request";

export const POST = jsonRoute<{ id: string }>(async ({ request, actor, params }) => transitionArticle(actor, idParam(params.id), await readJson(request)));
