import { TableKit } from "@tiptap/extension-table";
import Image from "@tiptap/extension-image";
import { CharacterCount, Placeholder } from "@tiptap/extensions";
import StarterKit from "@tiptap/starter-kit";
import { SAFE_URL } from "@/lib/articles/body";

export { cleanPastedHtml } from "@/lib/articles/paste";

/**
 * The editor's schema: exactly what lib/articles/body.ts allows and the public renderer shows
 * (tests/unit/body-schema.test.ts compares the three lists).
 * Anything else pasted in (styles, classes, scripts, fonts) has no place in this schema and is
 * dropped by the parser.
 */
export const editorExtensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    strike: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: "https",
      protocols: ["mailto"],
      isAllowedUri: (url) => SAFE_URL.test(url),
      shouldAutoLink: (url) => SAFE_URL.test(url) || /^[\w.-]+\.[a-z]{2,}/i.test(url),
      HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
    },
  }),
  // The image's title attribute holds its caption, credit its photo credit (copied from the media
  // library on insert, rendered "Ảnh: <credit>"); alt is required by the body schema. srcset lists the
  // library's renditions, width and height the original's size (the public page's responsive image).
  // A pasted `data:` picture is parsed, then uploaded to the media library and replaced by the library
  // image (RichTextEditor, pasted-images.ts); the body schema stores only library images.
  Image.extend({
    addAttributes() {
      return {
        ...this.parent?.(),
        credit: {
          default: null,
          parseHTML: (element: HTMLElement) => element.getAttribute("data-credit"),
          renderHTML: (attributes: { credit?: string | null }) => (attributes.credit ? { "data-credit": attributes.credit } : {}),
        },
        srcset: { default: null },
      };
    },
  }).configure({ inline: false, allowBase64: true }),
  TableKit.configure({ table: { resizable: false } }),
  CharacterCount,
  Placeholder.configure({ placeholder: "Nội dung bài viết…" }),
];
