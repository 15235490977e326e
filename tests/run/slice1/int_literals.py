# Integer and float literal forms.
print(0x1F, 0X1f, 0o17, 0O17, 0b1010, 0B1010, 1_000_000, 0x_ff, 0b_1_0)
print(0xFFFFFFFF, 0x1FFFFFFFFFFFFF, 0o377777777777777777, 0b1 << 50)
print(-0x10, -0o10, -0b10, 0, 00, 0_0)
print(1_000.5, .5, 5., 1e3, 1E-3, 1_0e1_0, 0.000_001, 3.14_15)
print(0xdead_beef, 0xDEADBEEF == 3735928559, 0o1_7, 1_2_3)
a = 0x7FFFFFFF
b = 0x80000000
c = 0xFFFFFFFFFFFF
print(a, b, c, a + 1 == b, c + 1, b * 2)
print(1e0, 1e1, 1e-1, 10e-1, 0e5, 0.0e-5, 123e-2, 1.5e+3)
print(9007199254740991, -9007199254740991, 4503599627370496)
x = 0b1111_0000
mask = 0
for i in range(0, 16, 2):
    mask = mask | (0b1 << i)
print(mask, f"{mask:#06x}", 0x5555 == mask, 0o52525 == mask >> 1)
print(x, x >> 4, x & 0x0F, x | 0o17, f"{x:#b}", f"{x:#o}", f"{x:#x}")
