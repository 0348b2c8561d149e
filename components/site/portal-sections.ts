/** The portal's sections beside the categories, in the header's menu and the footer, in this order. */
export const PORTAL_SECTIONS = [
  { href: "/lanh-dao", label: "Lãnh đạo tỉnh" },
  { href: "/van-ban", label: "Văn bản" },
  { href: "/lich-cong-tac", label: "Lịch công tác" },
  { href: "/hoi-dap", label: "Hỏi đáp" },
  { href: "/lay-y-kien", label: "Lấy ý kiến dự thảo" },
] as const;
