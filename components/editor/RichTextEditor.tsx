"use client";

import { Slice, Fragment, type Node as PmNode } from "@tiptap/pm/model";
import { EditorContent, useEditor, useEditorState, type Editor, type JSONContent } from "@tiptap/react";
import { useEffect, useRef, useState } from "react";
import { SAFE_URL } from "@/lib/articles/body";
import { cleanPastedHtml, editorExtensions } from "./extensions";
import { MediaPicker, type PickedMedia } from "./MediaPicker";
import styles from "./Editor.module.css";

type Props = {
  initialContent: JSONContent;
  editable: boolean;
  /** changed is false for the first call, which only reports the initial text. */
  onChange: (json: JSONContent, text: string, changed: boolean) => void;
  invalid?: boolean;
  describedBy?: string;
  /** The editing area's accessible name (the article body unless said: an answer to a question). */
  label?: string;
};

/** The article body: Tiptap with a toolbar limited to what the public page can render. */
export function RichTextEditor({ initialContent, editable, onChange, invalid, describedBy, label = "Nội dung bài viết" }: Props) {
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });
  const editor = useEditor({
    extensions: editorExtensions,
    content: initialContent,
    editable,
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        class: styles.prose!,
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": label,
        ...(invalid ? { "aria-invalid": "true" } : {}),
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
      },
      transformPastedHTML: cleanPastedHtml,
      transformPastedText: (text) => text.normalize("NFC"),
      transformPasted: (slice) => new Slice(normalizeFragment(slice.content), slice.openStart, slice.openEnd),
    },
    onCreate: ({ editor }) => onChangeRef.current(editor.getJSON(), editor.getText(), false),
    onUpdate: ({ editor }) => onChangeRef.current(editor.getJSON(), editor.getText(), true),
  });

  if (editor && editor.isEditable !== editable) editor.setEditable(editable);

  return (
    <div className={styles.editorFrame}>
      {editor ? <Toolbar editor={editor} disabled={!editable} /> : null}
      <EditorContent editor={editor} />
      {editor ? <Counts editor={editor} /> : null}
    </div>
  );
}

/** NFC-normalises every text node of pasted content. */
function normalizeFragment(fragment: Fragment): Fragment {
  const nodes: PmNode[] = [];
  fragment.forEach((node) => {
    if (node.isText) nodes.push(node.type.schema.text(node.text!.normalize("NFC"), node.marks));
    else nodes.push(node.copy(normalizeFragment(node.content)));
  });
  return Fragment.fromArray(nodes);
}

function Counts({ editor }: { editor: Editor }) {
  const counts = useEditorState({
    editor,
    selector: ({ editor }) => ({ words: editor.storage.characterCount.words() as number, characters: editor.storage.characterCount.characters() as number }),
  });
  return (
    <p className={styles.counts} data-testid="word-count" aria-live="off">
      {counts.words.toLocaleString("vi-VN")} từ · {counts.characters.toLocaleString("vi-VN")} ký tự
    </p>
  );
}

function Toolbar({ editor, disabled }: { editor: Editor; disabled: boolean }) {
  const [picking, setPicking] = useState(false);
  const state = useEditorState({
    editor,
    selector: ({ editor }) => ({
      bold: editor.isActive("bold"),
      italic: editor.isActive("italic"),
      underline: editor.isActive("underline"),
      link: editor.isActive("link"),
      h2: editor.isActive("heading", { level: 2 }),
      h3: editor.isActive("heading", { level: 3 }),
      bullet: editor.isActive("bulletList"),
      ordered: editor.isActive("orderedList"),
      quote: editor.isActive("blockquote"),
      table: editor.isActive("table"),
      image: editor.isActive("image") ? (editor.getAttributes("image") as { alt?: string; title?: string; credit?: string }) : null,
      canUndo: editor.can().undo(),
      canRedo: editor.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();

  const [editingLink, setEditingLink] = useState(false);
  const [currentTool, setCurrentTool] = useState("Đậm");

  const insertImage = (media: PickedMedia) => {
    // The credit travels on the node, so the public page renders "Ảnh: <credit>" without a query.
    // srcset, width and height let the public page serve phones a small rendition without layout shift.
    const attrs = {
      src: media.src,
      srcset: media.srcset,
      width: media.width,
      height: media.height,
      alt: media.alt,
      title: media.caption,
      credit: media.credit,
    };
    chain().insertContent({ type: "image", attrs }).run();
    setPicking(false);
  };

  /** active: a toggle's state (aria-pressed); null for an action, which screen readers must not announce as a toggle. */
  type Tool = { label: string; active: boolean | null; run: () => void; text: string; enabled?: boolean };
  const tools: Tool[] = [
    { label: "Đậm", active: state.bold, run: () => chain().toggleBold().run(), text: "B" },
    { label: "Nghiêng", active: state.italic, run: () => chain().toggleItalic().run(), text: "I" },
    { label: "Gạch chân", active: state.underline, run: () => chain().toggleUnderline().run(), text: "U" },
    { label: "Tiêu đề H2", active: state.h2, run: () => chain().toggleHeading({ level: 2 }).run(), text: "H2" },
    { label: "Tiêu đề H3", active: state.h3, run: () => chain().toggleHeading({ level: 3 }).run(), text: "H3" },
    { label: "Liên kết", active: state.link || editingLink, run: () => setEditingLink((open) => !open), text: "Liên kết" },
    { label: "Danh sách", active: state.bullet, run: () => chain().toggleBulletList().run(), text: "• Danh sách" },
    // The visible words are part of the name (voice control users say what they see).
    { label: "Danh sách số", active: state.ordered, run: () => chain().toggleOrderedList().run(), text: "Danh sách số" },
    { label: "Trích dẫn", active: state.quote, run: () => chain().toggleBlockquote().run(), text: "❝ Trích dẫn" },
    { label: "Chèn ảnh", active: null, run: () => setPicking(true), text: "Ảnh" },
    { label: "Chèn bảng", active: null, run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(), text: "Bảng" },
    ...(state.table
      ? [
          { label: "Thêm hàng", active: null, run: () => chain().addRowAfter().run(), text: "+ Hàng" },
          { label: "Thêm cột", active: null, run: () => chain().addColumnAfter().run(), text: "+ Cột" },
          { label: "Xoá hàng", active: null, run: () => chain().deleteRow().run(), text: "− Hàng" },
          { label: "Xoá cột", active: null, run: () => chain().deleteColumn().run(), text: "− Cột" },
          { label: "Xoá bảng", active: null, run: () => chain().deleteTable().run(), text: "Xoá bảng" },
        ]
      : []),
    { label: "Đường kẻ ngang", active: null, run: () => chain().setHorizontalRule().run(), text: "—" },
    { label: "Hoàn tác", active: null, run: () => chain().undo().run(), text: "↶", enabled: state.canUndo },
    { label: "Làm lại", active: null, run: () => chain().redo().run(), text: "↷", enabled: state.canRedo },
  ];
  // The toolbar is one stop of the Tab key (the tool used last, or the first); the arrow keys, Home
  // and End move between its tools (WAI-ARIA toolbar pattern).
  const usable = tools.filter((tool) => !disabled && tool.enabled !== false);
  const tabStop = usable.some((tool) => tool.label === currentTool) ? currentTool : usable[0]?.label;
  const moveFocus = (event: React.KeyboardEvent<HTMLButtonElement>) => {
    const keys: Record<string, (index: number, count: number) => number> = {
      ArrowRight: (i, n) => (i + 1) % n,
      ArrowLeft: (i, n) => (i - 1 + n) % n,
      Home: () => 0,
      End: (_, n) => n - 1,
    };
    const next = keys[event.key];
    if (!next) return;
    event.preventDefault();
    const buttons = [...(event.currentTarget.parentElement?.querySelectorAll<HTMLButtonElement>(":scope > [data-tool]:not(:disabled)") ?? [])];
    buttons[next(buttons.indexOf(event.currentTarget), buttons.length)]?.focus();
  };

  return (
    <div className={styles.toolbar} role="toolbar" aria-label="Định dạng nội dung">
      {tools.map((tool) => (
        <button
          key={tool.label}
          type="button"
          data-tool=""
          className={styles.tool}
          aria-pressed={tool.active ?? undefined}
          aria-label={tool.label}
          title={tool.label}
          tabIndex={tool.label === tabStop ? 0 : -1}
          disabled={disabled || tool.enabled === false}
          onMouseDown={(e) => e.preventDefault()}
          onFocus={() => setCurrentTool(tool.label)}
          onKeyDown={moveFocus}
          onClick={tool.run}
        >
          {tool.text}
        </button>
      ))}
      {editingLink ? <LinkForm editor={editor} onDone={() => setEditingLink(false)} /> : null}
      {state.image ? <ImageAttributes editor={editor} alt={state.image.alt ?? ""} caption={state.image.title ?? ""} credit={state.image.credit ?? ""} /> : null}
      {picking ? <MediaPicker onPick={insertImage} onClose={() => setPicking(false)} /> : null}
    </div>
  );
}

/**
 * The address of the link on the selected text (or the link under the cursor). The selection stays
 * in the editor while the address is typed; Enter applies, Escape closes.
 */
function LinkForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const [href, setHref] = useState(() => (editor.getAttributes("link").href as string | undefined) ?? "https://");
  const [error, setError] = useState("");
  const hadLink = editor.isActive("link");
  const close = () => {
    onDone();
    editor.commands.focus();
  };
  const apply = () => {
    const url = href.trim().normalize("NFC");
    if (!SAFE_URL.test(url)) return setError("Liên kết phải bắt đầu bằng http://, https:// hoặc mailto:.");
    if (editor.state.selection.empty && !hadLink) return setError("Hãy bôi đen đoạn chữ cần gắn liên kết trước.");
    editor.chain().focus().extendMarkRange("link").setLink({ href: url }).run();
    onDone();
  };
  const remove = () => {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
    onDone();
  };
  return (
    <div className={styles.linkForm} role="group" aria-label="Liên kết">
      <label>
        Địa chỉ liên kết
        <input
          type="url"
          value={href}
          autoFocus
          aria-invalid={Boolean(error)}
          aria-describedby={error ? "loi-lien-ket" : undefined}
          onChange={(e) => {
            setHref(e.target.value);
            setError("");
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              apply();
            } else if (e.key === "Escape") {
              e.preventDefault();
              close();
            }
          }}
        />
      </label>
      <button type="button" className={styles.tool} onClick={apply}>
        Gắn liên kết
      </button>
      {hadLink ? (
        <button type="button" className={styles.tool} onClick={remove}>
          Bỏ liên kết
        </button>
      ) : null}
      <button type="button" className={styles.tool} onClick={close}>
        Huỷ
      </button>
      {error ? (
        <p id="loi-lien-ket" role="alert" className={styles.linkError}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Alt text (required), caption and photo credit of the selected body image. */
function ImageAttributes({ editor, alt, caption, credit }: { editor: Editor; alt: string; caption: string; credit: string }) {
  return (
    <div className={styles.imageAttrs}>
      <label>
        Mô tả ảnh (alt, bắt buộc)
        <input value={alt} aria-invalid={!alt.trim()} onChange={(e) => editor.chain().updateAttributes("image", { alt: e.target.value }).run()} />
      </label>
      <label>
        Chú thích ảnh
        <input
          value={caption}
          onChange={(e) =>
            editor
              .chain()
              .updateAttributes("image", { title: e.target.value || null })
              .run()
          }
        />
      </label>
      <label>
        Tác giả / nguồn ảnh
        <input
          value={credit}
          onChange={(e) =>
            editor
              .chain()
              .updateAttributes("image", { credit: e.target.value || null })
              .run()
          }
        />
      </label>
    </div>
  );
}
