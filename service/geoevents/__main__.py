"""`python -m geoevents` runs the command line."""

import sys

from geoevents.cli import main

sys.exit(main())
