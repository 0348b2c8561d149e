import { z } from "zod";
import { asDomainError, DomainError, ValidationError } from "./errors";
import { INVALID_FORM } from "./forms/messages";

// Messages the schemas do not set themselves (a missing object, a wrong type) in Vietnamese too.
z.config(z.locales.vi());

/** What a server action returns to its form. */
export type ActionState<T = undefined> =
  { ok: true; message?: string; data?: T } | { ok: false; message: string; fieldErrors?: Record<string, string[]> } | null;

/** Parses input with a zod schema, throwing a ValidationError with per-field Vietnamese messages. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join(".") || "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  throw new ValidationError(INVALID_FORM, fieldErrors);
}

/** Runs a server action body, turning domain errors into form state. Other errors propagate. */
export async function runAction<T>(fn: () => Promise<ActionState<T>>): Promise<ActionState<T>> {
  try {
    return await fn();
  } catch (caught) {
    const error = asDomainError(caught);
    if (error instanceof ValidationError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    if (error instanceof DomainError) return { ok: false, message: error.message };
    throw caught;
  }
}
