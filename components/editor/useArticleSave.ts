"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { formatTime } from "@/lib/text/date";
import { autosaveArticle, discardAutosaves as deleteAutosaves, saveArticle, type ArticlePayload } from "./api";
import type { ConflictDetails } from "./ConflictPanel";
import type { FieldErrors } from "./EditorField";

export const AUTOSAVE_MS = 3_000;

export type SaveStatus = { kind: "idle" | "dirty" | "saving" | "saved" | "autosaved" | "error"; text: string };
export type Saved = { id: number; version: number };

/** The article as the page loaded it; read once, when the editor mounts. */
export type SaveStart = {
  /** null: a new article, created by its first save. */
  id: number | null;
  /** The version the form is based on (a restored autosave's may be older than the article's). */
  version: number;
  /** The form holds content not saved yet (a restored autosave). */
  unsaved: boolean;
};

/** What the form gives the saves; read from the latest render each time a save or autosave starts. */
export type SaveForm = {
  /** The form as a save sends it, now. */
  payload: () => ArticlePayload;
  /** Autosave may run: the form is editable and no conflict waits for the person's choice. */
  canAutosave: boolean;
  /** A new article has what its first save needs (a title and a category): its autosave is that save. */
  canCreate: boolean;
  /** An autosave starts (it marks nothing for the person's attention). */
  onAutosaveStart: () => void;
  onSaved: (saved: Saved, slug: string | undefined) => void;
  /** Someone saved a newer version first (409): details are that version. */
  onConflict: (message: string, details: ConflictDetails) => void;
  /** The save was refused (422, 403…): the fields' errors, empty when none is a field's. */
  onRefused: (fieldErrors: FieldErrors) => void;
};

const SAVE_FAILED = "Không lưu được: mất kết nối hoặc máy chủ lỗi. Nội dung vẫn còn trên trang này, hãy thử lưu lại.";
const DIRTY: SaveStatus = { kind: "dirty", text: "Có thay đổi chưa lưu." };

/**
 * The article's saves: one at a time (a second waits for the first, then sends the content of that
 * moment), an autosave every AUTOSAVE_MS while something changed, and the browser's warning when
 * the page is left with changes not yet autosaved. `status` is the save bar's line.
 */
export function useArticleSave(start: SaveStart, form: SaveForm) {
  const [status, setStatus] = useState<SaveStatus>(() =>
    start.unsaved ? DIRTY : { kind: "idle", text: start.id !== null ? "Đã lưu." : "Bài mới, chưa lưu." },
  );
  const idRef = useRef(start.id);
  const versionRef = useRef(start.version);
  // Changed since the last save or autosave began (what leaving the page would lose).
  const changedSinceAutosave = useRef(false);
  // Changed since the last save (an autosave is not a save).
  const unsaved = useRef(start.unsaved);

  const markChanged = useCallback(() => {
    changedSinceAutosave.current = true;
    unsaved.current = true;
    setStatus(DIRTY);
  }, []);

  /** The content stays marked unsaved, so autosave retries and leaving the page warns. */
  const failed = (next: SaveStatus): null => {
    changedSinceAutosave.current = true;
    setStatus(next);
    return null;
  };

  const succeeded = (id: number | null, answer: Saved, slug: string | undefined): Saved => {
    idRef.current = answer.id;
    versionRef.current = answer.version;
    form.onSaved(answer, slug);
    unsaved.current = changedSinceAutosave.current;
    setStatus({ kind: "saved", text: `Đã lưu lúc ${formatTime(new Date())} (phiên bản ${answer.version}).` });
    if (id === null) window.history.replaceState(null, "", `/admin/bai-viet/${answer.id}`);
    return answer;
  };

  const saveNow = async (overVersion?: number): Promise<Saved | null> => {
    setStatus({ kind: "saving", text: "Đang lưu…" });
    changedSinceAutosave.current = false;
    const id = idRef.current;
    const answer = await saveArticle(id, form.payload(), overVersion ?? versionRef.current);
    if (!answer || answer.status >= 500) return failed({ kind: "error", text: SAVE_FAILED });
    const { status, data } = answer;
    if (status === 409) {
      form.onConflict(data.error ?? "", data.details!);
      return failed({ kind: "error", text: "Chưa lưu: bài viết đã được người khác thay đổi." });
    }
    if (status < 200 || status >= 300) {
      form.onRefused(data.fieldErrors ?? {});
      return failed({ kind: "error", text: data.error ?? "Không lưu được." });
    }
    return succeeded(id, { id: id ?? (data.id as number), version: data.version! }, data.slug);
  };

  // One save at a time: a second one (a new article has no id yet, an existing one would conflict
  // with its own version) waits for the first and then sends the content of that moment.
  const running = useRef<Promise<Saved | null> | null>(null);
  const queued = useRef<Promise<Saved | null> | null>(null);
  const saveLatest = useRef(saveNow);
  useEffect(() => {
    saveLatest.current = saveNow;
  });
  const begin = (overVersion?: number) => {
    const run: Promise<Saved | null> = saveLatest.current(overVersion).finally(() => {
      if (running.current === run) running.current = null;
    });
    running.current = run;
    return run;
  };
  /** Saves (over the given version: keeping one's own text after a conflict); null when it failed or was refused. */
  const save = (overVersion?: number): Promise<Saved | null> => {
    if (!running.current) return begin(overVersion);
    queued.current ??= running.current.then(() => {
      queued.current = null;
      return begin(overVersion);
    });
    return queued.current;
  };

  const runAutosave = useRef<() => Promise<void>>(async () => undefined);
  const autosaving = useRef<Promise<void> | null>(null);
  const autosaveNow = async () => {
    if (!changedSinceAutosave.current || !form.canAutosave || running.current || autosaving.current) return;
    form.onAutosaveStart();
    if (idRef.current === null) {
      if (form.canCreate) await save();
      return;
    }
    changedSinceAutosave.current = false;
    // The whole form, as a save would send it.
    const request = autosaveArticle(idRef.current, form.payload(), versionRef.current);
    autosaving.current = request.then(() => undefined);
    const answer = await request.finally(() => (autosaving.current = null));
    if (answer.ok) {
      // A change made while the request was on its way is still to be autosaved.
      if (!changedSinceAutosave.current) setStatus({ kind: "autosaved", text: `Đã tự động lưu lúc ${formatTime(new Date())}.` });
    } else {
      changedSinceAutosave.current = true;
      setStatus({ kind: "error", text: `Chưa tự động lưu được${answer.error ? `: ${answer.error}` : "."}` });
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

  /** Deletes the signed-in person's autosaves of the article; false if the server could not be reached. */
  const discardAutosaves = async (): Promise<boolean> => {
    changedSinceAutosave.current = false;
    await autosaving.current;
    // An article not created yet has none.
    return idRef.current === null || deleteAutosaves(idRef.current);
  };

  /**
   * Discards the autosaves the person chose to drop; when that fails, says so. keepEdits: what is
   * typed in the form now is still to be autosaved (otherwise the page is about to reload).
   */
  const dropAutosaves = async (keepEdits: boolean): Promise<boolean> => {
    const changed = changedSinceAutosave.current;
    if (!(await discardAutosaves())) {
      changedSinceAutosave.current = changed;
      setStatus({ kind: "error", text: "Chưa bỏ được bản tự động lưu: mất kết nối hoặc máy chủ lỗi." });
      return false;
    }
    if (keepEdits) changedSinceAutosave.current = changed;
    return true;
  };

  /** Before a workflow step: waits for a running save, saves what is unsaved; the version to move, or null when saving failed. */
  const saveForStep = async (): Promise<number | null> => {
    await running.current;
    if (!unsaved.current && !changedSinceAutosave.current) return versionRef.current;
    const answer = await save();
    return answer?.version ?? null;
  };

  return {
    status,
    markChanged,
    save,
    saveForStep,
    discardAutosaves,
    dropAutosaves,
    /** The form now holds content based on this version (a restored autosave's). */
    rebase: (version: number) => void (versionRef.current = version),
    hasUnsaved: () => unsaved.current,
    /** Nothing is left to warn about when the page is left (it reloads after a workflow step). */
    forgetChanges: () => void (changedSinceAutosave.current = false),
  };
}
