import { db } from "@/lib/db";
import type { ArticleStatus, Role } from "@/lib/db/generated/enums";
import { hashPassword } from "@/lib/people/password";
import type { Actor } from "@/lib/people/policy";

/** Staff accounts for tests and the e2e server: created (or reset) with a known password. */
export async function ensureStaffAccount(input: { email: string; displayName: string; role: Role; password: string; slug: string }): Promise<Actor> {
  const passwordHash = await hashPassword(input.password);
  const data = { displayName: input.displayName, role: input.role, passwordHash, active: true, slug: input.slug };
  const user = await db.user.upsert({ where: { email: input.email }, create: { email: input.email, ...data }, update: data });
  return { id: user.id, role: user.role };
}

let counter = 0;

/** An article in the given status, written straight to the database (test setup, not the code under test). */
export async function makeArticle(authorId: number, categoryId: number, status: ArticleStatus, title = "Bài thử nghiệm") {
  counter += 1;
  const now = new Date();
  return db.article.create({
    data: {
      title,
      slug: `bai-thu-nghiem-${process.pid}-${counter}`,
      sapo: "Sapo thử nghiệm",
      body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Nội dung gốc." }] }] },
      categoryId,
      authorId,
      status,
      publishedAt: status === "PUBLISHED" || status === "UNPUBLISHED" ? now : null,
      scheduledAt: status === "SCHEDULED" ? new Date(now.getTime() + 3600_000) : null,
    },
  });
}
