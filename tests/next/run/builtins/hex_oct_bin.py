# hex, oct, bin of positive, negative and zero; int() parsing with bases; format codes.
for n in [0, 1, 7, 8, 255, 256, -1, -255, 4096, 2 ** 40 + 3, -(2 ** 52)]:
    print(n, hex(n), oct(n), bin(n))
print(int("ff", 16), int("0xff", 16), int("777", 8), int("0b1011", 2), int("-101", 2), int("z", 36))
print(int("0o17", 0), int("0x1F", 0), int("10", 0), int(" 42 "), int("1_000"))
print(f"{255:x} {255:X} {255:o} {255:b} {255:#x} {255:#o} {255:#b} {-255:#x}")
print(format(10, "08b"), format(48879, "X"), "%x %o %X" % (48879, 8, 3054))
n = 0b1011_0110
print(n, bin(n).count("1"), len(bin(n)) - 2, n.bit_length(), (-n).bit_length())
