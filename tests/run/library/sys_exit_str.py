# sys.exit(str) prints the message to stderr and exits with status 1.
import sys

config = {"mode": "fast", "level": "9"}
for key in ["mode", "level", "path"]:
    if key not in config:
        sys.exit("fatal: missing setting " + repr(key))
    print(key, config[key])
