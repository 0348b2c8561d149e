/** Portal identity. Becomes editable site settings with the administration issue. */
export const SITE_NAME = "Cổng thông tin điện tử Đảng bộ tỉnh Nghệ An";
export const SITE_TAGLINE = "Đảng Cộng sản Việt Nam";
