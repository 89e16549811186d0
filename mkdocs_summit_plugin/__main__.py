"""``python -m mkdocs_summit_plugin`` runs the command line."""
import sys

from .cli import main

sys.exit(main())
