/** A URL path segment decoded; a malformed escape ("%E0%A4%A") is kept as typed rather than failing the request. */
export function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
