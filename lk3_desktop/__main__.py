"""`python -m lk3_desktop` runs the same entry point as the `lk3-desktop` script."""

import sys

from lk3_desktop.cli import main

sys.exit(main())
