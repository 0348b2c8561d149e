import type { Tx } from "@/lib/db";
import { mediaSrc } from "@/lib/media/urls";
import type { RevisionFields } from "./input";

/** The editor's featured image: a thumbnail, its alt text and the library's photo credit. */
export type EditorFeaturedImage = { id: number; thumb: string; alt: string; credit: string | null };

/**
 * The form fields beside title, sapo and body as the editor shows them: a revision's fields with the
 * featured image resolved to its thumbnail. Used for the article, an autosave and a conflict's details.
 */
export type EditorFormFields = Omit<RevisionFields, "featuredImageId"> & { featuredImage: EditorFeaturedImage | null };

export const featuredImageSelect = { id: true, path: true, alt: true, credit: true, variants: true } as const;
export type FeaturedMedia = { id: number; path: string; alt: string; credit: string | null; variants: unknown };

export function editorFeaturedImage(media: FeaturedMedia | null): EditorFeaturedImage | null {
  return media && { id: media.id, thumb: mediaSrc(media, 320), alt: media.alt, credit: media.credit };
}

/**
 * Revision fields for the editor. The featured image is read from the library (`known`: one already
 * loaded); an image deleted from the library since is left out, so the form shows none.
 */
export async function editorFormFields(tx: Tx, fields: RevisionFields, known: FeaturedMedia | null = null): Promise<EditorFormFields> {
  const { featuredImageId, ...rest } = fields;
  const media = !featuredImageId
    ? null
    : known?.id === featuredImageId
      ? known
      : await tx.media.findUnique({ where: { id: featuredImageId }, select: featuredImageSelect });
  return { ...rest, featuredImage: editorFeaturedImage(media) };
}
