import type { ArticleStatus } from "@/lib/db/generated/enums";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import type { Role } from "./roles";

/**
 * Who may do what: the only place these rules live. Every server action and route handler asks
 * `authorize(...)` before it changes anything; the UI asks `can(...)` only to hide what would fail.
 */
export type Actor = { id: number; role: Role };
export type ArticleRef = { authorId: number; status: ArticleStatus };
/** A library image, for the actions on one image. */
export type MediaRef = { uploaderId: number };

export type AdminAction = "categories.manage" | "staff.manage" | "officials.manage" | "home.manage" | "banners.manage" | "settings.manage" | "audit.view";

export type ArticleAction =
  | "article.create"
  | "article.view"
  | "article.viewAll"
  | "article.edit"
  | "article.submit"
  | "article.publish"
  | "article.schedule"
  | "article.unpublish"
  | "article.return"
  | "article.preview"
  | "home.feature";

export type MediaAction = "media.upload" | "media.edit" | "media.delete";

/** The work schedule (/lich-cong-tac): entering, changing and postponing entries. */
export type ScheduleAction = "schedule.manage";
/**
 * Questions from readers ("Hỏi đáp", lib/questions): editors and admins moderate them (assign, edit the
 * wording, answer, publish, refuse) and see the sender's e-mail and phone (every reading is audited);
 * reporters do neither. Admins manage the list of topics.
 */
export type QuestionAction = "questions.moderate" | "questions.viewPersonal" | "questions.topics";

/**
 * Comments on draft documents ("Lấy ý kiến dự thảo", lib/consultations): editors and admins publish
 * drafts, moderate the comments and export them; the export and the comment screen carry the senders'
 * e-mail and phone, so seeing those is its own right (every reading is audited). Reporters do neither.
 */
export type ConsultationAction = "consultations.manage" | "consultations.viewPersonal";

/**
 * The agency's documents ("Văn bản", lib/documents): editors and admins enter, publish and withdraw
 * them, attach files and relate them; admins keep the lists of document types and issuing bodies.
 */
export type DocumentAction = "documents.manage" | "documents.lists";

/** What every signed-in user may do to their own account. */
export type SelfAction = "profile.edit" | "password.change";

type AnyAction = AdminAction | ArticleAction | ConsultationAction | DocumentAction | MediaAction | QuestionAction | ScheduleAction | SelfAction;

const isEditor = (actor: Actor) => actor.role === "EDITOR" || actor.role === "ADMIN";

/**
 * The editorial workflow: from which statuses each transition may start. A transition from any other
 * status is refused, whoever asks. Returning an article sends it back to DRAFT with the editor's note.
 */
export const TRANSITIONS = {
  "article.submit": { from: ["DRAFT"], to: "IN_REVIEW" },
  "article.publish": { from: ["DRAFT", "IN_REVIEW", "SCHEDULED", "UNPUBLISHED"], to: "PUBLISHED" },
  "article.schedule": { from: ["DRAFT", "IN_REVIEW", "SCHEDULED", "UNPUBLISHED"], to: "SCHEDULED" },
  "article.unpublish": { from: ["PUBLISHED", "SCHEDULED"], to: "UNPUBLISHED" },
  // A taken-down article can go back to its reporter for corrections, like one under review.
  "article.return": { from: ["IN_REVIEW", "SCHEDULED", "UNPUBLISHED"], to: "DRAFT" },
} as const satisfies Record<string, { from: readonly ArticleStatus[]; to: ArticleStatus }>;

export type TransitionAction = keyof typeof TRANSITIONS;

const startsFrom = (action: TransitionAction, article?: ArticleRef) =>
  Boolean(article) && (TRANSITIONS[action].from as readonly ArticleStatus[]).includes(article!.status);

export function can(actor: Actor | null, action: AnyAction, subject?: ArticleRef | MediaRef): boolean {
  if (!actor) return false;
  const article = subject && "authorId" in subject ? subject : undefined;
  const media = subject && "uploaderId" in subject ? subject : undefined;
  switch (action) {
    case "categories.manage":
    case "staff.manage":
    case "officials.manage":
    case "home.manage":
    case "banners.manage":
    case "settings.manage":
    case "audit.view":
      return actor.role === "ADMIN";
    case "article.viewAll":
    case "questions.moderate":
    case "questions.viewPersonal":
    case "consultations.manage":
    case "consultations.viewPersonal":
    case "documents.manage":
      return isEditor(actor);
    case "questions.topics":
    case "documents.lists":
      return actor.role === "ADMIN";
    case "article.view":
    case "article.preview":
      return Boolean(article) && (isEditor(actor) || article!.authorId === actor.id);
    case "article.create":
    case "profile.edit":
    case "password.change":
    case "media.upload":
      return true;
    // An image's alt text, caption and credit show on every article that uses it, published ones too.
    case "media.edit":
      return isEditor(actor) || (Boolean(media) && media!.uploaderId === actor.id);
    case "media.delete":
      return isEditor(actor);
    case "article.edit":
      if (!article) return false;
      if (isEditor(actor)) return true;
      // Reporters: their own drafts (including drafts returned to them by an editor).
      return article.authorId === actor.id && article.status === "DRAFT";
    case "article.submit":
      return startsFrom(action, article) && (isEditor(actor) || article!.authorId === actor.id);
    case "article.publish":
    case "article.schedule":
    case "article.unpublish":
    case "article.return":
      return isEditor(actor) && startsFrom(action, article);
    case "home.feature":
    case "schedule.manage":
      return isEditor(actor);
  }
}

/** The editor who scheduled an article, as the scheduled publication finds their account. */
export type SchedulingAccount = Actor & { active: boolean; displayName: string };

/**
 * Why the scheduler may not publish an article for the editor who scheduled it, or null when it may:
 * it publishes in their name, so it asks what they may do now, not when they scheduled. A schedule
 * whose editor is unknown (made before schedules recorded who) is published as the system's.
 */
export function scheduledPublishRefusal(scheduler: SchedulingAccount | null, article: ArticleRef): string | null {
  if (!scheduler) return null;
  if (!scheduler.active) return `Chưa đăng theo lịch: tài khoản của người hẹn giờ (${scheduler.displayName}) đã bị khoá. Hãy hẹn giờ lại hoặc đăng bài.`;
  if (!can(scheduler, "article.publish", article))
    return `Chưa đăng theo lịch: người hẹn giờ (${scheduler.displayName}) không còn quyền đăng bài. Hãy hẹn giờ lại hoặc đăng bài.`;
  return null;
}

/** Throws 401 for nobody signed in: for what only staff may call, before anything they sent is read. */
export function requireSignedIn<A extends Actor>(actor: A | null): A {
  if (!actor) throw new UnauthenticatedError();
  return actor;
}

/** Throws unless the actor may act: 401 for nobody signed in, 403 otherwise. */
export function authorize(actor: Actor | null, action: AnyAction, subject?: ArticleRef | MediaRef): asserts actor is Actor {
  if (!actor) throw new UnauthenticatedError();
  if (!can(actor, action, subject)) throw new ForbiddenError();
}
