/** Category trees are at most three levels deep; a category loaded with parent.parent has all its ancestors. */
export type CategoryWithAncestors = {
  name: string;
  slug: string;
  parent?: (CategoryWithAncestors & object) | null;
};

/** Root first: [Tin tức - Sự kiện, Hoạt động của Tỉnh ủy]. */
export function categoryTrail(category: CategoryWithAncestors): { name: string; slug: string }[] {
  const trail: { name: string; slug: string }[] = [];
  for (let node: CategoryWithAncestors | null | undefined = category; node; node = node.parent) {
    trail.unshift({ name: node.name, slug: node.slug });
  }
  return trail;
}

export function categoryPath(category: { slug: string }): string {
  return `/chuyen-muc/${category.slug}`;
}

/** A category's listing page: its path for page 1, "<path>?trang=N" after (next.config.ts rewrites it). */
export function categoryPageHref(slug: string, page: number): string {
  return page <= 1 ? categoryPath({ slug }) : `${categoryPath({ slug })}?trang=${page}`;
}
