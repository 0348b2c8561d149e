import { createArticle } from "@/lib/articles/editing";
import { jsonRoute, readJson } from "@/lib/http/json-route";

export const POST = jsonRoute(async ({ request, actor }) => createArticle(actor, await readJson(request)));
