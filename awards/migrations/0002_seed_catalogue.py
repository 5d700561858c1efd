"""Seed the catalogue of titles and forms and their rule versions (Luật TĐKT 2022; NĐ 98/2023
until 30/06/2025, NĐ 152/2025 and NĐ 129/2025 Art 59 from 01/07/2025).

Frozen data: later changes are made in the admin (or by a later data migration), never by
editing this file. ``engine_params`` copy the eligibility engine's catalogue of this date.
"""

from datetime import date
from decimal import Decimal

from django.db import migrations

LAW = "Luật Thi đua, khen thưởng 2022"
ND98 = "Luật Thi đua, khen thưởng 2022; NĐ 98/2023/NĐ-CP"
ND152 = "Luật Thi đua, khen thưởng 2022; NĐ 152/2025/NĐ-CP"
OLD = (date(2024, 1, 1), date(2025, 6, 30))
NEW = (date(2025, 7, 1), None)
NON_CHAIN = ["dot_xuat", "chuyen_de"]

# code, name, category, (individual, collective, household), item, aliases, rank
AWARDS = [
    ("LDTT", "Lao động tiên tiến", "danh_hieu", (1, 0, 0), "giay_chung_nhan", "LĐTT;Chiến sĩ tiên tiến", 10),
    ("CSTDCS", "Chiến sĩ thi đua cơ sở", "danh_hieu", (1, 0, 0), "giay_chung_nhan", "CSTĐCS;CSTĐ cơ sở", 20),
    ("CSTD_BO", "Chiến sĩ thi đua cấp bộ, ban, ngành", "danh_hieu", (1, 0, 0), "bang", "CSTĐ cấp bộ;CSTĐ cấp ngành", 28),
    ("CSTD_TINH", "Chiến sĩ thi đua cấp tỉnh", "danh_hieu", (1, 0, 0), "bang", "CSTĐ cấp tỉnh;CSTĐ tỉnh", 30),
    ("CSTD_TQ", "Chiến sĩ thi đua toàn quốc", "danh_hieu", (1, 0, 0), "bang", "CSTĐ toàn quốc", 40),
    ("TTLDTT", "Tập thể lao động tiên tiến", "danh_hieu", (0, 1, 0), "giay_chung_nhan", "TTLĐTT", 50),
    ("TTLDXS", "Tập thể lao động xuất sắc", "danh_hieu", (0, 1, 0), "bang", "TTLĐXS", 60),
    ("CO_TD_TINH", "Cờ thi đua cấp tỉnh", "danh_hieu", (0, 1, 0), "co", "Cờ thi đua của UBND tỉnh;Cờ thi đua tỉnh", 70),
    ("CO_TD_CP", "Cờ thi đua của Chính phủ", "danh_hieu", (0, 1, 0), "co", "Cờ thi đua Chính phủ", 80),
    ("THON_VH", "Thôn, tổ dân phố văn hóa", "danh_hieu", (0, 1, 0), "giay_chung_nhan", "Thôn văn hóa;Tổ dân phố văn hóa;Bản văn hóa", 90),
    ("XA_TIEU_BIEU", "Xã, phường, đặc khu tiêu biểu", "danh_hieu", (0, 1, 0), "bang", "Xã tiêu biểu;Phường tiêu biểu", 95),
    ("GD_VH", "Gia đình văn hóa", "danh_hieu", (0, 0, 1), "giay_chung_nhan", "GĐVH", 100),
    ("GIAY_KHEN", "Giấy khen", "hinh_thuc", (1, 1, 1), "giay_khen", "Giấy khen của Chủ tịch UBND xã;Giấy khen của Thủ trưởng", 110),
    ("BANG_KHEN_TINH", "Bằng khen cấp bộ, tỉnh", "hinh_thuc", (1, 1, 1), "bang_khen", "Bằng khen của Chủ tịch UBND tỉnh;Bằng khen tỉnh;Bằng khen UBND tỉnh", 120),
    ("BANG_KHEN_TTG", "Bằng khen của Thủ tướng Chính phủ", "hinh_thuc", (1, 1, 1), "bang_khen", "Bằng khen Thủ tướng;Bằng khen Chính phủ", 130),
    ("KNC", "Kỷ niệm chương", "hinh_thuc", (1, 0, 0), "ky_niem_chuong", "Kỷ niệm chương vì sự nghiệp", 140),
    ("HCLD_3", "Huân chương Lao động hạng Ba", "hinh_thuc", (1, 1, 0), "huan_chuong", "HCLĐ hạng Ba", 150),
    ("HCLD_2", "Huân chương Lao động hạng Nhì", "hinh_thuc", (1, 1, 0), "huan_chuong", "HCLĐ hạng Nhì", 160),
    ("HCLD_1", "Huân chương Lao động hạng Nhất", "hinh_thuc", (1, 1, 0), "huan_chuong", "HCLĐ hạng Nhất", 170),
    ("HCBVTQ_3", "Huân chương Bảo vệ Tổ quốc hạng Ba", "hinh_thuc", (1, 1, 0), "huan_chuong", "", 180),
    ("HCDL_3", "Huân chương Độc lập hạng Ba", "hinh_thuc", (1, 1, 0), "huan_chuong", "", 190),
]

BASE = ["to_trinh", "bien_ban"]
FULL = ["to_trinh", "bien_ban", "bao_cao_thanh_tich"]
WITH_INITIATIVE = FULL + ["chung_nhan_sang_kien"]

# code, authority (before 01/07/2025, from), citation, award types, parts, vote share,
# engine params (None: not evaluated automatically), criteria
RULES = [
    ("LDTT", ("ct_huyen", "ct_xa"), f"Điều 24 {LAW}", ["cong_trang"], BASE, None,
     {"min_rating": "HTT", "same_session": True},
     "Hoàn thành tốt nhiệm vụ trở lên, tham gia phong trào thi đua."),
    ("CSTDCS", ("ct_huyen", "ct_xa"), f"Điều 23 {LAW}", ["cong_trang"], FULL, "0.800",
     {"prerequisite": "LDTT", "excellent_rating": "HTXS", "initiative_level": "co_so",
      "same_session": True},
     "Đạt Lao động tiên tiến và hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến, đề tài được công nhận cấp cơ sở."),
    ("CSTD_BO", ("bo_truong_ct_tinh", "bo_truong_ct_tinh"), f"Điều 22 {LAW}", ["cong_trang"],
     WITH_INITIATIVE, "0.900", None,
     "3 lần liên tục Chiến sĩ thi đua cơ sở và sáng kiến có phạm vi ảnh hưởng trong bộ, ngành."),
    ("CSTD_TINH", ("bo_truong_ct_tinh", "bo_truong_ct_tinh"), f"Điều 22 {LAW}", ["cong_trang"],
     WITH_INITIATIVE, "0.900",
     {"chain_code": "CSTDCS", "chain_count": 3, "chain_step": 1, "initiative_level": "tinh",
      "same_session": True},
     "3 lần liên tục Chiến sĩ thi đua cơ sở và sáng kiến, đề tài có phạm vi ảnh hưởng cấp tỉnh."),
    ("CSTD_TQ", ("thu_tuong", "thu_tuong"), f"Điều 21 {LAW}", ["cong_trang"], WITH_INITIATIVE,
     "0.900",
     {"chain_code": "CSTD_TINH", "chain_count": 2, "chain_step": 3, "initiative_level": "toan_quoc"},
     "2 lần liên tục Chiến sĩ thi đua cấp tỉnh và sáng kiến có phạm vi ảnh hưởng toàn quốc."),
    ("TTLDTT", ("ct_huyen", "ct_xa"), f"Điều 28 {LAW}", ["cong_trang"], BASE, None,
     {"min_rating": "HTT", "member_code": "LDTT", "member_share": "7/10",
      "member_discipline_from": "canh_cao"},
     "Hoàn thành tốt nhiệm vụ, ít nhất 70% thành viên đạt Lao động tiên tiến, không có thành viên bị kỷ luật từ cảnh cáo trở lên."),
    ("TTLDXS", ("bo_truong_ct_tinh", "bo_truong_ct_tinh"), f"Điều 27 {LAW}", ["cong_trang"],
     FULL, None,
     {"min_rating": "HTXS", "member_min_rating": "HT", "member_code": "LDTT",
      "member_share": "7/10", "min_cstdcs": 1},
     "Hoàn thành xuất sắc nhiệm vụ, 100% thành viên hoàn thành nhiệm vụ, ít nhất 70% đạt Lao động tiên tiến, có cá nhân đạt Chiến sĩ thi đua cơ sở."),
    ("CO_TD_TINH", ("bo_truong_ct_tinh", "bo_truong_ct_tinh"), f"Điều 26 {LAW}", ["cong_trang"],
     FULL, "0.800", {},
     "Dẫn đầu cụm, khối thi đua của tỉnh, hoàn thành vượt mức chỉ tiêu."),
    ("CO_TD_CP", ("thu_tuong", "thu_tuong"), f"Điều 25 {LAW}", ["cong_trang"], FULL, "0.800", {},
     "Tiêu biểu xuất sắc nhất trong các đơn vị dẫn đầu cụm, khối thi đua."),
    ("THON_VH", ("ct_huyen", "ct_xa"), "NĐ 86/2023/NĐ-CP", ["cong_trang"], BASE, None, None,
     "Theo tiêu chuẩn Thôn, tổ dân phố văn hóa của NĐ 86/2023/NĐ-CP."),
    ("XA_TIEU_BIEU", ("bo_truong_ct_tinh", "bo_truong_ct_tinh"), "NĐ 86/2023/NĐ-CP",
     ["cong_trang"], FULL, None, None, "Theo tiêu chuẩn xã, phường tiêu biểu của NĐ 86/2023/NĐ-CP."),
    ("GD_VH", ("ct_xa", "ct_xa"), "NĐ 86/2023/NĐ-CP", ["cong_trang"], ["to_trinh"], None, None,
     "Theo tiêu chuẩn Gia đình văn hóa của NĐ 86/2023/NĐ-CP."),
    ("GIAY_KHEN", ("ct_huyen", "ct_xa"), f"Điều 75 {LAW}", ["cong_trang", "chuyen_de", "dot_xuat"],
     ["to_trinh", "bao_cao_thanh_tich"], None, {"min_rating": "HTT"},
     "Chấp hành tốt chủ trương, pháp luật, hoàn thành tốt nhiệm vụ và có thành tích trong phong trào thi đua hoặc thành tích đột xuất."),
    ("BANG_KHEN_TINH", ("bo_truong_ct_tinh", "bo_truong_ct_tinh"), f"Điều 74 {LAW}",
     ["cong_trang", "chuyen_de", "dot_xuat", "cong_hien"], FULL, None,
     {"paths": {"cong_trang": ["cstdcs_chain", "htxs_initiatives", "contribution"],
                "chuyen_de": ["campaign"], "dot_xuat": ["unexpected"],
                "cong_hien": ["contribution"]},
      "cstdcs_count": 2, "htxs_years": 2, "min_initiatives": 2, "initiative_level": "co_so"},
     "Thành tích xuất sắc trong phong trào thi đua, đột xuất, hoặc 2 lần liên tục Chiến sĩ thi đua cơ sở, hoặc 2 năm liên tục hoàn thành xuất sắc nhiệm vụ có 2 sáng kiến."),
    ("BANG_KHEN_TTG", ("thu_tuong", "thu_tuong"), f"Điểm b khoản 1 Điều 73 {LAW}", ["cong_trang"],
     FULL, None,
     {"base_codes": ["BANG_KHEN_TINH"], "window_years": 5, "min_rating": "HTT",
      "min_cstdcs": 3, "min_htxs": 0},
     "Đã được tặng Bằng khen cấp bộ, tỉnh, sau đó 5 năm liên tục hoàn thành tốt nhiệm vụ trở lên, có 3 lần Chiến sĩ thi đua cơ sở."),
    ("KNC", ("bo_truong_ct_tinh", "bo_truong_ct_tinh"), f"Điều 68 {LAW}", ["cong_hien"],
     ["to_trinh", "bao_cao_thanh_tich"], None, None,
     "Theo quy chế Kỷ niệm chương của bộ, ban, ngành, đoàn thể trung ương."),
    ("HCLD_3", ("chu_tich_nuoc", "chu_tich_nuoc"), f"Điểm e khoản 1 Điều 44 {LAW}", ["cong_trang"],
     FULL + ["xac_nhan"], None,
     {"base_codes": ["BANG_KHEN_TTG"], "window_years": 5, "min_rating": "HTT",
      "min_cstdcs": 3, "min_htxs": 1},
     "Đã được tặng Bằng khen của Thủ tướng, sau đó 5 năm liên tục hoàn thành tốt nhiệm vụ trở lên, có 1 năm hoàn thành xuất sắc và 3 lần Chiến sĩ thi đua cơ sở."),
    ("HCLD_2", ("chu_tich_nuoc", "chu_tich_nuoc"), f"Điều 44 {LAW}", ["cong_trang", "cong_hien"],
     FULL + ["xac_nhan"], None, None, "Theo Điều 44 Luật Thi đua, khen thưởng."),
    ("HCLD_1", ("chu_tich_nuoc", "chu_tich_nuoc"), f"Điều 44 {LAW}", ["cong_trang", "cong_hien"],
     FULL + ["xac_nhan"], None, None, "Theo Điều 44 Luật Thi đua, khen thưởng."),
    ("HCBVTQ_3", ("chu_tich_nuoc", "chu_tich_nuoc"), f"Điều 45 {LAW}", ["cong_trang", "cong_hien"],
     FULL + ["xac_nhan"], None, None, "Theo Điều 45 Luật Thi đua, khen thưởng."),
    ("HCDL_3", ("chu_tich_nuoc", "chu_tich_nuoc"), f"Điều 38 {LAW}", ["cong_trang", "cong_hien"],
     FULL + ["xac_nhan"], None, None, "Theo Điều 38 Luật Thi đua, khen thưởng."),
]


ENGINE_KINDS = {
    "GIAY_KHEN": ["individual", "collective", "household"],
    "BANG_KHEN_TINH": ["individual", "collective", "household"],
    "BANG_KHEN_TTG": ["individual"],
    "HCLD_3": ["individual"],
}
COMMUNE_POWERS = "Điều 59 NĐ 129/2025/NĐ-CP"


def seed(apps, schema_editor):
    AwardKind = apps.get_model("awards", "AwardKind")
    AwardRule = apps.get_model("awards", "AwardRule")
    kinds = {}
    for code, name, category, (ind, coll, hh), item, aliases, rank in AWARDS:
        kinds[code], _ = AwardKind.objects.update_or_create(
            code=code,
            defaults=dict(
                name=name,
                category=category,
                for_individual=bool(ind),
                for_collective=bool(coll),
                for_household=bool(hh),
                physical_item=item,
                aliases=aliases,
                rank=rank,
            ),
        )
    for code, (old_by, new_by), citation, types, parts, vote, params, criteria in RULES:
        engine = {} if params is None else {**params, "non_chain_award_types": NON_CHAIN}
        for (start, end), by, basis in ((OLD, old_by, ND98), (NEW, new_by, ND152)):
            award = kinds[code]
            flags = (
                (award.for_individual, "individual"),
                (award.for_collective, "collective"),
                (award.for_household, "household"),
            )
            nominee_kinds = ENGINE_KINDS.get(code) or [k for flag, k in flags if flag]
            authority = f"Điều 80 {LAW}"
            if by == "ct_xa" and start == NEW[0]:
                authority = COMMUNE_POWERS
            AwardRule.objects.update_or_create(
                award=award,
                effective_from=start,
                defaults=dict(
                    effective_to=end,
                    conferred_by=by,
                    criteria=criteria,
                    citation=citation,
                    basis=basis,
                    nominee_kinds=nominee_kinds,
                    authority_citation=authority,
                    award_types=types,
                    required_parts=parts,
                    vote_share=Decimal(vote) if vote else None,
                    engine_params=engine,
                ),
            )


class Migration(migrations.Migration):
    dependencies = [("awards", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
