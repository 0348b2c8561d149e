import { db } from "@/lib/db";

export function listMenuCategories() {
  return db.category.findMany({
    where: { parentId: null, showInMenu: true },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, name: true, slug: true },
  });
}
