"""Demo organisation tree: one province after the 2025 reform, with a historical district."""

from datetime import date

from django.contrib.auth import get_user_model

from .enums import Kind, Level, Role
from .models import Membership, Organization
from .services import organization_create, organization_update

# key, parent key, name, level, kind, header lines, chủ quản line, abbreviation, place
TREE = [
    (
        "tinh",
        None,
        "UBND tỉnh Lai Châu",
        Level.PROVINCE,
        Kind.PEOPLES_COMMITTEE,
        "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU",
        "",
        "UBND",
        "Lai Châu",
    ),
    (
        "tinh-uy",
        None,
        "Tỉnh ủy Lai Châu",
        Level.PROVINCE,
        Kind.PARTY_COMMITTEE,
        "BAN THƯỜNG VỤ",
        "TỈNH ỦY LAI CHÂU",
        "TU",
        "Lai Châu",
    ),
    (
        "snv",
        "tinh",
        "Sở Nội vụ tỉnh Lai Châu",
        Level.UNIT,
        Kind.DEPARTMENT,
        "SỞ NỘI VỤ",
        "UBND TỈNH LAI CHÂU",
        "SNV",
        "Lai Châu",
    ),
    (
        "sgd",
        "tinh",
        "Sở Giáo dục và Đào tạo",
        Level.UNIT,
        Kind.DEPARTMENT,
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        "UBND TỈNH LAI CHÂU",
        "SGDĐT",
        "Lai Châu",
    ),
    (
        "huyen-phong-tho",
        "tinh",
        "UBND huyện Phong Thổ",
        Level.DISTRICT,
        Kind.PEOPLES_COMMITTEE,
        "ỦY BAN NHÂN DÂN\nHUYỆN PHONG THỔ",
        "",
        "UBND",
        "Phong Thổ",
    ),
    (
        "xa-phong-tho",
        "tinh",
        "UBND xã Phong Thổ",
        Level.COMMUNE,
        Kind.PEOPLES_COMMITTEE,
        "ỦY BAN NHÂN DÂN\nXÃ PHONG THỔ",
        "",
        "UBND",
        "Phong Thổ",
    ),
    (
        "xa-sin-ho",
        "tinh",
        "UBND xã Sìn Hồ",
        Level.COMMUNE,
        Kind.PEOPLES_COMMITTEE,
        "ỦY BAN NHÂN DÂN\nXÃ SÌN HỒ",
        "",
        "UBND",
        "Sìn Hồ",
    ),
    (
        "phuong-tan-phong",
        "tinh",
        "UBND phường Tân Phong",
        Level.COMMUNE,
        Kind.PEOPLES_COMMITTEE,
        "ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN PHONG",
        "",
        "UBND",
        "Tân Phong",
    ),
    (
        "dang-uy-phong-tho",
        "xa-phong-tho",
        "Đảng ủy xã Phong Thổ",
        Level.COMMUNE,
        Kind.PARTY_COMMITTEE,
        "ĐẢNG ỦY XÃ PHONG THỔ",
        "ĐẢNG BỘ TỈNH LAI CHÂU",
        "ĐU",
        "Phong Thổ",
    ),
    (
        "pt-van-hoa",
        "xa-phong-tho",
        "Phòng Văn hóa - Xã hội xã Phong Thổ",
        Level.UNIT,
        Kind.DEPARTMENT,
        "PHÒNG VĂN HÓA - XÃ HỘI",
        "UBND XÃ PHONG THỔ",
        "VHXH",
        "Phong Thổ",
    ),
    (
        "pt-truong-th",
        "xa-phong-tho",
        "Trường Tiểu học Phong Thổ",
        Level.UNIT,
        Kind.SCHOOL,
        "TRƯỜNG TIỂU HỌC PHONG THỔ",
        "UBND XÃ PHONG THỔ",
        "THPT",
        "Phong Thổ",
    ),
    (
        "pt-doan",
        "xa-phong-tho",
        "Đoàn Thanh niên xã Phong Thổ",
        Level.UNIT,
        Kind.MASS_ORGANIZATION,
        "BAN CHẤP HÀNH ĐOÀN XÃ PHONG THỔ",
        "",
        "ĐTN",
        "Phong Thổ",
    ),
    (
        "pt-ban-ma-li-chai",
        "xa-phong-tho",
        "Bản Ma Li Chải",
        Level.UNIT,
        Kind.VILLAGE,
        "BẢN MA LI CHẢI",
        "UBND XÃ PHONG THỔ",
        "BMLC",
        "Phong Thổ",
    ),
    (
        "sh-van-hoa",
        "xa-sin-ho",
        "Phòng Văn hóa - Xã hội xã Sìn Hồ",
        Level.UNIT,
        Kind.DEPARTMENT,
        "PHÒNG VĂN HÓA - XÃ HỘI",
        "UBND XÃ SÌN HỒ",
        "VHXH",
        "Sìn Hồ",
    ),
]

# username, organisation key, roles, position, full name, description
USERS = [
    (
        "tinh.chuyenvien",
        "tinh",
        [Role.OFFICER, Role.ADMIN],
        "",
        "Nguyễn Thị Hoa",
        "chuyên viên TĐKT, quản trị — UBND tỉnh",
    ),
    (
        "tinh.chutich",
        "tinh",
        [Role.LEADER, Role.COUNCIL_MEMBER],
        "Chủ tịch",
        "Lê Văn Lương",
        "lãnh đạo (Chủ tịch), Chủ tịch Hội đồng — UBND tỉnh",
    ),
    (
        "tinh.phochutich",
        "tinh",
        [Role.LEADER, Role.COUNCIL_MEMBER],
        "Phó Chủ tịch",
        "Tống Thanh Hải",
        "lãnh đạo (Phó Chủ tịch), thành viên Hội đồng — UBND tỉnh",
    ),
    (
        "tinh.hoidong",
        "tinh",
        [Role.COUNCIL_MEMBER],
        "Giám đốc Sở Nội vụ",
        "Vàng Thị Mai",
        "thành viên Hội đồng TĐKT tỉnh",
    ),
    (
        "tinh.thuky",
        "tinh",
        [Role.COUNCIL_SECRETARY],
        "",
        "Đỗ Văn Bình",
        "thư ký Hội đồng TĐKT tỉnh",
    ),
    ("snv.baocao", "snv", [Role.REPORTER], "", "Hà Văn Tuấn", "báo cáo tiến độ — Sở Nội vụ"),
    (
        "xa.chuyenvien",
        "xa-phong-tho",
        [Role.OFFICER],
        "",
        "Lò Thị Thu",
        "chuyên viên TĐKT — UBND xã Phong Thổ",
    ),
    (
        "xa.chutich",
        "xa-phong-tho",
        [Role.LEADER, Role.COUNCIL_MEMBER],
        "Chủ tịch",
        "Lò Văn Phúc",
        "lãnh đạo (Chủ tịch) — UBND xã Phong Thổ",
    ),
    (
        "xa.thuky",
        "xa-phong-tho",
        [Role.COUNCIL_SECRETARY],
        "",
        "Tẩn Thị Dung",
        "thư ký Hội đồng TĐKT xã Phong Thổ",
    ),
    (
        "xa.baocao",
        "pt-van-hoa",
        [Role.REPORTER],
        "",
        "Sùng A Páo",
        "báo cáo tiến độ — Phòng Văn hóa - Xã hội xã Phong Thổ",
    ),
    (
        "sinho.chuyenvien",
        "xa-sin-ho",
        [Role.OFFICER, Role.ADMIN],
        "",
        "Phàn Văn Sáng",
        "chuyên viên TĐKT — UBND xã Sìn Hồ (một cơ quan khác)",
    ),
    (
        "dangu.chuyenvien",
        "dang-uy-phong-tho",
        [Role.OFFICER, Role.LEADER],
        "Bí thư",
        "Hoàng Văn Chiến",
        "chuyên viên và Bí thư — Đảng ủy xã Phong Thổ (văn bản kiểu Đảng)",
    ),
]


def seed(context):
    orgs = {}
    for key, parent, name, level, kind, header, parent_line, abbr, place in TREE:
        fields = dict(
            name=name,
            level=level,
            kind=kind,
            header_name=header,
            header_parent=parent_line,
            abbreviation=abbr,
            place_name=place,
            parent=orgs.get(parent),
        )
        existing = Organization.objects.filter(slug=key).first()
        if existing is None:
            orgs[key] = organization_create(slug=key, **fields)
        else:
            orgs[key] = existing
    # The district level was abolished on 01/07/2025; its history now belongs to the commune.
    district = orgs["huyen-phong-tho"]
    if district.valid_to is None:
        organization_update(
            organization=district,
            valid_from=date(2008, 1, 1),
            valid_to=date(2025, 6, 30),
            successor=orgs["xa-phong-tho"],
        )
    User = get_user_model()
    logins = context.setdefault("logins", [])
    users = {}
    admin, created = User.objects.get_or_create(
        username="quantri",
        defaults={"full_name": "Quản trị hệ thống", "is_staff": True, "is_superuser": True},
    )
    if created:
        admin.set_password(context["password"])
        admin.save()
    logins.append(("quantri", "quản trị hệ thống (trang /quan-tri/)"))
    for username, org_key, roles, position, full_name, description in USERS:
        user, created = User.objects.get_or_create(
            username=username, defaults={"full_name": full_name, "email": f"{username}@tdkt.local"}
        )
        if created:
            user.set_password(context["password"])
            user.save()
        for role in roles:
            Membership.objects.get_or_create(
                user=user, organization=orgs[org_key], role=role, defaults={"position": position}
            )
        users[username] = user
        logins.append((username, description))
    context["orgs"] = orgs
    context["users"] = users
