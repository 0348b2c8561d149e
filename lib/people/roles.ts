import type { Role } from "@/lib/db/generated/enums";

export type { Role };

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Quản trị viên",
  EDITOR: "Biên tập viên",
  REPORTER: "Phóng viên",
};
