import { z } from "zod";

/**
 * Ids and versions are PostgreSQL `integer` columns. A larger number would make the query itself fail
 * (a 500), so input is held to the column's range and refused as invalid instead.
 */
export const MAX_ID = 2_147_483_647;

export function isId(value: number): boolean {
  return Number.isInteger(value) && value > 0 && value <= MAX_ID;
}

/** An id or version as forms and JSON give it (a number or a numeric string), `message` when it is not one. */
export function idSchema(message = "Mã không hợp lệ") {
  return z.coerce.number({ error: message }).int(message).positive(message).max(MAX_ID, message);
}
