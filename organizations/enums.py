from django.db import models
from django.utils.translation import gettext_lazy as _


class Level(models.TextChoices):
    CENTRAL = "trung_uong", _("Trung ương")
    PROVINCE = "tinh", _("Tỉnh")
    DISTRICT = "huyen", _("Huyện (cấp cũ, trước 01/07/2025)")
    COMMUNE = "xa", _("Xã, phường, đặc khu")
    UNIT = "co_quan", _("Cơ quan, đơn vị trực thuộc")


class Kind(models.TextChoices):
    PEOPLES_COMMITTEE = "ubnd", _("Ủy ban nhân dân")
    PEOPLES_COUNCIL = "hdnd", _("Hội đồng nhân dân")
    PARTY_COMMITTEE = "dang_uy", _("Cấp ủy Đảng (tỉnh ủy, huyện ủy, đảng ủy)")
    DEPARTMENT = "so_phong_ban", _("Sở, phòng, ban")
    MASS_ORGANIZATION = "doan_the", _("Đoàn thể")
    SCHOOL = "truong", _("Trường học")
    ENTERPRISE = "doanh_nghiep", _("Doanh nghiệp")
    VILLAGE = "thon", _("Thôn, bản, tổ dân phố")
    OTHER = "khac", _("Khác")


class Role(models.TextChoices):
    OFFICER = "officer", _("Chuyên viên TĐKT")
    LEADER = "leader", _("Lãnh đạo (người ký)")
    COUNCIL_MEMBER = "council_member", _("Thành viên Hội đồng TĐKT")
    COUNCIL_SECRETARY = "council_secretary", _("Thư ký Hội đồng TĐKT")
    REPORTER = "reporter", _("Người báo cáo của đơn vị")
    ADMIN = "admin", _("Quản trị của cơ quan")
