"""Sources of documents that other apps expose: ``register_source("plan", resolver)``.

A resolver is ``resolver(request, pk) -> (data_dict, source_object)``; it checks access
itself (``Http404`` for another organisation's object, ``PermissionDenied`` for a wrong role).
"""

_SOURCES = {}


def register_source(kind, resolver):
    _SOURCES[kind] = resolver


def unregister_source(kind):
    _SOURCES.pop(kind, None)


def get_resolver(kind):
    return _SOURCES.get(kind)
