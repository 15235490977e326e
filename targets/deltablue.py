# DeltaBlue: an incremental one-way dataflow constraint solver.
#
# Origin: the DeltaBlue algorithm of Bjorn Freeman-Benson, John Maloney and Alan Borning
# ("An Incremental Constraint Solver", CACM 1990), used as a benchmark since the Smalltalk
# and Self days (Mario Wolczko's version), later in V8/Octane and PyPy's benchmark suite.
# Constraints have strengths in a hierarchy; adding or removing one re-plans only what it
# affects, using "walkabout strengths" and marks. The benchmark runs a chain test (a long
# chain of equality constraints driven by an edit at one end) and a projection test (scale
# constraints between two sets of variables, re-solved after edits).
# This is an independent implementation written for the pyrt test corpus, in the RPython 3
# subset: a class hierarchy of constraints with overridden methods, nullable attributes,
# lists of base-class instances, and a planner passed explicitly (no module state).

REQUIRED = 0
STRONG_PREFERRED = 1
PREFERRED = 2
STRONG_DEFAULT = 3
NORMAL = 4
WEAK_DEFAULT = 5
WEAKEST = 6
STRENGTH_NAMES = ["required", "strongPreferred", "preferred", "strongDefault", "normal",
                  "weakDefault", "weakest"]

NONE = 0
FORWARD = 1
BACKWARD = -1


class Strength:
    def __init__(self, level):
        self.level = level
        self.name = STRENGTH_NAMES[level]

    def stronger(self, other):
        return self.level < other.level

    def weaker(self, other):
        return self.level > other.level

    def weakest_of(self, other):
        return self if self.weaker(other) else other

    def next_weaker(self):
        return STRENGTHS[min(self.level + 1, WEAKEST)]


STRENGTHS = [Strength(level) for level in range(7)]


class Variable:
    def __init__(self, name, value):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = STRENGTHS[WEAKEST]
        self.stay = True

    def add_constraint(self, c):
        self.constraints.append(c)

    def remove_constraint(self, c):
        self.constraints = [d for d in self.constraints if d is not c]
        if self.determined_by is c:
            self.determined_by = None


class Constraint:
    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    # --- interface implemented by subclasses ---
    def add_to_graph(self):
        raise NotImplementedError("add_to_graph")

    def remove_from_graph(self):
        raise NotImplementedError("remove_from_graph")

    def choose_method(self, mark):
        raise NotImplementedError("choose_method")

    def is_satisfied(self):
        raise NotImplementedError("is_satisfied")

    def mark_inputs(self, mark):
        raise NotImplementedError("mark_inputs")

    def output(self):
        raise NotImplementedError("output")

    def recalculate(self):
        raise NotImplementedError("recalculate")

    def mark_unsatisfied(self):
        raise NotImplementedError("mark_unsatisfied")

    def inputs_known(self, mark):
        raise NotImplementedError("inputs_known")

    def execute(self):
        raise NotImplementedError("execute")

    def is_input(self):
        return False

    # --- shared behaviour ---
    def add_constraint(self):
        self.add_to_graph()
        self.planner.incremental_add(self)

    def satisfy(self, mark):
        # try to satisfy this constraint; returns the constraint it overrides, if any
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength.level == REQUIRED:
                raise RuntimeError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.add_propagate(self, mark):
            raise RuntimeError("cycle encountered")
        out.mark = mark
        return overridden

    def destroy_constraint(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.remove_from_graph()


class UnaryConstraint(Constraint):
    def __init__(self, planner, v, strength):
        Constraint.__init__(self, planner, strength)
        self.my_output = v
        self.satisfied = False
        self.add_constraint()

    def add_to_graph(self):
        self.my_output.add_constraint(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.my_output.remove_constraint(self)
        self.satisfied = False

    def choose_method(self, mark):
        self.satisfied = (self.my_output.mark != mark
                          and self.strength.stronger(self.my_output.walk_strength))

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.my_output

    def recalculate(self):
        self.my_output.walk_strength = self.strength
        self.my_output.stay = not self.is_input()
        if self.my_output.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True


class StayConstraint(UnaryConstraint):
    def execute(self):
        pass


class EditConstraint(UnaryConstraint):
    def is_input(self):
        return True

    def execute(self):
        pass


class BinaryConstraint(Constraint):
    def __init__(self, planner, v1, v2, strength):
        Constraint.__init__(self, planner, strength)
        self.v1 = v1
        self.v2 = v2
        self.direction = NONE

    def add_to_graph(self):
        self.v1.add_constraint(self)
        self.v2.add_constraint(self)
        self.direction = NONE

    def remove_from_graph(self):
        self.v1.remove_constraint(self)
        self.v2.remove_constraint(self)
        self.direction = NONE

    def choose_method(self, mark):
        v1 = self.v1
        v2 = self.v2
        if v1.mark == mark:
            if v2.mark != mark and self.strength.stronger(v2.walk_strength):
                self.direction = FORWARD
            else:
                self.direction = NONE
        elif v2.mark == mark:
            if v1.mark != mark and self.strength.stronger(v1.walk_strength):
                self.direction = BACKWARD
            else:
                self.direction = NONE
        elif v1.walk_strength.weaker(v2.walk_strength):
            self.direction = BACKWARD if self.strength.stronger(v1.walk_strength) else NONE
        else:
            self.direction = FORWARD if self.strength.stronger(v2.walk_strength) else NONE

    def is_satisfied(self):
        return self.direction != NONE

    def input_var(self):
        return self.v1 if self.direction == FORWARD else self.v2

    def output(self):
        return self.v2 if self.direction == FORWARD else self.v1

    def mark_inputs(self, mark):
        self.input_var().mark = mark

    def recalculate(self):
        ihn = self.input_var()
        out = self.output()
        out.walk_strength = self.strength.weakest_of(ihn.walk_strength)
        out.stay = ihn.stay
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = NONE

    def inputs_known(self, mark):
        i = self.input_var()
        return i.mark == mark or i.stay or i.determined_by is None


class EqualityConstraint(BinaryConstraint):
    def __init__(self, planner, v1, v2, strength):
        BinaryConstraint.__init__(self, planner, v1, v2, strength)
        self.add_constraint()

    def execute(self):
        self.output().value = self.input_var().value


class ScaleConstraint(BinaryConstraint):
    def __init__(self, planner, src, scale, offset, dest, strength):
        BinaryConstraint.__init__(self, planner, src, dest, strength)
        self.scale = scale
        self.offset = offset
        self.add_constraint()

    def add_to_graph(self):
        BinaryConstraint.add_to_graph(self)
        self.scale.add_constraint(self)
        self.offset.add_constraint(self)

    def remove_from_graph(self):
        BinaryConstraint.remove_from_graph(self)
        self.scale.remove_constraint(self)
        self.offset.remove_constraint(self)

    def mark_inputs(self, mark):
        BinaryConstraint.mark_inputs(self, mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value

    def recalculate(self):
        ihn = self.input_var()
        out = self.output()
        out.walk_strength = self.strength.weakest_of(ihn.walk_strength)
        out.stay = ihn.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Plan:
    def __init__(self):
        self.constraints = []

    def add(self, c):
        self.constraints.append(c)

    def size(self):
        return len(self.constraints)

    def execute(self):
        for c in self.constraints:
            c.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = c.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, c):
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        strength = STRENGTHS[REQUIRED]
        while True:
            for u in unsatisfied:
                if u.strength is strength:
                    self.incremental_add(u)
            strength = strength.next_weaker()
            if strength.level == WEAKEST:
                break

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = Plan()
        todo = sources
        while todo:
            c = todo.pop(0)
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.add(c)
                out.mark = mark
                self.add_constraints_consuming_to(out, todo)
        return plan

    def extract_plan_from_constraints(self, constraints):
        sources = []
        for c in constraints:
            if c.is_input() and c.is_satisfied():
                sources.append(c)
        return self.make_plan(sources)

    def add_propagate(self, c, mark):
        todo = [c]
        while todo:
            d = todo.pop(0)
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.add_constraints_consuming_to(d.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = STRENGTHS[WEAKEST]
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop(0)
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for nxt in v.constraints:
                if nxt is not determining and nxt.is_satisfied():
                    nxt.recalculate()
                    todo.append(nxt.output())
        return unsatisfied

    def add_constraints_consuming_to(self, v, coll):
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                coll.append(c)


def chain_test(n):
    # a chain v0 = v1 = ... = vn with a stay on the last and an edit on the first
    planner = Planner()
    variables = [Variable("v" + str(i), 0) for i in range(n + 1)]
    for i in range(n):
        EqualityConstraint(planner, variables[i], variables[i + 1], STRENGTHS[REQUIRED])
    first = variables[0]
    last = variables[n]
    StayConstraint(planner, last, STRENGTHS[STRONG_DEFAULT])
    edit = EditConstraint(planner, first, STRENGTHS[PREFERRED])
    plan = planner.extract_plan_from_constraints([edit])
    checksum = 0
    for i in range(100):
        first.value = i
        plan.execute()
        if last.value != i:
            raise RuntimeError("chain test failed")
        checksum += last.value
    return checksum + plan.size() + planner.current_mark


def change(planner, v, new_value):
    edit = EditConstraint(planner, v, STRENGTHS[PREFERRED])
    plan = planner.extract_plan_from_constraints([edit])
    for _ in range(10):
        v.value = new_value
        plan.execute()
    edit.destroy_constraint()
    return plan.size()


def projection_test(n):
    # dst[i] = src[i] * scale + offset, solved in both directions after edits
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src = scale
    dst = scale
    dests = []
    for i in range(n):
        src = Variable("src" + str(i), i)
        dst = Variable("dst" + str(i), i)
        dests.append(dst)
        StayConstraint(planner, src, STRENGTHS[NORMAL])
        ScaleConstraint(planner, src, scale, offset, dst, STRENGTHS[REQUIRED])
    checksum = change(planner, src, 17)
    if dst.value != 1170:
        raise RuntimeError("projection 1 failed")
    checksum += change(planner, dst, 1050)
    if src.value != 5:
        raise RuntimeError("projection 2 failed")
    checksum += change(planner, scale, 5)
    for i in range(n - 1):
        if dests[i].value != i * 5 + 1000:
            raise RuntimeError("projection 3 failed")
    checksum += change(planner, offset, 2000)
    for i in range(n - 1):
        if dests[i].value != i * 5 + 2000:
            raise RuntimeError("projection 4 failed")
    for d in dests:
        checksum += d.value
    return checksum + planner.current_mark


def entry_point(argv):
    iterations = 250
    if len(argv) > 1:
        iterations = int(argv[1])
    total = 0
    for i in range(iterations):
        c = chain_test(100)
        p = projection_test(100)
        total += c + p
        if i == 0:
            print("chain", c, "projection", p)
    print("deltablue", iterations, "iterations, checksum", total)
    print("small", chain_test(3), projection_test(2), STRENGTHS[PREFERRED].name)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
