"use client";

import type { JSONContent } from "@tiptap/react";
import { useEffect, useRef, useState } from "react";
import type { EditorFormFields } from "@/lib/articles/editor-form";
import { bodyText, type ArticleBody } from "@/lib/articles/body";
import type { TransitionAction } from "@/lib/people/policy";
import { slugify } from "@/lib/text/vietnamese";
import type { ArticlePayload } from "./api";
import { AutosaveNotice } from "./AutosaveNotice";
import { ConflictPanel, type ConflictDetails } from "./ConflictPanel";
import type { FieldErrors } from "./EditorField";
import { EditorMainFields } from "./EditorMainFields";
import { EditorSideFields } from "./EditorSideFields";
import { EMPTY_FIELDS, formFields, type Fields } from "./form-fields";
import { useArticleSave, type SaveStatus } from "./useArticleSave";
import { useEditLock, type LockView } from "./useEditLock";
import { useOfficialSuggestions } from "./useOfficialSuggestions";
import { WorkflowPanel } from "./WorkflowPanel";
import styles from "./Editor.module.css";

export type EditorArticle = EditorFormFields & {
  id: number;
  version: number;
  status: string;
  statusLabel: string;
  title: string;
  sapo: string;
  body: JSONContent;
  reviewNote: string | null;
  /** Why the scheduler did not publish it when due (lib/articles/scheduler.ts). */
  scheduleRefusal: string | null;
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

type Conflict = { message: string; details: ConflictDetails; mine: { fields: Fields; bodyText: string } };

/** A body as JSON without trailing empty paragraphs, to tell real edits from the editor's own normalisation. */
function comparableBody(doc: JSONContent): string {
  const content = [...(doc.content ?? [])];
  while (content.length && content.at(-1)!.type === "paragraph" && !content.at(-1)!.content?.length) content.pop();
  return JSON.stringify(content);
}

/** The form as a save or an autosave sends it. */
function articlePayload(fields: Fields, body: JSONContent): ArticlePayload {
  return {
    title: fields.title,
    slug: fields.slug,
    sapo: fields.sapo,
    categoryId: fields.categoryId,
    body,
    featuredImageId: fields.featuredImage?.id ?? null,
    featuredImageCaption: fields.featuredImageCaption,
    byline: fields.byline,
    seoTitle: fields.seoTitle,
    seoDescription: fields.seoDescription,
    officialIds: fields.officialIds,
  };
}

export function ArticleEditor({ article, autosave, categories, officials, canEdit, transitions }: Props) {
  const [articleId, setArticleId] = useState<number | null>(article?.id ?? null);
  // An autosave based on the current version is put straight into the form; one based on an older
  // version (someone saved since) is only offered, and restoring it keeps that older version, so its
  // save meets the version conflict instead of silently replacing the newer one.
  const [restored, setRestored] = useState<EditorAutosave | null>(autosave && !autosave.newerVersion ? autosave : null);
  const [offered, setOffered] = useState<EditorAutosave | null>(autosave?.newerVersion ? autosave : null);
  const [fields, setFields] = useState<Fields>(() => (restored ? formFields(restored) : article ? formFields(article) : EMPTY_FIELDS));
  const [slugTouched, setSlugTouched] = useState(Boolean(article));
  const [initialBody, setInitialBody] = useState<JSONContent>(() => restored?.body ?? article?.body ?? { type: "doc", content: [] });
  // A new key mounts the body editor again with initialBody (restoring an offered autosave).
  const [bodyKey, setBodyKey] = useState(0);
  const body = useRef<{ json: JSONContent; text: string }>({ json: initialBody, text: "" });
  const loadedBody = useRef<string | null>(comparableBody(initialBody));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  // Pasted pictures on their way to the media library: an autosave now would be refused for them.
  const [uploadingImages, setUploadingImages] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  // Set by a save or workflow step the person asked for; cleared when an autosave starts.
  const focusInvalid = useRef(false);
  const officialSuggestions = useOfficialSuggestions(setFields);
  const { lock, takeOver } = useEditLock(articleId, canEdit);
  const editable = canEdit && lock.state !== "checking" && !(lock.state === "other" && !lock.lostAfterHolding);

  const saving = useArticleSave(
    { id: article?.id ?? null, version: restored?.basedOnVersion ?? article?.version ?? 0, unsaved: Boolean(restored) },
    {
      payload: () => articlePayload(fields, body.current.json),
      canAutosave: editable && !conflict && !uploadingImages,
      canCreate: Boolean(fields.title.trim() && fields.categoryId),
      onAutosaveStart: () => (focusInvalid.current = false),
      onSaved: (saved, slug) => {
        setErrors({});
        setConflict(null);
        setRestored(null);
        setArticleId(saved.id);
        setFields((f) => ({ ...f, slug: slug ?? f.slug }));
        setSlugTouched(true);
      },
      onConflict: (message, details) => setConflict({ message, details, mine: { fields, bodyText: body.current.text } }),
      onRefused: setErrors,
    },
  );
  const { markChanged } = saving;

  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => {
    setFields((f) => ({ ...f, [key]: value, ...(key === "title" && !slugTouched ? { slug: slugify(String(value)) } : {}) }));
    markChanged();
  };

  const update = (change: (f: Fields) => Partial<Fields>) => {
    setFields((f) => ({ ...f, ...change(f) }));
    markChanged();
  };

  const onBodyChange = (json: JSONContent, text: string, changed: boolean) => {
    body.current = { json, text };
    // The editor may normalise what it loaded (e.g. a paragraph after a final table): not a change.
    if (!changed || comparableBody(json) === loadedBody.current) return;
    loadedBody.current = null;
    markChanged();
    officialSuggestions.suggest(text);
  };

  /** Puts an offered autosave in the form, based on the version it was typed on (see `restored`). */
  const restoreOffered = (saved: EditorAutosave) => {
    if (saving.hasUnsaved() && !window.confirm("Thay nội dung đang sửa bằng bản tự động lưu?")) return;
    setFields(formFields(saved));
    setSlugTouched(true);
    body.current = { json: saved.body, text: bodyText(saved.body as ArticleBody) };
    loadedBody.current = null;
    setInitialBody(saved.body);
    setBodyKey((key) => key + 1);
    saving.rebase(saved.basedOnVersion);
    setOffered(null);
    setRestored(saved);
    markChanged();
  };

  const discard = async (what: "restored" | "offered") => {
    if (!window.confirm("Bỏ bản tự động lưu? Nội dung chưa lưu trong bản đó sẽ mất.")) return;
    if (!(await saving.dropAutosaves(what === "offered"))) return;
    // The form holds the autosave: show the saved version again.
    if (what === "restored") return window.location.reload();
    setOffered(null);
  };

  const toggleOfficial = (id: number, checked: boolean) => {
    if (!checked) officialSuggestions.dismiss(id);
    set("officialIds", checked ? [...fields.officialIds, id] : fields.officialIds.filter((o) => o !== id));
  };

  // After a refused save or step the person asked for, the first marked field gets the focus (and
  // scrolls into view: on a phone the Lưu button is far below the title). Never after an autosave.
  useEffect(() => {
    if (!focusInvalid.current) return;
    focusInvalid.current = false;
    root.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  return (
    <div className={styles.layout} ref={root}>
      <LockBanners lock={lock} takeOver={takeOver} />
      <AutosaveNotice
        restored={restored}
        offered={offered}
        article={article}
        options={{ categories, officials }}
        editable={editable}
        onDiscard={(what) => void discard(what)}
        onRestore={restoreOffered}
      />
      {article?.reviewNote ? (
        <aside className={styles.reviewNote} aria-label="Nhận xét của biên tập viên">
          <strong>Nhận xét của biên tập viên:</strong> {article.reviewNote}
        </aside>
      ) : null}
      {article?.scheduleRefusal ? (
        <aside className={styles.reviewNote} aria-label="Lịch đăng chưa thực hiện">
          <strong>Lịch đăng chưa thực hiện:</strong> {article.scheduleRefusal}
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
            await saving.discardAutosaves();
            window.location.reload();
          }}
          onOverwrite={() => void saving.save(conflict.details.version)}
        />
      ) : null}

      <form
        className={styles.form}
        onSubmit={(e) => {
          e.preventDefault();
          focusInvalid.current = true;
          void saving.save();
        }}
      >
        <fieldset disabled={!editable} className={styles.main}>
          <EditorMainFields
            fields={fields}
            errors={errors}
            publicPath={article?.publicPath ?? null}
            set={set}
            onSlugInput={(slug) => {
              setSlugTouched(true);
              set("slug", slug);
            }}
            onSlugBlur={() => setFields((f) => ({ ...f, slug: slugify(f.slug) }))}
            bodyKey={bodyKey}
            initialBody={initialBody}
            editable={editable}
            onBodyChange={onBodyChange}
            onBodyUploading={setUploadingImages}
          />
        </fieldset>

        <fieldset disabled={!editable} className={styles.side}>
          <SaveBar status={saving.status} toWorkflow={articleId !== null} />
          <EditorSideFields
            fields={fields}
            errors={errors}
            categories={categories}
            officials={officials}
            articleId={article?.id ?? null}
            set={set}
            update={update}
            onToggleOfficial={toggleOfficial}
          />
        </fieldset>
      </form>

      {articleId ? (
        <WorkflowPanel
          articleId={articleId}
          statusLabel={article?.statusLabel ?? "Nháp"}
          transitions={transitions}
          errors={errors}
          beforeTransition={saving.saveForStep}
          onDone={() => {
            saving.forgetChanges();
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

/** The Lưu button (pinned to the bottom on a phone), what the last save did, and a link to the workflow. */
function SaveBar({ status, toWorkflow }: { status: SaveStatus; toWorkflow: boolean }) {
  return (
    <div className={styles.saveBar}>
      <button type="submit" className="button primary" disabled={status.kind === "saving"}>
        Lưu
      </button>
      <p role="status" aria-live="polite" data-testid="save-status" data-kind={status.kind}>
        {status.text}
      </p>
      {toWorkflow ? (
        <a href="#quy-trinh" className={styles.toWorkflow}>
          Trạng thái, duyệt bài
        </a>
      ) : null}
    </div>
  );
}

/** Who else holds the edit lock (with a take-over), or that it could not be checked. */
function LockBanners({ lock, takeOver }: { lock: LockView; takeOver: () => Promise<boolean> }) {
  return (
    <>
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
    </>
  );
}
