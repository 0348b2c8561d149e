/**
 * The honeypot: a field a person never sees (off-screen, out of the tab order, hidden from assistive
 * technology) and so never fills in, but a bot that fills every field does. Its name looks like a real
 * field's, so bots do not skip it.
 */
export const HONEYPOT_FIELD = "website";

/** True when the hidden field came back filled: the submission is a bot's. */
export function honeypotFilled(values: Record<string, unknown>): boolean {
  const value = values[HONEYPOT_FIELD];
  return typeof value === "string" ? value.trim() !== "" : value != null && value !== "";
}
