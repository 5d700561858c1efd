from awards import demo
from awards.enums import DossierStatus
from awards.models import Dossier, Person
from awards.selectors import dossier_lines_with_history, duplicate_groups, verdicts_for_lines
from organizations import demo as organizations_demo


def test_demo_seeds_history_collective_and_dossiers_in_several_states(db):
    context = {"password": "x"}
    organizations_demo.seed(context)

    demo.seed(context)
    demo.seed(context)  # safe to run twice

    xa = context["orgs"]["xa-phong-tho"]
    statuses = sorted(Dossier.objects.filter(organization=xa).values_list("status", flat=True))
    assert statuses == sorted(
        [
            DossierStatus.SENT,
            DossierStatus.DRAFT,
            DossierStatus.POSTING,
            DossierStatus.AWAITING_COUNCIL,
        ]
    )
    assert Person.objects.filter(organization__path__startswith=xa.path).count() == 5
    assert [g.reason for g in duplicate_groups(organization=xa)] == ["Trùng họ tên và ngày sinh"]
    sent = Dossier.objects.get(status=DossierStatus.SENT)
    (item,) = verdicts_for_lines(dossier_lines_with_history(sent.lines.all()))
    assert (item.line.award.code, item.verdict.status) == ("CSTD_TINH", "met")
