import { suggestOfficials } from "@/lib/articles/mentions";
import { jsonRoute } from "@/lib/http/json-route";
import { readJson } from "@/lib/http/request";

// Any signed-in staff member (jsonRoute refuses anyone else): only suggests, changes nothing.
export const POST = jsonRoute(async ({ request }) => {
  const body = (await readJson(request)) as { text?: unknown };
  return { officialIds: await suggestOfficials(typeof body?.text === "string" ? body.text.slice(0, 200_000) : "") };
});
