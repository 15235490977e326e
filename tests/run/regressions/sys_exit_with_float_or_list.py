# Regression (found by a bug hunt): sys exit with float or list.
import sys
sys.exit(3.0)
