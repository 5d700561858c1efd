"""Example data of each kind, from two real plans (Cái Răng 2020, Phong Thổ 2023).

Used by tests, the benchmark and for trying the renderer (``render_document --from-json``).
"""

import copy

CAI_RANG_PLAN = {
    "number": "30",
    "symbol": "KH-UBND",
    "place": "Cái Răng",
    "date": "2020-02-06",
    "issuer": "ỦY BAN NHÂN DÂN QUẬN CÁI RĂNG",
    "issuer_parent": None,
    "doc_type": "KẾ HOẠCH",
    "title": "Triển khai công tác thi đua, khen thưởng năm 2020",
    "year": 2020,
    "legal_basis": [
        "Để thực hiện tốt Kế hoạch số 05/CT-UBND ngày 09 tháng 01 năm 2020 của Ủy ban nhân "
        "dân thành phố Cần Thơ Triển khai công tác thi đua, khen thưởng năm 2020, các Nghị "
        "quyết, Chương trình hành động của Quận ủy, Nghị quyết của Hội đồng nhân dân quận Cái "
        "Răng. Ủy ban nhân dân quận Cái Răng ban hành Kế hoạch triển khai công tác thi đua, "
        "khen thưởng năm 2020 với những nội dung chủ yếu sau:"
    ],
    "sections": [
        {
            "heading": "I. MỤC ĐÍCH, YÊU CẦU",
            "text": "1. Mục đích:\n\nPhát động phong trào thi đua lập thành tích chào mừng Đại "
            "hội Đảng bộ quận tiến tới Đại hội Đảng toàn quốc, các ngày lễ lớn trong năm 2020, "
            "tạo khí thế sôi nổi, cổ vũ tinh thần quyết tâm khắc phục khó khăn thực hiện thắng "
            "lợi các chỉ tiêu kinh tế - xã hội năm 2020.\n\nNâng cao chất lượng công tác khen "
            "thưởng, chú trọng khen thưởng theo thành tích đạt được, khen thưởng thành tích đột "
            "xuất, trong đó quan tâm đến tập thể nhỏ và người lao động trực tiếp, công nhân, "
            "nông dân. Làm tốt công tác phát hiện, bồi dưỡng, nhân điển hình tiên tiến.\n\n"
            "2. Yêu cầu:\n\nCác cơ quan, đơn vị, các cụm, khối thi đua triển khai phong trào thi "
            "đua và công tác khen thưởng đảm bảo thiết thực, hiệu quả, nhằm tạo động lực phấn "
            "đấu hoàn thành nhiệm vụ chính trị ở từng cơ quan, đơn vị.",
        },
        {"heading": "II. NỘI DUNG", "text": ""},
        {
            "heading": "III. CÁC GIẢI PHÁP CHỦ YẾU",
            "text": "1. Nâng cao vai trò quản lý nhà nước về công tác thi đua, khen thưởng; Các "
            "đơn vị, địa phương nghiên cứu, ban hành, bổ sung Quy chế, quy định về thi đua, khen "
            "thưởng phù hợp với các quy định của pháp luật và phù hợp với đặc điểm, tình hình của "
            "đơn vị, địa phương.\n\n2. Tổ chức phát động phong trào thi đua, triển khai sâu rộng "
            "đến tận cơ sở. Nội dung thi đua phải bám sát mục tiêu, nhiệm vụ chính trị được giao, "
            "cụ thể hoá các nhiệm vụ thành chỉ tiêu thi đua phù hợp với đặc điểm, yêu cầu của "
            "từng đơn vị, địa phương.\n\n3. Gắn công tác kiểm tra, đánh giá chuyên môn với đánh "
            "giá phong trào thi đua và bình xét khen thưởng.\n\n4. Thực hiện nghiêm túc các quy "
            "trình, thủ tục công nhận danh hiệu thi đua; các hình thức khen thưởng; đảm bảo tỷ "
            "lệ, tiêu chuẩn khen thưởng, tránh khen thưởng tràn lan.\n\n5. Chủ động xây dựng kế "
            "hoạch nhân rộng các điển hình tiên tiến.\n\n6. Tổ chức tập huấn bồi dưỡng nghiệp vụ "
            "về công tác thi đua, khen thưởng.",
        },
        {
            "heading": "IV. TỔ CHỨC THỰC HIỆN",
            "text": "1. Căn cứ kế hoạch này và nội dung phát động phong trào thi đua của Ủy ban "
            "nhân dân quận; Thủ trưởng các cơ quan, đơn vị, địa phương và doanh nghiệp trên địa "
            "bàn quận xây dựng chương trình, kế hoạch cụ thể gắn với việc thực hiện nhiệm vụ trọng "
            "tâm của năm 2020; định kỳ báo cáo về Ủy ban nhân dân quận (thông qua phòng Nội vụ "
            "quận).\n\n2. Thành viên Hội đồng Thi đua - Khen thưởng quận theo chức năng, nhiệm vụ "
            "của mình kiểm tra, đôn đốc các cụm, khối thi đua trong việc triển khai thực hiện "
            "trong năm 2020.\n\n3. Đài truyền thanh quận phối hợp với Ban Tuyên giáo Quận ủy "
            "thường xuyên tuyên truyền các tập thể, cá nhân là điển hình tiên tiến trong các "
            "phong trào thi đua trên địa bàn quận.\n\n4. Giao Trưởng phòng Nội vụ quận theo dõi, "
            "đôn đốc các cơ quan, đơn vị và các cụm, khối thi đua thực hiện kế hoạch này.\n\n"
            "Ủy ban nhân dân quận Cái Răng yêu cầu các cơ quan, đơn vị, địa phương và doanh "
            "nghiệp trên địa bàn quận nghiêm túc triển khai thực hiện Kế hoạch này",
        },
    ],
    "tasks": [
        {
            "quarter": 1,
            "order": 1,
            "content": "Ban hành Chỉ thị về việc phát động phong trào thi đua năm 2020.",
            "lead_units": ["UBND quận", "Phòng Nội vụ"],
            "co_units": [],
            "timing": None,
        },
        {
            "quarter": 1,
            "order": 2,
            "content": "Xây dựng, ban hành Kế hoạch triển khai công tác Thi đua - Khen thưởng năm 2020",
            "lead_units": ["UBND quận"],
            "co_units": [],
            "timing": None,
        },
        {
            "quarter": 1,
            "order": 3,
            "content": "Xét khen thưởng và đề nghị về trên khen thưởng cho các tập thể, cá nhân và đơn vị có thành tích về thực hiện nhiệm vụ kinh tế - văn hóa xã hội và an ninh quốc phòng năm 2019 trên địa bàn quận.",
            "lead_units": ["UBND quận", "Hội đồng TĐ-KT quận", "Phòng Nội vụ quận"],
            "co_units": [],
            "timing": None,
        },
        {
            "quarter": 1,
            "order": 4,
            "content": "Tổng kết công tác TĐKT năm 2019, triển khai nhiệm vụ năm 2020 và ký kết giao ước thi đua các đơn vị và cụm, khối thi đua năm 2020 trên địa bàn quận.",
            "lead_units": ["Hội đồng TĐKT quận", "Phòng Nội vụ"],
            "co_units": [],
            "timing": None,
        },
        {
            "quarter": 1,
            "order": 5,
            "content": "Tổ chức triển khai Kế hoạch chi tiết của từng cơ quan, đơn vị thực hiện các phong trào thi đua; đăng ký các danh hiệu thi đua, các sáng kiến, các phong trào, các mô hình dân vận khéo năm 2020.",
            "lead_units": ["Các cơ quan, ban, ngành, đoàn thể quận", "UBND các phường"],
            "co_units": [],
            "timing": None,
        },
        {
            "quarter": 1,
            "order": 6,
            "content": "Báo cáo tổng kết công tác TĐKT năm 2019, phương hướng nhiệm vụ công tác năm 2020; chấm điểm thi đua năm của quận gửi Cụm thi đua 5 quận thuộc thành phố Cần Thơ. Dự Hội nghị tổng kết năm Cụm.",
            "lead_units": ["VP. HĐND và UBND quận", "Phòng Nội vụ quận"],
            "co_units": [],
            "timing": None,
        },
        {
            "quarter": 1,
            "order": 7,
            "content": "Phát động đợt thi đua kỷ niệm 45 năm ngày miền Nam hoàn toàn giải phóng 30/4; Quốc tế lao động 01/5 và kỷ niệm lần thứ 130 năm ngày sinh Chủ tịch Hồ Chí Minh.",
            "lead_units": ["UBND quận", "Phòng Nội vụ quận"],
            "co_units": [],
            "timing": None,
        },
        {
            "quarter": 2,
            "order": 8,
            "content": "Phối hợp với Ban Tuyên giáo Quận ủy tuyên dương, khen thưởng cho các tập thể và cá nhân lập thành tích tiêu biểu trong đợt phát động thi đua kỷ niệm 45 năm ngày miền Nam hoàn toàn giải phóng; Quốc tế lao động 1/5 và kỷ niệm lần thứ 130 năm ngày sinh Chủ tịch Hồ Chí Minh vào dịp kỷ niệm sinh nhật Bác 19/5.",
            "lead_units": ["UBND quận", "Ban Tuyên giáo Quận ủy", "Phòng Nội vụ quận"],
            "co_units": [],
            "timing": None,
        },
        {
            "quarter": 2,
            "order": 9,
            "content": "Chỉ đạo Cụm các phường, Khối thi đua các cơ quan Đảng, đoàn thể và Khối thi đua các đơn vị nhà nước của quận sơ kết 6 tháng Cụm, khối.",
            "lead_units": ["UBND quận", "Phòng Nội vụ quận"],
            "co_units": [],
            "timing": None,
        },
        {
            "quarter": 2,
            "order": 10,
            "content": "Hoàn thành báo cáo sơ kết TĐKT 6 tháng đầu năm 2020 và phương hướng nhiệm vụ 6 tháng cuối năm 2020 gửi Cụm trưởng Cụm thi đua các quận thuộc thành phố Cần Thơ và dự họp sơ kết Cụm.",
            "lead_units": ["Phòng Nội vụ quận"],
            "co_units": [],
            "timing": None,
        },
        {
            "quarter": 2,
            "order": 11,
            "content": "Hoàn thành các thủ tục và báo cáo đề nghị khen cao (từ Bằng khen Thủ tướng Chính phủ, Huân chương lao động các hạng).",
            "lead_units": ["Phòng Nội vụ quận"],
            "co_units": [],
            "timing": None,
        },
        {
            "quarter": 3,
            "order": 12,
            "content": "Kiểm tra, giám sát, đánh giá việc tổ chức thực hiện các phong trào thi đua, các sáng kiến, các mô hình đăng ký thi đua.",
            "lead_units": ["UBND quận", "Phòng Nội vụ quận"],
            "co_units": [],
            "timing": None,
        },
        {
            "quarter": 3,
            "order": 13,
            "content": "Ban hành văn bản chỉ đạo các đơn vị và địa phương báo cáo và đề nghị công nhận sáng kiến năm 2020 và xét công nhận sáng kiến cơ sở năm 2020.",
            "lead_units": ["UBND quận", "Phòng Nội vụ quận"],
            "co_units": [],
            "timing": None,
        },
        {
            "quarter": 3,
            "order": 14,
            "content": "Tập huấn nghiệp vụ công tác thi đua khen thưởng cho các đơn vị, các phòng, ban và các phường trên địa bàn quận.",
            "lead_units": ["Phòng Nội vụ quận"],
            "co_units": [],
            "timing": None,
        },
        {
            "quarter": 4,
            "order": 15,
            "content": "Rà soát đánh giá kết quả thi đua của các đơn vị, địa phương đề nghị khen thưởng thành tích kinh tế - xã hội an ninh quốc phòng năm 2020 và tổng kết xét khen thưởng các Cụm, Khối thi đua trên địa bàn quận năm 2020",
            "lead_units": ["UBND quận", "Phòng Nội vụ quận"],
            "co_units": [],
            "timing": None,
        },
    ],
    "recipients": [
        "Ban Thi đua - Khen thưởng thành phố",
        "CT, các PCT UBND quận",
        "Các thành viên Hội đồng TĐ-KT quận",
        "Các cơ quan, đơn vị thuộc quận",
        "Cổng TTĐT quận",
        "Trung tâm VH-TT quận",
        "Lưu: VT",
    ],
    "signer": {"authority": "TM. ỦY BAN NHÂN DÂN", "position": "CHỦ TỊCH", "name": "Lê Thanh Tâm"},
    "party": False,
    "appendix_title": None,
    "warnings": [],
}

_PT_TASKS = [
    (
        "- Tiếp tục chỉ đạo các cơ quan, đơn vị huyện; UBND các xã, thị trấn trên địa bàn huyện triển khai có hiệu quả Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về đổi mới công tác TĐKT; Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về việc phát động thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2021 và Kế hoạch 05 năm (2021-2025).\n- Tuyên truyền, phổ biến, giới thiệu và nhân rộng các điển hình tiên tiến “Gương người tốt, việc tốt”; mô hình cách làm hay, sáng tạo trên địa bàn huyện.",
        [
            "Các cơ quan, đơn vị huyện; UBND các xã, thị trấn",
            "Trung tâm Văn hóa, Thể thao và Truyền thông",
            "Trang thông tin điện tử huyện",
        ],
        "Thường xuyên trong năm",
    ),
    (
        "- Tổ chức phát động Phong trào thi đua lập thành tích chào mừng các sự kiện lịch sử của tỉnh, huyện trong năm 2023; thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế, xã hội hàng năm và kế hoạch 5 năm (2021-2025) theo Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII.\n- Tổ chức phát động phong trào thi đua thực hiện phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh năm 2023; đẩy mạnh thực hiện các phong trào thi đua theo chuyên đề trên các lĩnh vực.",
        [
            "Các cơ quan, đơn vị huyện; UBND các xã, thị trấn",
            "Trung tâm Văn hóa, Thể thao và Truyền thông",
            "Trang thông tin điện tử huyện",
        ],
        "Thường xuyên trong năm",
    ),
    (
        "- Chỉ đạo, theo dõi, kiểm tra, đôn đốc 05 phong trào thi đua trọng tâm: “Chung sức xây dựng nông thôn mới”; “Chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”; “Đẩy mạnh xây dựng kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí”; “Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở” giai đoạn 2019-2025; phong trào thi đua “Dân vận khéo”; gắn các phong trào thi đua với việc “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”.\n- Tổ chức khen thưởng chuyên đề, đột xuất các tập thể, cá nhân đạt thành tích xuất sắc trong các phong trào thi đua.",
        ["Các cơ quan, đơn vị huyện; UBND các xã, thị trấn"],
        "Thường xuyên trong năm",
    ),
    (
        "- Xây dựng kế hoạch kiểm tra công tác thi đua khen thưởng; kế hoạch tuyên truyền các phong trào thi đua yêu nước, các điển hình tiên tiến, mô hình mới, nhân tố mới; kế hoạch xây dựng và nhân điển hình tiên tiến năm 2023.\n- Đăng ký các danh hiệu thi đua năm 2023;",
        [],
        "Trong quý I",
    ),
    (
        "Đăng ký chỉ tiêu phát triển kinh tế - xã hội năm 2023 với thường trực thi đua khối huyện, thành phố.",
        ["Các cơ quan, đơn vị huyện; UBND các xã, thị trấn"],
        "Tháng 5",
    ),
    (
        "- Hướng dẫn công tác tổng kết Thi đua - Khen thưởng ngành GD&ĐT năm học 2022-2023.\n- Tổng hợp hồ sơ khen thưởng ngành GD&ĐT năm học 2022-2023; Thẩm định, trình các cấp khen thưởng.\n- Quyết định khen thưởng thành tích hoàn thành xuất sắc nhiệm vụ ngành Giáo dục & Đào tạo năm học 2022 - 2023.",
        ["Phòng Giáo dục và Đào tạo", "Hội đồng Thi đua, khen thưởng huyện"],
        "Tháng 5, 6, 7",
    ),
    (
        "Hướng dẫn các Khối, cụm thi đua thuộc huyện tổ chức sơ kết công tác TĐKT 6 tháng đầu năm 2023.",
        ["Khối, cụm thi đua trên địa bàn huyện"],
        "Tháng 6",
    ),
    (
        "- Báo cáo sơ kết công tác TĐKT 6 tháng đầu năm.\n- Tổng hợp đăng ký điển hình tiên tiến của các đơn vị và tổ chức giới thiệu gương điển hình tiên tiến; mô hình, cách làm hay sáng tạo đến các cơ quan, đơn vị và mọi tầng lớp nhân dân trên địa bàn toàn huyện nghiên cứu học tập.",
        ["Phòng Giáo dục và Đào tạo", "Các cơ quan, đơn vị huyện; UBND các xã, thị trấn"],
        "Tháng 7, 8",
    ),
    (
        "- Kiểm tra công tác thi đua khen thưởng năm 2023 tại một số xã, thị trấn và một số đơn vị trường học trực thuộc phòng GD&ĐT huyện.\n- Cử công chức làm công tác thi đua cấp huyện, cấp xã tham gia tập huấn nghiệp vụ công tác thi đua, khen thưởng theo kế hoạch mở lớp của UBND tỉnh (nếu có).",
        ["Các cơ quan, đơn vị huyện; UBND các xã, thị trấn", "Các đơn vị trường học"],
        "Tháng 9, 10, 11",
    ),
    (
        "- Tổng hợp chấm điểm thi đua năm 2023 gửi thường trực thi đua khối huyện, thành phố.\n- Dự Hội nghị Tổng kết công tác TĐKT khối huyện, thành phố năm 2023.\n- Báo cáo tổng kết công tác TĐKT năm 2023.",
        ["Văn phòng HĐND-UBND huyện"],
        "Tháng 11",
    ),
    (
        "- Hướng dẫn các cơ quan, đơn vị, các xã, thị trấn; các cụm, khối thi đua tổng kết công tác thi đua, bình xét khen thưởng năm 2023.\n- Tổng hợp khen thưởng tổng kết công tác năm 2023; tổ chức thẩm định hồ sơ trình các cấp khen thưởng.\n- Quyết định khen thưởng các danh hiệu thi đua, hình thức khen thưởng công tác năm 2023.",
        ["Hội đồng Thi đua, khen thưởng huyện", "Các cơ quan, đơn vị huyện; UBND các xã, thị trấn"],
        "Tháng 11, 12",
    ),
]

PHONG_THO_PLAN = {
    "number": None,
    "symbol": "KH-UBND",
    "place": "Phong Thổ",
    "date": "2023-03-01",
    "draft": True,
    "issuer": "ỦY BAN NHÂN DÂN HUYỆN PHONG THỔ",
    "issuer_parent": None,
    "doc_type": "KẾ HOẠCH",
    "title": "Công tác Thi đua - Khen thưởng năm 2023",
    "year": 2023,
    "legal_basis": [
        "Căn cứ Kế hoạch số 133/KH-UBND ngày 11/01/2023 của UBND tỉnh Lai Châu về công tác thi "
        "đua, khen thưởng năm 2023. Ủy ban nhân dân huyện Phong Thổ xây dựng Kế hoạch công tác "
        "Thi đua, khen thưởng năm 2023 với nội dung sau:"
    ],
    "sections": [
        {
            "heading": "I. MỤC ĐÍCH, YÊU CẦU",
            "text": "1. Mục đích\n\nĐẩy mạnh các phong trào thi đua yêu nước nhằm phát huy sức "
            "mạnh tổng hợp của cả hệ thống chính trị và các tầng lớp nhân dân, quyết tâm thực hiện "
            "thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2023 và Kế hoạch phát triển kinh "
            "tế - xã hội 5 năm giai đoạn 2021-2025.\n\nTạo sự thống nhất trong công tác lãnh đạo, "
            "chỉ đạo, trong nhận thức, tư tưởng của cấp ủy đảng, chính quyền, nâng cao trách nhiệm "
            "của người đứng đầu cơ quan, đơn vị trong việc triển khai thực hiện công tác thi đua, "
            "khen thưởng.\n\n2. Yêu cầu\n\nViệc tổ chức thực hiện các phong trào thi đua phải bám "
            "sát các quy định của Trung ương, của tỉnh và của huyện. Các phong trào thi đua phải "
            "đảm bảo tính thiết thực, chất lượng và hiệu quả; công tác khen thưởng bảo đảm chính "
            "xác, công khai, minh bạch, kịp thời, đúng thành tích, đúng đối tượng.",
        },
        {
            "heading": "II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG THỰC HIỆN",
            "text": "(Có nội dung nhiệm vụ kèm theo)",
        },
        {
            "heading": "III. TỔ CHỨC THỰC HIỆN",
            "text": "1. Căn cứ Kế hoạch và nội dung phát động thi đua của UBND huyện, các cơ quan, "
            "ban, ngành, đoàn thể huyện, Ủy ban nhân dân các xã, thị trấn chủ động xây dựng chương "
            "trình, kế hoạch công tác thi đua, khen thưởng năm 2023; tích cực chỉ đạo, thực hiện "
            "theo đúng kế hoạch.\n\n2. Trung tâm Văn hóa, Thể thao và Truyền thông huyện tăng cường "
            "công tác tuyên truyền, kịp thời đưa tin qua các phương tiện thông tin đại chúng về các "
            "phong trào thi đua, các gương người tốt, việc tốt trên địa bàn.\n\n3. Giao Phòng Nội "
            "vụ theo dõi, đôn đốc các Khối, Cụm thi đua của huyện, các cơ quan, ban, ngành đoàn "
            "thể huyện, các xã, thị trấn thực hiện theo đúng kế hoạch, định kỳ báo cáo Ủy ban nhân "
            "dân huyện, Hội đồng Thi đua, Khen thưởng tỉnh theo quy định./.",
        },
    ],
    "tasks": [
        {
            "quarter": None,
            "order": i + 1,
            "content": content,
            "lead_units": ["Phòng Nội vụ"],
            "co_units": co,
            "timing": timing,
        }
        for i, (content, co, timing) in enumerate(_PT_TASKS)
    ],
    "recipients": [
        "TT. Huyện ủy (b/c)",
        "TT. HĐND huyện",
        "Hội đồng Thi đua, Khen thưởng huyện",
        "Trung tâm Văn hóa, Thể thao và Truyền thông huyện",
        "Các đơn vị Trưởng các Khối, cụm thi đua",
        "Các cơ quan, đơn vị trên địa bàn huyện",
        "UBND các xã, thị trấn",
        "Lưu: VT, NV",
    ],
    "signer": {
        "authority": "TM. ỦY BAN NHÂN DÂN",
        "position": "CHỦ TỊCH",
        "name": "Trần Bảo Trung",
    },
    "party": False,
    "appendix_title": "NỘI DUNG NHIỆM VỤ VÀ THỜI GIAN THỰC HIỆN",
    "issuer_name": "UBND huyện Phong Thổ",
    "warnings": [],
}

MAI_SON_PARTY_PLAN = {
    "number": "208",
    "symbol": "KH/HU",
    "place": "Mai Sơn",
    "date": "2019-07-03",
    "issuer": "BAN THƯỜNG VỤ",
    "issuer_parent": "HUYỆN ỦY MAI SƠN",
    "doc_type": "KẾ HOẠCH",
    "title": "tổ chức phong trào thi đua yêu nước trong Đảng bộ huyện năm 2019",
    "year": 2019,
    "legal_basis": [
        "Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen thưởng, Ban Thường vụ Huyện ủy xây dựng kế hoạch như sau:"
    ],
    "sections": [
        {
            "heading": "I. MỤC ĐÍCH, YÊU CẦU",
            "text": "- Đẩy mạnh phong trào thi đua trong các tổ chức cơ sở đảng.\n- Kịp thời biểu dương, khen thưởng các tập thể, cá nhân tiêu biểu.",
        },
        {
            "heading": "II. TỔ CHỨC THỰC HIỆN",
            "text": "Các chi, đảng bộ cơ sở triển khai thực hiện kế hoạch này.",
        },
    ],
    "tasks": [],
    "recipients": [
        "Ban Thường vụ Tỉnh ủy (b/c)",
        "Các chi, đảng bộ cơ sở",
        "Lưu Văn phòng Huyện ủy",
    ],
    "signer": {"authority": "T/M BAN THƯỜNG VỤ", "position": "BÍ THƯ", "name": "Nguyễn Văn A"},
    "party": True,
    "appendix_title": None,
    "warnings": [],
}


def decision(rows=25):
    """A Quyết định khen thưởng with ``rows`` awardees in its attached list."""
    return {
        "number": "1234",
        "symbol": "QĐ-UBND",
        "place": "Phong Thổ",
        "date": "2023-12-28",
        "issuer": "ỦY BAN NHÂN DÂN HUYỆN PHONG THỔ",
        "title": "Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc năm 2023",
        "authority_line": "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN PHONG THỔ",
        "legal_basis": [
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
            "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ",
            "Theo đề nghị của Trưởng phòng Nội vụ huyện",
        ],
        "articles": [
            "Tặng Giấy khen cho các tập thể, cá nhân (có danh sách kèm theo) đã có thành tích "
            "xuất sắc trong thực hiện nhiệm vụ năm 2023.",
            "Tiền thưởng thực hiện theo quy định tại Nghị định số 98/2023/NĐ-CP.",
            "Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ và các tập thể, cá nhân có "
            "tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.",
        ],
        "awardees_title": "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN",
        "awardees": [
            {
                "order": i + 1,
                "name": f"Nguyễn Thị Hương {i + 1}",
                "position_unit": f"Giáo viên Trường Tiểu học xã Mường So số {i % 17 + 1}",
                "title_or_form": "Giấy khen",
            }
            for i in range(rows)
        ],
        "signer": {"authority": "KT. CHỦ TỊCH", "position": "PHÓ CHỦ TỊCH", "name": "Lò Văn Phúc"},
        "recipients": ["Như Điều 3", "Lưu: VT, NV"],
        "party": False,
    }


MINUTES = {
    "number": "12",
    "symbol": "BB-HĐTĐKT",
    "place": "Phong Thổ",
    "date": "2023-12-20",
    "issuer": "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
    "issuer_parent": "UBND HUYỆN PHONG THỔ",
    "title": "Họp Hội đồng Thi đua - Khen thưởng huyện xét khen thưởng năm 2023",
    "meeting": {
        "time": "08 giờ 00 phút, ngày 20 tháng 12 năm 2023",
        "place": "Phòng họp số 1, UBND huyện Phong Thổ",
        "chair": "Ông Trần Bảo Trung - Chủ tịch Hội đồng",
        "secretary": "Bà Lò Thị Mai - Chuyên viên Phòng Nội vụ",
        "attendees": ["Các thành viên Hội đồng (09/11 thành viên có mặt)"],
        "absent": ["02 thành viên (có lý do)"],
    },
    "body": "Hội đồng đã nghe Phòng Nội vụ báo cáo kết quả thẩm định hồ sơ đề nghị khen thưởng.\n\n"
    "Các thành viên thảo luận và bỏ phiếu kín.",
    "votes": [
        {
            "name": "Trường Tiểu học xã Mường So",
            "yes": 9,
            "total": 9,
            "percent": 100,
            "passed": True,
        },
        {"name": "Ông Lò Văn Sáu", "yes": 5, "total": 9, "percent": 55.56, "passed": False},
    ],
    "conclusion": "Đề nghị Chủ tịch UBND huyện tặng Giấy khen cho các tập thể, cá nhân đạt trên 70% số phiếu đồng ý",
    "end_time": "10 giờ 30 phút cùng ngày",
    "party": False,
}

SUBMISSION = {
    "number": "45",
    "symbol": "TTr-NV",
    "place": "Phong Thổ",
    "date": "2023-12-22",
    "issuer": "PHÒNG NỘI VỤ",
    "issuer_parent": "UBND HUYỆN PHONG THỔ",
    "title": "Về việc đề nghị tặng Giấy khen năm 2023",
    "to": ["Chủ tịch Ủy ban nhân dân huyện Phong Thổ"],
    "body": "Căn cứ kết quả họp Hội đồng Thi đua - Khen thưởng huyện ngày 20 tháng 12 năm 2023, "
    "Phòng Nội vụ kính trình Chủ tịch UBND huyện xem xét tặng Giấy khen cho các tập thể, cá nhân "
    "sau:",
    "proposals": [
        {
            "order": 1,
            "name": "Trường Tiểu học xã Mường So",
            "position_unit": "Tập thể",
            "title_or_form": "Giấy khen",
        },
    ],
    "signer": {"authority": "", "position": "TRƯỞNG PHÒNG", "name": "Vàng A Chớ"},
    "recipients": ["Như trên", "Lưu: VT"],
    "party": False,
}


def example(name):
    """A deep copy of one example, so that callers can change it."""
    return copy.deepcopy(
        {
            "cai_rang": CAI_RANG_PLAN,
            "phong_tho": PHONG_THO_PLAN,
            "mai_son": MAI_SON_PARTY_PLAN,
            "minutes": MINUTES,
            "submission": SUBMISSION,
        }[name]
    )
