# Sets cross into JS as Set-like proxies over the Python set itself: size,
# has, add, delete (items checked), iteration in Python's order, String() as
# Python's str, JSON as an array.
import js


def has_tag(s: set[str], t: str) -> bool:
    return t in s


tags = {"b", "a", "c"}
nums = {3, 1, 2}
view = js.Function.new("s", """
  const out = [s.size, s.has("a"), s.has("z")];
  s.add("d");
  out.push(s.delete("b"), s.delete("zz"));
  out.push([...s].sort().join(","));
  try { s.add(5); } catch (e) { out.push(e.name + ": " + e.message); }
  return out.join(" ");
""")
print(view(tags))
print(sorted(tags))
show = js.Function.new("s", "return String(s) + ' ' + JSON.stringify(s) + ' ' + [...s.keys()].join('+')")
print(show(nums))
nums.add(10)
print(show(nums))
check = js.Function.new("s", "f", "t", "return f(s, t)")
print(check(tags, has_tag, "d"), check(tags, has_tag, "b"))
same = js.Function.new("s", "return s")
print(same(nums) is same(nums), str(same(nums)))
