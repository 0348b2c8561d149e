import { formObject } from "@/lib/forms/form-data";

/**
 * The body of a public form's API route (POST /api/hoi-dap, /api/lay-y-kien/<slug>): JSON or
 * form-encoded, at most `maxBytes`. The fields as an object, or the 4xx response that refuses the
 * body with its Vietnamese reason: 413 too large, 400 unreadable JSON or not an object, 415 another type.
 */
export async function readPublicFormBody(request: Request, maxBytes: number): Promise<Record<string, unknown> | Response> {
  const tooLarge = () => Response.json({ error: "Nội dung gửi lên quá lớn." }, { status: 413 });
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return tooLarge();
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("application/json")) {
    const text = await request.text();
    if (text.length > maxBytes) return tooLarge();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return Response.json({ error: "Dữ liệu JSON không hợp lệ." }, { status: 400 });
    }
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return Response.json({ error: "Dữ liệu JSON phải là một đối tượng." }, { status: 400 });
    return parsed as Record<string, unknown>;
  }
  if (type.includes("application/x-www-form-urlencoded") || type.includes("multipart/form-data")) return formObject(await request.formData());
  return Response.json({ error: "Hãy gửi dữ liệu dạng JSON hoặc biểu mẫu." }, { status: 415 });
}
