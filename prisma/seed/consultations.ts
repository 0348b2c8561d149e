/**
 * Demo "Lấy ý kiến dự thảo" (lib/seed/consultations.ts): one draft open for comments, one whose
 * consultation has ended, with its summary of how the comments were taken in. Names and contacts
 * are made up.
 */
export type SeedComment = {
  name: string;
  organisation?: string;
  email?: string;
  phone?: string;
  section?: string;
  text: string;
  status: "NEW" | "PUBLISHED" | "HIDDEN";
  daysAgo: number;
};

export type SeedConsultation = {
  title: string;
  slug: string;
  draftingBody: string;
  summary: string;
  /** Days from today; negative is in the past. */
  opens: number;
  closes: number;
  outcome?: string;
  file: { name: string; heading: string; lines: string[] };
  comments: SeedComment[];
};

export const demoConsultations: SeedConsultation[] = [
  {
    title: "Dự thảo Nghị quyết về chính sách hỗ trợ phát triển kinh tế tập thể, hợp tác xã tỉnh Nghệ An giai đoạn 2027 – 2030",
    slug: "du-thao-nghi-quyet-ho-tro-kinh-te-tap-the-hop-tac-xa-2027-2030",
    draftingBody: "Sở Tài chính tỉnh Nghệ An",
    summary:
      "Dự thảo quy định chính sách hỗ trợ thành lập mới, đào tạo cán bộ quản lý, ứng dụng khoa học công nghệ và xúc tiến thương mại cho hợp tác xã trên địa bàn tỉnh.\nCơ quan, tổ chức, cá nhân có thể góp ý trực tiếp tại trang này hoặc gửi văn bản về cơ quan soạn thảo trước thời hạn.",
    opens: -10,
    closes: 45,
    file: {
      name: "Dự thảo Nghị quyết hỗ trợ hợp tác xã.pdf",
      heading: "DU THAO NGHI QUYET",
      lines: ["Chinh sach ho tro phat trien kinh te tap the, hop tac xa", "tinh Nghe An giai doan 2027 - 2030", "(Ban dang tai de lay y kien nhan dan)"],
    },
    comments: [
      {
        name: "Nguyễn Văn Thành",
        organisation: "HTX Nông nghiệp Diễn Thịnh",
        email: "thanh.htx@example.vn",
        section: "Điều 5, khoản 2",
        text: "Đề nghị nâng mức hỗ trợ đào tạo cán bộ quản lý hợp tác xã lên 100% học phí đối với các khoá học dưới 3 tháng, vì nhiều hợp tác xã nhỏ không đủ kinh phí đối ứng.",
        status: "PUBLISHED",
        daysAgo: 6,
      },
      {
        name: "Lê Thị Hoa",
        phone: "0912345678",
        section: "Điều 8",
        text: "Nên bổ sung hỗ trợ chuyển đổi số (phần mềm kế toán, sàn thương mại điện tử) cho hợp tác xã ở các huyện miền núi.",
        status: "PUBLISHED",
        daysAgo: 4,
      },
      {
        name: "Phạm Quốc Bảo",
        email: "bao.pham@example.vn",
        text: "Thủ tục đề nghị hỗ trợ cần quy định rõ thời hạn giải quyết, tránh hồ sơ chờ lâu ở cấp huyện.",
        status: "NEW",
        daysAgo: 1,
      },
    ],
  },
  {
    title: "Dự thảo Quy chế quản lý, vận hành Cổng thông tin điện tử Tỉnh ủy Nghệ An",
    slug: "du-thao-quy-che-quan-ly-van-hanh-cong-thong-tin-dien-tu-tinh-uy",
    draftingBody: "Văn phòng Tỉnh ủy",
    summary:
      "Dự thảo quy định trách nhiệm cung cấp, biên tập, phê duyệt và đăng tải thông tin trên Cổng thông tin điện tử Tỉnh ủy; chế độ nhuận bút và bảo đảm an toàn thông tin.",
    opens: -75,
    closes: -45,
    outcome:
      "Đã nhận 3 ý kiến góp ý. Cơ quan soạn thảo tiếp thu ý kiến về thời hạn cập nhật văn bản chỉ đạo (bổ sung vào Điều 6) và về phân công đầu mối an toàn thông tin (Điều 12).\nÝ kiến đề nghị bỏ quy trình duyệt ba cấp không được tiếp thu vì trái với quy định về quản lý thông tin trên cổng thông tin điện tử của cơ quan Đảng.",
    file: {
      name: "Dự thảo Quy chế Cổng thông tin điện tử.pdf",
      heading: "DU THAO QUY CHE",
      lines: ["Quan ly, van hanh Cong thong tin dien tu Tinh uy Nghe An", "(Ban dang tai de lay y kien)"],
    },
    comments: [
      {
        name: "Hoàng Minh Đức",
        organisation: "Ban Tuyên giáo Huyện ủy Quỳnh Lưu",
        email: "duc.hm@example.vn",
        section: "Điều 6",
        text: "Văn bản chỉ đạo cần được đăng trong 2 ngày làm việc kể từ ngày ký, thay vì 5 ngày như dự thảo.",
        status: "PUBLISHED",
        daysAgo: 60,
      },
      {
        name: "Trần Văn Nam",
        phone: "0987654321",
        section: "Điều 12",
        text: "Đề nghị giao một đầu mối chịu trách nhiệm an toàn thông tin, có số điện thoại trực 24/7.",
        status: "PUBLISHED",
        daysAgo: 55,
      },
      {
        name: "Khách",
        email: "khach@example.vn",
        text: "Bỏ duyệt ba cấp cho nhanh.",
        status: "HIDDEN",
        daysAgo: 50,
      },
    ],
  },
];
