# RPython target mode: errors handled inside entry_point select the exit status.
class CommandError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


def run_command(cmd, stack):
    parts = cmd.split()
    op = parts[0]
    if op == "push":
        stack.append(int(parts[1]))
    elif op == "add":
        if len(stack) < 2:
            raise CommandError(3, "stack underflow in " + repr(cmd))
        stack.append(stack.pop() + stack.pop())
    elif op == "div":
        b = stack.pop()
        a = stack.pop()
        stack.append(a // b)
    else:
        raise CommandError(2, "unknown command " + repr(op))


def entry_point(argv):
    stack = []
    program = ["push 40", "push 2", "add", "push 0", "div", "push x", "mul", "push 5", "add", "add"]
    status = 0
    for cmd in program:
        try:
            run_command(cmd, stack)
            print(f"{cmd:<8} -> {stack}")
        except ZeroDivisionError as e:
            print(f"{cmd:<8} !! {e}")
            stack.append(0)
        except ValueError as e:
            print(f"{cmd:<8} !! {e}")
        except CommandError as e:
            print(f"{cmd:<8} !! {e} (code {e.code})")
            status = e.code
    print("final", stack, "status", status)
    return status


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
