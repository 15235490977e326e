def configure(name, **options):  # <-- error
    return name

print(configure("x"))
