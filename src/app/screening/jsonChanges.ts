/** Turns a plain object of field changes into JSON values for an audit event (undefined dropped). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

function toJson(v: unknown): JsonValue | undefined {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map((x) => toJson(x) ?? null);
  if (typeof v === 'object') {
    const out: { [key: string]: JsonValue } = {};
    for (const [k, x] of Object.entries(v)) {
      const j = toJson(x);
      if (j !== undefined) out[k] = j;
    }
    return out;
  }
  return undefined;
}

export function jsonChanges(changes: object): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [k, v] of Object.entries(changes)) {
    const j = toJson(v);
    if (j !== undefined) out[k] = j;
  }
  return out;
}
