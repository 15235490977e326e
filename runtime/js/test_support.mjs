// Helpers shared by the runtime's test files: finding CPython 3.11 and the
// other JS shells, and listing the names a runtime file declares.
import { execFileSync, spawnSync } from "node:child_process";

// Every top-level name a runtime file declares (`function $x`, `const $y`...), in
// order, repeats included (a test checks there are none).
export function declared(text) {
  return [...text.matchAll(/^(?:function|const|let|class)\s+(\$[\w$]*)/gm)].map((m) => m[1]);
}

function pythonOk() {
  try {
    const v = execFileSync("python3", ["-c", "import sys; print(sys.version_info[:2])"], { encoding: "utf8" });
    return v.trim() === "(3, 11)";
  } catch (e) {
    return false;
  }
}
// Whether `python3` is CPython 3.11, the oracle of the expectations.
export const HAVE_PY = pythonOk();

// The path of a command on PATH, or null.
export function which(cmd) {
  const r = spawnSync("sh", ["-c", "command -v " + cmd], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

// JavaScriptCore's shell: on PATH, or where Debian's package puts it.
export function findJsc() {
  const p = which("jsc");
  if (p) return p;
  for (const c of ["/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/jsc", "/usr/libexec/webkit2gtk-4.0/jsc"]) {
    const r = spawnSync(c, ["-e", ""]);
    if (r.status === 0) return c;
  }
  return null;
}
