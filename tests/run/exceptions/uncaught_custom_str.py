# An uncaught exception whose class defines __str__: the last stderr line uses it.
class ValidationError(Exception):
    def __init__(self, field, value):
        super().__init__(field)
        self.field = field
        self.value = value

    def __str__(self):
        return f"invalid {self.field}: {self.value!r}"


def validate(rec):
    if rec["age"] < 0:
        raise ValidationError("age", str(rec["age"]))
    print("valid", rec)


validate({"age": 3})
validate({"age": -1})
