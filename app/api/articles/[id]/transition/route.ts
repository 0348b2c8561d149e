import { transitionArticle } from "@/lib/articles/workflow";
import { idParam, jsonRoute, readJson } from "@/lib/http/json-route";

export const POST = jsonRoute<{ id: string }>(async ({ request, actor, params }) => transitionArticle(actor, idParam(params.id), await readJson(request)));
