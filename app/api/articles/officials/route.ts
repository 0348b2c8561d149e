import { suggestOfficials } from "@/lib/articles/mentions";
import { UnauthenticatedError } from "@/lib/errors";
import { jsonRoute } from "@/lib/http/json-route";
import { readJson } from "@/lib/http/request";

export const POST = jsonRoute(async ({ request, actor }) => {
  if (!actor) throw new UnauthenticatedError();
  const body = (await readJson(request)) as { text?: unknown };
  return { officialIds: await suggestOfficials(typeof body?.text === "string" ? body.text.slice(0, 200_000) : "") };
});
