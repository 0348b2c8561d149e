import { exportComments } from "@/lib/consultations/admin";
import { ValidationError } from "@/lib/errors";
import { documentResponse } from "@/lib/files/serve";
import { jsonRoute } from "@/lib/http/json-route";
import { pageInsteadOfRefusal } from "@/lib/http/page-fallback";
import { idParam } from "@/lib/http/request";

const exported = jsonRoute<{ id: string }>(async ({ request, actor, params }) => {
  const format = new URL(request.url).searchParams.get("dinh-dang") ?? "xlsx";
  if (format !== "csv" && format !== "xlsx") throw new ValidationError("Định dạng xuất chỉ là csv hoặc xlsx.");
  const file = await exportComments(actor, idParam(params.id), format);
  return documentResponse(file, { personal: true });
});

/**
 * GET /api/du-thao/<id>/xuat?dinh-dang=csv|xlsx: every comment of a draft with the senders'
 * contacts, for staff with consultations.viewPersonal (audited). Opened as a link: a refusal is a page.
 */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return pageInsteadOfRefusal(request, await exported(request, context));
}
