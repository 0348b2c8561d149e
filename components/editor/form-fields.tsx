import type { EditorFeaturedImage, EditorFormFields } from "@/lib/articles/editor-form";

/** The editor form's values (what a save sends, as the inputs hold them). */
export type Fields = {
  title: string;
  slug: string;
  sapo: string;
  categoryId: string;
  featuredImage: EditorFeaturedImage | null;
  featuredImageCaption: string;
  byline: string;
  seoTitle: string;
  seoDescription: string;
  officialIds: number[];
};

export const EMPTY_FIELDS: Fields = {
  title: "",
  slug: "",
  sapo: "",
  categoryId: "",
  featuredImage: null,
  featuredImageCaption: "",
  byline: "",
  seoTitle: "",
  seoDescription: "",
  officialIds: [],
};

/** The form's values for the saved article, an autosave, or the version a conflicting save met. */
export function formFields(source: EditorFormFields & { title: string; sapo: string }): Fields {
  return {
    title: source.title,
    slug: source.slug,
    sapo: source.sapo,
    categoryId: source.categoryId ? String(source.categoryId) : "",
    featuredImage: source.featuredImage,
    featuredImageCaption: source.featuredImageCaption ?? "",
    byline: source.byline ?? "",
    seoTitle: source.seoTitle ?? "",
    seoDescription: source.seoDescription ?? "",
    officialIds: source.officialIds,
  };
}

/** Fields compared by FieldChanges; title and sapo get a word diff of their own. */
const FIELD_LABELS: Record<Exclude<keyof Fields, "title" | "sapo">, string> = {
  slug: "Đường dẫn (slug)",
  categoryId: "Chuyên mục",
  featuredImage: "Ảnh đại diện",
  featuredImageCaption: "Chú thích ảnh đại diện",
  byline: "Bút danh",
  seoTitle: "Tiêu đề SEO",
  seoDescription: "Mô tả SEO",
  officialIds: "Lãnh đạo được nhắc đến",
};

export type FieldOptions = { categories: { id: number; label: string }[]; officials: { id: number; fullName: string }[] };

function shown(key: keyof typeof FIELD_LABELS, fields: Fields, options: FieldOptions): string {
  switch (key) {
    case "categoryId":
      return options.categories.find((c) => String(c.id) === fields.categoryId)?.label.replace(/^(— )+/, "") ?? "";
    case "featuredImage":
      return fields.featuredImage?.alt ?? "";
    case "officialIds":
      return [...fields.officialIds]
        .sort((a, b) => a - b)
        .map((id) => options.officials.find((o) => o.id === id)?.fullName ?? `#${id}`)
        .join(", ");
    default:
      return fields[key];
  }
}

/** The form fields besides title, sapo and body that differ between two versions, as "label: before → after". */
export function FieldChanges({ from, to, options }: { from: Fields; to: Fields; options: FieldOptions }) {
  const changes = (Object.keys(FIELD_LABELS) as (keyof typeof FIELD_LABELS)[])
    .map((key) => ({ key, before: shown(key, from, options), after: shown(key, to, options) }))
    .filter(({ key, before, after }) => before !== after || (key === "featuredImage" && from.featuredImage?.id !== to.featuredImage?.id));
  if (!changes.length) return null;
  return (
    <div data-testid="field-changes">
      <h3>Các trường khác</h3>
      <ul>
        {changes.map(({ key, before, after }) => (
          <li key={key}>
            {FIELD_LABELS[key]}: <del>{before || "(trống)"}</del> → <ins>{after || "(trống)"}</ins>
          </li>
        ))}
      </ul>
    </div>
  );
}
