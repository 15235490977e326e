def find(s: str, c: str) -> int:
    for i in range(len(s)):
        if s[i] == c:
            return i
    return None  # <-- error


print(find("abc", "b"))
