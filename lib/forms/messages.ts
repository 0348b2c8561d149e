/**
 * The Vietnamese messages of every form field, one wording per rule. A field's label is written as
 * inside a sentence ("tên chuyên mục", "tiêu đề SEO"); a message that starts with it capitalises it.
 */

/** The summary above a form whose fields are refused, beside each field its own message. */
export const INVALID_FORM = "Dữ liệu chưa hợp lệ, vui lòng kiểm tra các trường được đánh dấu.";

/** A form sent without the version of the data it was loaded with. */
export const MISSING_VERSION = "Thiếu phiên bản dữ liệu";
/** The same, said where the form cannot mark a field: the person reloads the page. */
export const MISSING_VERSION_RELOAD = "Thiếu phiên bản dữ liệu, hãy tải lại trang";
/** A version that is not one (not a date, not a number). */
export const INVALID_VERSION = "Phiên bản dữ liệu không hợp lệ, hãy tải lại trang";

export const fieldMessages = {
  /** Nothing typed in a field that needs a value. */
  required: (label: string) => `Vui lòng nhập ${label}`,
  /** Nothing chosen in a select that needs a value. */
  choose: (label: string) => `Vui lòng chọn ${label}`,
  /** A hidden value the form always sends (an id, a version) is missing or unreadable. */
  missing: (label: string) => `Thiếu ${label}`,
  invalid: (label: string) => `${capitalize(label)} không hợp lệ`,
  tooLong: (label: string, max: number) => `${capitalize(label)} không được dài quá ${max.toLocaleString("vi-VN")} ký tự`,
  notNumber: (label: string) => `${capitalize(label)} phải là số`,
  notInteger: (label: string) => `${capitalize(label)} phải là số nguyên`,
  notAddress: (label: string) => `${capitalize(label)} phải là đường dẫn bắt đầu bằng / hoặc địa chỉ http(s)://`,
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
