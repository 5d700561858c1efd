"""The columns of our lists, for individuals and for collectives."""

from dataclasses import dataclass

INDIVIDUAL = "individual"
COLLECTIVE = "collective"


@dataclass(frozen=True)
class Column:
    field: str
    label: str
    synonyms: tuple
    width: int = 18


INDIVIDUAL_COLUMNS = (
    Column("stt", "STT", ("stt", "so thu tu", "tt"), 6),
    Column("full_name", "Họ và tên", ("ho va ten", "ho ten", "ten ca nhan"), 26),
    Column("gender", "Giới tính", ("gioi tinh", "nam nu"), 9),
    Column(
        "birth_date",
        "Ngày sinh",
        ("ngay sinh", "ngay thang nam sinh", "sinh ngay", "nam sinh"),
        12,
    ),
    Column("position", "Chức vụ", ("chuc vu", "chuc danh", "chuc vu chuc danh"), 22),
    Column(
        "unit",
        "Đơn vị công tác",
        ("don vi cong tac", "don vi", "noi cong tac", "co quan don vi"),
        30,
    ),
    Column(
        "award",
        "Danh hiệu/Hình thức đề nghị",
        (
            "danh hieu hinh thuc de nghi",
            "danh hieu de nghi",
            "hinh thuc de nghi",
            "hinh thuc khen thuong de nghi",
            "danh hieu thi dua de nghi",
            "de nghi khen thuong",
        ),
        30,
    ),
    Column(
        "national_id",
        "Số CCCD",
        ("so cccd", "cccd", "so can cuoc cong dan", "so can cuoc", "so dinh danh ca nhan"),
        16,
    ),
    Column("phone", "Số điện thoại", ("so dien thoai", "dien thoai"), 14),
    Column("email", "Thư điện tử", ("email", "thu dien tu"), 22),
    Column("achievement", "Tóm tắt thành tích", ("tom tat thanh tich", "thanh tich"), 40),
)
COLLECTIVE_COLUMNS = (
    Column("stt", "STT", ("stt", "so thu tu", "tt"), 6),
    Column("name", "Tên tập thể", ("ten tap the", "tap the"), 34),
    Column("unit", "Thuộc đơn vị", ("thuoc don vi", "don vi", "don vi cong tac"), 30),
    INDIVIDUAL_COLUMNS[6],
    INDIVIDUAL_COLUMNS[10],
)
COLUMNS = {INDIVIDUAL: INDIVIDUAL_COLUMNS, COLLECTIVE: COLLECTIVE_COLUMNS}
