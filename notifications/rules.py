import rules

from organizations.rules import is_member, is_officer_or_admin

rules.add_perm("notifications.view_notification", is_member)
rules.add_perm("notifications.view_queue", is_officer_or_admin)
rules.add_perm("notifications.retry_reminder", is_officer_or_admin)
rules.add_perm("notifications.manage_calendar", is_officer_or_admin)
rules.add_perm("notifications.manage_policy", is_officer_or_admin)
