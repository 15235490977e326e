# Signed zero behaviour.
nz = -0.0
pz = 0.0
print(nz, pz, nz == pz, nz < pz, -nz, -pz)
print(nz + pz, pz + nz, nz + nz, nz - pz, pz - pz, nz * 5.0, pz * -5.0)
print(nz * nz, nz * pz, 1.0 / float("inf") * -1.0)
print(abs(nz), round(nz), round(nz, 1), round(-0.4), round(-0.4, 0))
print(int(nz), str(nz), float("-0"), float("-0.0"), float("0"))
print(max(pz, nz), max(nz, pz), min(pz, nz), min(nz, pz))
print(nz // 1.0, pz // -1.0, nz % 1.0, pz % -1.0, -1e-320 * 1e-100)
print(-1.0 * 0, 0 * -1.0, -0.0 + 0, 0 - 0.0, -0.0 - 0)
print(f"{nz}", f"{nz:.2f}", f"{nz:+}", f"{nz:g}", f"{nz:e}", f"{pz:+.1f}")
print(f"{-0.001:.1f}", f"{-0.0004:.3f}", f"{-1e-10:f}", f"{-0.0:08.3f}")
x = -1.0
while x < 0.0:
    x = x / 1e100
print(x, -x)
y = 3.0
y = y * -0.0
print(y, y == 0.0, -y)
