# RPython target mode: a tiny stack-machine interpreter (the classic RPython demo shape):
# bytecode as a list of ints, a dispatch loop, a frame class, labels resolved in a first pass.
PUSH, ADD, SUB, MUL, DUP, SWAP, JNZ, JMP, PRINT, HALT, LOAD, STORE, LT = range(13)
NAMES = ["PUSH", "ADD", "SUB", "MUL", "DUP", "SWAP", "JNZ", "JMP", "PRINT", "HALT", "LOAD", "STORE", "LT"]

SOURCE = """
    push 1
    store 0      # acc = 1
    push 10
    store 1      # n = 10
loop:
    load 0
    load 1
    mul
    store 0      # acc *= n
    load 1
    push 1
    sub
    dup
    store 1      # n -= 1
    jnz loop
    load 0
    print
    halt
"""


class Frame:
    def __init__(self, code, nlocals):
        self.code = code
        self.stack = []
        self.locals = [0] * nlocals
        self.pc = 0
        self.steps = 0

    def push(self, v):
        self.stack.append(v)

    def pop(self):
        return self.stack.pop()


def assemble(src):
    labels = {}
    lines = []
    for raw in src.split("\n"):
        line = raw.split("#")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(lines) * 2
        else:
            lines.append(line)
    code = []
    for line in lines:
        parts = line.split()
        op = NAMES.index(parts[0].upper())
        arg = 0
        if len(parts) > 1:
            a = parts[1]
            arg = labels[a] if a in labels else int(a)
        code.append(op)
        code.append(arg)
    return code


def run(frame, out):
    code = frame.code
    while True:
        op = code[frame.pc]
        arg = code[frame.pc + 1]
        frame.pc += 2
        frame.steps += 1
        if op == PUSH:
            frame.push(arg)
        elif op == ADD:
            b = frame.pop()
            frame.push(frame.pop() + b)
        elif op == SUB:
            b = frame.pop()
            frame.push(frame.pop() - b)
        elif op == MUL:
            b = frame.pop()
            frame.push(frame.pop() * b)
        elif op == LT:
            b = frame.pop()
            frame.push(1 if frame.pop() < b else 0)
        elif op == DUP:
            v = frame.pop()
            frame.push(v)
            frame.push(v)
        elif op == SWAP:
            b = frame.pop()
            a = frame.pop()
            frame.push(b)
            frame.push(a)
        elif op == JNZ:
            if frame.pop() != 0:
                frame.pc = arg
        elif op == JMP:
            frame.pc = arg
        elif op == LOAD:
            frame.push(frame.locals[arg])
        elif op == STORE:
            frame.locals[arg] = frame.pop()
        elif op == PRINT:
            out.append(frame.pop())
        elif op == HALT:
            return
        else:
            raise ValueError("bad opcode " + str(op))


def entry_point(argv):
    code = assemble(SOURCE)
    print("code", len(code) // 2, "instructions")
    print(" ".join(NAMES[code[i]] for i in range(0, len(code), 2)))
    out = []
    f = Frame(code, 4)
    run(f, out)
    print("output", out, "steps", f.steps, "stack", f.stack)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
