import { z } from "zod";
import { parseInput } from "@/lib/actions";
import {
  idField,
  nullableLine,
  optionalDay,
  optionalExpectedUpdatedAt,
  optionalId,
  optionalInt,
  optionalText,
  optionalUrl,
  requiredLine,
  slugField,
} from "@/lib/forms/fields";
import { fieldMessages } from "@/lib/forms/messages";
import { recordAudit } from "@/lib/audit/log";
import { invalidate } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { lockForWrite } from "@/lib/db/write-lock";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { authorize, type Actor } from "@/lib/people/policy";
import { vietnamDayOf } from "@/lib/text/date";
import { normalizeLine } from "@/lib/text/vietnamese";
import { assertSlugFree, slugFrom, slugged, uniqueSlug } from "@/lib/slugs";
import { addRedirect, removeRedirectFrom } from "@/lib/redirects";
import { officialPath } from "./paths";

/**
 * The officials directory (/lanh-dao): officials with their dated positions, grouped and ordered
 * as listed. An official and all of their positions are saved together in one transaction.
 */
const positionSchema = z
  .object({
    title: requiredLine("chức vụ", 300),
    organisation: requiredLine("cơ quan", 300),
    startDate: optionalDay("ngày bắt đầu").refine((d) => d !== null, fieldMessages.required("ngày bắt đầu")),
    endDate: optionalDay("ngày kết thúc"),
    // Empty: the row's place in the form. 0 is a real value (the most senior title), not "empty".
    order: optionalInt("thứ tự", 0, 10_000),
  })
  .refine((p) => p.endDate === null || p.startDate === null || p.endDate >= p.startDate, { message: "Ngày kết thúc phải sau ngày bắt đầu", path: ["endDate"] });

const officialSchema = z.object({
  id: optionalId(),
  expectedUpdatedAt: optionalExpectedUpdatedAt,
  fullName: requiredLine("họ tên", 120),
  slug: slugField,
  portrait: optionalUrl("ảnh chân dung"),
  biography: optionalText("tiểu sử", 20_000),
  // The upper bound is this year when the form is sent, not when the server started.
  birthYear: optionalInt("năm sinh", 1900, 9999).refine((year) => year === null || year <= vietnamDayOf(new Date()).getUTCFullYear(), "Năm sinh không hợp lệ"),
  homeTown: nullableLine("quê quán", 200),
  groupId: optionalId(),
  position: optionalInt("thứ tự trong nhóm", 0, 10_000).transform((n) => n ?? 0),
  positions: z.array(positionSchema).max(50, "Tối đa 50 chức vụ"),
});

/** Creates or updates an official with the whole list of positions; returns the official's id and slug. */
export async function saveOfficial(actor: Actor | null, input: unknown) {
  authorize(actor, "officials.manage");
  const data = parseInput(officialSchema, input);
  const slug = slugFrom(data.fullName, data.slug);
  const names = splitName(data.fullName);
  const official = await db.$transaction(async (tx) => {
    await lockForWrite(tx, "officials");
    await assertSlugFree(tx, slugged.official, slug, data.id);
    if (data.groupId && !(await tx.officialGroup.findUnique({ where: { id: data.groupId } }))) throw new NotFoundError("Nhóm lãnh đạo không còn tồn tại.");
    const fields = {
      fullName: data.fullName,
      ...names,
      slug,
      portrait: data.portrait,
      biography: data.biography,
      birthYear: data.birthYear,
      homeTown: data.homeTown,
      groupId: data.groupId,
      position: data.position,
    };
    let id: number;
    if (data.id) {
      const before = await tx.official.findUnique({ where: { id: data.id } });
      if (!before) throw new NotFoundError("Lãnh đạo không còn tồn tại.");
      const { count } = await tx.official.updateMany({ where: { id: data.id, updatedAt: data.expectedUpdatedAt ?? new Date(0) }, data: fields });
      if (count !== 1) throw new ConflictError("Hồ sơ vừa được người khác sửa. Hãy tải lại trang để xem bản mới rồi sửa lại.");
      await tx.officialPosition.deleteMany({ where: { officialId: data.id } });
      // Links to the old profile keep working (proxy.ts answers 301).
      if (before.slug !== slug) await addRedirect(tx, officialPath(before.slug), officialPath(slug));
      id = data.id;
    } else {
      await removeRedirectFrom(tx, officialPath(slug));
      id = (await tx.official.create({ data: fields })).id;
    }
    await tx.officialPosition.createMany({
      data: data.positions.map((p, index) => ({
        officialId: id,
        title: p.title,
        organisation: p.organisation,
        startDate: p.startDate!,
        endDate: p.endDate,
        order: p.order ?? index,
      })),
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: data.id ? "official.update" : "official.create",
      entity: "Official",
      entityId: id,
      details: { fullName: data.fullName, positions: data.positions.length },
    });
    return { id, slug };
  });
  invalidate({ kind: "official", officialId: official.id });
  return official;
}

export async function deleteOfficial(actor: Actor | null, input: unknown) {
  authorize(actor, "officials.manage");
  const { id } = parseInput(z.object({ id: idField("lãnh đạo") }), input);
  await db.$transaction(async (tx) => {
    await lockForWrite(tx, "officials");
    const official = await tx.official.findUnique({ where: { id } });
    if (!official) throw new NotFoundError("Lãnh đạo không còn tồn tại.");
    await tx.official.delete({ where: { id } });
    // Old addresses of the profile redirected here; with the page gone they would 301 to a 404.
    await tx.redirect.deleteMany({ where: { toPath: officialPath(official.slug) } });
    await recordAudit(tx, { actorId: actor.id, action: "official.delete", entity: "Official", entityId: id, details: { fullName: official.fullName } });
  });
  invalidate({ kind: "official", officialId: id });
}

const groupSchema = z.object({
  id: optionalId(),
  expectedUpdatedAt: optionalExpectedUpdatedAt,
  name: requiredLine("tên nhóm", 200),
  position: optionalInt("thứ tự", 0, 10_000).transform((n) => n ?? 0),
});

/** Creates or renames a group of the directory and sets its place in the listing. */
export async function saveOfficialGroup(actor: Actor | null, input: unknown) {
  authorize(actor, "officials.manage");
  const data = parseInput(groupSchema, input);
  const group = await db.$transaction(async (tx) => {
    await lockForWrite(tx, "officials");
    const before = data.id ? await tx.officialGroup.findUnique({ where: { id: data.id }, select: { updatedAt: true } }) : null;
    if (data.id && !before) throw new NotFoundError("Nhóm không còn tồn tại.");
    if (before && before.updatedAt.getTime() !== data.expectedUpdatedAt?.getTime()) {
      throw new ConflictError("Nhóm vừa được người khác sửa. Hãy tải lại trang để xem bản mới rồi sửa lại.");
    }
    const slug = await uniqueSlug(tx, slugged.officialGroup, data.name, data.id);
    const saved = data.id
      ? await tx.officialGroup.update({ where: { id: data.id }, data: { name: data.name, slug, position: data.position } })
      : await tx.officialGroup.create({ data: { name: data.name, slug, position: data.position } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: data.id ? "official_group.update" : "official_group.create",
      entity: "OfficialGroup",
      entityId: saved.id,
      details: { name: saved.name, position: saved.position },
    });
    return saved;
  });
  invalidateDirectory(await db.official.findMany({ where: { groupId: group.id }, select: { id: true } }));
  return group;
}

/** Deletes a group; its officials stay in the directory, ungrouped. */
export async function deleteOfficialGroup(actor: Actor | null, input: unknown) {
  authorize(actor, "officials.manage");
  const { id } = parseInput(z.object({ id: idField("nhóm") }), input);
  const members = await db.$transaction(async (tx) => {
    const group = await tx.officialGroup.findUnique({ where: { id }, include: { officials: { select: { id: true } } } });
    if (!group) throw new NotFoundError("Nhóm không còn tồn tại.");
    await tx.officialGroup.delete({ where: { id } });
    await recordAudit(tx, { actorId: actor.id, action: "official_group.delete", entity: "OfficialGroup", entityId: id, details: { name: group.name } });
    return group.officials;
  });
  invalidateDirectory(members);
}

function invalidateDirectory(members: { id: number }[]) {
  invalidate({ kind: "officialsDirectory" });
  for (const member of members) invalidate({ kind: "official", officialId: member.id });
}

/** "Nguyễn Đức Trung" → family "Nguyễn", given "Trung" (sorting and search use these). */
export function splitName(fullName: string): { familyName: string; givenName: string } {
  const words = normalizeLine(fullName).split(" ");
  return { familyName: words[0] ?? "", givenName: words.at(-1) ?? "" };
}

/** The groups of the directory, in their order on the site. */
export function listOfficialGroups() {
  return db.officialGroup.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }] });
}

export function listOfficialsForAdmin() {
  return listOfficialGroups().then(async (groups) => ({
    groups,
    officials: await db.official.findMany({
      orderBy: [{ groupId: "asc" }, { position: "asc" }, { givenName: "asc" }],
      select: { id: true, fullName: true, slug: true, groupId: true, position: true, _count: { select: { positions: true } } },
    }),
  }));
}

export function getOfficialForEdit(id: number) {
  return db.official.findUnique({ where: { id }, include: { positions: { orderBy: [{ order: "asc" }, { startDate: "asc" }] } } });
}
