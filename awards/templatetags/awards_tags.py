from django import template

from ..eligibility import MET, NOT_MET

register = template.Library()

LABELS = {MET: "Đạt", NOT_MET: "Không đạt"}
CLASSES = {MET: "success", NOT_MET: "danger"}


@register.filter
def verdict_label(status):
    return LABELS.get(status, "Chưa đủ dữ liệu")


@register.filter
def verdict_class(status):
    return CLASSES.get(status, "warning")
