import pytest
from django.test import Client

from organizations.enums import Role
from tests.factories import OrganizationFactory, member

PASSWORD = "mat-khau-thu-nghiem"


@pytest.fixture
def org(db):
    return OrganizationFactory(name="UBND xã Chiềng Ngần", place_name="Chiềng Ngần")


@pytest.fixture
def other_org(db):
    return OrganizationFactory(name="UBND xã Sìn Hồ", place_name="Sìn Hồ")


@pytest.fixture
def officer(org):
    return member(org, Role.OFFICER)


@pytest.fixture
def leader(org):
    return member(org, Role.LEADER, position="Chủ tịch", full_name="Lò Văn Phúc")


@pytest.fixture
def reporter(org):
    return member(org, Role.REPORTER)


@pytest.fixture
def other_officer(other_org):
    return member(other_org, Role.OFFICER)


def login(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def client_for():
    return login
