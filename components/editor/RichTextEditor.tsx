"use client";

import { Slice, Fragment, type Node as PmNode } from "@tiptap/pm/model";
import { EditorContent, useEditor, useEditorState, type Editor, type JSONContent } from "@tiptap/react";
import { useEffect, useRef, useState } from "react";
import { SAFE_URL } from "@/lib/articles/body";
import { dataUrlImage, imageFileName, PASTED_IMAGE_ALT } from "@/lib/articles/body-images";
import { uploadMedia } from "./api";
import { cleanPastedHtml, editorExtensions } from "./extensions";
import { MediaPicker, type PickedMedia } from "./MediaPicker";
import { replacePastedImage, screenPastedImages, type LibraryImage, type PastedUpload } from "./pasted-images";
import styles from "./Editor.module.css";

type Props = {
  initialContent: JSONContent;
  editable: boolean;
  /** changed is false for the first call, which only reports the initial text. */
  onChange: (json: JSONContent, text: string, changed: boolean) => void;
  invalid?: boolean;
  describedBy?: string;
  /** Pasted pictures are being uploaded to the media library (the body still holds them as `data:`). */
  onUploadingChange?: (uploading: boolean) => void;
  /** The editing area's accessible name (the article body unless said: an answer to a question). */
  label?: string;
};

/** The article body: Tiptap with a toolbar limited to what the public page can render. */
export function RichTextEditor({ initialContent, editable, onChange, invalid, describedBy, onUploadingChange, label = "Nội dung bài viết" }: Props) {
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });
  const [pasteNotice, setPasteNotice] = useState<PasteNotice | null>(null);
  const pastes = useRef(0);
  const uploading = useRef(0);
  const onPastedImages = useRef<(images: { uploads: PastedUpload[]; dropped: string[] }) => void>(() => undefined);
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
      // Images from outside the media library are dropped, `data:` ones uploaded to it (onPastedImages).
      transformPasted: (slice) => {
        const screened = screenPastedImages(new Slice(normalizeFragment(slice.content), slice.openStart, slice.openEnd));
        if (screened.uploads.length || screened.dropped.length) onPastedImages.current(screened);
        return screened.slice;
      },
    },
    onCreate: ({ editor }) => onChangeRef.current(editor.getJSON(), editor.getText(), false),
    onUpdate: ({ editor }) => onChangeRef.current(editor.getJSON(), editor.getText(), true),
  });

  if (editor && editor.isEditable !== editable) editor.setEditable(editable);

  // A paste's `data:` pictures go to the media library (checked there like any upload) and then replace
  // themselves in the body; one refused is removed. The notice says what was dropped and what became of the rest.
  useEffect(() => {
    onPastedImages.current = ({ uploads, dropped }) => {
      const id = ++pastes.current;
      setPasteNotice({ id, dropped, pending: uploads.length, uploaded: 0, placeholderAlt: uploads.some((u) => !u.alt), failed: [] });
      uploading.current += uploads.length;
      if (uploads.length) onUploadingChange?.(true);
      for (const upload of uploads) {
        void uploadPastedImage(upload).then((result) => {
          if (--uploading.current === 0) onUploadingChange?.(false);
          if (editor && !editor.isDestroyed) {
            const tr = replacePastedImage(editor.state, upload.src, "image" in result ? result.image : null);
            if (tr) editor.view.dispatch(tr);
          }
          setPasteNotice((notice) =>
            notice?.id !== id
              ? notice
              : "image" in result
                ? { ...notice, pending: notice.pending - 1, uploaded: notice.uploaded + 1 }
                : { ...notice, pending: notice.pending - 1, failed: [...notice.failed, result.failed] },
          );
        });
      }
    };
  });

  return (
    <div className={styles.editorFrame}>
      {editor ? <Toolbar editor={editor} disabled={!editable} /> : null}
      {/* Always present, so that screen readers announce what a paste did. */}
      <div role="status" className={styles.pasteNotice}>
        {pasteNotice ? (
          <div>
            {pasteNoticeLines(pasteNotice).map((line) => (
              <p key={line}>{line}</p>
            ))}
            <button type="button" className={styles.tool} onClick={() => setPasteNotice(null)}>
              Đóng thông báo
            </button>
          </div>
        ) : null}
      </div>
      <EditorContent editor={editor} />
      {editor ? <Counts editor={editor} /> : null}
    </div>
  );
}

/** What the last paste with images did: dropped (names), uploading, uploaded, refused by the library (name and reason). */
type PasteNotice = { id: number; dropped: string[]; pending: number; uploaded: number; placeholderAlt: boolean; failed: string[] };

function pasteNoticeLines({ dropped, pending, uploaded, placeholderAlt, failed }: PasteNotice): string[] {
  const lines: string[] = [];
  if (dropped.length) lines.push(`Đã bỏ ${dropped.length} ảnh dán từ nơi khác: ${dropped.join(", ")}; hãy tải ảnh lên thư viện.`);
  if (pending) lines.push(`Đang tải ${pending} ảnh dán lên thư viện ảnh…`);
  if (uploaded) {
    const check = placeholderAlt
      ? `; ảnh không có mô tả được ghi tạm “${PASTED_IMAGE_ALT}”, hãy bấm vào ảnh để sửa mô tả (alt)`
      : "; hãy kiểm tra mô tả ảnh (alt)";
    lines.push(`Đã đưa ${uploaded} ảnh dán vào thư viện ảnh${check}.`);
  }
  if (failed.length) lines.push(`Không tải được ${failed.length} ảnh dán lên thư viện nên đã bỏ: ${failed.join("; ")}.`);
  return lines;
}

/** The alt text, caption and credit limits of the media library (lib/media/library.ts). */
const MEDIA_LIMITS = { alt: 300, caption: 500, credit: 200 };

/** Uploads a pasted `data:` picture to the media library: the library image, or what to say about the refusal. */
async function uploadPastedImage(upload: PastedUpload): Promise<{ image: LibraryImage } | { failed: string }> {
  const name = upload.alt ? `“${upload.alt}”` : imageFileName(upload.src);
  const data = dataUrlImage(upload.src);
  if (!data) return { failed: `${name} (không đọc được ảnh)` };
  const form = new FormData();
  form.set("file", new File([data.bytes], data.name, { type: data.type }));
  form.set("alt", (upload.alt || PASTED_IMAGE_ALT).slice(0, MEDIA_LIMITS.alt));
  if (upload.title) form.set("caption", upload.title.slice(0, MEDIA_LIMITS.caption));
  if (upload.credit) form.set("credit", upload.credit.slice(0, MEDIA_LIMITS.credit));
  try {
    const answer = await uploadMedia(form);
    if (!answer.ok) return { failed: `${name} (${answer.data.fieldErrors?.file?.[0] ?? answer.data.error ?? "thư viện từ chối ảnh"})` };
    const { src, srcset, width, height, alt, caption, credit } = answer.data;
    return { image: { src, srcset, width, height, alt, caption, credit } };
  } catch {
    return { failed: `${name} (mất kết nối hoặc máy chủ lỗi)` };
  }
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
