import { httpErrorResponse } from "@/lib/errors";
import { formObject } from "@/lib/forms/form-data";
import { clientAddress } from "@/lib/http/client-address";
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
    const length = Number(request.headers.get("content-length") ?? 0);
    if (length > MAX_BODY_BYTES) return Response.json({ error: "Nội dung gửi lên quá lớn." }, { status: 413 });
    const type = request.headers.get("content-type") ?? "";
    let values: Record<string, unknown>;
    if (type.includes("application/json")) {
      const text = await request.text();
      if (text.length > MAX_BODY_BYTES) return Response.json({ error: "Nội dung gửi lên quá lớn." }, { status: 413 });
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return Response.json({ error: "Dữ liệu JSON không hợp lệ." }, { status: 400 });
      }
      if (!parsed || typeof parsed !== "object" || Array.isArray(parsed))
        return Response.json({ error: "Dữ liệu JSON phải là một đối tượng." }, { status: 400 });
      values = parsed as Record<string, unknown>;
    } else if (type.includes("application/x-www-form-urlencoded") || type.includes("multipart/form-data")) {
      values = formObject(await request.formData());
    } else {
      return Response.json({ error: "Hãy gửi dữ liệu dạng JSON hoặc biểu mẫu." }, { status: 415 });
    }
    const { code, duplicate } = await submitQuestion(values, { address: clientAddress(request.headers) });
    return Response.json({ code, url: trackingPath(code), duplicate }, { status: duplicate ? 200 : 201 });
  } catch (error) {
    return httpErrorResponse(error);
  }
}
