import { httpErrorResponse } from "@/lib/errors";
import { getCurrentUser, type StaffUser } from "@/lib/people/session";
import { checkSameOrigin } from "./same-origin";

/**
 * The shape of every JSON route handler: refuse cross-site requests, resolve the signed-in staff
 * member (or null: the lib function refuses anonymous callers itself), and map domain errors to
 * 4xx responses with a Vietnamese reason.
 */
export function jsonRoute<P>(handler: (context: { request: Request; actor: StaffUser | null; params: P }) => Promise<unknown>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      checkSameOrigin(request);
      const actor = await getCurrentUser();
      const result = await handler({ request, actor, params: await context.params });
      return result instanceof Response ? result : Response.json(result ?? { ok: true });
    } catch (error) {
      return httpErrorResponse(error);
    }
  };
}
