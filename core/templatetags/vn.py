from django import template

register = template.Library()


@register.filter
def vn_date(value):
    """dd/mm/yyyy, whatever the active language."""
    if not value:
        return ""
    return value.strftime("%d/%m/%Y")


@register.simple_tag(takes_context=True)
def query_replace(context, **kwargs):
    """The current query string with some parameters replaced (for paging and filters)."""
    params = context["request"].GET.copy()
    for key, value in kwargs.items():
        params[key] = value
    return params.urlencode()
