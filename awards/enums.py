from django.db import models
from django.utils.translation import gettext_lazy as _

from core import uploads


class Category(models.TextChoices):
    TITLE = "danh_hieu", _("Danh hiệu thi đua")
    FORM = "hinh_thuc", _("Hình thức khen thưởng")


class Beneficiary(models.TextChoices):
    INDIVIDUAL = "individual", _("Cá nhân")
    COLLECTIVE = "collective", _("Tập thể")
    HOUSEHOLD = "household", _("Hộ gia đình")


class Authority(models.TextChoices):
    """Người có thẩm quyền quyết định tặng (Law Art 80; NĐ 129/2025 Art 59)."""

    PRESIDENT = "chu_tich_nuoc", _("Chủ tịch nước")
    PRIME_MINISTER = "thu_tuong", _("Thủ tướng Chính phủ")
    MINISTER_OR_PROVINCE = "bo_truong_ct_tinh", _("Bộ trưởng, Chủ tịch UBND tỉnh")
    DEPARTMENT_HEAD = "thu_truong_don_vi", _("Thủ trưởng cơ quan, đơn vị có tư cách pháp nhân")
    DISTRICT_CHAIRMAN = "ct_huyen", _("Chủ tịch UBND huyện (trước 01/07/2025)")
    COMMUNE_CHAIRMAN = "ct_xa", _("Chủ tịch UBND xã, phường, đặc khu")


class PhysicalItem(models.TextChoices):
    CERTIFICATE = "giay_chung_nhan", _("Giấy chứng nhận")
    DIPLOMA = "bang", _("Bằng")
    FLAG = "co", _("Cờ")
    BADGE = "huy_hieu", _("Huy hiệu")
    ORDER = "huan_chuong", _("Huân chương và bằng")
    MEDAL = "huy_chuong", _("Huy chương và bằng")
    COMMEMORATIVE = "ky_niem_chuong", _("Kỷ niệm chương")
    MERIT = "giay_khen", _("Giấy khen")
    CERTIFICATE_OF_MERIT = "bang_khen", _("Bằng khen")


class AwardType(models.TextChoices):
    """Loại hình khen thưởng (Law Art 8); also the track of a dossier."""

    ACHIEVEMENT = "cong_trang", _("Khen thưởng công trạng (thành tích năm)")
    THEMATIC = "chuyen_de", _("Khen thưởng theo đợt, chuyên đề")
    UNEXPECTED = "dot_xuat", _("Khen thưởng đột xuất")
    LONG_SERVICE = "cong_hien", _("Khen thưởng quá trình cống hiến")
    SENIORITY = "nien_han", _("Khen thưởng theo niên hạn")
    FOREIGN = "doi_ngoai", _("Khen thưởng đối ngoại")


class Rating(models.TextChoices):
    HTXS = "HTXS", _("Hoàn thành xuất sắc nhiệm vụ")
    HTT = "HTT", _("Hoàn thành tốt nhiệm vụ")
    HT = "HT", _("Hoàn thành nhiệm vụ")
    KHT = "KHT", _("Không hoàn thành nhiệm vụ")


class Discipline(models.TextChoices):
    REPRIMAND = "khien_trach", _("Khiển trách")
    WARNING = "canh_cao", _("Cảnh cáo")
    SALARY_DOWN = "ha_bac_luong", _("Hạ bậc lương")
    DEMOTION = "giang_chuc", _("Giáng chức")
    DISMISSAL = "cach_chuc", _("Cách chức")
    FIRED = "buoc_thoi_viec", _("Buộc thôi việc")


class InitiativeLevel(models.TextChoices):
    BASE = "co_so", _("Cấp cơ sở")
    PROVINCE = "tinh", _("Cấp tỉnh")
    NATIONAL = "toan_quoc", _("Toàn quốc")


class InitiativeKind(models.TextChoices):
    INITIATIVE = "sang_kien", _("Sáng kiến")
    RESEARCH = "de_tai", _("Đề tài khoa học")
    SOLUTION = "giai_phap", _("Giải pháp")


class Gender(models.TextChoices):
    MALE = "nam", _("Nam")
    FEMALE = "nu", _("Nữ")


class RecordSource(models.TextChoices):
    IN_SYSTEM = "trong_he_thong", _("Quyết định trong hệ thống")
    OUTSIDE = "ngoai_he_thong", _("Nhập từ hồ sơ, quyết định bên ngoài")


class DossierPart(models.TextChoices):
    """Thành phần hồ sơ đề nghị khen thưởng (NĐ 152/2025)."""

    SUBMISSION = "to_trinh", _("Tờ trình đề nghị khen thưởng")
    REPORT = "bao_cao_thanh_tich", _("Báo cáo thành tích")
    MINUTES = "bien_ban", _("Biên bản họp Hội đồng TĐKT")
    INITIATIVE = "chung_nhan_sang_kien", _("Giấy chứng nhận sáng kiến, đề tài")
    CONFIRMATION = "xac_nhan", _("Văn bản xác nhận của cơ quan có thẩm quyền")
    EVIDENCE = "minh_chung", _("Tài liệu minh chứng khác")


# Parts proved for each nominee (one per person or collective); the others are one per dossier.
PER_NOMINEE_PARTS = frozenset({DossierPart.REPORT, DossierPart.INITIATIVE})


class DossierStatus(models.TextChoices):
    DRAFT = "draft", _("Đang soạn")
    POSTING = "posting", _("Đang niêm yết công khai")
    SENT = "sent", _("Đã gửi cấp trên")
    RECEIVED = "received", _("Cấp trên đã tiếp nhận")
    RETURNED = "returned", _("Bị trả lại")
    APPRAISING = "appraising", _("Đang thẩm định")
    # The council's vote is the next step (a later issue); the dossier waits here.
    AWAITING_COUNCIL = "awaiting_council", _("Chờ Hội đồng TĐKT xét")


EDITABLE_STATUSES = frozenset({DossierStatus.DRAFT, DossierStatus.RETURNED})
SENT_STATUSES = frozenset(
    {
        DossierStatus.SENT,
        DossierStatus.RECEIVED,
        DossierStatus.RETURNED,
        DossierStatus.APPRAISING,
        DossierStatus.AWAITING_COUNCIL,
    }
)


FileKind = uploads.FileKind  # shared with every app
