"""`python -m converter` is the same as the `newsmark` command."""
from .cli import main

if __name__ == "__main__":
    main()
