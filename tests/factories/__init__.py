import factory
from django.contrib.auth import get_user_model

from organizations.enums import Kind, Level, Role
from organizations.models import Membership, Organization
from organizations.services import organization_create


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization

    name = factory.Sequence(lambda n: f"UBND xã Thử Nghiệm {n}")
    slug = factory.Sequence(lambda n: f"xa-thu-nghiem-{n}")
    level = Level.COMMUNE
    kind = Kind.PEOPLES_COMMITTEE
    header_name = factory.LazyAttribute(lambda o: f"ỦY BAN NHÂN DÂN\n{o.name.upper()[5:]}")
    abbreviation = "UBND"
    place_name = factory.Sequence(lambda n: f"Thử Nghiệm {n}")
    parent = None

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        # The materialised path is maintained by the service, as in production.
        return organization_create(**kwargs)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    full_name = factory.Sequence(lambda n: f"Người Dùng {n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.vn")
    password = factory.PostGenerationMethodCall("set_password", "mat-khau-thu-nghiem")

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organization = factory.SubFactory(OrganizationFactory)
    role = Role.OFFICER


def member(organization, *roles, position="", **user_fields):
    """A new user holding ``roles`` in ``organization``."""
    user = UserFactory(**user_fields)
    for role in roles:
        MembershipFactory(user=user, organization=organization, role=role, position=position)
    return user
