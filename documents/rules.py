import rules

from organizations.rules import is_member

rules.add_perm("documents.view_renderjob", is_member)
rules.add_perm("documents.view_storeddocument", is_member)
