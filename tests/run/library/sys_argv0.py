# pyrt-hosts: node, js102, c, wasm -- the JavaScriptCore shell cannot read the environment, so sys.argv[0] is "main.py" there
# sys.argv[0] is the program as it was named when run.
import sys

print(sys.argv[0], len(sys.argv))
