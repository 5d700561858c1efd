import unicodedata

from core.text import fold, nfc, sort_key, upper


def test_nfc_composes_decomposed_input_and_fixes_eth():
    decomposed = unicodedata.normalize("NFD", "Thi đua khen thưởng")
    assert decomposed != "Thi đua khen thưởng"
    assert nfc(decomposed) == "Thi đua khen thưởng"
    assert nfc("\u00d0ảng ủy\u200b") == "Đảng ủy"


def test_fold_drops_diacritics_and_maps_d():
    assert fold("Thi ĐUA, khen thưởng") == "thi dua, khen thuong"
    assert fold("hòa") == fold("hoà") == "hoa"
    assert fold(unicodedata.normalize("NFD", "Thủy")) == "thuy"


def test_sort_key_follows_vietnamese_alphabet():
    words = ["đào", "dao", "ăn", "an", "bé", "âm", "ơn", "ô", "o"]
    assert sorted(words, key=sort_key) == ["an", "ăn", "âm", "bé", "dao", "đào", "o", "ô", "ơn"]


def test_upper_uses_unicode_rules():
    assert upper("ủy ban nhân dân xã chiềng ngần") == "ỦY BAN NHÂN DÂN XÃ CHIỀNG NGẦN"
