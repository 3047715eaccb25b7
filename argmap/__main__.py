"""``python -m argmap`` runs the command line."""

import sys

from argmap.cli import main

if __name__ == "__main__":
    sys.exit(main())
