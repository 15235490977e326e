# A user exception from another module: caught once, then uncaught. CPython prints the
# last stderr line as `errors.ValidationError: age out of range: 200` (module-qualified,
# unlike classes of the main script).
import errors

try:
    errors.check_age(-1)
except errors.ValidationError as e:
    print("caught:", e)
for a in [30, 42, 200]:
    print("ok", errors.check_age(a))
