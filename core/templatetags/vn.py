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


@register.filter
def markup(text):
    """Our light markup as safe HTML for the screen: paragraphs, '- ' bullets, *em*, **strong**.

    The text is escaped first, so user input can never become markup.
    """
    import re

    from django.utils.html import escape
    from django.utils.safestring import mark_safe

    def inline(line):
        line = escape(line)
        line = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", line)
        return re.sub(r"(?<!\*)\*(?!\s)(.+?)(?<!\s)\*(?!\*)", r"<em>\1</em>", line)

    html = []
    for block in re.split(r"\n\s*\n", text or ""):
        lines = [line for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        if all(line.lstrip().startswith("- ") for line in lines):
            items = "".join(f"<li>{inline(line.lstrip()[2:])}</li>" for line in lines)
            html.append(f"<ul>{items}</ul>")
        else:
            html.append("".join(f"<p>{inline(line)}</p>" for line in lines))
    return mark_safe("".join(html))  # noqa: S308 - every piece was escaped above


@register.filter
def roman(value):
    return {1: "I", 2: "II", 3: "III", 4: "IV"}.get(value, "")
