"""The standard skeleton of a yearly TĐKT plan and the usual calendar as suggested tasks.

Dates follow the yearly cycle of shared/spec/domain.md §3; officers edit them freely.
"""

from .enums import TimingKind

SECTIONS = [
    (
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích\n\n"
        "Đẩy mạnh các phong trào thi đua yêu nước, phát huy sức mạnh tổng hợp của cả hệ thống "
        "chính trị và các tầng lớp nhân dân, quyết tâm thực hiện thắng lợi nhiệm vụ phát triển "
        "kinh tế - xã hội năm {year}.\n\n"
        "2. Yêu cầu\n\n"
        "Việc tổ chức các phong trào thi đua phải thiết thực, hiệu quả; công tác khen thưởng "
        "bảo đảm chính xác, công khai, minh bạch, kịp thời, đúng thành tích, đúng đối tượng.",
        False,
    ),
    ("II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG THỰC HIỆN", "", True),
    (
        "III. GIẢI PHÁP",
        "1. Nâng cao vai trò lãnh đạo, chỉ đạo của cấp ủy, chính quyền đối với công tác thi đua, "
        "khen thưởng.\n\n"
        "2. Đổi mới nội dung, hình thức tổ chức các phong trào thi đua; chú trọng phát hiện, bồi "
        "dưỡng và nhân rộng điển hình tiên tiến.\n\n"
        "3. Thực hiện đúng quy trình, thủ tục xét khen thưởng; quan tâm khen thưởng người lao động "
        "trực tiếp, tập thể nhỏ.",
        False,
    ),
    (
        "IV. TỔ CHỨC THỰC HIỆN",
        "1. Các cơ quan, đơn vị căn cứ Kế hoạch này xây dựng kế hoạch cụ thể, tổ chức triển khai "
        "thực hiện và định kỳ báo cáo kết quả.\n\n"
        "2. Giao cơ quan thường trực Hội đồng Thi đua - Khen thưởng theo dõi, đôn đốc, tổng hợp "
        "kết quả thực hiện Kế hoạch này.",
        False,
    ),
]

# content, timing kind, quarter, months (from, to), printed timing
TASKS = [
    (
        "Xây dựng, ban hành Kế hoạch công tác thi đua, khen thưởng năm {year}.",
        TimingKind.MONTHS,
        None,
        (1, 1),
        "Tháng 01",
    ),
    (
        "Tổng kết công tác thi đua, khen thưởng năm {prev}; phát động phong trào thi đua năm {year}.",
        TimingKind.QUARTER,
        1,
        None,
        "Quý I",
    ),
    (
        "Hướng dẫn, tổng hợp đăng ký thi đua của các tập thể, cá nhân năm {year}.",
        TimingKind.MONTHS,
        None,
        (3, 3),
        "Trước ngày 31/3",
    ),
    (
        "Các cụm, khối thi đua bầu cụm trưởng, ký kết giao ước thi đua và ban hành bảng tiêu chí chấm điểm.",
        TimingKind.MONTHS,
        None,
        (3, 3),
        "Tháng 3",
    ),
    (
        "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm {year}; sơ kết cụm, khối thi đua.",
        TimingKind.MONTHS,
        None,
        (6, 7),
        "Tháng 6, 7",
    ),
    (
        "Hoàn thiện hồ sơ đề nghị Cờ thi đua của Chính phủ (nếu có).",
        TimingKind.MONTHS,
        None,
        (6, 6),
        "Trước ngày 30/6",
    ),
    (
        "Kiểm tra công tác thi đua, khen thưởng tại các cơ quan, đơn vị.",
        TimingKind.QUARTER,
        3,
        None,
        "Quý III",
    ),
    (
        "Các cụm, khối thi đua tự chấm điểm, tổng hợp kết quả thi đua năm {year}.",
        TimingKind.MONTHS,
        None,
        (10, 11),
        "Tháng 10, 11",
    ),
    (
        "Tổng hợp hồ sơ đề nghị khen thưởng tổng kết năm {year}; thẩm định, trình Hội đồng Thi đua - Khen thưởng.",
        TimingKind.MONTHS,
        None,
        (12, 12),
        "Trước ngày 10/12",
    ),
    (
        "Báo cáo thống kê công tác thi đua, khen thưởng năm {year}.",
        TimingKind.MONTHS,
        None,
        (12, 12),
        "Ngày 15/12",
    ),
]

RECIPIENTS = "Thường trực Hội đồng TĐKT cấp trên (b/c)\nCác thành viên Hội đồng TĐKT\nCác cơ quan, đơn vị trực thuộc\nLưu: VT"
