class FilteredListMixin:
    """A list narrowed by a GET form (search without diacritics, filters); the bound form goes
    back to the template as ``filter_form`` so what was typed stays in the fields."""

    filter_form = None

    def filters(self, form_class, **kwargs):
        """Bind ``form_class`` to the query string and return its valid values ({} if none)."""
        self.filter_form = form_class(self.request.GET or None, **kwargs)
        return self.filter_form.cleaned_data if self.filter_form.is_valid() else {}

    def get_context_data(self, **kwargs):
        kwargs.setdefault("filter_form", self.filter_form)
        return super().get_context_data(**kwargs)
