"""``python -m argmap`` runs the command line."""

import sys

from argmap.cli import main

sys.exit(main())
