/** The admin account the e2e server seeds (scripts/e2e-server.ts). */
export const E2E_ADMIN = { email: "admin@toasoan.vn", password: "e2e-mat-khau-quan-tri" };
