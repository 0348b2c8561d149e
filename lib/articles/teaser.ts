/** An article as lists show it (a teaser): what every reader list selects and renders. */

const imageSelect = { select: { path: true, variants: true, alt: true, width: true, height: true } } as const;

export const teaserSelect = {
  id: true,
  slug: true,
  title: true,
  sapo: true,
  publishedAt: true,
  category: { select: { name: true, slug: true } },
  featuredImage: imageSelect,
} as const;

/** A featured image as lists show it; URLs come from lib/media/urls.ts (mediaSrc, mediaUrl). */
export type TeaserImage = { path: string; variants: unknown; alt: string; width: number; height: number };

export type ArticleTeaser = {
  id: number;
  slug: string;
  title: string;
  sapo: string;
  publishedAt: Date | null;
  category: { name: string; slug: string };
  featuredImage: TeaserImage | null;
};
