# `import m as alias` and `from m import f as g`, plus library modules under aliases.
import helpers as h
from helpers import whisper as quiet, GREETING as G
import math as m

print(h.shout(G), quiet(G), h.whisper("OK"))
print(m.floor(m.pi * 100), m.sqrt(16.0))
f = h.shout
print(f("x"), quiet is h.whisper)
