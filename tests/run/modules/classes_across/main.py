# Inheritance across modules, isinstance with classes imported two different ways.
import shapes_base
from shapes import Square, Tri

items = [Square(3.0), Tri(4.0, 5.0), shapes_base.Shape("blob"), Square(1.5)]
for it in items:
    print(it, isinstance(it, shapes_base.Shape), isinstance(it, Square))
print(sum(it.area() for it in items))
print(max(items, key=lambda s: s.area()).name)
