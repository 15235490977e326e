# Regression (found by a bug hunt): exception args repr.
raise ValueError({"a": 1.0})
