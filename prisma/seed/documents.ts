/**
 * Demo "Văn bản" (lib/seed/documents.ts): the admin-managed lists and fourteen documents of several
 * types and bodies, with numbers and dates in the portal's style, and relations (one replaces another,
 * one amends, one guides). The documents and signers are made up for the demo.
 */
export const documentTypes = ["Nghị quyết", "Chỉ thị", "Kết luận", "Quy định", "Quyết định", "Hướng dẫn", "Kế hoạch", "Thông báo", "Công văn", "Báo cáo"];

export const issuingBodies = ["Tỉnh ủy", "Ban Thường vụ Tỉnh ủy", "HĐND tỉnh", "UBND tỉnh", "Văn phòng Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"];

export type SeedDocument = {
  type: string;
  body: string;
  number: string;
  signer: string;
  field: string;
  issued: string;
  effective?: string;
  expires?: string;
  summary: string;
  /** Relations from this document to earlier ones, by number. */
  acts?: { kind: "AMENDS" | "REPLACES" | "REPEALS" | "GUIDES"; on: string }[];
};

export const demoDocuments: SeedDocument[] = [
  {
    type: "Nghị quyết",
    body: "Tỉnh ủy",
    number: "12-NQ/TU",
    signer: "Trần Văn Bình",
    field: "Khoa học, công nghệ",
    issued: "2021-11-10",
    summary: "Nghị quyết về chuyển đổi số tỉnh Nghệ An đến năm 2025, định hướng đến năm 2030",
  },
  {
    type: "Nghị quyết",
    body: "Tỉnh ủy",
    number: "15-NQ/TU",
    signer: "Trần Văn Bình",
    field: "Khoa học, công nghệ",
    issued: "2025-06-20",
    effective: "2025-07-01",
    summary: "Nghị quyết về chuyển đổi số, phát triển kinh tế số và xã hội số tỉnh Nghệ An giai đoạn 2025 – 2030",
    acts: [{ kind: "REPLACES", on: "12-NQ/TU" }],
  },
  {
    type: "Hướng dẫn",
    body: "Ban Tuyên giáo Tỉnh ủy",
    number: "21-HD/BTGTU",
    signer: "Lê Thị Hạnh",
    field: "Khoa học, công nghệ",
    issued: "2025-08-05",
    summary: "Hướng dẫn tuyên truyền, phổ biến Nghị quyết số 15-NQ/TU về chuyển đổi số trong cán bộ, đảng viên và nhân dân",
    acts: [{ kind: "GUIDES", on: "15-NQ/TU" }],
  },
  {
    type: "Chỉ thị",
    body: "Ban Thường vụ Tỉnh ủy",
    number: "05-CT/TU",
    signer: "Phạm Minh Tuấn",
    field: "Tài nguyên, môi trường",
    issued: "2023-03-15",
    summary: "Chỉ thị về tăng cường sự lãnh đạo của các cấp ủy đảng đối với công tác phòng, chống thiên tai và tìm kiếm cứu nạn",
  },
  {
    type: "Kết luận",
    body: "Ban Thường vụ Tỉnh ủy",
    number: "28-KL/TU",
    signer: "Phạm Minh Tuấn",
    field: "Kinh tế",
    issued: "2024-09-05",
    summary: "Kết luận về tình hình kinh tế - xã hội 9 tháng đầu năm, nhiệm vụ, giải pháp những tháng cuối năm 2024",
  },
  {
    type: "Quy định",
    body: "Ban Thường vụ Tỉnh ủy",
    number: "08-QĐ/TU",
    signer: "Trần Văn Bình",
    field: "Xây dựng Đảng",
    issued: "2023-07-01",
    summary: "Quy định về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là người đứng đầu các cấp",
  },
  {
    type: "Quyết định",
    body: "UBND tỉnh",
    number: "1234/QĐ-UBND",
    signer: "Nguyễn Hữu Long",
    field: "Du lịch",
    issued: "2024-05-12",
    summary: "Quyết định phê duyệt Đề án phát triển du lịch cộng đồng các huyện miền Tây Nghệ An giai đoạn 2024 – 2030",
  },
  {
    type: "Quyết định",
    body: "UBND tỉnh",
    number: "2050/QĐ-UBND",
    signer: "Nguyễn Hữu Long",
    field: "Du lịch",
    issued: "2025-08-20",
    summary: "Quyết định sửa đổi, bổ sung một số nội dung của Đề án phát triển du lịch cộng đồng ban hành kèm Quyết định số 1234/QĐ-UBND",
    acts: [{ kind: "AMENDS", on: "1234/QĐ-UBND" }],
  },
  {
    type: "Nghị quyết",
    body: "HĐND tỉnh",
    number: "45/2024/NQ-HĐND",
    signer: "Hoàng Văn Sơn",
    field: "Giáo dục, đào tạo",
    issued: "2024-12-10",
    effective: "2025-01-01",
    expires: "2025-12-31",
    summary: "Nghị quyết quy định mức hỗ trợ học phí cho học sinh trung học cơ sở tại các xã đặc biệt khó khăn năm học 2025",
  },
  {
    type: "Quyết định",
    body: "UBND tỉnh",
    number: "25/2026/QĐ-UBND",
    signer: "Nguyễn Hữu Long",
    field: "Thông tin, truyền thông",
    issued: "2026-11-25",
    effective: "2027-01-01",
    summary: "Quyết định ban hành Quy chế quản lý, vận hành Cổng thông tin điện tử tỉnh Nghệ An",
  },
  {
    type: "Kế hoạch",
    body: "Tỉnh ủy",
    number: "245-KH/TU",
    signer: "Trần Văn Bình",
    field: "Xây dựng Đảng",
    issued: "2025-01-10",
    summary: "Kế hoạch tổ chức đại hội đảng bộ các cấp tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XX",
  },
  {
    type: "Thông báo",
    body: "Văn phòng Tỉnh ủy",
    number: "1520-TB/VPTU",
    signer: "Đặng Quốc Việt",
    field: "Văn hoá, xã hội",
    issued: "2026-11-20",
    summary: "Thông báo ý kiến kết luận của Thường trực Tỉnh ủy về công tác chuẩn bị đón Tết Nguyên đán Bính Ngọ",
  },
  {
    type: "Công văn",
    body: "UBND tỉnh",
    number: "3456/UBND-KT",
    signer: "Nguyễn Hữu Long",
    field: "Kinh tế",
    issued: "2026-12-01",
    summary: "Công văn về việc triển khai các giải pháp thúc đẩy giải ngân vốn đầu tư công những tháng cuối năm",
  },
  {
    type: "Báo cáo",
    body: "Tỉnh ủy",
    number: "512-BC/TU",
    signer: "Trần Văn Bình",
    field: "Kinh tế",
    issued: "2025-06-30",
    summary: "Báo cáo sơ kết 6 tháng đầu năm 2025 việc thực hiện nhiệm vụ chính trị, phương hướng 6 tháng cuối năm",
  },
];
