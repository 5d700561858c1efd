"""The steps of a dossier's workflow: post, send, receive, return, appraise, to council."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy
from django.views.generic import FormView

from ..forms import NoteForm, PostForm
from ..services import (
    dossier_post_publicly,
    dossier_receive,
    dossier_return,
    dossier_send,
    dossier_start_appraisal,
    dossier_submit_to_council,
)
from .dossiers import DossierMixin, _errors

__all__ = [
    "DossierAppraiseView",
    "DossierPostView",
    "DossierReceiveView",
    "DossierReturnView",
    "DossierSendView",
    "DossierToCouncilView",
]


class DossierActionView(DossierMixin, FormView):
    """One step of the workflow: a small form, one service call, back to the dossier."""

    template_name = "awards/dossier_action.html"
    form_class = NoteForm
    title = ""
    note_label = None
    note_required = False
    done = ""

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        if self.form_class is NoteForm:
            kwargs.update(label=self.note_label, required=self.note_required, submit=self.title)
        return kwargs

    def get_context_data(self, **kwargs):
        return super().get_context_data(title=self.title, **kwargs)

    def perform(self, form):
        raise NotImplementedError

    def form_valid(self, form):
        try:
            self.perform(form)
        except ValidationError as exc:
            for message in _errors(exc):
                form.add_error(None, message)
            return self.form_invalid(form)
        messages.success(self.request, self.done)
        return redirect("awards:dossier-detail", pk=self.dossier.pk)


class DossierPostView(DossierActionView):
    permission_required = "awards.post_dossier"
    form_class = PostForm
    title = gettext_lazy("Niêm yết công khai danh sách đề nghị")
    done = gettext_lazy("Đã niêm yết công khai danh sách đề nghị.")

    def perform(self, form):
        dossier_post_publicly(
            dossier=self.dossier,
            by=self.request.user,
            starts_on=form.cleaned_data["starts_on"],
            days=form.cleaned_data["days"],
        )


class DossierSendView(DossierActionView):
    permission_required = "awards.send_dossier"
    title = gettext_lazy("Gửi hồ sơ lên cấp trên")
    done = gettext_lazy("Đã gửi hồ sơ.")

    def perform(self, form):
        dossier_send(dossier=self.dossier, by=self.request.user)


class DossierReceiveView(DossierActionView):
    permission_required = "awards.receive_dossier"
    title = gettext_lazy("Tiếp nhận hồ sơ")
    done = gettext_lazy("Đã tiếp nhận hồ sơ.")

    def perform(self, form):
        dossier_receive(dossier=self.dossier, by=self.request.user)


class DossierReturnView(DossierActionView):
    permission_required = "awards.return_dossier"
    title = gettext_lazy("Trả lại hồ sơ")
    note_label = gettext_lazy("Lý do trả lại")
    note_required = True
    done = gettext_lazy("Đã trả lại hồ sơ.")

    def perform(self, form):
        dossier_return(dossier=self.dossier, by=self.request.user, reason=form.cleaned_data["note"])


class DossierAppraiseView(DossierActionView):
    permission_required = "awards.appraise_dossier"
    title = gettext_lazy("Bắt đầu thẩm định")
    note_label = gettext_lazy("Ghi chú thẩm định")
    done = gettext_lazy("Hồ sơ đang được thẩm định.")

    def perform(self, form):
        dossier_start_appraisal(
            dossier=self.dossier, by=self.request.user, notes=form.cleaned_data["note"]
        )


class DossierToCouncilView(DossierActionView):
    permission_required = "awards.finish_appraisal_dossier"
    title = gettext_lazy("Kết thúc thẩm định, trình Hội đồng")
    note_label = gettext_lazy("Ý kiến thẩm định")
    note_required = True
    done = gettext_lazy("Hồ sơ đã được trình Hội đồng Thi đua - Khen thưởng.")

    def perform(self, form):
        dossier_submit_to_council(
            dossier=self.dossier, by=self.request.user, notes=form.cleaned_data["note"]
        )
