/**
 * Domain errors thrown by lib/ functions. Server actions turn them into form state
 * (lib/actions.ts), route handlers into 4xx responses (httpErrorResponse).
 */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Invalid input; fieldErrors maps a field name to its Vietnamese messages. */
export class ValidationError extends DomainError {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message, 422);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = "Bạn cần đăng nhập để thực hiện thao tác này.") {
    super(message, 401);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "Bạn không có quyền thực hiện thao tác này.") {
    super(message, 403);
  }
}

export class NotFoundError extends DomainError {
  constructor(message = "Không tìm thấy dữ liệu yêu cầu.") {
    super(message, 404);
  }
}

/** Someone else changed the data first (optimistic concurrency) or a rule forbids the change now. */
export class ConflictError extends DomainError {
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message, 409);
  }
}

export class PayloadTooLargeError extends DomainError {
  constructor(message: string) {
    super(message, 413);
  }
}

export class RateLimitError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, 429);
  }
}

/**
 * A domain error for what the caller did, or the error itself. A row that vanished between reading
 * and writing (Prisma P2025: someone else deleted it) is a 404, not a server fault.
 */
export function asDomainError(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "P2025") return new NotFoundError("Dữ liệu này không còn tồn tại (có thể vừa bị người khác xoá).");
  // A row this write points to (a category, an image) was deleted by someone else since it was checked,
  // or a row being deleted gained a reference meanwhile: the transaction rolled back, nothing is saved.
  if (code === "P2003") return new ConflictError("Dữ liệu liên quan vừa được người khác thay đổi hoặc xoá. Vui lòng tải lại trang rồi thử lại.");
  // A unique value (a slug, an e-mail) taken by someone else's save between the check and the write,
  // where the module has no more precise answer of its own: refused, nothing saved.
  if (code === "P2002")
    return new ConflictError("Giá trị này vừa được người khác dùng (ví dụ đường dẫn hoặc e-mail trùng). Vui lòng tải lại trang rồi thử lại.");
  return error;
}

export function httpErrorResponse(caught: unknown): Response {
  const error = asDomainError(caught);
  if (error instanceof DomainError) {
    const body: Record<string, unknown> = { error: error.message };
    if (error instanceof ValidationError) body.fieldErrors = error.fieldErrors;
    if (error instanceof ConflictError) body.details = error.details;
    const headers: HeadersInit = error instanceof RateLimitError ? { "Retry-After": String(error.retryAfterSeconds) } : {};
    return Response.json(body, { status: error.status, headers });
  }
  throw error;
}
