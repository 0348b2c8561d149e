/**
 * Strips what Word and web pages put around pasted content (conditional comments, style sheets,
 * scripts, Office tags) before the editor parses it; the editor's schema then keeps only the
 * structure it knows (paragraphs, headings, lists, tables, links…) and drops every style.
 */
export function cleanPastedHtml(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|meta|link|xml|title)\b[\s\S]*?<\/\1>/gi, "")
    .replace(/<(script|style|meta|link)\b[^>]*>/gi, "")
    .replace(/<\/?o:p>/gi, "")
    .normalize("NFC");
}
