"""``python -m argmap`` runs the command line."""

from argmap.cli import program

if __name__ == "__main__":
    program()
