"""``python -m summitry.cli``."""

import sys

from summitry.cli import main

sys.exit(main())
