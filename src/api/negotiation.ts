// Whether a request's Accept header lets the API answer JSON (or problem details, for an error).

const jsonRanges = new Set([
  '*/*',
  'application/*',
  'application/json',
  'application/problem+json',
]);

/** True without an Accept header, or when one of its ranges with q > 0 covers JSON. */
export function acceptsJson(header: string | undefined): boolean {
  if (!header?.trim()) return true;
  return header.split(',').some((part) => {
    const [range = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const q = params.map((p) => /^q=([0-9.]+)$/.exec(p)?.[1]).find((v) => v !== undefined);
    return jsonRanges.has(range) && (q === undefined || Number(q) > 0);
  });
}
