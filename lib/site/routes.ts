/** Internal route names behind the public URLs (see the rewrites in next.config.ts). */
export const HOME_EDITION = "moi-nhat";
