"""``python -m timeline``: the command-line interface."""

from timeline.cli import main

raise SystemExit(main())
