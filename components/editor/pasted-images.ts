import { Fragment, Slice, type Node as PmNode } from "@tiptap/pm/model";
import type { EditorState, Transaction } from "@tiptap/pm/state";
import { imageFileName, imageSourceKind } from "@/lib/articles/body-images";

/** A `data:` picture pasted in, to be uploaded to the media library (its caption and credit come along). */
export type PastedUpload = { src: string; alt: string; title: string | null; credit: string | null };

/**
 * What a paste (or a drop) brings in, its images screened: the media library's are kept, `data:` ones
 * kept until their upload replaces them (`uploads`), any other (another site, `//host/…`, a relative
 * "x.png") dropped (`dropped`: their names, for the notice). The body schema refuses all but the first.
 */
export function screenPastedImages(slice: Slice): { slice: Slice; uploads: PastedUpload[]; dropped: string[] } {
  const uploads = new Map<string, PastedUpload>();
  const dropped: string[] = [];
  const screen = (fragment: Fragment): Fragment => {
    const kept: PmNode[] = [];
    let changed = false;
    fragment.forEach((node) => {
      if (node.type.name === "image") {
        const kind = imageSourceKind(node.attrs.src);
        if (kind === "outside") {
          dropped.push(imageFileName(node.attrs.src));
          changed = true;
          return;
        }
        if (kind === "data" && !uploads.has(node.attrs.src)) uploads.set(node.attrs.src, pastedUpload(node));
        kept.push(node);
        return;
      }
      const content = screen(node.content);
      if (content === node.content) kept.push(node);
      else {
        changed = true;
        // A table cell or list item left without its only block gets an empty paragraph.
        const copy = node.type.validContent(content) ? node.copy(content) : node.type.createAndFill(node.attrs, content, node.marks);
        if (copy) kept.push(copy);
      }
    });
    return changed ? Fragment.fromArray(kept) : fragment;
  };
  const content = screen(slice.content);
  if (content === slice.content) return { slice, uploads: [...uploads.values()], dropped };
  // The open depths cannot exceed what is left at either end.
  const most = Slice.maxOpen(content);
  return {
    slice: new Slice(content, Math.min(slice.openStart, most.openStart), Math.min(slice.openEnd, most.openEnd)),
    uploads: [...uploads.values()],
    dropped,
  };
}

function pastedUpload(node: PmNode): PastedUpload {
  const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null);
  return { src: node.attrs.src, alt: text(node.attrs.alt) ?? "", title: text(node.attrs.title), credit: text(node.attrs.credit) };
}

/** The library image an upload became, as the body stores it. */
export type LibraryImage = { src: string; srcset: string; width: number; height: number; alt: string; caption: string | null; credit: string | null };

/**
 * Every image of the document whose address is `src` (a pasted `data:` picture) becomes the library
 * image it was uploaded as, or is removed (`image` null: the upload was refused); null when none is left
 * (undone, deleted meanwhile). Not an undo step of its own: undoing the paste removes the library image.
 */
export function replacePastedImage(state: EditorState, src: string, image: LibraryImage | null): Transaction | null {
  const found: { pos: number; node: PmNode }[] = [];
  state.doc.descendants((node, pos) => {
    if (node.type.name === "image" && node.attrs.src === src) found.push({ pos, node });
  });
  if (!found.length) return null;
  const tr = state.tr;
  // From the end, so that the positions before stay right.
  for (const { pos, node } of found.reverse()) {
    if (!image) tr.delete(pos, pos + node.nodeSize);
    else {
      tr.setNodeMarkup(pos, undefined, {
        ...node.attrs,
        src: image.src,
        srcset: image.srcset,
        width: image.width,
        height: image.height,
        // An alt text typed while the upload ran (or pasted with the picture) stays.
        alt: typeof node.attrs.alt === "string" && node.attrs.alt.trim() ? node.attrs.alt : image.alt,
        title: node.attrs.title || image.caption,
        credit: node.attrs.credit || image.credit,
      });
    }
  }
  return tr.setMeta("addToHistory", false);
}
