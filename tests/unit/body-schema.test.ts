import { getSchema } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { MARK_RENDERERS, NODE_RENDERERS } from "@/components/article/ArticleBody";
import { editorExtensions } from "@/components/editor/extensions";
import { BODY_MARK_TYPES, BODY_NODE_TYPES } from "@/lib/articles/body";

const sorted = (names: Iterable<string>) => [...names].sort();

/**
 * Three lists that must agree: what the editor can produce, what the server stores, what readers
 * see. A type only the editor has is refused on save; one only the allow-list has is never typed;
 * one the renderer lacks is stored and silently missing from the public page.
 */
describe("an article body's node and mark types", () => {
  const editor = getSchema(editorExtensions);

  it("of the editor's schema are exactly the body allow-list's", () => {
    expect(sorted(Object.keys(editor.nodes))).toEqual(sorted(BODY_NODE_TYPES));
    expect(sorted(Object.keys(editor.marks))).toEqual(sorted(BODY_MARK_TYPES));
  });

  it("of the allow-list are exactly those the reader renderer handles (the document being its root)", () => {
    expect(sorted(["doc", ...Object.keys(NODE_RENDERERS)])).toEqual(sorted(BODY_NODE_TYPES));
    expect(sorted(Object.keys(MARK_RENDERERS))).toEqual(sorted(BODY_MARK_TYPES));
  });

  it("are not empty lists that agree by accident", () => {
    expect(BODY_NODE_TYPES).toEqual(expect.arrayContaining(["doc", "text", "paragraph", "image", "table"]));
    expect(BODY_MARK_TYPES).toEqual(expect.arrayContaining(["bold", "link"]));
  });
});
