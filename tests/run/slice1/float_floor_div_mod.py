# Floor division and modulo on floats.
print(-7.5 // 2, -7.5 % 2)
print(7.5 // -2, 7.5 % -2)
print(7.5 // 2, 7.5 % 2)
print(-7.5 // -2, -7.5 % -2)
print(5.0 // 0.5, 5.0 % 0.5)
print(1.0 // 0.1, 1.0 % 0.1)
print(-1.0 // 0.1, -1.0 % 0.1)
print(0.0 // 3.0, -0.0 // 3.0, 0.0 % 3.0, -0.0 % 3.0)
print(0.0 % -3.0, -0.0 % -3.0)
print(3.0 % 3.0, -3.0 % 3.0, 3.0 % -3.0)
print(1e16 // 3, 1e16 % 3)
print(1e300 // 1e-300, 2.5 % 1e300)
print(-2.5 % 1e300)

x = -10.25
while x <= 10.25:
    print(x, x // 3, x % 3, x // -3.5, x % -3.5)
    x += 2.5

# mixed int and float operands
print(7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5)
print(7.0 / 2, 1 / 4.0, 3 * 0.1, 0.1 * 3)
