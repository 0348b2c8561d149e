/**
 * Strips what Word and web pages put around pasted content (conditional comments, style sheets,
 * scripts, Office tags) before the editor parses it; the editor's schema then keeps only the
 * structure it knows (paragraphs, headings, lists, tables, links…) and drops every style.
 */
export function cleanPastedHtml(html: string): string {
  return wordListsToLists(html)
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|meta|link|xml|title)\b[\s\S]*?<\/\1>/gi, "")
    .replace(/<(script|style|meta|link)\b[^>]*>/gi, "")
    .replace(/<\/?o:p>/gi, "")
    .normalize("NFC");
}

/** One list paragraph as Word puts it on the clipboard: class MsoListParagraph, MsoListParagraphCxSpFirst… */
const WORD_LIST_ITEM = /<p\b[^>]*class=["']?MsoListParagraph[^>]*>([\s\S]*?)<\/p>/gi;
const WORD_LIST_RUN = /(?:<p\b[^>]*class=["']?MsoListParagraph[^>]*>[\s\S]*?<\/p>\s*)+/gi;
/** Word's bullet or number, drawn as text inside a "downlevel" conditional: <![if !supportLists]>·…<![endif]>. */
const WORD_LIST_MARKER = /<!\[if !supportLists\]>([\s\S]*?)<!\[endif\]>/i;

/**
 * Word copies a list as paragraphs that draw their own bullet ("·" in the Symbol font) or number.
 * Consecutive ones become one real list, numbered when the first marker is a number or letter
 * ("1.", "a)"); nested levels are flattened.
 */
function wordListsToLists(html: string): string {
  return html.replace(WORD_LIST_RUN, (run) => {
    const items = [...run.matchAll(WORD_LIST_ITEM)].map((match) => match[1]!);
    const firstMarker = (WORD_LIST_MARKER.exec(items[0] ?? "")?.[1] ?? "").replace(/<[^>]*>|&nbsp;|\s/g, "");
    const tag = /^\(?[0-9a-z]{1,4}[.)]$/i.test(firstMarker) ? "ol" : "ul";
    const lis = items.map((item) => `<li><p>${item.replace(new RegExp(WORD_LIST_MARKER.source, "gi"), "").trim()}</p></li>`);
    return `<${tag}>${lis.join("")}</${tag}>`;
  });
}
