from .selectors import unread_count


def unread(request):
    """``unread_notifications`` for the bell in the navbar (one COUNT on an index)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"unread_notifications": unread_count(user=user)}
