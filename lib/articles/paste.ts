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
const WORD_LIST_ITEM = /<p\b([^>]*class=["']?MsoListParagraph[^>]*)>([\s\S]*?)<\/p>/gi;
const WORD_LIST_RUN = /(?:<p\b[^>]*class=["']?MsoListParagraph[^>]*>[\s\S]*?<\/p>\s*)+/gi;
/** Word's bullet or number, drawn as text inside a "downlevel" conditional: <![if !supportLists]>·…<![endif]>. */
const WORD_LIST_MARKER = /<!\[if !supportLists\]>([\s\S]*?)<!\[endif\]>/i;
/** The item's depth in Word's list, in its style: "mso-list:l0 level2 lfo1". */
const WORD_LIST_LEVEL = /mso-list:\s*l\d+\s+level(\d+)/i;

type WordListItem = { level: number; tag: "ol" | "ul"; html: string };

/**
 * Word copies a list as paragraphs that draw their own bullet ("·" in the Symbol font) or number.
 * Consecutive ones become one real list, nested by their level in Word's list; each list is numbered
 * when its first marker is a number or letter ("1.", "a)").
 */
function wordListsToLists(html: string): string {
  return html.replace(WORD_LIST_RUN, (run) =>
    nestedLists([...run.matchAll(WORD_LIST_ITEM)].map(([, attributes, content]) => wordListItem(attributes!, content!))),
  );
}

function wordListItem(attributes: string, content: string): WordListItem {
  const marker = (WORD_LIST_MARKER.exec(content)?.[1] ?? "").replace(/<[^>]*>|&nbsp;|\s/g, "");
  return {
    level: Number(WORD_LIST_LEVEL.exec(attributes)?.[1] ?? 1),
    tag: /^\(?[0-9a-z]{1,4}[.)]$/i.test(marker) ? "ol" : "ul",
    html: content.replace(new RegExp(WORD_LIST_MARKER.source, "gi"), "").trim(),
  };
}

/** Items in document order as lists: a deeper item opens a list inside the item before it. */
function nestedLists(items: WordListItem[]): string {
  let html = "";
  const open: { level: number; tag: string }[] = [];
  for (const item of items) {
    while (open.length && open.at(-1)!.level > item.level) html += `</li></${open.pop()!.tag}>`;
    if (open.length && open.at(-1)!.level === item.level) html += "</li>";
    else {
      html += `<${item.tag}>`;
      open.push({ level: item.level, tag: item.tag });
    }
    html += `<li><p>${item.html}</p>`;
  }
  while (open.length) html += `</li></${open.pop()!.tag}>`;
  return html;
}
