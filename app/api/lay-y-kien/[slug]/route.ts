import { submitComment } from "@/lib/consultations/submit";
import { receiptPath } from "@/lib/consultations/rules";
import { httpErrorResponse } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { readPublicFormBody } from "@/lib/http/public-body";
import { checkSameOrigin } from "@/lib/http/same-origin";

/** The most a comment's JSON or form body may be: the fields' caps (10,000 characters of text) with room to spare. */
const MAX_BODY_BYTES = 96 * 1024;

/**
 * POST /api/lay-y-kien/<slug>: a comment on a draft sent by a script or an app (the site's own form
 * posts to its server action), with the form's fields and protections (lib/consultations/submit.ts):
 * 201 with the receipt code; 409 once the draft is closed (or not yet open); other 4xx with the
 * Vietnamese reason, 429 with Retry-After when throttled.
 */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  try {
    checkSameOrigin(request);
    const values = await readPublicFormBody(request, MAX_BODY_BYTES);
    if (values instanceof Response) return values;
    const { slug } = await params;
    const { code, duplicate } = await submitComment(slug, values, { address: clientAddress(request.headers) });
    return Response.json({ code, url: receiptPath(slug, code), duplicate }, { status: duplicate ? 200 : 201 });
  } catch (error) {
    return httpErrorResponse(error);
  }
}
