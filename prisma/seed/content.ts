// Seed content for the "toasoan" CMS, modelled on the Nghệ An Provincial Party
// Committee portal (nghean.dcs.vn).
//
// - `seedArticle` and every title in `sameCategoryArticles` are copied verbatim
//   from shared/seed/000_b4e9e06ff108fe63.txt (note: "Tỉnh uỷ" vs "Tỉnh ủy" kept
//   exactly as printed there).
// - The bodies of `sameCategoryArticles` are written for the seed: plausible,
//   sober news prose in the portal's style, not copies of the real articles.
//   Their dates are chosen to fit the titles and the list order (newest first).
// - `officials` positions follow public reporting where it could be checked;
//   dates marked "≈" are approximate (month known, day not). birthYear and
//   homeTown are null where not verified.
//
// - Three spaces in seedArticle.paragraphs are written as \u00a0: the source
//   page has NO-BREAK SPACEs there, kept verbatim (trailing ones trimmed).
//
// Plain data only; no imports. UTF-8, NFC.

export type SeedCategory = {
  slug: string;
  name: string;
  description: string;
  showInMenu: boolean;
  children?: SeedCategory[];
};

export type SeedPosition = {
  title: string;
  organisation: string;
  startDate: string /* YYYY-MM-DD */;
  endDate: string | null;
  order: number;
};

export type SeedOfficial = {
  slug: string;
  fullName: string;
  familyName: string;
  givenName: string;
  birthYear: number | null;
  homeTown: string | null;
  biography: string;
  positions: SeedPosition[];
};

export type SeedArticle = {
  slug: string;
  title: string;
  sapo: string;
  paragraphs: string[];
  byline: string;
  publishedAt: string /* ISO 8601 with +07:00 offset */;
  categorySlug: string;
  officialSlugs: string[];
};

// ---------------------------------------------------------------------------
// Categories (28 in all, up to 3 levels)
// ---------------------------------------------------------------------------

export const categories: SeedCategory[] = [
  {
    slug: "tin-tuc-su-kien",
    name: "Tin tức - Sự kiện",
    description: "Tin tức, sự kiện chính trị nổi bật trong tỉnh và cả nước.",
    showInMenu: true,
    children: [
      {
        slug: "hoat-dong-cua-tinh-uy",
        name: "Hoạt động của Tỉnh ủy",
        description: "Các phiên họp, hội nghị, hoạt động của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ, Thường trực Tỉnh ủy.",
        showInMenu: true,
      },
      {
        slug: "tin-trong-tinh",
        name: "Tin trong tỉnh",
        description: "Tin hoạt động của các cấp ủy, chính quyền, đoàn thể và địa phương trong tỉnh.",
        showInMenu: true,
      },
      {
        slug: "tin-trong-nuoc",
        name: "Tin trong nước",
        description: "Tin hoạt động của Trung ương Đảng, Nhà nước và các sự kiện lớn của đất nước.",
        showInMenu: true,
      },
      {
        slug: "thong-tin-chi-dao-dieu-hanh",
        name: "Thông tin chỉ đạo, điều hành",
        description: "Thông báo, kết luận, văn bản chỉ đạo, điều hành của Tỉnh ủy và các cơ quan tham mưu.",
        showInMenu: true,
      },
    ],
  },
  {
    slug: "xay-dung-dang",
    name: "Xây dựng Đảng",
    description: "Công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong Đảng bộ tỉnh.",
    showInMenu: true,
    children: [
      {
        slug: "to-chuc",
        name: "Tổ chức",
        description: "Công tác tổ chức, cán bộ, đảng viên và tổ chức cơ sở đảng.",
        showInMenu: true,
      },
      {
        slug: "kiem-tra",
        name: "Kiểm tra",
        description: "Công tác kiểm tra, giám sát và thi hành kỷ luật đảng.",
        showInMenu: true,
      },
      {
        slug: "tuyen-giao",
        name: "Tuyên giáo",
        description: "Công tác tư tưởng, lý luận, tuyên truyền, báo chí, xuất bản và khoa giáo.",
        showInMenu: true,
        children: [
          {
            slug: "hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh",
            name: "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            description: "Việc học tập và làm theo Bác; gương tập thể, cá nhân tiêu biểu.",
            showInMenu: false,
          },
        ],
      },
      {
        slug: "dan-van",
        name: "Dân vận",
        description: "Công tác dân vận của hệ thống chính trị, phong trào thi đua Dân vận khéo.",
        showInMenu: true,
      },
      {
        slug: "noi-chinh",
        name: "Nội chính",
        description: "Công tác nội chính, cải cách tư pháp và phòng, chống tham nhũng, tiêu cực.",
        showInMenu: true,
        children: [
          {
            slug: "phong-chong-tham-nhung-tieu-cuc",
            name: "Phòng, chống tham nhũng, tiêu cực",
            description: "Hoạt động của Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, tiêu cực.",
            showInMenu: false,
          },
        ],
      },
    ],
  },
  {
    slug: "kinh-te-xa-hoi",
    name: "Kinh tế - Xã hội",
    description: "Tình hình phát triển kinh tế - xã hội, đầu tư, hạ tầng và đời sống nhân dân trong tỉnh.",
    showInMenu: true,
    children: [
      {
        slug: "nong-nghiep-nong-thon",
        name: "Nông nghiệp - Nông thôn",
        description: "Sản xuất nông, lâm, ngư nghiệp và phát triển nông thôn.",
        showInMenu: true,
        children: [
          {
            slug: "xay-dung-nong-thon-moi",
            name: "Xây dựng nông thôn mới",
            description: "Chương trình mục tiêu quốc gia xây dựng nông thôn mới tại Nghệ An.",
            showInMenu: false,
          },
        ],
      },
      {
        slug: "cong-nghiep-dau-tu",
        name: "Công nghiệp - Đầu tư",
        description: "Thu hút đầu tư, khu kinh tế, khu công nghiệp và doanh nghiệp.",
        showInMenu: true,
      },
    ],
  },
  {
    slug: "quoc-phong-an-ninh",
    name: "Quốc phòng - An ninh",
    description: "Xây dựng nền quốc phòng toàn dân, thế trận an ninh nhân dân, bảo vệ biên giới.",
    showInMenu: true,
  },
  {
    slug: "van-hoa-xa-hoi",
    name: "Văn hoá - Xã hội",
    description: "Văn hóa, giáo dục, y tế, lao động, an sinh xã hội.",
    showInMenu: true,
    children: [
      {
        slug: "giao-duc-dao-tao",
        name: "Giáo dục - Đào tạo",
        description: "Hoạt động giáo dục, đào tạo và khuyến học trên địa bàn tỉnh.",
        showInMenu: true,
      },
      {
        slug: "y-te",
        name: "Y tế",
        description: "Công tác chăm sóc, bảo vệ sức khỏe Nhân dân.",
        showInMenu: true,
      },
    ],
  },
  {
    slug: "chong-dien-bien-hoa-binh",
    name: "Chống diễn biến hòa bình",
    description: "Đấu tranh phản bác các quan điểm sai trái, thù địch; phòng, chống tự diễn biến, tự chuyển hóa.",
    showInMenu: true,
    children: [
      {
        slug: "bao-ve-nen-tang-tu-tuong-cua-dang",
        name: "Bảo vệ nền tảng tư tưởng của Đảng",
        description: "Bài viết bảo vệ nền tảng tư tưởng của Đảng trên địa bàn tỉnh.",
        showInMenu: false,
      },
    ],
  },
  {
    slug: "tu-lieu-van-kien",
    name: "Tư liệu - Văn kiện",
    description: "Văn kiện, nghị quyết, tư liệu lịch sử của Đảng và Đảng bộ tỉnh.",
    showInMenu: true,
    children: [
      {
        slug: "van-kien-dai-hoi",
        name: "Văn kiện Đại hội",
        description: "Văn kiện Đại hội Đảng toàn quốc và Đại hội Đảng bộ tỉnh các nhiệm kỳ.",
        showInMenu: true,
      },
      {
        slug: "nghi-quyet-chi-thi",
        name: "Nghị quyết - Chỉ thị",
        description: "Nghị quyết, chỉ thị, kết luận của Trung ương và Tỉnh ủy.",
        showInMenu: true,
      },
      {
        slug: "lich-su-dang-bo",
        name: "Lịch sử Đảng bộ",
        description: "Tư liệu lịch sử Đảng bộ tỉnh Nghệ An qua các thời kỳ.",
        showInMenu: true,
      },
    ],
  },
  {
    slug: "nghe-an-95-nam",
    name: "Nghệ An 95 năm",
    description: "Chuyên trang kỷ niệm 95 năm truyền thống Đảng bộ tỉnh Nghệ An (1930 - 2025).",
    showInMenu: true,
  },
];

// ---------------------------------------------------------------------------
// Officials
// ---------------------------------------------------------------------------
// `order` is a protocol rank per position (smaller = more senior):
//   1 Ủy viên Bộ Chính trị · 2 Bí thư Trung ương Đảng · 3 Chủ tịch Hội đồng Lý luận TW
//   4 Giám đốc Học viện CTQG HCM · 5 Ủy viên TW Đảng · 6 Ủy viên dự khuyết TW
//   7 Phó Trưởng Ban Đảng TW · 10 Bí thư Tỉnh ủy · 11 Chủ tịch HĐND tỉnh
//   12 Trưởng đoàn ĐBQH tỉnh · 20 Phó Bí thư Thường trực Tỉnh ủy
//   25 Phó Bí thư Thành ủy Hà Nội · 30 Phó Bí thư Tỉnh ủy (kiêm Chủ tịch UBND)
//   31 Chủ tịch UBND tỉnh · 35 Phó Bí thư Tỉnh ủy · 40 Phó Chủ tịch Thường trực HĐND
//   41 Phó Chủ tịch Thường trực UBND · 45 Phó Chủ tịch UBND

export const officials: SeedOfficial[] = [
  {
    slug: "nguyen-xuan-thang",
    fullName: "Nguyễn Xuân Thắng",
    familyName: "Nguyễn",
    givenName: "Thắng",
    birthYear: 1957,
    homeTown: "huyện Thanh Chương, tỉnh Nghệ An",
    biography:
      "Giáo sư, Tiến sĩ Kinh tế. Từng là Viện trưởng Viện Kinh tế và Chính trị thế giới, Chủ tịch Viện Hàn lâm Khoa học xã hội Việt Nam. Từ tháng 4/2016 giữ chức Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh; được bầu bổ sung vào Ban Bí thư khóa XII (10/2017); giữ chức Chủ tịch Hội đồng Lý luận Trung ương từ tháng 3/2018. Ủy viên Trung ương Đảng khóa XI, XII, XIII; Ủy viên Bộ Chính trị khóa XIII.",
    positions: [
      // End dates after the 14th Party Congress (2026) not verified; left open.
      { title: "Ủy viên Bộ Chính trị", organisation: "Ban Chấp hành Trung ương Đảng", startDate: "2021-01-31", endDate: null, order: 1 },
      { title: "Bí thư Trung ương Đảng", organisation: "Ban Chấp hành Trung ương Đảng", startDate: "2017-10-06", endDate: "2021-01-31", order: 2 },
      { title: "Chủ tịch Hội đồng Lý luận Trung ương", organisation: "Hội đồng Lý luận Trung ương", startDate: "2018-03-02", endDate: null, order: 3 },
      {
        title: "Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh",
        organisation: "Học viện Chính trị quốc gia Hồ Chí Minh",
        startDate: "2016-04-22",
        endDate: null,
        order: 4,
      },
    ],
  },
  {
    slug: "thai-thanh-quy",
    fullName: "Thái Thanh Quý",
    familyName: "Thái",
    givenName: "Quý",
    birthYear: 1976,
    homeTown: "xã Long Thành, huyện Yên Thành, tỉnh Nghệ An",
    biography:
      "Trưởng thành từ công tác Đoàn; từng giữ các chức vụ Bí thư Tỉnh đoàn Nghệ An, Bí thư Huyện ủy Nam Đàn, Chánh Văn phòng Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch UBND tỉnh Nghệ An (10/2018). Ủy viên dự khuyết Trung ương Đảng khóa XII, Ủy viên Trung ương Đảng khóa XIII. Bí thư Tỉnh ủy Nghệ An từ tháng 1/2020, kiêm Chủ tịch HĐND tỉnh khóa XVIII từ tháng 7/2021. Tháng 10/2024 được Bộ Chính trị điều động giữ chức Phó Trưởng Ban Kinh tế Trung ương; năm 2025 là Phó Trưởng Ban Thường trực Ban Chính sách, chiến lược Trung ương.",
    positions: [
      {
        title: "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng khóa XII",
        organisation: "Ban Chấp hành Trung ương Đảng",
        startDate: "2016-01-27",
        endDate: "2021-01-30",
        order: 6,
      },
      { title: "Ủy viên Ban Chấp hành Trung ương Đảng", organisation: "Ban Chấp hành Trung ương Đảng", startDate: "2021-01-30", endDate: null, order: 5 },
      { title: "Chủ tịch UBND tỉnh", organisation: "UBND tỉnh Nghệ An", startDate: "2018-10-01", endDate: "2020-03-18", order: 31 },
      { title: "Bí thư Tỉnh ủy", organisation: "Tỉnh ủy Nghệ An", startDate: "2020-01-31", endDate: "2024-10-26", order: 10 },
      { title: "Chủ tịch HĐND tỉnh", organisation: "HĐND tỉnh Nghệ An", startDate: "2021-07-04", endDate: "2024-11-18", order: 11 },
      // ≈ start: delegation head of the 15th National Assembly term (mid-2021); ≈ end.
      { title: "Trưởng đoàn ĐBQH tỉnh", organisation: "Đoàn ĐBQH tỉnh Nghệ An", startDate: "2021-07-20", endDate: "2024-10-26", order: 12 },
      { title: "Phó Trưởng Ban Kinh tế Trung ương", organisation: "Ban Kinh tế Trung ương", startDate: "2024-10-26", endDate: "2025-02-01", order: 7 },
      // ≈ start: Ban Kinh tế Trung ương reorganised as Ban Chính sách, chiến lược Trung ương in early 2025.
      {
        title: "Phó Trưởng Ban Chính sách, chiến lược Trung ương",
        organisation: "Ban Chính sách, chiến lược Trung ương",
        startDate: "2025-02-01",
        endDate: null,
        order: 7,
      },
    ],
  },
  {
    slug: "nguyen-van-thong",
    fullName: "Nguyễn Văn Thông",
    familyName: "Nguyễn",
    givenName: "Thông",
    birthYear: null,
    homeTown: null,
    biography:
      "Phó Bí thư Tỉnh ủy Nghệ An nhiệm kỳ 2015 - 2020; được Ban Chấp hành Đảng bộ tỉnh khóa XIX bầu giữ chức Phó Bí thư Thường trực Tỉnh ủy nhiệm kỳ 2020 - 2025. Năm 2025 được Chủ tịch nước tặng thưởng Huân chương Độc lập hạng Ba.",
    positions: [
      // ≈ start (Đại hội XIX Đảng bộ tỉnh, tháng 10/2020); ≈ end (tháng 10/2024, successor in post by 28/10/2024).
      { title: "Phó Bí thư Thường trực Tỉnh ủy", organisation: "Tỉnh ủy Nghệ An", startDate: "2020-10-14", endDate: "2024-10-01", order: 20 },
    ],
  },
  {
    slug: "nguyen-duc-trung",
    fullName: "Nguyễn Đức Trung",
    familyName: "Nguyễn",
    givenName: "Trung",
    birthYear: 1974,
    homeTown: "xã Tĩnh Hải, huyện Tĩnh Gia (nay thuộc thị xã Nghi Sơn), tỉnh Thanh Hóa",
    biography:
      "Thạc sĩ kinh tế. Từng là Vụ trưởng Vụ Tổ chức cán bộ, Vụ trưởng Vụ Kinh tế địa phương và lãnh thổ, Vụ trưởng Vụ Kết cấu hạ tầng và đô thị, Thứ trưởng Bộ Kế hoạch và Đầu tư. Tháng 2/2020 được điều động về Nghệ An giữ chức Phó Bí thư Tỉnh ủy; tháng 3/2020 được bầu làm Chủ tịch UBND tỉnh. Ngày 11/11/2024 được Ban Chấp hành Đảng bộ tỉnh bầu giữ chức Bí thư Tỉnh ủy; tái đắc cử nhiệm kỳ 2025 - 2030. Tháng 11/2025 được điều động giữ chức Phó Bí thư Thành ủy Hà Nội.",
    positions: [
      // ≈ start (tháng 2/2020).
      { title: "Phó Bí thư Tỉnh ủy", organisation: "Tỉnh ủy Nghệ An", startDate: "2020-02-01", endDate: "2024-11-11", order: 30 },
      { title: "Chủ tịch UBND tỉnh", organisation: "UBND tỉnh Nghệ An", startDate: "2020-03-18", endDate: "2025-01-03", order: 31 },
      { title: "Bí thư Tỉnh ủy", organisation: "Tỉnh ủy Nghệ An", startDate: "2024-11-11", endDate: "2025-11-10", order: 10 },
      { title: "Phó Bí thư Thành ủy", organisation: "Thành ủy Hà Nội", startDate: "2025-11-10", endDate: null, order: 25 },
    ],
  },
  {
    slug: "hoang-nghia-hieu",
    fullName: "Hoàng Nghĩa Hiếu",
    familyName: "Hoàng",
    givenName: "Hiếu",
    birthYear: 1967,
    homeTown: "xã Hưng Lĩnh, huyện Hưng Nguyên, tỉnh Nghệ An",
    biography:
      "Thạc sĩ quản lý công trình thủy lợi. Từng là Bí thư Huyện ủy Yên Thành, Giám đốc Sở Nông nghiệp và Phát triển nông thôn, Phó Chủ tịch UBND tỉnh Nghệ An. Tháng 7/2022 giữ chức Phó Bí thư Tỉnh ủy; tháng 10/2024 là Phó Bí thư Thường trực Tỉnh ủy; ngày 18/11/2024 được bầu giữ chức Chủ tịch HĐND tỉnh khóa XVIII.",
    positions: [
      { title: "Phó Chủ tịch UBND tỉnh", organisation: "UBND tỉnh Nghệ An", startDate: "2019-11-11", endDate: "2022-07-28", order: 45 },
      // ≈ end / ≈ start (tháng 10/2024).
      { title: "Phó Bí thư Tỉnh ủy", organisation: "Tỉnh ủy Nghệ An", startDate: "2022-07-28", endDate: "2024-10-01", order: 35 },
      { title: "Phó Bí thư Thường trực Tỉnh ủy", organisation: "Tỉnh ủy Nghệ An", startDate: "2024-10-01", endDate: null, order: 20 },
      { title: "Chủ tịch HĐND tỉnh", organisation: "HĐND tỉnh Nghệ An", startDate: "2024-11-18", endDate: null, order: 11 },
    ],
  },
  {
    slug: "le-hong-vinh",
    fullName: "Lê Hồng Vinh",
    familyName: "Lê",
    givenName: "Vinh",
    birthYear: 1974,
    homeTown: "huyện Đô Lương, tỉnh Nghệ An",
    biography:
      "Thạc sĩ quản lý khoa học công nghệ. Từng là Phó Giám đốc Sở Giao thông vận tải, Bí thư Huyện ủy Anh Sơn, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh; Phó Chủ tịch UBND tỉnh từ tháng 12/2018, sau đó là Phó Chủ tịch Thường trực. Ngày 3/1/2025 giữ chức Phó Bí thư Tỉnh ủy và được bầu làm Chủ tịch UBND tỉnh Nghệ An. Tháng 11/2025 được điều động giữ chức Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Quảng Trị.",
    positions: [
      { title: "Phó Chủ tịch Thường trực UBND tỉnh", organisation: "UBND tỉnh Nghệ An", startDate: "2021-07-04", endDate: "2025-01-03", order: 41 },
      { title: "Phó Bí thư Tỉnh ủy", organisation: "Tỉnh ủy Nghệ An", startDate: "2025-01-03", endDate: "2025-11-17", order: 30 },
      { title: "Chủ tịch UBND tỉnh", organisation: "UBND tỉnh Nghệ An", startDate: "2025-01-03", endDate: "2025-11-17", order: 31 },
      { title: "Phó Bí thư Tỉnh ủy", organisation: "Tỉnh ủy Quảng Trị", startDate: "2025-11-17", endDate: null, order: 30 },
      { title: "Chủ tịch UBND tỉnh", organisation: "UBND tỉnh Quảng Trị", startDate: "2025-11-17", endDate: null, order: 31 },
    ],
  },
  {
    slug: "nguyen-nam-dinh",
    fullName: "Nguyễn Nam Đình",
    familyName: "Nguyễn",
    givenName: "Đình",
    birthYear: null,
    homeTown: null,
    biography:
      "Nguyên Bí thư Đảng ủy Khối Các cơ quan tỉnh Nghệ An. Tại kỳ họp thứ nhất HĐND tỉnh khóa XVIII (7/2021) được bầu giữ chức Phó Chủ tịch HĐND tỉnh; Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh.",
    positions: [{ title: "Phó Chủ tịch Thường trực HĐND tỉnh", organisation: "HĐND tỉnh Nghệ An", startDate: "2021-07-04", endDate: null, order: 40 }],
  },
  {
    slug: "nguyen-khac-than",
    fullName: "Nguyễn Khắc Thận",
    familyName: "Nguyễn",
    givenName: "Thận",
    birthYear: 1974,
    homeTown: "xã Phụ Dực, tỉnh Hưng Yên",
    biography:
      "Thạc sĩ quản lý kinh tế. Từng là Giám đốc Sở Nội vụ, Phó Chủ tịch, Chủ tịch UBND tỉnh và Bí thư Tỉnh ủy Thái Bình; Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hưng Yên. Ngày 11/11/2025 được Bộ Chính trị điều động, chỉ định giữ chức Bí thư Tỉnh ủy Nghệ An khóa XX, nhiệm kỳ 2025 - 2030.",
    positions: [{ title: "Bí thư Tỉnh ủy", organisation: "Tỉnh ủy Nghệ An", startDate: "2025-11-11", endDate: null, order: 10 }],
  },
];

// ---------------------------------------------------------------------------
// Main article (verbatim from the source page)
// ---------------------------------------------------------------------------

export const seedArticle: SeedArticle = {
  slug: "ban-thuong-vu-tinh-uy-hop-phien-thuong-ky-thang-3-2022",
  title: "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 3/2022",
  sapo: "Sáng 23/3, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 3 năm 2022 dưới sự chủ trì của đồng chí Thái Thanh Quý, Ủy viên TW Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH, Chủ tịch HĐND tỉnh.",
  paragraphs: [
    "Cùng dự có các đồng chí: Nguyễn Văn Thông, Phó Bí thư\u00a0Thường trực Tỉnh ủy; Nguyễn Đức Trung, Phó Bí thư\u00a0Tỉnh ủy, Chủ tịch UBND tỉnh; các đồng chí đại diện một số ban Đảng Trung ương và Văn phòng Trung ương Đảng, các đồng chí trong Ban Thường vụ Tỉnh ủy và lãnh đạo một số sở, ngành.",
    "Tại phiên họp, Ban Thường vụ Tỉnh ủy đã nghe và cho ý kiến vào báo cáo 1 năm triển khai Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX và Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII.",
    "Theo đó, quá trình chuẩn bị và công tác triển khai rất bài bản; quá trình xây dựng, ban hành văn bản đúng hướng dẫn của Văn phòng Trung ương Đảng.\u00a0Tuy nhiên, qua rà soát, đánh giá cũng cho thấy, tiến độ triển khai một số chương trình, đề án, kế hoạch thuộc Chương trình hành động thực hiện Nghị quyết chưa đảm bảo tiến độ đề ra; một số nội dung được đề nghị rút ra khỏi kế hoạch ban đầu; đồng thời bổ sung một số nội dung mới.",
    "Các đại biểu đề nghị cần có sự đánh giá cụ thể, sâu hơn những kết quả đã đạt được và những mặt chưa đạt được, đồng thời rút ra được những bài học kinh nghiệm, thay đổi cách tiếp cận về thực hiện nhiệm vụ, công tác tham mưu khi triển khai các chương trình, đề án. Cần bổ sung thêm thông tin, trong đó, cần làm rõ hơn một số nội dung về tài nguyên khoáng sản, cải cách hành chính... từ đó đề ra giải pháp thực hiện trong thời gian tới.",
    "Kết luận nội dung này, đồng chí Thái Thanh Quý - Bí thư Tỉnh ủy cho rằng, hiện nay các cơ quan, đơn vị vẫn còn bị động trong triển khai một số chương trình, đề án phê duyệt, nhiều chương trình, đề án phải lùi thời gian phê duyệt. Quá trình xây dựng chương trình hành động chưa nhìn nhận được tổng thể, chưa lường hết được các nội dung. Để thực hiện hiệu quả Chương trình hành động, đồng chí yêu cầu trong chương trình công tác hàng năm, Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy sẽ nghe chuyên đề để cho ý kiến về các chương trình, đề án trọng tâm nhằm đánh giá kết quả thực hiện, những khó khăn, hạn chế và đề ra giải pháp lãnh đạo, chỉ đạo kịp thời.",
    "Đối với việc xây dựng báo cáo, đồng chí Bí thư Tỉnh ủy đề nghị đánh giá, tích hợp về diễn biến, tiến độ một cách toàn diện, đầy đủ, tổng quan, không chỉ riêng lĩnh vực phát triển kinh tế - xã hội, quốc phòng - an ninh mà còn cả lĩnh vực chỉnh đốn, xây dựng Đảng, xây dựng hệ thống chính trị. Đánh giá sâu hơn một năm triển khai thực hiện trên các bình diện, mũi nhọn về kinh tế, văn hóa xã hội, bảo vệ môi trường gắn với quốc phòng - an ninh, xây dựng Đảng, hệ thống chính trị, cải cách hành chính. Cần đánh giá theo đúng hướng, đúng tinh thần thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX và Nghị quyết Đại hội lần thứ XIII của Đảng. Từ đó, rút ra được bài học kinh nghiệm cho quá trình xây dựng các chương trình hành động, xây dựng các chương trình, đề án cụ thể hóa chương trình hành động; cần xác định được vì sao phải thay đổi thời gian thực hiện một số nội dung về xây dựng, trình, thẩm định, phê duyệt, ban hành và cụ thể hóa.",
  ],
  byline: "Trần Thị Thanh Mơ",
  publishedAt: "2022-03-23T08:30:00+07:00",
  categorySlug: "hoat-dong-cua-tinh-uy",
  officialSlugs: ["thai-thanh-quy", "nguyen-van-thong", "nguyen-duc-trung"],
};

// ---------------------------------------------------------------------------
// "Tin cùng chuyên mục" — 15 articles, newest first (titles verbatim)
// ---------------------------------------------------------------------------

export const sameCategoryArticles: SeedArticle[] = [
  {
    slug: "dong-chi-nguyen-xuan-thang-lam-viec-voi-ban-thuong-vu-tinh-uy-nghe-an",
    title: "Đồng chí Nguyễn Xuân Thắng làm việc với Ban Thường vụ Tỉnh ủy Nghệ An",
    sapo: "Sáng 16/2, đoàn công tác Trung ương do đồng chí Nguyễn Xuân Thắng, Ủy viên Bộ Chính trị, Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh, Chủ tịch Hội đồng Lý luận Trung ương làm trưởng đoàn đã có buổi làm việc với Ban Thường vụ Tỉnh ủy Nghệ An.",
    paragraphs: [
      "Tiếp và làm việc với đoàn có các đồng chí: Thái Thanh Quý, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH, Chủ tịch HĐND tỉnh; Nguyễn Văn Thông, Phó Bí thư Thường trực Tỉnh ủy; Nguyễn Đức Trung, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Hoàng Nghĩa Hiếu, Phó Bí thư Tỉnh ủy; các đồng chí trong Ban Thường vụ Tỉnh ủy và lãnh đạo một số sở, ban, ngành.",
      "Báo cáo tại buổi làm việc, lãnh đạo tỉnh cho biết, năm 2022, mặc dù còn nhiều khó khăn, kinh tế của tỉnh tiếp tục phục hồi và tăng trưởng khá; thu ngân sách vượt dự toán; thu hút đầu tư đạt nhiều kết quả tích cực; an sinh xã hội được bảo đảm; công tác xây dựng Đảng và hệ thống chính trị được chú trọng. Tỉnh đã hoàn thành tổng kết 10 năm thực hiện Nghị quyết số 26-NQ/TW của Bộ Chính trị và đang phối hợp với các cơ quan Trung ương xây dựng dự thảo Nghị quyết của Bộ Chính trị về xây dựng và phát triển tỉnh Nghệ An đến năm 2030, tầm nhìn đến năm 2045.",
      "Tỉnh đề nghị Học viện Chính trị quốc gia Hồ Chí Minh tiếp tục phối hợp trong đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý; hỗ trợ Trường Chính trị tỉnh nâng cao chất lượng giảng dạy, nghiên cứu khoa học; đồng thời tham gia nghiên cứu, tổng kết thực tiễn, đề xuất những cơ chế, chính sách phù hợp với điều kiện đặc thù của Nghệ An.",
      "Phát biểu tại buổi làm việc, đồng chí Nguyễn Xuân Thắng đánh giá cao những kết quả mà Đảng bộ, chính quyền và Nhân dân Nghệ An đạt được thời gian qua. Đồng chí đề nghị tỉnh tiếp tục phát huy truyền thống quê hương Chủ tịch Hồ Chí Minh, đổi mới tư duy phát triển, khai thác hiệu quả tiềm năng, lợi thế; chú trọng công tác xây dựng Đảng, nâng cao chất lượng đội ngũ cán bộ, gắn nghiên cứu lý luận với tổng kết thực tiễn. Học viện Chính trị quốc gia Hồ Chí Minh sẽ tiếp tục đồng hành, phối hợp chặt chẽ với tỉnh trong đào tạo, bồi dưỡng cán bộ và nghiên cứu khoa học.",
    ],
    byline: "Nguyễn Thị Thu Hà",
    publishedAt: "2023-02-16T11:40:00+07:00",
    categorySlug: "hoat-dong-cua-tinh-uy",
    officialSlugs: ["nguyen-xuan-thang", "thai-thanh-quy", "nguyen-van-thong", "nguyen-duc-trung", "hoang-nghia-hieu"],
  },
  {
    slug: "tong-ket-cong-tac-xay-dung-dang-va-cong-tac-kiem-tra-giam-sat-nam-2022-trien-khai-nhiem-vu-nam-2023",
    title: "Tổng kết công tác xây dựng Đảng và công tác kiểm tra, giám sát năm 2022, triển khai nhiệm vụ năm 2023",
    sapo: "Sáng 6/1, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng và công tác kiểm tra, giám sát năm 2022, triển khai nhiệm vụ năm 2023. Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến các huyện ủy, thành ủy, thị ủy và đảng ủy trực thuộc Tỉnh ủy.",
    paragraphs: [
      "Chủ trì hội nghị có các đồng chí: Thái Thanh Quý, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH, Chủ tịch HĐND tỉnh; Nguyễn Văn Thông, Phó Bí thư Thường trực Tỉnh ủy; Hoàng Nghĩa Hiếu, Phó Bí thư Tỉnh ủy.",
      "Năm 2022, các cấp ủy, tổ chức đảng trong toàn Đảng bộ đã tập trung lãnh đạo triển khai đồng bộ các nhiệm vụ xây dựng Đảng. Công tác giáo dục chính trị, tư tưởng được chú trọng; việc học tập, quán triệt và thực hiện Kết luận Hội nghị Trung ương 4 khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị được triển khai nghiêm túc. Công tác tổ chức, cán bộ, sắp xếp tổ chức bộ máy tiếp tục được đẩy mạnh; công tác kiểm tra, giám sát được tăng cường, kịp thời phát hiện và xử lý nghiêm các tổ chức đảng, đảng viên vi phạm.",
      "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như: chất lượng sinh hoạt chi bộ ở một số nơi chưa cao; việc phát triển đảng viên ở vùng đồng bào dân tộc thiểu số, miền núi còn khó khăn; công tác tự kiểm tra, giám sát của một số cấp ủy cơ sở chưa thường xuyên.",
      "Phát biểu chỉ đạo, đồng chí Thái Thanh Quý nhấn mạnh, năm 2023 là năm giữa nhiệm kỳ, có ý nghĩa quan trọng trong việc thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX. Đồng chí yêu cầu các cấp ủy tiếp tục đổi mới phương thức lãnh đạo, nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức đảng; chú trọng xây dựng đội ngũ cán bộ, nhất là người đứng đầu; gắn công tác kiểm tra, giám sát với phòng, chống tham nhũng, tiêu cực, tạo chuyển biến rõ nét trong công tác xây dựng Đảng.",
    ],
    byline: "Trần Thị Thanh Mơ",
    publishedAt: "2023-01-06T11:15:00+07:00",
    categorySlug: "hoat-dong-cua-tinh-uy",
    officialSlugs: ["thai-thanh-quy", "nguyen-van-thong", "hoang-nghia-hieu"],
  },
  {
    slug: "ban-thuong-vu-tinh-uy-hop-phien-thuong-ky-thang-12-2022",
    title: "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 12/2022",
    sapo: "Sáng 28/12, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 12/2022 dưới sự chủ trì của đồng chí Thái Thanh Quý, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH, Chủ tịch HĐND tỉnh.",
    paragraphs: [
      "Cùng dự có các đồng chí: Nguyễn Văn Thông, Phó Bí thư Thường trực Tỉnh ủy; Nguyễn Đức Trung, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Hoàng Nghĩa Hiếu, Phó Bí thư Tỉnh ủy; các đồng chí trong Ban Thường vụ Tỉnh ủy và lãnh đạo một số ban, sở, ngành.",
      "Tại phiên họp, Ban Thường vụ Tỉnh ủy đã cho ý kiến vào dự thảo Chương trình công tác năm 2023 của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy; báo cáo kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ năm 2022; kết quả kiểm điểm, đánh giá, xếp loại chất lượng đối với tập thể, cá nhân thuộc diện Ban Thường vụ Tỉnh ủy quản lý.",
      "Các đại biểu đề nghị chương trình công tác năm 2023 cần xác định rõ nội dung trọng tâm, lộ trình, thời gian hoàn thành và cơ quan chủ trì; tránh dàn trải, chồng chéo. Việc đánh giá, xếp loại chất lượng phải thực chất, gắn với kết quả thực hiện nhiệm vụ của từng tập thể, cá nhân.",
      "Kết luận phiên họp, đồng chí Thái Thanh Quý yêu cầu các cơ quan tham mưu tiếp thu ý kiến, hoàn thiện các dự thảo để trình Hội nghị Ban Chấp hành Đảng bộ tỉnh; đồng thời chỉ đạo các địa phương, đơn vị tập trung chăm lo Tết Nguyên đán cho Nhân dân, nhất là các gia đình chính sách, hộ nghèo, bảo đảm an ninh trật tự, an toàn giao thông trong dịp cuối năm.",
    ],
    byline: "Lê Văn Minh",
    publishedAt: "2022-12-28T11:30:00+07:00",
    categorySlug: "hoat-dong-cua-tinh-uy",
    officialSlugs: ["thai-thanh-quy", "nguyen-van-thong", "nguyen-duc-trung", "hoang-nghia-hieu"],
  },
  {
    slug: "ban-thuong-vu-tinh-uy-tiep-tuc-phien-hop-cho-y-kien-vao-nhieu-noi-dung-quan-trong",
    title: "Ban Thường vụ Tỉnh ủy tiếp tục phiên họp cho ý kiến vào nhiều nội dung quan trọng",
    sapo: "Chiều 24/11, tiếp tục chương trình phiên họp thường kỳ tháng 11, Ban Thường vụ Tỉnh ủy đã cho ý kiến vào nhiều nội dung quan trọng dưới sự chủ trì của đồng chí Thái Thanh Quý, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH, Chủ tịch HĐND tỉnh.",
    paragraphs: [
      "Tại phiên họp, Ban Thường vụ Tỉnh ủy nghe đồng chí Nguyễn Đức Trung, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh báo cáo tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2022; dự kiến kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2023.",
      "Đồng chí Nguyễn Nam Đình, Phó Chủ tịch Thường trực HĐND tỉnh báo cáo dự kiến nội dung, chương trình kỳ họp thường lệ cuối năm 2022 của HĐND tỉnh, trong đó có một số nghị quyết về cơ chế, chính sách hỗ trợ phát triển sản xuất, đầu tư công và phân bổ ngân sách.",
      "Thảo luận, các đại biểu thống nhất đánh giá năm 2022 tỉnh đạt và vượt nhiều chỉ tiêu quan trọng; đồng thời đề nghị làm rõ những khó khăn trong giải ngân vốn đầu tư công, giải phóng mặt bằng các dự án trọng điểm và việc triển khai các chương trình mục tiêu quốc gia.",
      "Kết luận, đồng chí Thái Thanh Quý đề nghị UBND tỉnh, Thường trực HĐND tỉnh tiếp thu ý kiến các đại biểu, hoàn thiện các báo cáo, tờ trình; chuẩn bị chu đáo nội dung kỳ họp HĐND tỉnh, bảo đảm chất lượng, đúng quy định. Các ngành, địa phương cần quyết liệt hơn trong những tháng cuối năm để hoàn thành cao nhất các chỉ tiêu năm 2022.",
    ],
    byline: "Hoàng Thị Lan",
    publishedAt: "2022-11-24T17:45:00+07:00",
    categorySlug: "hoat-dong-cua-tinh-uy",
    officialSlugs: ["thai-thanh-quy", "nguyen-duc-trung", "nguyen-nam-dinh"],
  },
  {
    slug: "ban-thuong-vu-tinh-uy-hop-phien-thuong-ky-thang-11",
    title: "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 11",
    sapo: "Sáng 24/11, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 11 năm 2022 dưới sự chủ trì của đồng chí Thái Thanh Quý, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH, Chủ tịch HĐND tỉnh.",
    paragraphs: [
      "Cùng dự có các đồng chí: Nguyễn Văn Thông, Phó Bí thư Thường trực Tỉnh ủy; Nguyễn Đức Trung, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Hoàng Nghĩa Hiếu, Phó Bí thư Tỉnh ủy; các đồng chí trong Ban Thường vụ Tỉnh ủy.",
      "Phiên họp đã cho ý kiến vào dự thảo Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy năm 2022; dự thảo kế hoạch tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh cuối năm; báo cáo kết quả thực hiện chương trình kiểm tra, giám sát năm 2022 của Ban Thường vụ Tỉnh ủy.",
      "Các ý kiến thảo luận đề nghị báo cáo kiểm điểm cần bám sát Nghị quyết Đại hội XIX và chương trình công tác toàn khóa, chỉ rõ những việc đã làm được, những việc còn chậm và nguyên nhân chủ quan, khách quan; đánh giá cụ thể trách nhiệm của tập thể, cá nhân.",
      "Kết luận phiên họp, đồng chí Thái Thanh Quý yêu cầu các cơ quan tham mưu tiếp thu đầy đủ ý kiến để hoàn thiện dự thảo; tập trung chuẩn bị tốt các điều kiện tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh cuối năm, bảo đảm chất lượng, thiết thực.",
    ],
    byline: "Hoàng Thị Lan",
    publishedAt: "2022-11-24T11:45:00+07:00",
    categorySlug: "hoat-dong-cua-tinh-uy",
    officialSlugs: ["thai-thanh-quy", "nguyen-van-thong", "nguyen-duc-trung", "hoang-nghia-hieu"],
  },
  {
    slug: "ban-thuong-vu-tinh-uy-nghe-an-quan-triet-cong-tac-kiem-tra-giam-sat-thi-hanh-ky-luat-trong-dang",
    title: "Ban Thường vụ Tỉnh ủy Nghệ An quán triệt công tác kiểm tra, giám sát, thi hành kỷ luật trong Đảng",
    sapo: "Sáng 4/11, Ban Thường vụ Tỉnh ủy Nghệ An tổ chức hội nghị quán triệt các quy định, hướng dẫn mới của Trung ương về công tác kiểm tra, giám sát và thi hành kỷ luật trong Đảng.",
    paragraphs: [
      "Dự và chủ trì hội nghị có các đồng chí: Thái Thanh Quý, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH, Chủ tịch HĐND tỉnh; Nguyễn Văn Thông, Phó Bí thư Thường trực Tỉnh ủy; Hoàng Nghĩa Hiếu, Phó Bí thư Tỉnh ủy. Hội nghị được kết nối trực tuyến đến các huyện ủy, thành ủy, thị ủy và đảng ủy trực thuộc.",
      "Tại hội nghị, các đại biểu được nghe quán triệt nội dung cơ bản của Quy định số 69-QĐ/TW ngày 06/7/2022 của Bộ Chính trị về kỷ luật tổ chức đảng, đảng viên vi phạm; Kết luận số 34-KL/TW của Bộ Chính trị về Chiến lược công tác kiểm tra, giám sát của Đảng đến năm 2030 và các văn bản hướng dẫn có liên quan.",
      "Những điểm mới được làm rõ gồm nguyên tắc xử lý kỷ luật, các tình tiết tăng nặng, giảm nhẹ, việc áp dụng hình thức kỷ luật đối với tổ chức đảng và đảng viên vi phạm, cũng như yêu cầu kết hợp chặt chẽ giữa xử lý kỷ luật đảng với kỷ luật hành chính và xử lý bằng pháp luật.",
      "Phát biểu chỉ đạo, đồng chí Thái Thanh Quý yêu cầu các cấp ủy, tổ chức đảng tổ chức quán triệt nghiêm túc đến từng chi bộ, đảng viên; nâng cao chất lượng công tác kiểm tra, giám sát theo hướng chủ động phát hiện, ngăn ngừa vi phạm từ sớm, từ xa; xem xét, xử lý kỷ luật bảo đảm nghiêm minh, đúng nguyên tắc, không có vùng cấm, không có ngoại lệ.",
    ],
    byline: "Phan Quỳnh Anh",
    publishedAt: "2022-11-04T11:20:00+07:00",
    categorySlug: "hoat-dong-cua-tinh-uy",
    officialSlugs: ["thai-thanh-quy", "nguyen-van-thong", "hoang-nghia-hieu"],
  },
  {
    slug: "ban-thuong-vu-tinh-uy-hop-phien-thuong-ky-thang-10-2022",
    title: "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 10/2022",
    sapo: "Sáng 27/10, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 10/2022 dưới sự chủ trì của đồng chí Thái Thanh Quý, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH, Chủ tịch HĐND tỉnh.",
    paragraphs: [
      "Cùng dự có các đồng chí: Nguyễn Văn Thông, Phó Bí thư Thường trực Tỉnh ủy; Nguyễn Đức Trung, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Hoàng Nghĩa Hiếu, Phó Bí thư Tỉnh ủy; các đồng chí trong Ban Thường vụ Tỉnh ủy.",
      "Tại phiên họp, Ban Thường vụ Tỉnh ủy đã cho ý kiến vào dự thảo kế hoạch học tập, quán triệt, tuyên truyền và triển khai thực hiện các nghị quyết, kết luận của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII; nghe báo cáo tình hình kinh tế - xã hội 10 tháng năm 2022 và công tác khắc phục hậu quả mưa lũ tại các huyện miền núi.",
      "Các đại biểu đề nghị việc quán triệt nghị quyết phải gắn với xây dựng chương trình hành động cụ thể, phù hợp điều kiện của tỉnh; đồng thời tập trung hỗ trợ người dân vùng bị thiệt hại sớm ổn định đời sống, khôi phục sản xuất, sửa chữa hạ tầng giao thông, trường học bị hư hỏng.",
      "Kết luận phiên họp, đồng chí Thái Thanh Quý yêu cầu Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan hoàn thiện kế hoạch; UBND tỉnh chỉ đạo các ngành, địa phương quyết liệt thực hiện các giải pháp thúc đẩy tăng trưởng, đẩy nhanh tiến độ giải ngân vốn đầu tư công trong những tháng cuối năm.",
    ],
    byline: "Trần Thị Thanh Mơ",
    publishedAt: "2022-10-27T11:35:00+07:00",
    categorySlug: "hoat-dong-cua-tinh-uy",
    officialSlugs: ["thai-thanh-quy", "nguyen-van-thong", "nguyen-duc-trung", "hoang-nghia-hieu"],
  },
  {
    slug: "ban-thuong-vu-tinh-uy-hop-phien-thuong-ky-thang-9",
    title: "Ban Thường vụ Tỉnh uỷ họp phiên thường kỳ tháng 9",
    sapo: "Sáng 29/9, Ban Thường vụ Tỉnh uỷ họp phiên thường kỳ tháng 9 năm 2022 dưới sự chủ trì của đồng chí Thái Thanh Quý, Ủy viên Trung ương Đảng, Bí thư Tỉnh uỷ, Trưởng đoàn ĐBQH, Chủ tịch HĐND tỉnh.",
    paragraphs: [
      "Cùng dự có các đồng chí: Nguyễn Văn Thông, Phó Bí thư Thường trực Tỉnh uỷ; Nguyễn Đức Trung, Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh; Hoàng Nghĩa Hiếu, Phó Bí thư Tỉnh uỷ; các đồng chí trong Ban Thường vụ Tỉnh uỷ và lãnh đạo một số sở, ngành.",
      "Tại phiên họp, Ban Thường vụ Tỉnh uỷ nghe và cho ý kiến vào báo cáo tình hình thực hiện nhiệm vụ 9 tháng, phương hướng nhiệm vụ 3 tháng cuối năm 2022; báo cáo công tác phòng, chống thiên tai, khắc phục hậu quả mưa lũ; một số nội dung về công tác cán bộ theo thẩm quyền.",
      "Các đại biểu cho rằng, 9 tháng năm 2022, tình hình kinh tế - xã hội của tỉnh tiếp tục chuyển biến tích cực, nhiều chỉ tiêu đạt khá; tuy nhiên, tiến độ một số dự án trọng điểm còn chậm, công tác giải phóng mặt bằng còn vướng mắc. Trước diễn biến phức tạp của thời tiết, các địa phương cần chủ động phương án sơ tán dân ở vùng có nguy cơ sạt lở, lũ quét.",
      "Kết luận phiên họp, đồng chí Thái Thanh Quý đề nghị các cấp, các ngành tập trung hoàn thành các mục tiêu, chỉ tiêu năm 2022; thực hiện nghiêm phương châm bốn tại chỗ trong phòng, chống thiên tai, bảo đảm an toàn tính mạng, tài sản của Nhân dân.",
    ],
    byline: "Đặng Văn Hùng",
    publishedAt: "2022-09-29T11:50:00+07:00",
    categorySlug: "hoat-dong-cua-tinh-uy",
    officialSlugs: ["thai-thanh-quy", "nguyen-van-thong", "nguyen-duc-trung", "hoang-nghia-hieu"],
  },
  {
    slug: "ban-thuong-vu-tinh-uy-hop-phien-chuyen-de-cho-y-kien-du-thao-lan-3-bao-cao-tong-ket-nghi-quyet-26",
    title: "Ban Thường vụ Tỉnh ủy họp phiên chuyên đề cho ý kiến dự thảo lần 3 báo cáo tổng kết Nghị quyết 26",
    sapo: "Chiều 7/9, Ban Thường vụ Tỉnh ủy họp phiên chuyên đề cho ý kiến vào dự thảo lần 3 Báo cáo tổng kết 10 năm thực hiện Nghị quyết số 26-NQ/TW ngày 30/7/2013 của Bộ Chính trị về phương hướng, nhiệm vụ phát triển tỉnh Nghệ An đến năm 2020.",
    paragraphs: [
      "Chủ trì phiên họp có các đồng chí: Thái Thanh Quý, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH, Chủ tịch HĐND tỉnh; Nguyễn Văn Thông, Phó Bí thư Thường trực Tỉnh ủy; Nguyễn Đức Trung, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Hoàng Nghĩa Hiếu, Phó Bí thư Tỉnh ủy.",
      "Dự thảo lần 3 đã tiếp thu ý kiến góp ý của các bộ, ngành Trung ương, các nhà khoa học và các địa phương, đánh giá toàn diện kết quả thực hiện các mục tiêu, nhiệm vụ của Nghị quyết 26; chỉ rõ những hạn chế, yếu kém và nguyên nhân; đồng thời đề xuất quan điểm, mục tiêu, nhiệm vụ và giải pháp phát triển tỉnh trong giai đoạn tới.",
      "Các đại biểu đề nghị tiếp tục rà soát, cập nhật số liệu, so sánh với bình quân chung của vùng Bắc Trung Bộ và cả nước để thấy rõ vị trí của tỉnh; làm nổi bật những đột phá về hạ tầng, thu hút đầu tư, phát triển khu vực miền Tây; đề xuất các cơ chế, chính sách đặc thù có tính khả thi.",
      "Kết luận phiên họp, đồng chí Thái Thanh Quý yêu cầu Tổ biên tập tiếp thu tối đa các ý kiến, hoàn thiện báo cáo theo hướng ngắn gọn, súc tích, có số liệu minh chứng; đồng thời khẩn trương chuẩn bị dự thảo đề án tham mưu Bộ Chính trị ban hành nghị quyết mới về xây dựng và phát triển tỉnh Nghệ An.",
    ],
    byline: "Nguyễn Thị Thu Hà",
    publishedAt: "2022-09-07T17:20:00+07:00",
    categorySlug: "hoat-dong-cua-tinh-uy",
    officialSlugs: ["thai-thanh-quy", "nguyen-van-thong", "nguyen-duc-trung", "hoang-nghia-hieu"],
  },
  {
    slug: "hoi-nghi-cho-y-kien-du-thao-de-an-mo-rong-dia-gioi-hanh-chinh-va-khong-gian-do-thi-thanh-pho-vinh",
    title: "Hội nghị cho ý kiến Dự thảo Đề án mở rộng địa giới hành chính và không gian đô thị thành phố Vinh",
    sapo: "Sáng 24/8, Ban Thường vụ Tỉnh ủy tổ chức hội nghị cho ý kiến vào Dự thảo Đề án mở rộng địa giới hành chính và không gian đô thị thành phố Vinh. Đồng chí Thái Thanh Quý, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH, Chủ tịch HĐND tỉnh chủ trì hội nghị.",
    paragraphs: [
      "Cùng dự có các đồng chí: Nguyễn Văn Thông, Phó Bí thư Thường trực Tỉnh ủy; Nguyễn Đức Trung, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Hoàng Nghĩa Hiếu, Phó Bí thư Tỉnh ủy; các đồng chí trong Ban Thường vụ Tỉnh ủy, lãnh đạo các sở, ngành và các địa phương liên quan.",
      "Trình bày tóm tắt dự thảo, đồng chí Lê Hồng Vinh, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh cho biết, đề án được xây dựng nhằm tạo không gian phát triển mới cho thành phố Vinh, xứng tầm trung tâm kinh tế, văn hóa của vùng Bắc Trung Bộ; định hướng mở rộng địa giới hành chính trên cơ sở sáp nhập một số địa phương lân cận, gắn với quy hoạch hạ tầng giao thông, đô thị và dịch vụ.",
      "Thảo luận tại hội nghị, các đại biểu thống nhất với sự cần thiết của đề án; đề nghị làm rõ hơn các tiêu chí về diện tích, dân số, hạ tầng; đánh giá tác động đến đời sống người dân, tổ chức bộ máy, đội ngũ cán bộ, công chức và nguồn lực đầu tư; chú trọng công tác tuyên truyền, lấy ý kiến Nhân dân.",
      "Kết luận hội nghị, đồng chí Thái Thanh Quý yêu cầu cơ quan soạn thảo tiếp thu các ý kiến, tiếp tục hoàn thiện đề án theo đúng quy trình, quy định; bảo đảm tính khoa học, khả thi, tạo sự đồng thuận cao trong Nhân dân trước khi trình cấp có thẩm quyền xem xét.",
    ],
    byline: "Lê Văn Minh",
    publishedAt: "2022-08-24T11:25:00+07:00",
    categorySlug: "hoat-dong-cua-tinh-uy",
    officialSlugs: ["thai-thanh-quy", "nguyen-van-thong", "nguyen-duc-trung", "hoang-nghia-hieu", "le-hong-vinh"],
  },
  {
    slug: "hoi-nghi-quan-triet-viec-thanh-lap-ban-chi-dao-tinh-ve-phong-chong-tham-nhung-tieu-cuc",
    title: "Hội nghị quán triệt việc thành lập Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, tiêu cực",
    sapo: "Sáng 5/8, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt việc thành lập Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, tiêu cực và triển khai các văn bản có liên quan của Trung ương.",
    paragraphs: [
      "Chủ trì hội nghị có các đồng chí: Thái Thanh Quý, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH, Chủ tịch HĐND tỉnh; Nguyễn Văn Thông, Phó Bí thư Thường trực Tỉnh ủy; Nguyễn Đức Trung, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.",
      "Tại hội nghị, các đại biểu được quán triệt quy định của Bộ Chính trị về chức năng, nhiệm vụ, quyền hạn, chế độ làm việc, quan hệ công tác của Ban Chỉ đạo cấp tỉnh về phòng, chống tham nhũng, tiêu cực. Ban Chỉ đạo tỉnh do đồng chí Bí thư Tỉnh ủy làm Trưởng ban, đồng chí Trưởng Ban Nội chính Tỉnh ủy làm Phó Trưởng ban Thường trực; Ban Nội chính Tỉnh ủy là cơ quan thường trực của Ban Chỉ đạo.",
      "Phát biểu chỉ đạo, đồng chí Thái Thanh Quý nhấn mạnh, việc thành lập Ban Chỉ đạo cấp tỉnh là chủ trương đúng đắn của Trung ương, thể hiện quyết tâm chính trị cao trong đấu tranh phòng, chống tham nhũng, tiêu cực. Đồng chí yêu cầu Ban Chỉ đạo khẩn trương ban hành quy chế làm việc, chương trình công tác; tập trung chỉ đạo xử lý dứt điểm các vụ việc, vụ án tham nhũng, tiêu cực được dư luận quan tâm.",
      "Đồng chí đề nghị các cấp ủy, tổ chức đảng, người đứng đầu các cơ quan, đơn vị nâng cao trách nhiệm, tăng cường kiểm tra, giám sát, thanh tra, kiểm toán; siết chặt kỷ luật, kỷ cương hành chính; kiên quyết xử lý nghiêm cán bộ, đảng viên vi phạm, đồng thời có cơ chế bảo vệ cán bộ dám nghĩ, dám làm vì lợi ích chung.",
    ],
    byline: "Phan Quỳnh Anh",
    publishedAt: "2022-08-05T11:10:00+07:00",
    categorySlug: "hoat-dong-cua-tinh-uy",
    officialSlugs: ["thai-thanh-quy", "nguyen-van-thong", "nguyen-duc-trung"],
  },
  {
    slug: "ban-thuong-vu-tinh-uy-hop-phien-thuong-ky-thang-7-2022",
    title: "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 7/2022",
    sapo: "Sáng 21/7, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 7/2022 dưới sự chủ trì của đồng chí Thái Thanh Quý, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH, Chủ tịch HĐND tỉnh.",
    paragraphs: [
      "Cùng dự có các đồng chí: Nguyễn Văn Thông, Phó Bí thư Thường trực Tỉnh ủy; Nguyễn Đức Trung, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; các đồng chí trong Ban Thường vụ Tỉnh ủy và lãnh đạo một số sở, ngành.",
      "Tại phiên họp, Ban Thường vụ Tỉnh ủy đã cho ý kiến vào báo cáo kết quả thực hiện chương trình chuyển đổi số của tỉnh; dự thảo kế hoạch triển khai thực hiện các kết luận, quy định mới của Bộ Chính trị, Ban Bí thư; một số nội dung về công tác cán bộ theo thẩm quyền.",
      "Các đại biểu đánh giá việc chuyển đổi số trong các cơ quan Đảng, chính quyền đã có bước tiến rõ nét, nhất là trong xử lý văn bản điện tử và cung cấp dịch vụ công trực tuyến; tuy nhiên hạ tầng số ở vùng sâu, vùng xa còn hạn chế, nguồn nhân lực công nghệ thông tin còn thiếu.",
      "Kết luận phiên họp, đồng chí Thái Thanh Quý yêu cầu các cơ quan xác định chuyển đổi số là nhiệm vụ trọng tâm, có lộ trình cụ thể và gắn trách nhiệm người đứng đầu; đồng thời chỉ đạo hoàn thiện các dự thảo kế hoạch để sớm ban hành, triển khai thực hiện.",
    ],
    byline: "Trần Thị Thanh Mơ",
    publishedAt: "2022-07-21T11:30:00+07:00",
    categorySlug: "hoat-dong-cua-tinh-uy",
    officialSlugs: ["thai-thanh-quy", "nguyen-van-thong", "nguyen-duc-trung"],
  },
  {
    slug: "ban-thuong-vu-tinh-uy-hop-phien-thuong-ky-thang-6",
    title: "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 6",
    sapo: "Sáng 23/6, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 6 năm 2022 dưới sự chủ trì của đồng chí Thái Thanh Quý, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH, Chủ tịch HĐND tỉnh.",
    paragraphs: [
      "Cùng dự có các đồng chí: Nguyễn Văn Thông, Phó Bí thư Thường trực Tỉnh ủy; Nguyễn Đức Trung, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; các đồng chí trong Ban Thường vụ Tỉnh ủy.",
      "Phiên họp đã cho ý kiến vào dự thảo báo cáo sơ kết công tác 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2022 của Ban Chấp hành Đảng bộ tỉnh; báo cáo kết quả thực hiện Kết luận Hội nghị Trung ương 4 khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị.",
      "Các đại biểu thống nhất đánh giá, 6 tháng đầu năm, kinh tế của tỉnh phục hồi nhanh sau dịch Covid-19; thu ngân sách đạt khá; các hoạt động văn hóa, xã hội diễn ra sôi nổi. Bên cạnh đó, giá cả nguyên vật liệu tăng cao ảnh hưởng đến tiến độ nhiều công trình; một số chỉ tiêu đạt thấp so với kế hoạch.",
      "Kết luận phiên họp, đồng chí Thái Thanh Quý yêu cầu hoàn thiện báo cáo để trình Hội nghị Ban Chấp hành Đảng bộ tỉnh giữa năm; các ngành, địa phương bám sát kịch bản tăng trưởng, tháo gỡ khó khăn cho doanh nghiệp, đẩy nhanh giải ngân vốn đầu tư công.",
    ],
    byline: "Đặng Văn Hùng",
    publishedAt: "2022-06-23T11:40:00+07:00",
    categorySlug: "hoat-dong-cua-tinh-uy",
    officialSlugs: ["thai-thanh-quy", "nguyen-van-thong", "nguyen-duc-trung"],
  },
  {
    slug: "ban-thuong-vu-tinh-uy-hop-phien-thuong-ky-thang-5",
    title: "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 5",
    sapo: "Sáng 27/5, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 5 năm 2022 dưới sự chủ trì của đồng chí Thái Thanh Quý, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH, Chủ tịch HĐND tỉnh.",
    paragraphs: [
      "Cùng dự có các đồng chí: Nguyễn Văn Thông, Phó Bí thư Thường trực Tỉnh ủy; Nguyễn Đức Trung, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; các đồng chí trong Ban Thường vụ Tỉnh ủy và lãnh đạo một số sở, ngành.",
      "Tại phiên họp, Ban Thường vụ Tỉnh ủy đã nghe và cho ý kiến vào báo cáo kết quả thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; tình hình triển khai các dự án đầu tư trên địa bàn và một số nội dung quan trọng khác.",
      "Các đại biểu đề nghị việc học tập và làm theo Bác cần gắn với việc thực hiện nhiệm vụ chính trị của từng cơ quan, đơn vị, với trách nhiệm nêu gương của cán bộ, đảng viên, nhất là người đứng đầu; nhân rộng các mô hình hay, điển hình tiêu biểu.",
      "Kết luận phiên họp, đồng chí Thái Thanh Quý đề nghị các cơ quan tham mưu tiếp thu ý kiến, hoàn thiện báo cáo; đồng thời chỉ đạo rà soát, phân loại các dự án chậm tiến độ để có giải pháp xử lý phù hợp, kiên quyết thu hồi các dự án vi phạm theo quy định.",
    ],
    byline: "Nguyễn Thị Thu Hà",
    publishedAt: "2022-05-27T11:20:00+07:00",
    categorySlug: "hoat-dong-cua-tinh-uy",
    officialSlugs: ["thai-thanh-quy", "nguyen-van-thong", "nguyen-duc-trung"],
  },
  {
    slug: "ban-thuong-vu-tinh-uy-dang-huong-tuong-niem-chu-tich-ho-chi-minh-ky-niem-132-nam-ngay-sinh-cua-nguoi",
    title: "Ban Thường vụ Tỉnh ủy dâng hương tưởng niệm Chủ tịch Hồ Chí Minh, kỷ niệm 132 năm ngày sinh của Người",
    sapo: "Sáng 18/5, nhân kỷ niệm 132 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2022), đoàn đại biểu Ban Thường vụ Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh Nghệ An đã đến dâng hoa, dâng hương tưởng niệm Chủ tịch Hồ Chí Minh.",
    paragraphs: [
      "Đoàn do đồng chí Thái Thanh Quý, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH, Chủ tịch HĐND tỉnh dẫn đầu; cùng đi có các đồng chí: Nguyễn Văn Thông, Phó Bí thư Thường trực Tỉnh ủy; Nguyễn Đức Trung, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; các đồng chí trong Ban Thường vụ Tỉnh ủy, lãnh đạo các sở, ban, ngành, đoàn thể cấp tỉnh.",
      "Tại Quảng trường Hồ Chí Minh, thành phố Vinh, đoàn đã dâng hoa, dâng hương, thành kính tưởng nhớ công lao trời biển của Chủ tịch Hồ Chí Minh - vị lãnh tụ thiên tài, người thầy vĩ đại của cách mạng Việt Nam, Anh hùng giải phóng dân tộc, Danh nhân văn hóa thế giới.",
      "Cùng ngày, đoàn đã đến dâng hương tại Khu di tích quốc gia đặc biệt Kim Liên, huyện Nam Đàn và phần mộ bà Hoàng Thị Loan, thân mẫu của Chủ tịch Hồ Chí Minh.",
      "Trong không khí trang nghiêm, các đồng chí lãnh đạo tỉnh bày tỏ lòng biết ơn vô hạn đối với Chủ tịch Hồ Chí Minh và nguyện tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách của Người; đoàn kết, quyết tâm xây dựng quê hương Nghệ An ngày càng giàu đẹp, văn minh, xứng đáng với mong muốn của Bác lúc sinh thời.",
    ],
    byline: "Lê Văn Minh",
    publishedAt: "2022-05-18T10:45:00+07:00",
    categorySlug: "hoat-dong-cua-tinh-uy",
    officialSlugs: ["thai-thanh-quy", "nguyen-van-thong", "nguyen-duc-trung"],
  },
];

// ---------------------------------------------------------------------------
// Officials directory (/lanh-dao): groups in display order, officials in protocol order
// ---------------------------------------------------------------------------

export const officialGroups: { slug: string; name: string; officialSlugs: string[] }[] = [
  { slug: "thuong-truc-tinh-uy", name: "Thường trực Tỉnh ủy", officialSlugs: ["nguyen-khac-than", "hoang-nghia-hieu"] },
  { slug: "thuong-truc-hdnd-tinh", name: "Thường trực HĐND tỉnh", officialSlugs: ["nguyen-nam-dinh"] },
  { slug: "lanh-dao-trung-uong", name: "Lãnh đạo Trung ương", officialSlugs: ["nguyen-xuan-thang"] },
  { slug: "nguyen-lanh-dao-tinh", name: "Nguyên lãnh đạo tỉnh", officialSlugs: ["thai-thanh-quy", "nguyen-duc-trung", "le-hong-vinh", "nguyen-van-thong"] },
];

// ---------------------------------------------------------------------------
// Home page: category blocks in order, and one banner (image served from public/)
// ---------------------------------------------------------------------------

export const homeCategoryOrder: string[] = [
  "tin-tuc-su-kien",
  "xay-dung-dang",
  "kinh-te-xa-hoi",
  "quoc-phong-an-ninh",
  "van-hoa-xa-hoi",
  "chong-dien-bien-hoa-binh",
];

export const banners: { slot: string; imageUrl: string; linkUrl: string; alt: string }[] = [
  {
    slot: "sidebar",
    imageUrl: "/banners/hoc-tap-lam-theo-bac.png",
    linkUrl: "/chuyen-muc/hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh",
    alt: "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
  },
];
