"""Dashboard widgets: each app registers a function that returns a small context dict.

Registering keeps core independent of the apps: ``register_widget("plans/_widget.html")``
in an app's ``ready()``.
"""

_WIDGETS = []


def register_widget(template_name, builder):
    _WIDGETS.append((template_name, builder))


def dashboard_widgets(*, request):
    widgets = []
    for template_name, builder in _WIDGETS:
        data = builder(request=request)
        if data is not None:
            widgets.append({"template": template_name, "data": data})
    return widgets
