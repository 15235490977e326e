# Objects holding lists and dicts of other objects: a small course registration system.
class Student:
    def __init__(self, name):
        self.name = name
        self.courses = []

    def enroll(self, course):
        if course.add(self):
            self.courses.append(course)

    def credits(self):
        return sum([c.credits for c in self.courses])


class Course:
    def __init__(self, code, credits, capacity):
        self.code = code
        self.credits = credits
        self.capacity = capacity
        self.students = []
        self.waitlist = []

    def add(self, student):
        if len(self.students) < self.capacity:
            self.students.append(student)
            return True
        self.waitlist.append(student)
        return False

    def drop(self, student):
        self.students.remove(student)
        student.courses.remove(self)
        if self.waitlist:
            nxt = self.waitlist.pop(0)
            self.students.append(nxt)
            nxt.courses.append(self)


class Registry:
    def __init__(self):
        self.students = {}
        self.courses = {}

    def student(self, name):
        if name not in self.students:
            self.students[name] = Student(name)
        return self.students[name]

    def course(self, code, credits, capacity):
        c = Course(code, credits, capacity)
        self.courses[code] = c
        return c


reg = Registry()
reg.course("CS101", 4, 2)
reg.course("MA201", 3, 3)
reg.course("PH150", 5, 1)
requests = [("ann", "CS101"), ("bob", "CS101"), ("cy", "CS101"), ("ann", "PH150"),
            ("bob", "PH150"), ("cy", "MA201"), ("dee", "MA201"), ("ann", "MA201")]
for who, code in requests:
    reg.student(who).enroll(reg.courses[code])
for code, c in reg.courses.items():
    print(code, [s.name for s in c.students], "waiting:", [s.name for s in c.waitlist])
for name in sorted(reg.students):
    s = reg.students[name]
    print(name, [c.code for c in s.courses], s.credits())
reg.courses["CS101"].drop(reg.students["ann"])
reg.courses["PH150"].drop(reg.students["ann"])
print("after drops")
for name in sorted(reg.students):
    s = reg.students[name]
    print(name, [c.code for c in s.courses], s.credits())
