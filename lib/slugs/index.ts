import type { Tx } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { INVALID_FORM } from "@/lib/forms/messages";
import { slugify } from "@/lib/text/vietnamese";

/**
 * A slug's life, for every model that has one (the column is unique): made from the name when none is
 * typed (slugFrom), refused beside the field when another row holds it (assertSlugFree), or, when the
 * system picks it, suffixed "-2", "-3"… up to MAX_SLUG_TRIES (uniqueSlug). A write that still hits the
 * unique index (someone else's transaction committed the slug first) is refused the same way
 * (refuseTakenSlug). slugify itself, the Vietnamese-safe folding, is in lib/text/vietnamese.ts.
 */

/** How many slugs uniqueSlug tries: the base, then base-2 … base-50. */
export const MAX_SLUG_TRIES = 50;

type Holder = { id: number; slug: string };

export type SluggedModel = {
  /** The rows holding any of these slugs. */
  holders: (tx: Tx, slugs: string[]) => Promise<Holder[]>;
  /** The slug a generated one starts from when the name has no letter or digit; none: refused. */
  fallback?: string;
  /** The refusal of a slug another row holds, saying what holds it. */
  taken: (slug: string) => string;
  /** The summary above the form for that refusal. */
  takenSummary: string;
};

const SLUG_USED = "Đường dẫn đã được dùng.";
const takenBy = (owner: string) => (slug: string) => `Đường dẫn "${slug}" đã thuộc về ${owner}`;
const select = { id: true, slug: true } as const;

/** The models with a slug column (prisma/schema.prisma). */
export const slugged = {
  article: {
    holders: (tx, slugs) => tx.article.findMany({ where: { slug: { in: slugs } }, select }),
    fallback: "bai-viet",
    taken: () => "Đường dẫn này đã được dùng cho bài viết khác",
    // The editor shows the summary as its save status, the message beside the field.
    takenSummary: INVALID_FORM,
  },
  category: {
    holders: (tx, slugs) => tx.category.findMany({ where: { slug: { in: slugs } }, select }),
    taken: takenBy("chuyên mục khác"),
    takenSummary: SLUG_USED,
  },
  official: {
    holders: (tx, slugs) => tx.official.findMany({ where: { slug: { in: slugs } }, select }),
    taken: takenBy("người khác"),
    takenSummary: SLUG_USED,
  },
  officialGroup: {
    holders: (tx, slugs) => tx.officialGroup.findMany({ where: { slug: { in: slugs } }, select }),
    fallback: "nhom",
    taken: takenBy("nhóm khác"),
    takenSummary: SLUG_USED,
  },
  questionTopic: {
    holders: (tx, slugs) => tx.questionTopic.findMany({ where: { slug: { in: slugs } }, select }),
    fallback: "chu-de",
    taken: takenBy("chủ đề khác"),
    takenSummary: SLUG_USED,
  },
  consultation: {
    holders: (tx, slugs) => tx.consultation.findMany({ where: { slug: { in: slugs } }, select }),
    fallback: "du-thao",
    taken: takenBy("dự thảo khác"),
    takenSummary: SLUG_USED,
  },
  documentType: {
    holders: (tx, slugs) => tx.documentType.findMany({ where: { slug: { in: slugs } }, select }),
    fallback: "loai",
    taken: takenBy("loại văn bản khác"),
    takenSummary: SLUG_USED,
  },
  issuingBody: {
    holders: (tx, slugs) => tx.issuingBody.findMany({ where: { slug: { in: slugs } }, select }),
    fallback: "co-quan",
    taken: takenBy("cơ quan khác"),
    takenSummary: SLUG_USED,
  },
  /** Staff accounts are also the public author pages (/tac-gia/<slug>). */
  user: {
    holders: (tx, slugs) => tx.user.findMany({ where: { slug: { in: slugs } }, select }),
    fallback: "tac-gia",
    taken: takenBy("người khác"),
    takenSummary: SLUG_USED,
  },
} satisfies Record<string, SluggedModel>;

/** A slug refused because another row holds it (checked, or found by the unique index). */
export class SlugTakenError extends ValidationError {}

/** The slug typed by hand (already slugified by the form's slugField), or one made from the name. */
export function slugFrom(name: string, typed: string): string {
  return typed || slugify(name);
}

/**
 * Refuses a slug that is empty (the name had no letter or digit) or that another row than `exceptId`
 * (the row being edited; null for a new one) holds; returns it otherwise.
 */
export async function assertSlugFree(tx: Tx, model: SluggedModel, slug: string, exceptId: number | null): Promise<string> {
  if (!slug) throw noLetterOrDigit();
  const [holder] = await model.holders(tx, [slug]);
  if (holder && holder.id !== exceptId) throw slugTaken(model, slug);
  return slug;
}

/**
 * A free slug made from `base` (a name or a slug, slugified here; the model's fallback when that leaves
 * nothing): the base itself, else base-2, base-3 … base-50, the first no row but `exceptId` holds. All
 * of them taken is refused rather than tried without end.
 */
export async function uniqueSlug(tx: Tx, model: SluggedModel, base: string, exceptId: number | null = null): Promise<string> {
  const stem = slugify(base) || model.fallback;
  if (!stem) throw noLetterOrDigit();
  const candidates = Array.from({ length: MAX_SLUG_TRIES }, (_, i) => (i === 0 ? stem : `${stem}-${i + 1}`));
  const holders = new Map((await model.holders(tx, candidates)).map((row) => [row.slug, row.id]));
  const free = candidates.find((slug) => !holders.has(slug) || holders.get(slug) === exceptId);
  if (free !== undefined) return free;
  throw new ValidationError(`Không tạo được đường dẫn: "${stem}" và ${MAX_SLUG_TRIES - 1} đường dẫn nối số sau nó đều đã được dùng.`, {
    slug: [`Các đường dẫn từ "${stem}" đến "${candidates.at(-1)}" đều đã được dùng; hãy đặt tên khác hoặc nhập đường dẫn riêng`],
  });
}

/**
 * For a write's .catch: a write refused by the unique slug (Prisma P2002) — another transaction took
 * the slug after it was checked free and committed first — is refused beside the field, like a slug
 * already taken. Any other error is rethrown.
 */
export function refuseTakenSlug(model: SluggedModel, slug: string): (error: unknown) => never {
  return (error) => {
    const { code, meta } = (error ?? {}) as { code?: unknown; meta?: unknown };
    if (code === "P2002" && /\bslug\b|_slug_key\b/.test(JSON.stringify(meta ?? {}))) throw slugTaken(model, slug);
    throw error;
  };
}

function slugTaken(model: SluggedModel, slug: string): SlugTakenError {
  return new SlugTakenError(model.takenSummary, { slug: [model.taken(slug)] });
}

function noLetterOrDigit(): ValidationError {
  return new ValidationError("Đường dẫn không hợp lệ.", { slug: ["Đường dẫn phải có chữ cái hoặc chữ số"] });
}
