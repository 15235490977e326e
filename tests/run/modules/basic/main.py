# `import geometry` and qualified access to its functions and constants.
import geometry

print(geometry.describe("circle", geometry.circle_area(2.0)))
print(geometry.describe("rect", geometry.rect_area(3.0, 4.5)))
print(geometry.UNIT, round(geometry.circle_area(1.0), 5))
areas = [geometry.circle_area(r) for r in [0.5, 1.0, 1.5]]
print([f"{a:.3f}" for a in areas])
