# Out of the subset: metaclasses (here the metaclass= keyword of a class statement).
class Plugin(metaclass=type):  # <-- error
    name = "base"


print(Plugin.name)
