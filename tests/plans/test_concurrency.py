"""Numbers under concurrency, on PostgreSQL: parallel issues get distinct consecutive numbers."""

import threading

import pytest
from django.db import connection, connections

from organizations.enums import Role
from organizations.models import Membership
from plans.models import Plan
from plans.services import plan_approve, plan_issue, plan_submit
from tests.factories import OrganizationFactory, member
from tests.factories.plans import draft_plan


@pytest.mark.django_db(transaction=True)
def test_parallel_issues_get_distinct_consecutive_numbers():
    assert connection.vendor == "postgresql"
    org = OrganizationFactory()
    officer = member(org, Role.OFFICER)
    leaders = [member(org, Role.LEADER, position="Chủ tịch") for _ in range(6)]
    plans = []
    for leader in leaders:
        plan = draft_plan(org, officer, tasks=1)
        plan_submit(plan=plan, by=officer)
        plans.append(plan_approve(plan=plan, by=leader))
    barrier = threading.Barrier(len(plans))
    errors = []

    def issue(plan, leader):
        try:
            signer = Membership.objects.get(user=leader, organization=org, role=Role.LEADER)
            barrier.wait(timeout=10)
            plan_issue(plan=plan, by=leader, signer=signer)
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=issue, args=pair) for pair in zip(plans, leaders, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    numbers = sorted(Plan.objects.filter(organization=org).values_list("number", flat=True))
    assert numbers == [1, 2, 3, 4, 5, 6]
