import { createArticle } from "@/lib/articles/editing";
import { jsonRoute } from "@/lib/http/json-route";
import { readJson } from "@/lib/http/request";

export const POST = jsonRoute(async ({ request, actor }) => createArticle(actor, await readJson(request)));
