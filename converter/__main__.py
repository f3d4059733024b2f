"""`python -m converter` is the same as the `newsmark` command."""
from .cli import run

if __name__ == "__main__":
    run()
