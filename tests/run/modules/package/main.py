# A package with __init__.py and a submodule: `import geo`, `from geo.vec import ...`.
import geo
from geo.vec import Vec, dot
import geo.vec

a = Vec(1.0, 2.0)
b = geo.Vec(3.0, -1.0)
print(a, b, geo.ORIGIN, dot(a, b), geo.dot(a, a), geo.vec.dot(b, b))
print(isinstance(b, geo.vec.Vec))
