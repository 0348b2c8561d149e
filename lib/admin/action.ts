import { runAction, type ActionState } from "@/lib/actions";
import { getCurrentUser, type StaffUser } from "@/lib/people/session";

/**
 * The body of an admin server action: runs with the current user (null when signed out, deactivated,
 * or still owing a password change — the lib function then refuses) and turns domain errors into
 * form state.
 */
export function withActor<T>(fn: (actor: StaffUser | null) => Promise<ActionState<T>>): Promise<ActionState<T>> {
  return runAction(async () => fn(await getCurrentUser()));
}
