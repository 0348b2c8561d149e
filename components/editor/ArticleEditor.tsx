"use client";

import type { JSONContent } from "@tiptap/react";
import { useCallback, useEffect, useRef, useState } from "react";
import type { EditorFormFields } from "@/lib/articles/editor-form";
import { bodyText, type ArticleBody } from "@/lib/articles/body";
import type { TransitionAction } from "@/lib/people/policy";
import { formatFigureCaption } from "@/lib/media/caption";
import { formatDateTime } from "@/lib/text/date";
import { slugify } from "@/lib/text/vietnamese";
import { ConflictPanel, DiffBlock, type ConflictDetails } from "./ConflictPanel";
import { EditorField, FieldError, fieldMessages } from "./EditorField";
import { EMPTY_FIELDS, FieldChanges, formFields, type Fields } from "./form-fields";
import { MediaPicker, type PickedMedia } from "./MediaPicker";
import { RichTextEditor } from "./RichTextEditor";
import { SeoPreview } from "./SeoPreview";
import { useEditLock } from "./useEditLock";
import { WorkflowPanel } from "./WorkflowPanel";
import styles from "./Editor.module.css";
import { formatTime } from "@/lib/text/date";

export const AUTOSAVE_MS = 3_000;

export type EditorArticle = EditorFormFields & {
  id: number;
  version: number;
  status: string;
  statusLabel: string;
  title: string;
  sapo: string;
  body: JSONContent;
  reviewNote: string | null;
  publicPath: string;
};

/**
 * The signed-in person's autosave, newer than their last save: the whole form as they typed it.
 * newerVersion: the article has moved on since the version it was based on (lib/articles/admin-queries.ts).
 */
export type EditorAutosave = EditorFormFields & {
  title: string;
  sapo: string;
  body: JSONContent;
  savedAt: string;
  basedOnVersion: number;
  newerVersion: { version: number; savedBy: string; savedAt: string } | null;
};

type Props = {
  article: EditorArticle | null;
  autosave: EditorAutosave | null;
  categories: { id: number; label: string }[];
  officials: { id: number; fullName: string }[];
  canEdit: boolean;
  transitions: TransitionAction[];
};

type ApiAnswer = { id?: number; version?: number; slug?: string; error?: string; fieldErrors?: Record<string, string[]>; details?: ConflictDetails };
type Saved = { id: number; version: number };

const SAVE_FAILED = "Không lưu được: mất kết nối hoặc máy chủ lỗi. Nội dung vẫn còn trên trang này, hãy thử lưu lại.";

/** A JSON request; null when the network fails or the answer is not JSON (e.g. a proxy's error page). */
async function send(url: string, method: string, body: unknown): Promise<{ status: number; data: ApiAnswer } | null> {
  try {
    const response = await fetch(url, { method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    return { status: response.status, data: await response.json() };
  } catch {
    return null;
  }
}

type SaveStatus = { kind: "idle" | "dirty" | "saving" | "saved" | "autosaved" | "error"; text: string };

/** A body as JSON without trailing empty paragraphs, to tell real edits from the editor's own normalisation. */
function comparableBody(doc: JSONContent): string {
  const content = [...(doc.content ?? [])];
  while (content.length && content.at(-1)!.type === "paragraph" && !content.at(-1)!.content?.length) content.pop();
  return JSON.stringify(content);
}

export function ArticleEditor({ article, autosave, categories, officials, canEdit, transitions }: Props) {
  const [articleId, setArticleId] = useState<number | null>(article?.id ?? null);
  // An autosave based on the current version is put straight into the form; one based on an older
  // version (someone saved since) is only offered, and restoring it keeps that older version, so its
  // save meets the version conflict instead of silently replacing the newer one.
  const [restored, setRestored] = useState<EditorAutosave | null>(autosave && !autosave.newerVersion ? autosave : null);
  const [offered, setOffered] = useState<EditorAutosave | null>(autosave?.newerVersion ? autosave : null);
  const [showOffered, setShowOffered] = useState(false);
  const [fields, setFields] = useState<Fields>(() => (restored ? formFields(restored) : article ? formFields(article) : EMPTY_FIELDS));
  const [slugTouched, setSlugTouched] = useState(Boolean(article));
  const [initialBody, setInitialBody] = useState<JSONContent>(() => restored?.body ?? article?.body ?? { type: "doc", content: [] });
  // A new key mounts the body editor again with initialBody (restoring an offered autosave).
  const [bodyKey, setBodyKey] = useState(0);
  const body = useRef<{ json: JSONContent; text: string }>({ json: initialBody, text: "" });
  const loadedBody = useRef<string | null>(comparableBody(initialBody));
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [status, setStatus] = useState<SaveStatus>(restored ? { kind: "dirty", text: "Có thay đổi chưa lưu." } : { kind: "idle", text: article ? "Đã lưu." : "Bài mới, chưa lưu." });
  const [conflict, setConflict] = useState<{ message: string; details: ConflictDetails; mine: { fields: Fields; bodyText: string } } | null>(null);
  const [pickingFeatured, setPickingFeatured] = useState(false);
  const changedSinceAutosave = useRef(false);
  const root = useRef<HTMLDivElement>(null);
  // Set by a save or workflow step the person asked for; cleared when an autosave starts.
  const focusInvalid = useRef(false);
  const unsaved = useRef(Boolean(restored));
  const dismissedOfficials = useRef(new Set<number>());
  const { lock, takeOver } = useEditLock(articleId, canEdit);
  const idRef = useRef(articleId);
  const versionRef = useRef(restored?.basedOnVersion ?? article?.version ?? 0);
  const editable = canEdit && lock.state !== "checking" && !(lock.state === "other" && !lock.lostAfterHolding);

  const markChanged = useCallback(() => {
    changedSinceAutosave.current = true;
    unsaved.current = true;
    setStatus({ kind: "dirty", text: "Có thay đổi chưa lưu." });
  }, []);

  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => {
    setFields((f) => ({ ...f, [key]: value, ...(key === "title" && !slugTouched ? { slug: slugify(String(value)) } : {}) }));
    markChanged();
  };

  const payload = () => ({
    title: fields.title,
    slug: fields.slug,
    sapo: fields.sapo,
    categoryId: fields.categoryId,
    body: body.current.json,
    featuredImageId: fields.featuredImage?.id ?? null,
    featuredImageCaption: fields.featuredImageCaption,
    byline: fields.byline,
    seoTitle: fields.seoTitle,
    seoDescription: fields.seoDescription,
    officialIds: fields.officialIds,
  });

  const saveNow = async (overVersion?: number): Promise<Saved | null> => {
    setStatus({ kind: "saving", text: "Đang lưu…" });
    changedSinceAutosave.current = false;
    const id = idRef.current;
    const answer = await send(id === null ? "/api/articles" : `/api/articles/${id}`, id === null ? "POST" : "PUT", { ...payload(), expectedVersion: overVersion ?? versionRef.current });
    if (!answer || answer.status >= 500) return failed({ kind: "error", text: SAVE_FAILED });
    const { status, data } = answer;
    if (status === 409) {
      setConflict({ message: data.error ?? "", details: data.details!, mine: { fields, bodyText: body.current.text } });
      return failed({ kind: "error", text: "Chưa lưu: bài viết đã được người khác thay đổi." });
    }
    if (status < 200 || status >= 300) {
      setErrors(data.fieldErrors ?? {});
      return failed({ kind: "error", text: data.error ?? "Không lưu được." });
    }
    const saved = { id: id ?? (data.id as number), version: data.version! };
    idRef.current = saved.id;
    versionRef.current = saved.version;
    setErrors({});
    setConflict(null);
    setRestored(null);
    setArticleId(saved.id);
    setFields((f) => ({ ...f, slug: data.slug ?? f.slug }));
    setSlugTouched(true);
    unsaved.current = changedSinceAutosave.current;
    setStatus({ kind: "saved", text: `Đã lưu lúc ${formatTime(new Date())} (phiên bản ${saved.version}).` });
    if (id === null) window.history.replaceState(null, "", `/admin/bai-viet/${saved.id}`);
    return saved;
  };

  /** The content stays marked unsaved, so autosave retries and leaving the page warns. */
  const failed = (next: SaveStatus): null => {
    changedSinceAutosave.current = true;
    setStatus(next);
    return null;
  };

  // One save at a time: a second one (a new article has no id yet, an existing one would conflict
  // with its own version) waits for the first and then sends the content of that moment.
  const running = useRef<Promise<Saved | null> | null>(null);
  const queued = useRef<Promise<Saved | null> | null>(null);
  const saveLatest = useRef(saveNow);
  useEffect(() => {
    saveLatest.current = saveNow;
  });
  const start = (overVersion?: number) => {
    const run: Promise<Saved | null> = saveLatest.current(overVersion).finally(() => {
      if (running.current === run) running.current = null;
    });
    running.current = run;
    return run;
  };
  const save = (overVersion?: number): Promise<Saved | null> => {
    if (!running.current) return start(overVersion);
    queued.current ??= running.current.then(() => {
      queued.current = null;
      return start(overVersion);
    });
    return queued.current;
  };

  const runAutosave = useRef<() => Promise<void>>(async () => undefined);
  const autosaving = useRef<Promise<void> | null>(null);
  const autosaveNow = async () => {
    if (!changedSinceAutosave.current || !editable || conflict || running.current || autosaving.current) return;
    focusInvalid.current = false;
    if (idRef.current === null) {
      if (fields.title.trim() && fields.categoryId) await save();
      return;
    }
    changedSinceAutosave.current = false;
    // The whole form, as a save would send it.
    const request = fetch(`/api/articles/${idRef.current}/autosave`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ ...payload(), basedOnVersion: versionRef.current }),
    }).catch(() => null);
    autosaving.current = request.then(() => undefined);
    const response = await request.finally(() => (autosaving.current = null));
    if (response?.ok) {
      // A change made while the request was on its way is still to be autosaved.
      if (!changedSinceAutosave.current) setStatus({ kind: "autosaved", text: `Đã tự động lưu lúc ${formatTime(new Date())}.` });
    } else {
      changedSinceAutosave.current = true;
      const data = response ? await response.json().catch(() => ({})) : {};
      setStatus({ kind: "error", text: `Chưa tự động lưu được${data.error ? `: ${data.error}` : "."}` });
    }
  };
  useEffect(() => {
    runAutosave.current = autosaveNow;
  });

  useEffect(() => {
    const timer = setInterval(() => void runAutosave.current(), AUTOSAVE_MS);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!changedSinceAutosave.current) return;
      event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  const suggestTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const suggestOfficials = (text: string) => {
    if (suggestTimer.current) clearTimeout(suggestTimer.current);
    suggestTimer.current = setTimeout(async () => {
      const response = await fetch("/api/articles/officials", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text }) }).catch(() => null);
      if (!response?.ok) return;
      const { officialIds } = (await response.json()) as { officialIds: number[] };
      const fresh = officialIds.filter((id) => !dismissedOfficials.current.has(id));
      setFields((f) => (fresh.every((id) => f.officialIds.includes(id)) ? f : { ...f, officialIds: [...new Set([...f.officialIds, ...fresh])] }));
    }, 1500);
  };

  const onBodyChange = (json: JSONContent, text: string, changed: boolean) => {
    body.current = { json, text };
    // The editor may normalise what it loaded (e.g. a paragraph after a final table): not a change.
    if (!changed || comparableBody(json) === loadedBody.current) return;
    loadedBody.current = null;
    markChanged();
    suggestOfficials(text);
  };

  /** Puts an offered autosave in the form, based on the version it was typed on (see `restored`). */
  const restoreOffered = (saved: EditorAutosave) => {
    if (unsaved.current && !window.confirm("Thay nội dung đang sửa bằng bản tự động lưu?")) return;
    setFields(formFields(saved));
    setSlugTouched(true);
    body.current = { json: saved.body, text: bodyText(saved.body as ArticleBody) };
    loadedBody.current = null;
    setInitialBody(saved.body);
    setBodyKey((key) => key + 1);
    versionRef.current = saved.basedOnVersion;
    setOffered(null);
    setRestored(saved);
    markChanged();
  };

  /** Deletes the signed-in person's autosaves of the article; false if the server could not be reached. */
  const discardAutosaves = async (): Promise<boolean> => {
    changedSinceAutosave.current = false;
    await autosaving.current;
    const response = await fetch(`/api/articles/${idRef.current}/autosave`, { method: "DELETE" }).catch(() => null);
    return Boolean(response?.ok);
  };

  const discard = async (what: "restored" | "offered") => {
    if (!window.confirm("Bỏ bản tự động lưu? Nội dung chưa lưu trong bản đó sẽ mất.")) return;
    const changed = changedSinceAutosave.current;
    if (!(await discardAutosaves())) {
      changedSinceAutosave.current = changed;
      setStatus({ kind: "error", text: "Chưa bỏ được bản tự động lưu: mất kết nối hoặc máy chủ lỗi." });
      return;
    }
    // The form holds the autosave: show the saved version again.
    if (what === "restored") return window.location.reload();
    // What is typed in the form now is still to be autosaved.
    changedSinceAutosave.current = changed;
    setOffered(null);
  };

  const toggleOfficial = (id: number, checked: boolean) => {
    if (!checked) dismissedOfficials.current.add(id);
    set("officialIds", checked ? [...fields.officialIds, id] : fields.officialIds.filter((o) => o !== id));
  };

  // After a refused save or step the person asked for, the first marked field gets the focus (and
  // scrolls into view: on a phone the Lưu button is far below the title). Never after an autosave.
  useEffect(() => {
    if (!focusInvalid.current) return;
    focusInvalid.current = false;
    root.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const bodyInvalid = fieldMessages(errors, "body").length > 0;

  const pickFeatured = (media: PickedMedia) => {
    setFields((f) => ({ ...f, featuredImage: { id: media.id, thumb: media.thumb, alt: media.alt, credit: media.credit }, featuredImageCaption: f.featuredImageCaption || media.caption || "" }));
    markChanged();
    setPickingFeatured(false);
  };

  return (
    <div className={styles.layout} ref={root}>
      {lock.state === "other" ? (
        <div className={styles.lockBanner} role="status">
          <strong>{lock.holder} đang chỉnh sửa</strong>
          {lock.lostAfterHolding ? " — họ đã tiếp quản bài viết; nếu lưu, hệ thống sẽ báo nếu có xung đột." : " bài viết này."}
          <button type="button" className="button" onClick={() => void takeOver()}>
            Tiếp quản
          </button>
        </div>
      ) : null}
      {lock.unreachable ? (
        <p className={styles.lockBanner} role="status">
          Chưa kiểm tra được quyền chỉnh sửa bài viết (mất kết nối hoặc máy chủ lỗi). Đang thử lại…
        </p>
      ) : null}
      {restored ? (
        <div className={styles.reviewNote} role="status" data-testid="restored-autosave">
          <p>
            Đã khôi phục bản tự động lưu lúc {formatDateTime(new Date(restored.savedAt))}: nội dung dưới đây chưa được lưu chính thức, hãy bấm “Lưu”.
            {restored.newerVersion
              ? ` Bản này được viết trên phiên bản ${restored.basedOnVersion}, trước phiên bản ${restored.newerVersion.version} của ${restored.newerVersion.savedBy}: khi lưu, bạn sẽ xem khác biệt và chọn giữ bản nào.`
              : null}
          </p>
          <button type="button" className="button" disabled={!editable} onClick={() => void discard("restored")}>
            Bỏ bản tự động lưu
          </button>
        </div>
      ) : null}
      {offered?.newerVersion ? (
        <section className={styles.reviewNote} aria-labelledby="offered-autosave-title" data-testid="offered-autosave">
          <p id="offered-autosave-title">
            <strong>Bạn có bản tự động lưu chưa được lưu chính thức</strong> (lúc {formatDateTime(new Date(offered.savedAt))}, viết trên phiên bản {offered.basedOnVersion}). Sau đó{" "}
            {offered.newerVersion.savedBy} đã lưu phiên bản {offered.newerVersion.version} lúc {formatDateTime(new Date(offered.newerVersion.savedAt))}: nội dung dưới đây là phiên bản
            đó.
          </p>
          <div className={styles.actions}>
            <button type="button" className="button" aria-expanded={showOffered} onClick={() => setShowOffered((v) => !v)}>
              Xem bản tự động lưu
            </button>
            <button type="button" className="button primary" disabled={!editable} onClick={() => restoreOffered(offered)}>
              Khôi phục bản tự động lưu
            </button>
            <button type="button" className="button" disabled={!editable} onClick={() => void discard("offered")}>
              Bỏ bản tự động lưu
            </button>
          </div>
          {showOffered ? (
            <div className={styles.diff} data-testid="offered-autosave-diff">
              <p>
                <del>Chữ gạch</del> chỉ có trong phiên bản {offered.newerVersion.version}; <ins>chữ tô</ins> chỉ có trong bản tự động lưu của bạn.
              </p>
              <DiffBlock label="Tiêu đề" from={article?.title ?? ""} to={offered.title} />
              <DiffBlock label="Sapo" from={article?.sapo ?? ""} to={offered.sapo} />
              <DiffBlock label="Nội dung" from={article ? bodyText(article.body as ArticleBody) : ""} to={bodyText(offered.body as ArticleBody)} />
              {article ? <FieldChanges from={formFields(article)} to={formFields(offered)} options={{ categories, officials }} /> : null}
            </div>
          ) : null}
        </section>
      ) : null}
      {article?.reviewNote ? (
        <aside className={styles.reviewNote} aria-label="Nhận xét của biên tập viên">
          <strong>Nhận xét của biên tập viên:</strong> {article.reviewNote}
        </aside>
      ) : null}
      {!canEdit ? <p className={styles.readOnly}>Bạn chỉ có thể xem bài viết này ở trạng thái hiện tại.</p> : null}
      {conflict ? (
        <ConflictPanel
          message={conflict.message}
          details={conflict.details}
          mine={conflict.mine}
          options={{ categories, officials }}
          onReload={async () => {
            if (!window.confirm("Bỏ các thay đổi của bạn và tải bản mới nhất?")) return;
            // Discarded on purpose: not offered again as an autosave of an older version.
            await discardAutosaves();
            window.location.reload();
          }}
          onOverwrite={() => void save(conflict.details.version)}
        />
      ) : null}

      <form
        className={styles.form}
        onSubmit={(e) => {
          e.preventDefault();
          focusInvalid.current = true;
          void save();
        }}
      >
        <fieldset disabled={!editable} className={styles.main}>
          <EditorField name="title" label="Tiêu đề" errors={errors}>
            {(control) => <input {...control} className={styles.titleInput} value={fields.title} onChange={(e) => set("title", e.target.value)} />}
          </EditorField>
          <EditorField
            name="slug"
            label="Đường dẫn (slug)"
            errors={errors}
            hint={article ? article.publicPath.replace(/\/tin\/.*-(\d+)$/, `/tin/${fields.slug || "…"}-$1`) : `/tin/${fields.slug || "…"}-<mã bài>`}
          >
            {(control) => (
              <input
                {...control}
                value={fields.slug}
                onChange={(e) => {
                  setSlugTouched(true);
                  set("slug", e.target.value);
                }}
                onBlur={() => setFields((f) => ({ ...f, slug: slugify(f.slug) }))}
              />
            )}
          </EditorField>
          <EditorField name="sapo" label="Sapo" errors={errors}>
            {(control) => <textarea {...control} rows={3} value={fields.sapo} onChange={(e) => set("sapo", e.target.value)} />}
          </EditorField>
          <div className={styles.field}>
            <span id="body-label">Nội dung</span>
            <RichTextEditor key={bodyKey} initialContent={initialBody} editable={editable} onChange={onBodyChange} invalid={bodyInvalid} describedBy={bodyInvalid ? "body-error" : undefined} />
            <FieldError errors={errors} name="body" />
          </div>
        </fieldset>

        <fieldset disabled={!editable} className={styles.side}>
          <div className={styles.saveBar}>
            <button type="submit" className="button primary" disabled={status.kind === "saving"}>
              Lưu
            </button>
            <p role="status" aria-live="polite" data-testid="save-status" data-kind={status.kind}>
              {status.text}
            </p>
            {articleId ? (
              <a href="#quy-trinh" className={styles.toWorkflow}>
                Trạng thái, duyệt bài
              </a>
            ) : null}
          </div>
          <EditorField name="categoryId" label="Chuyên mục" errors={errors}>
            {(control) => (
              <select {...control} value={fields.categoryId} onChange={(e) => set("categoryId", e.target.value)}>
                <option value="">— Chọn chuyên mục —</option>
                {categories.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </select>
            )}
          </EditorField>
          <div className={styles.field}>
            <span>Ảnh đại diện</span>
            {fields.featuredImage ? (
              // eslint-disable-next-line @next/next/no-img-element -- a resized thumbnail
              <img src={fields.featuredImage.thumb} alt={fields.featuredImage.alt} className={styles.featuredThumb} />
            ) : null}
            <div className={styles.actions}>
              <button type="button" className="button" onClick={() => setPickingFeatured(true)}>
                {fields.featuredImage ? "Đổi ảnh đại diện" : "Chọn ảnh đại diện"}
              </button>
              {fields.featuredImage ? (
                <button type="button" className="button" onClick={() => (setFields((f) => ({ ...f, featuredImage: null })), markChanged())}>
                  Bỏ ảnh
                </button>
              ) : null}
            </div>
            <FieldError errors={errors} name="featuredImageId" />
            {pickingFeatured ? <MediaPicker onPick={pickFeatured} onClose={() => setPickingFeatured(false)} /> : null}
          </div>
          <EditorField name="featuredImageCaption" label="Chú thích ảnh đại diện" errors={errors}>
            {(control) => <input {...control} value={fields.featuredImageCaption} onChange={(e) => set("featuredImageCaption", e.target.value)} />}
          </EditorField>
          {fields.featuredImage ? (
            // What readers will see: the caption and the library's credit ("Ảnh: …").
            <p className={styles.hint} data-testid="featured-caption-preview">
              Dưới ảnh sẽ in: {formatFigureCaption(fields.featuredImageCaption, fields.featuredImage.credit) ?? "(không có chú thích)"}
            </p>
          ) : null}
          <EditorField name="byline" label="Bút danh (để trống sẽ dùng tên tác giả)" errors={errors}>
            {(control) => <input {...control} value={fields.byline} onChange={(e) => set("byline", e.target.value)} />}
          </EditorField>
          <fieldset className={styles.officials}>
            <legend>Lãnh đạo được nhắc đến</legend>
            <p className={styles.hint}>Tự động gợi ý theo tên trong bài; có thể bỏ chọn.</p>
            {officials.map((o) => (
              <label key={o.id}>
                <input type="checkbox" checked={fields.officialIds.includes(o.id)} onChange={(e) => toggleOfficial(o.id, e.target.checked)} /> {o.fullName}
              </label>
            ))}
            <FieldError errors={errors} name="officialIds" />
          </fieldset>
          <fieldset className={styles.officials}>
            <legend>SEO</legend>
            <EditorField name="seoTitle" label="Tiêu đề SEO" errors={errors} hint={`${(fields.seoTitle || fields.title).length}/60 ký tự nên dùng`}>
              {(control) => <input {...control} value={fields.seoTitle} onChange={(e) => set("seoTitle", e.target.value)} />}
            </EditorField>
            <EditorField name="seoDescription" label="Mô tả SEO" errors={errors} hint={`${(fields.seoDescription || fields.sapo).length}/160 ký tự nên dùng`}>
              {(control) => <textarea {...control} rows={3} value={fields.seoDescription} onChange={(e) => set("seoDescription", e.target.value)} />}
            </EditorField>
            <SeoPreview title={fields.seoTitle || fields.title} description={fields.seoDescription || fields.sapo} url={`/tin/${fields.slug || "…"}${article ? `-${article.id}` : ""}`} />
          </fieldset>
        </fieldset>
      </form>

      {articleId ? (
        <WorkflowPanel
          articleId={articleId}
          statusLabel={article?.statusLabel ?? "Nháp"}
          transitions={transitions}
          errors={errors}
          beforeTransition={async () => {
            await running.current;
            if (!unsaved.current && !changedSinceAutosave.current) return versionRef.current;
            const saved = await save();
            return saved?.version ?? null;
          }}
          onDone={() => {
            changedSinceAutosave.current = false;
            window.location.reload();
          }}
          onErrors={(fieldErrors) => {
            focusInvalid.current = true;
            setErrors(fieldErrors);
          }}
        />
      ) : null}
    </div>
  );
}
