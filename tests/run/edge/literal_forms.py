# Numeric and string literal forms: bases, underscores, float literals that
# round, overflow to inf or underflow to 0, escapes, implicit concatenation.
print(0o17, 0b101, 0xFF, 0XaB, 1_000, 00, 0_0, 0b1_0, 0o7_7, 0x_f)
print(1e-400, 1e400, -1e400, 0.1e-320, 9007199254740993.0, 2.2250738585072011e-308, 1e23, 8.98846567431158e307 * 2)
print(1_0.5e1_0, .5, 5., 1.e1, 0e0, 0.0e-0, 00.5, 1E5, 4.9406564584124654e-324, 2.4703282292062328e-324)
print(0.1 + 0.7, 123456789012345678901234567890.0, 0.000000000000000000001, 1.7976931348623158e308)
print("\x41\101\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}\N{LATIN SMALL LETTER SHARP S}")
print("a" "b" 'c' """d""" f"{1 + 1}" "e", r"\n\t" + "|", len("\
"), "line\
continued")
print(len("\0"), len("\x00\x00"), repr("\0\01\012\0012"), repr("\1234"), "\u0041\u00410")
print('\'', "\"", '"', "'", '\\', "\a\b\f\v", repr("\a\b\f\v"))
print(f"{'nested'}" f'{"quotes"}', f"{'{'}{'}'}", f"{'a' 'b'}")
print(-0x10, +0o10, ~0b11, -1_0, --5, -+-7)
