# format() spec errors name the value's type (bool too); fixed notation beyond 1000 digits is not cut short.
print(len(format(1e300, '.1000f')), len(format(1.5, '.2000f')), format(-0.0001, 'z.2f'))
def t(f):
    try:
        f()
    except ValueError as e:
        print(e)
t(lambda: format('a', '^9mid'))
t(lambda: format(1, '5dd'))
t(lambda: format(1.5, '5dd'))
t(lambda: format(True, 'xx'))
t(lambda: format(True, 'q'))
print(f"{1e300:.1000f}"[:20], f"{12345.678:,.2f}", f"{255:#x}")
