# Exception classes defined in a helper module: uncaught, their stderr line is module-qualified.
class ValidationError(Exception):
    pass


def check_age(age):
    if age < 0 or age > 150:
        raise ValidationError(f"age out of range: {age}")
    return age
