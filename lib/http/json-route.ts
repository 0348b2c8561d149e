import { httpErrorResponse } from "@/lib/errors";
import { requireSignedIn } from "@/lib/people/policy";
import { getCurrentUser, type StaffUser } from "@/lib/people/session";
import { checkSameOrigin } from "./same-origin";

/**
 * The shape of every staff JSON route handler: refuse cross-site requests, then anyone not signed in
 * (401), before the handler reads the body, so nobody anonymous gets a body of up to 2 MB read and
 * parsed on their behalf; then map domain errors to 4xx responses with a Vietnamese reason. What the
 * signed-in staff member may do is still decided by the lib function (policy.ts). Public routes (the
 * view beacon) do not use it.
 */
export function jsonRoute<P>(handler: (context: { request: Request; actor: StaffUser; params: P }) => Promise<unknown>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      checkSameOrigin(request);
      const actor = requireSignedIn(await getCurrentUser());
      const result = await handler({ request, actor, params: await context.params });
      return result instanceof Response ? result : Response.json(result ?? { ok: true });
    } catch (error) {
      return httpErrorResponse(error);
    }
  };
}
