import { httpErrorResponse } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { readPublicFormBody } from "@/lib/http/public-body";
import { checkSameOrigin } from "@/lib/http/same-origin";
import { trackingPath } from "@/lib/questions/rules";
import { submitQuestion } from "@/lib/questions/submit";

/** The most a question's JSON or form body may be: the fields' caps with room to spare. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * POST /api/hoi-dap: a question sent by a script or an app (the site's own form posts to its server
 * action). JSON or form-encoded, the same fields and protections as the form (lib/questions/submit.ts);
 * 201 with the tracking code, else 4xx JSON with the Vietnamese reason (fieldErrors by field), 429 with
 * Retry-After when throttled.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    checkSameOrigin(request);
    const values = await readPublicFormBody(request, MAX_BODY_BYTES);
    if (values instanceof Response) return values;
    const { code, duplicate } = await submitQuestion(values, { address: clientAddress(request.headers) });
    return Response.json({ code, url: trackingPath(code), duplicate }, { status: duplicate ? 200 : 201 });
  } catch (error) {
    return httpErrorResponse(error);
  }
}
