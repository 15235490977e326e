# Package geo: re-exports from its submodule.
from geo.vec import Vec, dot

ORIGIN = Vec(0.0, 0.0)
