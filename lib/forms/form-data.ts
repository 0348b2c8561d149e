/**
 * FormData to a plain object, for the schemas of ./fields.ts; repeated names become arrays. A server
 * action can be posted any decodable arguments, not only a form: anything else is an empty form, whose
 * fields the schema then names.
 */
export function formObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  if (!(formData instanceof FormData)) return result;
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const text = typeof value === "string" ? value : "";
    if (key in result) {
      const previous = result[key];
      result[key] = Array.isArray(previous) ? [...previous, text] : [previous, text];
    } else {
      result[key] = text;
    }
  }
  return result;
}

/** Rows posted as `prefix[0][field]`, `prefix[1][field]`, … in index order (gaps from removed rows are skipped). */
export function formRows(values: Record<string, unknown>, prefix: string): Record<string, unknown>[] {
  const rows = new Map<number, Record<string, unknown>>();
  const pattern = new RegExp(`^${prefix}\\[(\\d+)\\]\\[(\\w+)\\]$`);
  for (const [key, value] of Object.entries(values)) {
    const match = pattern.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    rows.set(index, { ...rows.get(index), [match[2]!]: value });
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}
