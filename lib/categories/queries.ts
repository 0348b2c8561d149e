import { isSlug } from "@/lib/text/vietnamese";
import { db } from "@/lib/db";

export type CategoryNode = {
  id: number;
  name: string;
  slug: string;
  description: string;
  parentId: number | null;
  position: number;
  showInMenu: boolean;
  homePosition: number | null;
  seoTitle: string | null;
  seoDescription: string | null;
};

/** The whole category tree in one query (a portal has dozens of categories, not thousands). */
export function listAllCategories(): Promise<CategoryNode[]> {
  return db.category.findMany({
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      slug: true,
      description: true,
      parentId: true,
      position: true,
      showInMenu: true,
      homePosition: true,
      seoTitle: true,
      seoDescription: true,
    },
  });
}

/** The id of the category at /chuyen-muc/<slug>, or null. */
export async function findCategoryIdBySlug(slug: string): Promise<number | null> {
  if (!isSlug(slug)) return null;
  return (await db.category.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null;
}

export type MenuItem = { id: number; name: string; slug: string; children: MenuItem[] };

/** The header menu: top-level categories shown in the menu, each with its visible sub-categories. */
export function buildMenu(all: CategoryNode[]): MenuItem[] {
  const build = (parentId: number | null, depth: number): MenuItem[] =>
    all
      .filter((c) => c.parentId === parentId && c.showInMenu)
      .map((c) => ({ id: c.id, name: c.name, slug: c.slug, children: depth < 1 ? build(c.id, depth + 1) : [] }));
  return build(null, 0);
}

/** Top-level categories that have a block on the home page, in block order. */
export function homeBlockCategories(all: CategoryNode[]): CategoryNode[] {
  return all
    .filter((c) => c.parentId === null && c.homePosition !== null)
    .sort((a, b) => (a.homePosition ?? 0) - (b.homePosition ?? 0) || a.position - b.position);
}

export async function listMenuCategories() {
  return buildMenu(await listAllCategories());
}
