# __lt__ drives sorted(), list.sort(), min() and max(); ties keep their original order.
class Version:
    def __init__(self, text):
        parts = text.split(".")
        self.major = int(parts[0])
        self.minor = int(parts[1])
        self.patch = int(parts[2])
        self.text = text

    def __lt__(self, other):
        if self.major != other.major:
            return self.major < other.major
        if self.minor != other.minor:
            return self.minor < other.minor
        return self.patch < other.patch

    def __repr__(self):
        return "v" + self.text


vs = [Version(s) for s in ["1.10.0", "1.2.3", "0.9.9", "1.2.10", "2.0.0", "1.2.3", "01.2.3"]]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(min(vs), max(vs))
print(Version("1.0.0") < Version("1.0.1"), Version("2.0.0") < Version("1.9.9"))
print(Version("3.1.4") > Version("3.1.3"))
vs.sort()
print(vs)
vs.sort(key=lambda v: v.patch)
print(vs)


class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return self.priority < other.priority

    def __str__(self):
        return f"{self.name}({self.priority})"


tasks = [Task(3, "write"), Task(1, "plan"), Task(2, "code"), Task(1, "coffee"), Task(3, "test")]
print(" ".join([str(t) for t in sorted(tasks)]))
print(" ".join([str(t) for t in sorted(tasks, key=lambda t: t.name)]))
print(min(tasks), max(tasks))
