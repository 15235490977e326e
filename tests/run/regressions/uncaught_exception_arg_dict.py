# Regression (found by a bug hunt): uncaught exception arg dict.
import sys
sys.exit([1, 2])
