/**
 * Demo "Hỏi đáp": the topics and a dozen answered questions in several of them (lib/seed/questions.ts).
 * Names and contacts are made up; the answers are written as a provincial department would.
 */
export const questionTopics = [
  { slug: "dat-dai-xay-dung", name: "Đất đai, xây dựng" },
  { slug: "bao-hiem-xa-hoi", name: "Bảo hiểm xã hội, việc làm" },
  { slug: "giao-duc", name: "Giáo dục, đào tạo" },
  { slug: "thu-tuc-hanh-chinh", name: "Thủ tục hành chính" },
  { slug: "y-te", name: "Y tế" },
];

export type SeedQuestion = { topic: string; name: string; title: string; text: string; unit: string; answer: string[]; daysAgo: number };

export const demoQuestions: SeedQuestion[] = [
  {
    topic: "dat-dai-xay-dung",
    name: "Nguyễn Văn Hùng",
    title: "Thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu",
    text: "Gia đình tôi sử dụng thửa đất ở xã Nghi Phong từ năm 1995, chưa có giấy tờ. Xin hỏi thủ tục cấp giấy chứng nhận lần đầu gồm những gì và nộp ở đâu?",
    unit: "Sở Tài nguyên và Môi trường",
    answer: [
      "Hộ gia đình sử dụng đất ổn định, không tranh chấp trước ngày 01/7/2004 được xem xét cấp giấy chứng nhận theo Luật Đất đai.",
      "Hồ sơ gồm đơn đăng ký, giấy tờ về nguồn gốc sử dụng đất (nếu có) và xác nhận của UBND xã; nộp tại Bộ phận một cửa của huyện hoặc Chi nhánh Văn phòng đăng ký đất đai.",
    ],
    daysAgo: 2,
  },
  {
    topic: "dat-dai-xay-dung",
    name: "Trần Thị Mai",
    title: "Xây nhà ở nông thôn có cần giấy phép xây dựng không?",
    text: "Tôi muốn xây nhà 2 tầng trên đất ở của gia đình tại huyện Diễn Châu. Có phải xin giấy phép xây dựng không?",
    unit: "Sở Xây dựng",
    answer: [
      "Nhà ở riêng lẻ ở nông thôn không thuộc khu vực có quy hoạch chi tiết xây dựng được duyệt thì được miễn giấy phép xây dựng.",
      "Nếu thửa đất nằm trong khu vực đã có quy hoạch chi tiết hoặc khu bảo tồn, di tích, bạn cần xin giấy phép tại UBND huyện.",
    ],
    daysAgo: 5,
  },
  {
    topic: "dat-dai-xay-dung",
    name: "Lê Quang Đạo",
    title: "Bồi thường khi Nhà nước thu hồi đất nông nghiệp",
    text: "Đất trồng lúa của gia đình tôi nằm trong dự án mở rộng quốc lộ. Mức bồi thường và hỗ trợ được tính như thế nào?",
    unit: "Sở Tài nguyên và Môi trường",
    answer: [
      "Đất nông nghiệp bị thu hồi được bồi thường theo giá đất cụ thể do UBND tỉnh quyết định tại thời điểm thu hồi.",
      "Ngoài bồi thường, hộ trực tiếp sản xuất nông nghiệp còn được hỗ trợ ổn định đời sống và hỗ trợ đào tạo, chuyển đổi nghề.",
    ],
    daysAgo: 9,
  },
  {
    topic: "bao-hiem-xa-hoi",
    name: "Phạm Thị Hoa",
    title: "Điều kiện hưởng trợ cấp thất nghiệp",
    text: "Tôi nghỉ việc ở công ty may sau 3 năm đóng bảo hiểm thất nghiệp. Tôi có được hưởng trợ cấp không, và nộp hồ sơ ở đâu?",
    unit: "Sở Lao động - Thương binh và Xã hội",
    answer: [
      "Người lao động đã đóng bảo hiểm thất nghiệp từ đủ 12 tháng trong 24 tháng trước khi chấm dứt hợp đồng được hưởng trợ cấp.",
      "Trong 3 tháng kể từ ngày nghỉ việc, bạn nộp hồ sơ tại Trung tâm Dịch vụ việc làm tỉnh hoặc các điểm tiếp nhận ở huyện.",
    ],
    daysAgo: 3,
  },
  {
    topic: "bao-hiem-xa-hoi",
    name: "Hoàng Văn Nam",
    title: "Đóng bảo hiểm xã hội tự nguyện bao nhiêu năm thì được lương hưu?",
    text: "Tôi 45 tuổi, làm nông, muốn tham gia bảo hiểm xã hội tự nguyện. Cần đóng bao nhiêu năm để được hưởng lương hưu?",
    unit: "Bảo hiểm xã hội tỉnh",
    answer: [
      "Người tham gia bảo hiểm xã hội tự nguyện được hưởng lương hưu khi đủ tuổi nghỉ hưu và có từ đủ 15 năm đóng trở lên.",
      "Nhà nước hỗ trợ một phần tiền đóng cho hộ nghèo, cận nghèo và các đối tượng khác.",
    ],
    daysAgo: 12,
  },
  {
    topic: "giao-duc",
    name: "Đặng Thị Lan",
    title: "Tuyển sinh vào lớp 10 trường công lập năm học mới",
    text: "Con tôi học lớp 9 ở thành phố Vinh. Xin hỏi lịch thi và cách tính điểm xét tuyển vào lớp 10 công lập?",
    unit: "Sở Giáo dục và Đào tạo",
    answer: [
      "Kỳ thi tuyển sinh lớp 10 gồm ba bài thi: Ngữ văn, Toán và một môn thứ ba do Sở công bố trước ngày 31/3 hằng năm.",
      "Điểm xét tuyển là tổng điểm các bài thi (Toán và Ngữ văn hệ số 2) cộng điểm ưu tiên, khuyến khích nếu có.",
    ],
    daysAgo: 4,
  },
  {
    topic: "giao-duc",
    name: "Bùi Minh Tuấn",
    title: "Miễn, giảm học phí cho con hộ cận nghèo",
    text: "Gia đình tôi thuộc hộ cận nghèo, con đang học trung học cơ sở. Con tôi có được giảm học phí không?",
    unit: "Sở Giáo dục và Đào tạo",
    answer: [
      "Học sinh thuộc hộ cận nghèo được giảm 50% học phí theo quy định hiện hành.",
      "Phụ huynh nộp đơn kèm giấy chứng nhận hộ cận nghèo cho nhà trường trong 30 ngày đầu của học kỳ.",
    ],
    daysAgo: 15,
  },
  {
    topic: "thu-tuc-hanh-chinh",
    name: "Ngô Thị Thu",
    title: "Làm căn cước cho trẻ dưới 14 tuổi",
    text: "Con tôi 10 tuổi. Có bắt buộc làm căn cước không và làm ở đâu?",
    unit: "Công an tỉnh",
    answer: [
      "Việc cấp căn cước cho công dân dưới 14 tuổi được thực hiện theo nhu cầu, không bắt buộc.",
      "Cha, mẹ hoặc người giám hộ đưa trẻ đến cơ quan quản lý căn cước cấp huyện hoặc làm thủ tục trực tuyến qua Cổng dịch vụ công.",
    ],
    daysAgo: 1,
  },
  {
    topic: "thu-tuc-hanh-chinh",
    name: "Võ Đức Thắng",
    title: "Đăng ký kinh doanh hộ cá thể trực tuyến",
    text: "Tôi muốn mở cửa hàng tạp hóa. Có thể đăng ký hộ kinh doanh qua mạng không và mất bao lâu?",
    unit: "Sở Kế hoạch và Đầu tư",
    answer: [
      "Hộ kinh doanh đăng ký trực tuyến trên Cổng dịch vụ công quốc gia; hồ sơ được Phòng Tài chính - Kế hoạch cấp huyện giải quyết.",
      "Thời hạn giải quyết là 3 ngày làm việc kể từ khi nhận đủ hồ sơ hợp lệ.",
    ],
    daysAgo: 7,
  },
  {
    topic: "thu-tuc-hanh-chinh",
    name: "Trịnh Văn Lợi",
    title: "Chứng thực bản sao từ bản chính ở đâu?",
    text: "Tôi cần chứng thực bản sao bằng tốt nghiệp. Có thể làm ở UBND xã hay phải lên huyện?",
    unit: "Sở Tư pháp",
    answer: [
      "UBND cấp xã, Phòng Tư pháp cấp huyện và các tổ chức hành nghề công chứng đều chứng thực bản sao từ bản chính.",
      "Bạn mang theo bản chính và bản sao cần chứng thực; lệ phí theo quy định.",
    ],
    daysAgo: 20,
  },
  {
    topic: "y-te",
    name: "Lương Thị Hằng",
    title: "Khám chữa bệnh bảo hiểm y tế trái tuyến",
    text: "Thẻ bảo hiểm y tế của tôi đăng ký ở trạm y tế xã. Nếu tôi khám tại bệnh viện tỉnh thì được hưởng bao nhiêu?",
    unit: "Sở Y tế",
    answer: [
      "Người có thẻ bảo hiểm y tế điều trị nội trú trái tuyến tại bệnh viện tuyến tỉnh được quỹ chi trả theo mức hưởng của thẻ.",
      "Khám ngoại trú trái tuyến tại tuyến tỉnh không được quỹ thanh toán, trừ trường hợp cấp cứu hoặc được chuyển tuyến đúng quy định.",
    ],
    daysAgo: 6,
  },
  {
    topic: "y-te",
    name: "Cao Văn Sơn",
    title: "Tiêm chủng mở rộng cho trẻ em có mất phí không?",
    text: "Con tôi 2 tháng tuổi. Các mũi tiêm trong chương trình tiêm chủng mở rộng có miễn phí không?",
    unit: "Sở Y tế",
    answer: [
      "Các vắc xin trong Chương trình tiêm chủng mở rộng được tiêm miễn phí tại trạm y tế xã, phường.",
      "Phụ huynh mang theo sổ tiêm chủng và theo dõi lịch tiêm do trạm y tế thông báo.",
    ],
    daysAgo: 10,
  },
];
