import { z } from "zod";
import type { Prisma } from "@/lib/db/generated/client";
import { patchLine, requiredLine } from "@/lib/forms/fields";
import { normalizeCredit } from "@/lib/media/caption";
import { isLibraryUrl } from "@/lib/media/urls";
import { normalizeInline, normalizeText } from "@/lib/text/vietnamese";
import { outsideImageMessage } from "./body-images";

/**
 * An article body is a Tiptap JSON document. This is the allow-list of what it may contain; the
 * public renderer (components/article/ArticleBody.tsx) renders exactly these node and mark types.
 * Attributes not listed here are dropped, not stored (a crafted request cannot park data in a body).
 */
export const SAFE_URL = /^(https?:\/\/|mailto:)/i;
/** No address contains these; PostgreSQL cannot store a NUL in JSON at all. */
const hasControlCharacters = (value: string) => /[\u0000-\u001F\u007F]/.test(value);

const markSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("bold") }),
  z.object({ type: z.literal("italic") }),
  z.object({ type: z.literal("underline") }),
  z.object({
    type: z.literal("link"),
    attrs: z.object({
      href: z
        .string()
        .regex(SAFE_URL, "Liên kết chỉ được dùng http, https hoặc mailto")
        .refine((href) => !hasControlCharacters(href), "Liên kết không hợp lệ"),
    }),
    // Tiptap's target, rel and class are dropped: the renderer sets its own rel and opens in place.
  }),
]);
export type BodyMark = z.infer<typeof markSchema>;

const textNode = z.object({
  type: z.literal("text"),
  // Control characters are dropped as from every other field (PostgreSQL cannot even store a NUL in
  // JSON); a text node left empty is removed from its parent (`withoutEmptyText`).
  text: z.string().min(1).transform(normalizeInline),
  marks: z.array(markSchema).optional(),
});

export type BodyNode =
  | z.infer<typeof textNode>
  | { type: "paragraph" | "blockquote" | "bulletList" | "listItem"; content?: BodyNode[] }
  /** start: the first number when a list continues one interrupted by a paragraph or an image. */
  | { type: "orderedList"; attrs?: { start?: number }; content?: BodyNode[] }
  | { type: "heading"; attrs: { level: 2 | 3 }; content?: BodyNode[] }
  | { type: "hardBreak" | "horizontalRule" }
  /** title is the caption; credit the photo credit, copied from the media library when inserted. */
  | {
      type: "image";
      /** srcset, width and height (of the original) come from the media library; absent on older bodies. */
      attrs: { src: string; alt: string; title?: string | null; credit?: string | null; srcset?: string | null; width?: number | null; height?: number | null };
    }
  | { type: "table" | "tableRow"; content?: BodyNode[] }
  | { type: "tableCell" | "tableHeader"; attrs?: { colspan?: number; rowspan?: number }; content?: BodyNode[] };

/** Renditions from this site's media library only ("/api/media/… 640w, …"); anything else is dropped. */
const LIBRARY_SRCSET = /^\/api\/media\/[\w\-./]+ \d{1,5}w(, \/api\/media\/[\w\-./]+ \d{1,5}w)*$/;
const librarySrcset = z
  .unknown()
  .transform((v) => (typeof v === "string" && LIBRARY_SRCSET.test(v) ? v : undefined))
  .optional();
/** A pixel size as a positive integer (pasted HTML gives strings such as "600"); anything else is dropped. */
const pixelSize = z
  .unknown()
  .transform((v) => {
    const n = typeof v === "string" && v.trim() ? Number(v) : v;
    return typeof n === "number" && Number.isInteger(n) && n > 0 && n <= 20_000 ? n : undefined;
  })
  .optional();

/** Tiptap refuses a document with an empty text node: one that held only control characters goes. */
const withoutEmptyText = (nodes: BodyNode[]) => nodes.filter((node) => node.type !== "text" || node.text !== "");
const children = z
  .array(z.lazy((): z.ZodType<BodyNode> => nodeSchema))
  .transform(withoutEmptyText)
  .optional();
const cellAttrs = z.object({ colspan: z.number().int().min(1).max(20).optional(), rowspan: z.number().int().min(1).max(100).optional() }).optional();

const nodeUnion = z.union([
  textNode,
  z.object({ type: z.enum(["paragraph", "blockquote", "bulletList", "listItem"]), content: children }),
  z.object({
    type: z.literal("orderedList"),
    // Only the start number is kept (Tiptap also sends a list style type, which the site does not offer).
    attrs: z.object({ start: z.number().int().min(1).max(100_000).optional() }).optional(),
    content: children,
  }),
  z.object({ type: z.literal("heading"), attrs: z.object({ level: z.union([z.literal(2), z.literal(3)]) }), content: children }),
  z.object({ type: z.enum(["hardBreak", "horizontalRule"]) }),
  z.object({
    type: z.literal("image"),
    attrs: z.object({
      // Only the media library's images ("/api/media/…"): bodySchema names a picture from anywhere else first.
      src: z.string().refine(isLibraryUrl, "Ảnh phải lấy từ thư viện ảnh"),
      // No length bound: stored bodies are read back through this schema (a refused one renders empty).
      alt: requiredLine("mô tả ảnh", Infinity, { required: "Ảnh phải có mô tả (alt)" }),
      // The caption and credit, one NFC line each; empty is null.
      title: patchLine("chú thích ảnh", 500),
      credit: patchLine("tác giả / nguồn ảnh", 200, normalizeCredit),
      srcset: librarySrcset,
      width: pixelSize,
      height: pixelSize,
    }),
    // Any other attribute (width, height, event handlers pasted from elsewhere) is dropped.
  }),
  z.object({ type: z.enum(["table", "tableRow"]), content: children }),
  z.object({ type: z.enum(["tableCell", "tableHeader"]), attrs: cellAttrs, content: children }),
]);
const nodeSchema = nodeUnion as z.ZodType<BodyNode>;

/** Deeper than any real article (a list in a list in a table…); checked before the recursive schema walks it. */
const MAX_NESTING = 32;

function withinNesting(doc: unknown): boolean {
  const stack: [unknown, number][] = [[doc, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_NESTING) return false;
    const content = (node as { content?: unknown } | null)?.content;
    if (Array.isArray(content)) for (const child of content) stack.push([child, depth + 1]);
  }
  return true;
}

const docSchema = z.object(
  {
    type: z.literal("doc", "Nội dung bài viết không hợp lệ"),
    content: z.array(nodeSchema, "Nội dung bài viết không hợp lệ").default([]).transform(withoutEmptyText),
  },
  "Nội dung bài viết không hợp lệ",
);
type RawNode = { type?: unknown; attrs?: unknown; content?: unknown };
const rawNode = (value: unknown): RawNode | null => (value && typeof value === "object" ? (value as RawNode) : null);
/** An attribute of a node not parsed yet (undefined when it has no such attribute, or no attributes). */
const rawAttr = (node: RawNode, name: "src" | "alt"): unknown => (rawNode(node.attrs) as Record<string, unknown> | null)?.[name];
const isOutsideImage = (value: unknown) => rawNode(value)?.type === "image" && !isLibraryUrl(rawAttr(rawNode(value)!, "src"));

/**
 * Refuses every body image not from the media library (another site, `//host/…`, a relative "x.png", a
 * `data:` picture pasted in), each by its place, alt text and address, before the schema walks the body:
 * the message says which picture (the union of node types alone would only say "Đầu vào không hợp lệ").
 * The body's depth was checked first.
 */
function libraryImagesOnly(doc: unknown, ctx: z.RefinementCtx) {
  let position = 0;
  const walk = (value: unknown, path: (string | number)[]) => {
    const node = rawNode(value);
    if (!node) return;
    if (node.type === "image") {
      position++;
      if (isOutsideImage(node)) {
        ctx.addIssue({ code: "custom", message: outsideImageMessage(position, rawAttr(node, "alt"), rawAttr(node, "src")), path: [...path, "attrs", "src"] });
      }
    }
    if (Array.isArray(node.content)) node.content.forEach((child, i) => walk(child, [...path, "content", i]));
  };
  walk(doc, []);
}

export const bodySchema = z
  .unknown()
  .refine(withinNesting, { message: "Nội dung bài viết lồng nhau quá sâu", abort: true })
  .superRefine(libraryImagesOnly)
  .pipe(docSchema);
export type ArticleBody = z.output<typeof docSchema>;

/** The `type` names a union of objects accepts (each object's `type` is a literal or an enum). */
function typeNames(options: readonly z.ZodObject<{ type: z.ZodLiteral<string> | z.ZodEnum }>[]): string[] {
  return options.flatMap(({ shape: { type } }) => (type instanceof z.ZodEnum ? type.options.map(String) : [...type.values]));
}

/**
 * The allow-list as lists of names: the editor's schema (components/editor/extensions.ts) and the
 * public renderer (components/article/ArticleBody.tsx) must have exactly these (tests/unit/body-schema.test.ts).
 */
export const BODY_NODE_TYPES: readonly string[] = [...docSchema.shape.type.values, ...typeNames(nodeUnion.options)];
export const BODY_MARK_TYPES: readonly string[] = typeNames(markSchema.options);

/** Builds a body from plain paragraphs (seed content, imports). */
export function bodyFromParagraphs(paragraphs: string[]): ArticleBody {
  return {
    type: "doc",
    content: paragraphs
      .map(normalizeText)
      .filter(Boolean)
      .map((text) => ({ type: "paragraph" as const, content: [{ type: "text" as const, text }] })),
  };
}

/** Containers that need a block inside (the editor's schema): one whose only image is dropped keeps an empty paragraph. */
const NEEDS_BLOCK = new Set(["listItem", "blockquote", "tableCell", "tableHeader"]);

/** The body without its images from outside the media library (stored before the schema refused them). */
function withoutOutsideImages(value: unknown): unknown {
  const node = rawNode(value);
  if (!node || !Array.isArray(node.content)) return value;
  const content = node.content.filter((child) => !isOutsideImage(child)).map(withoutOutsideImages);
  const emptied = !content.length && node.content.length > 0 && NEEDS_BLOCK.has(node.type as string);
  return { ...node, content: emptied ? [{ type: "paragraph" }] : content };
}

/**
 * Parses a stored body; a damaged one renders as empty rather than breaking the page. An image from
 * outside the media library (saved before the schema refused them) is dropped, not the whole body.
 */
export function parseStoredBody(value: unknown): ArticleBody {
  const parsed = bodySchema.safeParse(withinNesting(value) ? withoutOutsideImages(value) : value);
  return parsed.success ? parsed.data : { type: "doc", content: [] };
}

/** Plain text of a body (search, word counts, descriptions). */
export function bodyText(body: ArticleBody): string {
  const out: string[] = [];
  const walk = (node: BodyNode) => {
    if (node.type === "text") out.push(node.text);
    else if ("content" in node && node.content) node.content.forEach(walk);
    if (node.type === "paragraph" || node.type === "heading") out.push("\n");
  };
  body.content.forEach(walk);
  return out
    .join("")
    .replace(/[ \t]+\n/g, "\n")
    .trim();
}

/** The address of every image in a body, in order. */
export function bodyImageSources(body: ArticleBody): string[] {
  const sources: string[] = [];
  const walk = (node: BodyNode) => {
    if (node.type === "image") sources.push(node.attrs.src);
    else if ("content" in node && node.content) node.content.forEach(walk);
  };
  body.content.forEach(walk);
  return sources;
}

/** The body as Prisma stores it (a validated body is plain JSON). */
export function bodyToJson(body: ArticleBody): Prisma.InputJsonValue {
  return body as unknown as Prisma.InputJsonValue;
}
