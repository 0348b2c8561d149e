import { DOCUMENT_STATUSES, STATUS_PARAMS, type DocumentStatus } from "./status";
import { DOCUMENTS_PATH } from "./rules";
import { normalizeLine } from "@/lib/text/vietnamese";

/**
 * The filters of /van-ban, as they are written in the address so that they work without JavaScript
 * (a GET form) and combine: ?loai=<type slug>&co-quan=<body slug>&linh-vuc=<field>&nam=<year>
 * &hieu-luc=<status>&q=<words or a number>&trang=<page>. A value that cannot be one is ignored.
 */
export type DocumentFilters = {
  type: string | null;
  body: string | null;
  field: string | null;
  year: number | null;
  status: DocumentStatus | null;
  q: string;
  page: number;
};

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.slice(0, 200) ?? "";
const slugParam = (value: string) => (/^[a-z0-9-]{1,120}$/.test(value) ? value : null);

export function parseDocumentFilters(params: Params): DocumentFilters {
  const year = first(params.nam);
  const page = first(params.trang);
  const status = first(params["hieu-luc"]);
  return {
    type: slugParam(first(params.loai)),
    body: slugParam(first(params["co-quan"])),
    // Normalised like any text input: a NUL or half a character (which PostgreSQL refuses) is dropped.
    field: normalizeLine(first(params["linh-vuc"])) || null,
    year: /^(18|19|20|21)\d\d$/.test(year) ? Number(year) : null,
    status: DOCUMENT_STATUSES.find((s) => STATUS_PARAMS[s] === status) ?? null,
    q: normalizeLine(first(params.q)),
    page: /^[1-9]\d{0,4}$/.test(page) ? Number(page) : 1,
  };
}

/** The address of a list with these filters (page 1 unless given): what the filter links and the pagination use. */
export function documentsHref(filters: DocumentFilters, change: Partial<DocumentFilters> = {}): string {
  const f = { ...filters, page: 1, ...change };
  const query = new URLSearchParams();
  if (f.q) query.set("q", f.q);
  if (f.type) query.set("loai", f.type);
  if (f.body) query.set("co-quan", f.body);
  if (f.field) query.set("linh-vuc", f.field);
  if (f.year) query.set("nam", String(f.year));
  if (f.status) query.set("hieu-luc", STATUS_PARAMS[f.status]);
  if (f.page > 1) query.set("trang", String(f.page));
  const search = query.toString();
  return search ? `${DOCUMENTS_PATH}?${search}` : DOCUMENTS_PATH;
}
