from .dossiers import *  # noqa: F403
from .files import *  # noqa: F403
from .nominees import *  # noqa: F403
from .workflow import *  # noqa: F403
