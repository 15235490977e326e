# Lists as stacks and queues: bracket matching, RPN evaluation, a round-robin queue.
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return len(stack) == 0


def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in ("+", "-", "*", "/"):
            b = stack.pop()
            a = stack.pop()
            if tok == "+":
                stack.append(a + b)
            elif tok == "-":
                stack.append(a - b)
            elif tok == "*":
                stack.append(a * b)
            else:
                stack.append(a / b)
        else:
            stack.append(float(tok))
    return stack[-1]


for t in ["([]{})", "([)]", "((", "", "}{", "{[()()]}"]:
    print(repr(t), balanced(t))
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2 3 /"))

queue = [("a", 5), ("b", 2), ("c", 4)]
quantum = 2
timeline = []
while queue:
    name, left = queue.pop(0)
    run = min(quantum, left)
    timeline.append(name * run)
    if left > run:
        queue.append((name, left - run))
print("".join(timeline))
