import ExcelJS from "exceljs";
import { formatDate, formatTime } from "@/lib/text/date";

/**
 * The comments of a draft as the drafting body receives them: a CSV that Excel opens in UTF-8 (BOM,
 * CRLF) and an .xlsx made with the maintained `exceljs`. Headers are Vietnamese; times are Vietnam's.
 */
export type ExportRow = {
  number: number;
  receivedAt: Date;
  name: string;
  organisation: string | null;
  email: string | null;
  phone: string | null;
  section: string | null;
  text: string;
  status: string;
};

export type ExportInput = { title: string; rows: ExportRow[] };

const COLUMNS: { header: string; width: number; value: (row: ExportRow) => string | number }[] = [
  { header: "STT", width: 6, value: (r) => r.number },
  { header: "Thời gian gửi", width: 18, value: (r) => vietnamStamp(r.receivedAt) },
  { header: "Họ và tên", width: 24, value: (r) => r.name },
  { header: "Cơ quan, đơn vị", width: 28, value: (r) => r.organisation ?? "" },
  { header: "Email", width: 26, value: (r) => r.email ?? "" },
  { header: "Điện thoại", width: 14, value: (r) => r.phone ?? "" },
  { header: "Điều, khoản góp ý", width: 22, value: (r) => r.section ?? "" },
  { header: "Nội dung góp ý", width: 80, value: (r) => r.text },
  { header: "Trạng thái", width: 16, value: (r) => r.status },
];

/** "23/03/2022 08:30": sorts and reads well in a spreadsheet cell. */
function vietnamStamp(at: Date): string {
  return `${formatDate(at)} ${formatTime(at).slice(0, 5)}`;
}

export function commentsCsv(input: ExportInput): string {
  const lines = [COLUMNS.map((c) => c.header), ...input.rows.map((row) => COLUMNS.map((c) => c.value(row)))];
  return "\uFEFF" + lines.map((cells) => cells.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/**
 * A text a spreadsheet would take for a formula ("=HYPERLINK(…)", "+1", "@SUM") is prefixed with an
 * apostrophe: a citizen's comment never runs in the staff's Excel.
 */
function csvCell(value: string | number): string {
  const text = typeof value === "number" ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${text.replaceAll('"', '""')}"`;
}

export async function commentsXlsx(input: ExportInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "toasoan";
  const sheet = workbook.addWorksheet("Góp ý", { views: [{ state: "frozen", ySplit: 2 }] });
  sheet.columns = COLUMNS.map((c) => ({ width: c.width }));
  sheet.mergeCells(1, 1, 1, COLUMNS.length);
  const title = sheet.getCell(1, 1);
  title.value = `Tổng hợp góp ý: ${input.title}`;
  title.font = { bold: true, size: 13 };
  const header = sheet.addRow(COLUMNS.map((c) => c.header));
  header.font = { bold: true };
  // Cells are written as plain strings, never formulas: exceljs only writes a formula when given one.
  for (const row of input.rows) sheet.addRow(COLUMNS.map((c) => c.value(row))).alignment = { vertical: "top", wrapText: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
