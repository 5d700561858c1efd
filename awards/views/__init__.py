from .dossiers import *  # noqa: F403
from .nominees import *  # noqa: F403
