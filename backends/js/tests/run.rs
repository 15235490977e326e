//! End-to-end tests of the JS backend: hand-built IR → JS → node (and js102 and
//! jsc when installed), checking stdout, stderr's last line and the exit status.
//! The output includes the real runtime (runtime/js/pyrt.js), so these also test
//! that the backend calls it as its API says.

use pyrt_backend_js::emit_js;
use pyrt_ir::{
    Block, BlockCall, Const, FuncId, Function, Global, Module, Op, Prim, Span, Terminator, Type, Value,
};
use std::path::PathBuf;
use std::process::Command;

const SP: Span = Span::DUMMY;

// ---------------------------------------------------------------------------------
// IR building helpers

struct F {
    f: Function,
}

impl F {
    fn new(name: &str, params: &[(&str, Type)], ret: Type) -> (F, Vec<Value>) {
        let mut f = Function::new(name, SP);
        f.ret = ret;
        let entry = f.entry;
        let vs = params
            .iter()
            .map(|(n, t)| {
                f.param_names.push(n.to_string());
                f.add_block_param(entry, t.clone(), Some(n), SP)
            })
            .collect();
        (F { f }, vs)
    }
    fn entry(&self) -> Block { self.f.entry }
    fn block(&mut self) -> Block { self.f.add_block(SP) }
    fn param(&mut self, b: Block, t: Type, name: &str) -> Value { self.f.add_block_param(b, t, Some(name), SP) }
    fn op(&mut self, b: Block, op: Op, args: Vec<Value>, t: Type) -> Value { self.f.append(b, op, args, Some(t), SP).unwrap() }
    fn void(&mut self, b: Block, op: Op, args: Vec<Value>) { self.f.append(b, op, args, None, SP); }
    fn konst(&mut self, b: Block, c: Const) -> Value {
        let t = c.ty();
        self.op(b, Op::Const(c), vec![], t)
    }
    fn int(&mut self, b: Block, n: i64) -> Value { self.konst(b, Const::Int(n)) }
    fn str(&mut self, b: Block, s: &str) -> Value { self.konst(b, Const::Str(s.into())) }
    fn prim(&mut self, b: Block, p: Prim, args: Vec<Value>) -> Value {
        let t = p.signature().1.to_type().expect("prim with a result");
        self.op(b, Op::Prim(p), args, t)
    }
    /// `print(s)` for a str value.
    fn print(&mut self, b: Block, s: Value) {
        let nl = self.str(b, "\n");
        let line = self.prim(b, Prim::StrConcat, vec![s, nl]);
        self.void(b, Op::Prim(Prim::PrintStdout), vec![line]);
    }
    fn print_int(&mut self, b: Block, v: Value) {
        let s = self.prim(b, Prim::IntToStr, vec![v]);
        self.print(b, s);
    }
    fn print_str(&mut self, b: Block, text: &str) {
        let s = self.str(b, text);
        self.print(b, s);
    }
    fn jump(&mut self, from: Block, to: Block, args: Vec<Value>) { self.f.set_term(from, Terminator::Jump(BlockCall { block: to, args })) }
    fn branch(&mut self, from: Block, cond: Value, t: Block, targs: Vec<Value>, e: Block, eargs: Vec<Value>) {
        self.f.set_term(
            from,
            Terminator::Branch { cond, then_: BlockCall { block: t, args: targs }, else_: BlockCall { block: e, args: eargs } },
        )
    }
    fn ret(&mut self, b: Block, v: Value) { self.f.set_term(b, Terminator::Return(v)) }
    fn ret_int(&mut self, b: Block, n: i64) {
        let v = self.int(b, n);
        self.ret(b, v)
    }
}

/// A module whose main is the function `main` builds (returning the exit status).
fn module_with(build: impl FnOnce(&mut Module, &mut F)) -> Module {
    let mut m = Module::default();
    let (mut main, _) = F::new("main", &[], Type::Int);
    build(&mut m, &mut main);
    let id = m.funcs.push(main.f);
    m.main = Some(id);
    m
}

fn push(m: &mut Module, f: F) -> FuncId { m.funcs.push(f.f) }

/// `def say(s) -> int: print(s); return len(s)` — a call with a visible effect.
fn push_say(m: &mut Module) -> FuncId {
    let (mut say, p) = F::new("say", &[("s", Type::Str)], Type::Int);
    let b = say.entry();
    say.print(b, p[0]);
    let n = say.prim(b, Prim::StrLen, vec![p[0]]);
    say.ret(b, n);
    push(m, say)
}

// ---------------------------------------------------------------------------------
// Running


struct Run {
    stdout: String,
    stderr: String,
    status: i32,
}

fn temp_file(name: &str, text: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("pyrt-js-test-{}-{name}.js", std::process::id()));
    std::fs::write(&path, text).unwrap();
    path
}

fn run_host(host: &str, path: &PathBuf) -> Option<Run> {
    let out = Command::new(host).arg(path).output().ok()?;
    Some(Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        status: out.status.code().unwrap_or(-1),
    })
}

/// Translate, run on node (and js102 if present), and check every host agrees with
/// the expectation. Returns the JS for further checks.
fn check(name: &str, m: &Module, stdout: &str, stderr_last: Option<&str>, status: i32) -> String {
    let js = emit_js(m).unwrap_or_else(|d| panic!("{name}: emit_js failed: {d:?}"));
    if std::env::var_os("PYRT_JS_DUMP").is_some() {
        eprintln!("=== {name}\n{}", program_part(&js));
    }
    let path = temp_file(name, &js);
    let mut ran = 0;
    for host in ["node", "js102", "jsc"] {
        // jsc's shell cannot set an exit status (the runtime reports it on stdout).
        if host == "jsc" && status != 0 {
            continue;
        }
        let Some(r) = run_host(host, &path) else { continue };
        ran += 1;
        let ctx = || format!("{name} on {host}\n--- js ---\n{}\n--- stderr ---\n{}", program_part(&js), r.stderr);
        assert_eq!(r.stdout, stdout, "stdout of {}", ctx());
        assert_eq!(r.status, status, "exit status of {}", ctx());
        if let Some(last) = stderr_last {
            assert_eq!(r.stderr.trim_end().lines().last(), Some(last), "stderr of {}", ctx());
        }
    }
    assert!(ran > 0, "node is needed to run the JS backend tests");
    let _ = std::fs::remove_file(&path);
    js
}

fn program_part(js: &str) -> &str { js.split("// --- the translated program ---\n").nth(1).unwrap_or(js) }

// ---------------------------------------------------------------------------------
// Tests

#[test]
fn straight_line_prints() {
    let m = module_with(|_, f| {
        let b = f.entry();
        f.print_str(b, "hello, world");
        let x = f.int(b, 40);
        let y = f.int(b, 2);
        let s = f.prim(b, Prim::IntAdd, vec![x, y]);
        f.print_int(b, s);
        // Non-ASCII and astral text, quotes and escapes survive the trip.
        f.print_str(b, "π ≈ 3.14 😀 \"q\" 'a' \\ \t|\u{2028}|\u{7f}|");
        // (NUL goes through a length: js102's putstr stops at a NUL.)
        let nul = f.str(b, "a\0b\0");
        let n = f.prim(b, Prim::StrLen, vec![nul]);
        f.print_int(b, n);
        let neg = f.int(b, -7);
        let n = f.prim(b, Prim::IntNeg, vec![neg]);
        f.print_int(b, n);
        let big = f.int(b, (1 << 53) - 1);
        f.print_int(b, big);
        f.ret_int(b, 0);
    });
    let js = check(
        "straight_line",
        &m,
        "hello, world\n42\nπ ≈ 3.14 😀 \"q\" 'a' \\ \t|\u{2028}|\u{7f}|\n4\n7\n9007199254740991\n",
        None,
        0,
    );
    assert!(program_part(&js).is_ascii(), "non-ASCII text is escaped: {}", program_part(&js));
}

#[test]
fn exit_status_is_mains_result() {
    let m = module_with(|_, f| {
        let b = f.entry();
        f.print_str(b, "bye");
        f.ret_int(b, 3);
    });
    check("exit_status", &m, "bye\n", None, 3);
}

#[test]
fn if_else() {
    // def sign(n): if n < 0: print("neg") elif n == 0: print("zero") else: print("pos")
    let mut m = Module::default();
    let (mut s, p) = F::new("sign", &[("n", Type::Int)], Type::None);
    let n = p[0];
    let (entry, neg, nonneg, zero, pos, join) = (s.entry(), s.block(), s.block(), s.block(), s.block(), s.block());
    let z = s.int(entry, 0);
    let lt = s.prim(entry, Prim::IntLt, vec![n, z]);
    s.branch(entry, lt, neg, vec![], nonneg, vec![]);
    s.print_str(neg, "neg");
    s.jump(neg, join, vec![]);
    let z2 = s.int(nonneg, 0);
    let eq = s.prim(nonneg, Prim::IntEq, vec![n, z2]);
    s.branch(nonneg, eq, zero, vec![], pos, vec![]);
    s.print_str(zero, "zero");
    s.jump(zero, join, vec![]);
    s.print_str(pos, "pos");
    s.jump(pos, join, vec![]);
    let none = s.konst(join, Const::None);
    s.ret(join, none);
    let sign = push(&mut m, s);

    let (mut f, _) = F::new("main", &[], Type::Int);
    let b = f.entry();
    for k in [-5, 0, 7] {
        let v = f.int(b, k);
        f.op(b, Op::Call(sign), vec![v], Type::None);
    }
    f.ret_int(b, 0);
    m.main = Some(push(&mut m, f));
    check("if_else", &m, "neg\nzero\npos\n", None, 0);
}

#[test]
fn while_counter() {
    // i = 0; total = 0; while i < 5: total += i; print(i); i += 1; print(total)
    let m = module_with(|_, f| {
        let (entry, head, body, exit) = (f.entry(), f.block(), f.block(), f.block());
        let i = f.param(head, Type::Int, "i");
        let total = f.param(head, Type::Int, "total");
        let (z, z2) = (f.int(entry, 0), f.int(entry, 0));
        f.jump(entry, head, vec![z, z2]);
        let five = f.int(head, 5);
        let c = f.prim(head, Prim::IntLt, vec![i, five]);
        f.branch(head, c, body, vec![], exit, vec![]);
        let t2 = f.prim(body, Prim::IntAdd, vec![total, i]);
        f.print_int(body, i);
        let one = f.int(body, 1);
        let i2 = f.prim(body, Prim::IntAdd, vec![i, one]);
        f.jump(body, head, vec![i2, t2]);
        f.print_int(exit, total);
        f.ret_int(exit, 0);
    });
    let js = check("while_counter", &m, "0\n1\n2\n3\n4\n10\n", None, 0);
    let prog = program_part(&js);
    assert!(prog.contains("while(true)"), "{prog}");
    assert!(!prog.contains("switch"), "no dispatch loop: {prog}");
}

#[test]
fn nested_loops_break_continue() {
    // for i in range(4):
    //     if i == 3: break
    //     j = 0
    //     while True:
    //         j += 1
    //         if j == 2: continue
    //         if j > 3: break
    //         print(i, j)
    // print("done")
    let m = module_with(|_, f| {
        let (entry, ohead, obody, ibody_start, iskip, icheck, iexit_to_outer, iprint, done) =
            (f.entry(), f.block(), f.block(), f.block(), f.block(), f.block(), f.block(), f.block(), f.block());
        let i = f.param(ohead, Type::Int, "i");
        let z = f.int(entry, 0);
        f.jump(entry, ohead, vec![z]);
        // outer header: if i < 4 → obody else done
        let four = f.int(ohead, 4);
        let c = f.prim(ohead, Prim::IntLt, vec![i, four]);
        f.branch(ohead, c, obody, vec![], done, vec![]);
        // obody: if i == 3 → done (break) else inner loop with j = 0
        let three = f.int(obody, 3);
        let is3 = f.prim(obody, Prim::IntEq, vec![i, three]);
        let z = f.int(obody, 0);
        f.branch(obody, is3, done, vec![], ibody_start, vec![z]);
        // inner loop header/body: j += 1; if j == 2 → iskip (continue) else icheck
        let j = f.param(ibody_start, Type::Int, "j");
        let one = f.int(ibody_start, 1);
        let j1 = f.prim(ibody_start, Prim::IntAdd, vec![j, one]);
        let two = f.int(ibody_start, 2);
        let is2 = f.prim(ibody_start, Prim::IntEq, vec![j1, two]);
        f.branch(ibody_start, is2, iskip, vec![], icheck, vec![]);
        f.jump(iskip, ibody_start, vec![j1]);
        // icheck: if j > 3 → leave inner loop (next i) else print
        let three = f.int(icheck, 3);
        let gt = f.prim(icheck, Prim::IntGt, vec![j1, three]);
        f.branch(icheck, gt, iexit_to_outer, vec![], iprint, vec![]);
        let si = f.prim(iprint, Prim::IntToStr, vec![i]);
        let sp = f.str(iprint, " ");
        let l = f.prim(iprint, Prim::StrConcat, vec![si, sp]);
        let sj = f.prim(iprint, Prim::IntToStr, vec![j1]);
        let l = f.prim(iprint, Prim::StrConcat, vec![l, sj]);
        f.print(iprint, l);
        f.jump(iprint, ibody_start, vec![j1]);
        let one = f.int(iexit_to_outer, 1);
        let i1 = f.prim(iexit_to_outer, Prim::IntAdd, vec![i, one]);
        f.jump(iexit_to_outer, ohead, vec![i1]);
        f.print_str(done, "done");
        f.ret_int(done, 0);
    });
    let mut want = String::new();
    for i in 0..3 {
        for j in [1, 3] {
            want.push_str(&format!("{i} {j}\n"));
        }
    }
    want.push_str("done\n");
    check("nested_loops", &m, &want, None, 0);
}

#[test]
fn gcd_swaps_parameters() {
    // def gcd(a, b): while b: a, b = b, a % b; return a
    let mut m = Module::default();
    let (mut g, p) = F::new("gcd", &[("a", Type::Int), ("b", Type::Int)], Type::Int);
    let (entry, head, body, exit) = (g.entry(), g.block(), g.block(), g.block());
    let a = g.param(head, Type::Int, "a");
    let b = g.param(head, Type::Int, "b");
    g.jump(entry, head, vec![p[0], p[1]]);
    let t = g.prim(head, Prim::IntIsTrue, vec![b]);
    g.branch(head, t, body, vec![], exit, vec![]);
    let r = g.prim(body, Prim::IntMod, vec![a, b]);
    g.jump(body, head, vec![b, r]);
    g.ret(exit, a);
    let gcd = push(&mut m, g);

    let (mut f, _) = F::new("main", &[], Type::Int);
    let b0 = f.entry();
    for (x, y) in [(48, 18), (17, 5), (0, 9), (1071, 462)] {
        let (x, y) = (f.int(b0, x), f.int(b0, y));
        let r = f.op(b0, Op::Call(gcd), vec![x, y], Type::Int);
        f.print_int(b0, r);
    }
    f.ret_int(b0, 0);
    m.main = Some(push(&mut m, f));
    check("gcd", &m, "6\n1\n9\n21\n", None, 0);
}

#[test]
fn pure_swap_cycle_uses_a_temporary() {
    // a, b, c = "x", "y", "z"; 4 times: print(a + b + c); a, b, c = b, c, a
    let m = module_with(|_, f| {
        let (entry, head, body, exit) = (f.entry(), f.block(), f.block(), f.block());
        let (x, y, z, zero) = (f.str(entry, "x"), f.str(entry, "y"), f.str(entry, "z"), f.int(entry, 0));
        f.jump(entry, head, vec![x, y, z, zero]);
        let a = f.param(head, Type::Str, "a");
        let b = f.param(head, Type::Str, "b");
        let c = f.param(head, Type::Str, "c");
        let n = f.param(head, Type::Int, "n");
        let four = f.int(head, 4);
        let more = f.prim(head, Prim::IntLt, vec![n, four]);
        f.branch(head, more, body, vec![], exit, vec![]);
        let ab = f.prim(body, Prim::StrConcat, vec![a, b]);
        let abc = f.prim(body, Prim::StrConcat, vec![ab, c]);
        f.print(body, abc);
        let one = f.int(body, 1);
        let n1 = f.prim(body, Prim::IntAdd, vec![n, one]);
        f.jump(body, head, vec![b, c, a, n1]);
        f.ret_int(exit, 0);
    });
    let js = check("swap_cycle", &m, "xyz\nyzx\nzxy\nxyz\n", None, 0);
    assert!(program_part(&js).contains("t0 = "), "{}", program_part(&js));
}

#[test]
fn effectful_jump_argument_read_by_another() {
    // i, prev = 0, -1; while i < 3: print(prev); i, prev = i + 1, i
    let m = module_with(|_, f| {
        let (entry, head, body, exit) = (f.entry(), f.block(), f.block(), f.block());
        let (z, m1) = (f.int(entry, 0), f.int(entry, -1));
        f.jump(entry, head, vec![z, m1]);
        let i = f.param(head, Type::Int, "i");
        let prev = f.param(head, Type::Int, "prev");
        let three = f.int(head, 3);
        let c = f.prim(head, Prim::IntLt, vec![i, three]);
        f.branch(head, c, body, vec![], exit, vec![]);
        f.print_int(body, prev);
        let one = f.int(body, 1);
        let i1 = f.prim(body, Prim::IntAdd, vec![i, one]);
        f.jump(body, head, vec![i1, i]);
        f.print_int(exit, prev);
        f.ret_int(exit, 0);
    });
    check("effectful_jump_arg", &m, "-1\n0\n1\n2\n", None, 0);
}

#[test]
fn calls_between_functions() {
    // def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
    let mut m = Module::default();
    let fib_id = FuncId(0);
    let (mut fib, p) = F::new("fib", &[("n", Type::Int)], Type::Int);
    let (entry, small, big) = (fib.entry(), fib.block(), fib.block());
    let two = fib.int(entry, 2);
    let c = fib.prim(entry, Prim::IntLt, vec![p[0], two]);
    fib.branch(entry, c, small, vec![], big, vec![]);
    fib.ret(small, p[0]);
    let one = fib.int(big, 1);
    let n1 = fib.prim(big, Prim::IntSub, vec![p[0], one]);
    let r1 = fib.op(big, Op::Call(fib_id), vec![n1], Type::Int);
    let two = fib.int(big, 2);
    let n2 = fib.prim(big, Prim::IntSub, vec![p[0], two]);
    let r2 = fib.op(big, Op::Call(fib_id), vec![n2], Type::Int);
    let s = fib.prim(big, Prim::IntAdd, vec![r1, r2]);
    fib.ret(big, s);
    assert_eq!(push(&mut m, fib), fib_id);

    let (mut f, _) = F::new("main", &[], Type::Int);
    let b = f.entry();
    let n = f.int(b, 20);
    let r = f.op(b, Op::Call(fib_id), vec![n], Type::Int);
    f.print_int(b, r);
    f.ret_int(b, 0);
    m.main = Some(push(&mut m, f));
    let js = check("fib", &m, "6765\n", None, 0);
    assert!(program_part(&js).contains("function f_fib(n_0)"), "{}", program_part(&js));
}

#[test]
fn argument_order_of_effects() {
    // def say(s) -> int: print(s); return len(s)
    // print(add(say("a"), say("bc")))   — "a" prints before "bc"
    let mut m = Module::default();
    let say = push_say(&mut m);
    let (mut f, _) = F::new("main", &[], Type::Int);
    let b = f.entry();
    let a = f.str(b, "a");
    let x = f.op(b, Op::Call(say), vec![a], Type::Int);
    let bc = f.str(b, "bc");
    let y = f.op(b, Op::Call(say), vec![bc], Type::Int);
    let s = f.prim(b, Prim::IntAdd, vec![x, y]);
    f.print_int(b, s);
    f.ret_int(b, 0);
    m.main = Some(push(&mut m, f));
    check("arg_order", &m, "a\nbc\n3\n", None, 0);
}

#[test]
fn global_read_is_not_moved_across_a_call() {
    // counter = 1; def bump(): global counter; counter = 10
    // old = counter; bump(); print(old); print(counter)
    let mut m = Module::default();
    let g = m.globals.push(Global { name: "counter".into(), ty: Type::Int, span: SP, checked: false });
    let (mut bump, _) = F::new("bump", &[], Type::None);
    let b = bump.entry();
    let ten = bump.int(b, 10);
    bump.void(b, Op::StoreGlobal(g), vec![ten]);
    let none = bump.konst(b, Const::None);
    bump.ret(b, none);
    let bump = push(&mut m, bump);
    let (mut f, _) = F::new("main", &[], Type::Int);
    let b = f.entry();
    let one = f.int(b, 1);
    f.void(b, Op::StoreGlobal(g), vec![one]);
    let old = f.op(b, Op::LoadGlobal(g), vec![], Type::Int);
    f.op(b, Op::Call(bump), vec![], Type::None);
    f.print_int(b, old);
    let now = f.op(b, Op::LoadGlobal(g), vec![], Type::Int);
    f.print_int(b, now);
    f.ret_int(b, 0);
    m.main = Some(push(&mut m, f));
    check("global_read_order", &m, "1\n10\n", None, 0);
}

#[test]
fn select_arm_with_an_effect_still_runs() {
    // v = say("side effect"); print(str(select(False, v, 2)))
    let mut m = Module::default();
    let say = push_say(&mut m);
    let (mut f, _) = F::new("main", &[], Type::Int);
    let b = f.entry();
    let s = f.str(b, "side effect");
    let c = f.konst(b, Const::Bool(false));
    let v = f.op(b, Op::Call(say), vec![s], Type::Int);
    let two = f.int(b, 2);
    let r = f.op(b, Op::Select, vec![c, v, two], Type::Int);
    f.print_int(b, r);
    f.ret_int(b, 0);
    m.main = Some(push(&mut m, f));
    check("select_effect", &m, "side effect\n2\n", None, 0);
}

fn checked_global_module(assign_first: bool) -> Module {
    let mut m = Module::default();
    let g = m.globals.push(Global { name: "x".into(), ty: Type::Int, span: SP, checked: true });
    let (mut f, _) = F::new("main", &[], Type::Int);
    let b = f.entry();
    f.print_str(b, "start");
    if assign_first {
        let v = f.int(b, 5);
        f.void(b, Op::StoreGlobal(g), vec![v]);
    }
    let x = f.op(b, Op::LoadGlobal(g), vec![], Type::Int);
    f.print_int(b, x);
    f.ret_int(b, 0);
    m.main = Some(push(&mut m, f));
    m
}

#[test]
fn checked_global_assigned() { check("checked_global_ok", &checked_global_module(true), "start\n5\n", None, 0); }

#[test]
fn checked_global_unassigned_raises_name_error() {
    check("checked_global_err", &checked_global_module(false), "start\n", Some("NameError: name 'x' is not defined"), 1);
}

#[test]
fn check_defined_raises_unbound_local_error() {
    let m = module_with(|_, f| {
        let b = f.entry();
        f.print_str(b, "before");
        let flag = f.konst(b, Const::Bool(false));
        f.void(b, Op::CheckDefined { name: "y".into(), global: false }, vec![flag]);
        f.print_str(b, "after");
        f.ret_int(b, 0);
    });
    check(
        "unbound_local",
        &m,
        "before\n",
        Some("UnboundLocalError: cannot access local variable 'y' where it is not associated with a value"),
        1,
    );
}

/// def show(v: int | None): print(v or 0 ...) — UnwrapOr, Is None, and Unwrap raising.
fn optional_module(arg_is_none: bool) -> Module {
    let mut m = Module::default();
    let opt = Type::optional(Type::Int);
    let (mut s, p) = F::new("show", &[("v", opt.clone())], Type::None);
    let b = s.entry();
    let none = s.konst(b, Const::None);
    let is_none = s.op(b, Op::Is, vec![p[0], none], Type::Bool);
    let t = s.prim(b, Prim::BoolToStr, vec![is_none]);
    s.print(b, t);
    let or0 = s.op(b, Op::UnwrapOr(Const::Int(-1)), vec![p[0]], Type::Int);
    s.print_int(b, or0);
    let u = s.op(b, Op::Unwrap { class: "TypeError".into(), message: "unsupported operand type(s) for +: 'NoneType' and 'int'".into() }, vec![p[0]], Type::Int);
    let one = s.int(b, 1);
    let sum = s.prim(b, Prim::IntAdd, vec![u, one]);
    s.print_int(b, sum);
    let none = s.konst(b, Const::None);
    s.ret(b, none);
    let show = push(&mut m, s);
    let (mut f, _) = F::new("main", &[], Type::Int);
    let b = f.entry();
    let v = if arg_is_none { f.konst(b, Const::None) } else { f.int(b, 41) };
    let v = f.op(b, Op::Copy, vec![v], opt);
    f.op(b, Op::Call(show), vec![v], Type::None);
    f.ret_int(b, 0);
    m.main = Some(push(&mut m, f));
    m
}

#[test]
fn optional_unwrap_some() { check("optional_some", &optional_module(false), "False\n41\n42\n", None, 0); }

#[test]
fn optional_unwrap_none_raises_type_error() {
    check(
        "optional_none",
        &optional_module(true),
        "True\n-1\n",
        Some("TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'"),
        1,
    );
}

fn list_method(name: &str) -> pyrt_ir::methods::MethodId {
    pyrt_ir::methods::MethodId::lookup(pyrt_ir::methods::Recv::List, name).expect("in the method table")
}

#[test]
fn list_getitem_and_len() {
    let m = module_with(|_, f| {
        let b = f.entry();
        let argv = f.op(b, Op::Argv, vec![], Type::List(Box::new(Type::Str)));
        let n = f.op(b, Op::Method(list_method("__len__")), vec![argv], Type::Int);
        f.print_int(b, n);
        let m1 = f.int(b, -1);
        let last = f.op(b, Op::Method(list_method("__getitem__")), vec![argv, m1], Type::Str);
        let z = f.int(b, 0);
        let first = f.op(b, Op::Method(list_method("__getitem__")), vec![argv, z], Type::Str);
        let same = f.prim(b, Prim::StrEq, vec![last, first]);
        let same = f.prim(b, Prim::BoolToStr, vec![same]);
        f.print(b, same);
        let five = f.int(b, 5);
        let bad = f.op(b, Op::Method(list_method("__getitem__")), vec![argv, five], Type::Str);
        f.print(b, bad);
        f.ret_int(b, 0);
    });
    check("list_getitem", &m, "1\nTrue\n", Some("IndexError: list index out of range"), 1);
}

#[test]
fn raise_then_unreachable() {
    let m = module_with(|_, f| {
        let b = f.entry();
        f.print_str(b, "x");
        f.void(b, Op::Raise { class: "ValueError".into(), message: "bad value".into() }, vec![]);
        f.f.set_term(b, Terminator::Unreachable);
    });
    let js = check("raise", &m, "x\n", Some("ValueError: bad value"), 1);
    assert!(program_part(&js).contains("throw $be_unreachable()"));
}

#[test]
fn int_constant_outside_the_exact_range_raises() {
    let m = module_with(|_, f| {
        let b = f.entry();
        f.print_str(b, "first");
        let big = f.int(b, 1 << 60);
        f.print_int(b, big);
        f.ret_int(b, 0);
    });
    let js = check("big_int", &m, "first\n", Some("OverflowError: int too large for the js backend (beyond 2**53)"), 1);
    assert!(program_part(&js).contains("$overflow()"));
}

#[test]
fn float_constants_are_exact() {
    use pyrt_backend_js::js;
    let values = [
        0.0, -0.0, 0.1, 1.0, -1.5, 1e16, 1e-7, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        f64::INFINITY, f64::NEG_INFINITY, f64::NAN, 123456789.125, 9007199254740993.0, 1e21, 1e22, 0.3,
    ];
    let mut stmts = Vec::new();
    for x in values {
        // out(bits of x)
        stmts.push(js::expr_stmt(js::call_named("out", vec![js::float_lit(x)])));
    }
    let body = js::print_script(stmts).unwrap();
    let script = format!(
        "const out = (x) => {{ const b = new BigUint64Array(new Float64Array([x]).buffer)[0]; \
         (typeof print === 'function' && typeof process === 'undefined' ? print : console.log)(b.toString(16)); }};\n{body}"
    );
    let path = temp_file("floats", &script);
    let r = run_host("node", &path).expect("node");
    let want: String = values.iter().map(|x| format!("{:x}\n", x.to_bits())).collect();
    assert_eq!(r.stdout, want, "{script}");
    let _ = std::fs::remove_file(&path);
}

#[test]
fn output_is_a_script_without_import_or_export() {
    let js = emit_js(&checked_global_module(true)).unwrap();
    for line in js.lines() {
        let t = line.trim_start();
        assert!(!t.starts_with("import ") && !t.starts_with("import{") && !t.starts_with("export "), "{line}");
    }
    assert!(js.trim_end().ends_with("$main(f_main);"), "{js}");
}

#[test]
fn unlowered_ops_are_a_bug_diagnostic_not_a_panic() {
    let m = module_with(|_, f| {
        let b = f.entry();
        let x = f.int(b, 1);
        f.op(b, Op::Binary(pyrt_ir::BinOp::Add), vec![x, x], Type::Int);
        f.ret_int(b, 0);
    });
    let d = emit_js(&m).unwrap_err();
    assert_eq!(d.severity, pyrt_ir::Severity::Bug);
}

#[test]
fn names_never_clash() {
    // Functions named like a mangled local and like each other; a local named like a function.
    let mut m = Module::default();
    for name in ["x", "x", "x_0"] {
        let (mut f, p) = F::new(name, &[("f_x", Type::Int)], Type::Int);
        let b = f.entry();
        f.ret(b, p[0]);
        push(&mut m, f);
    }
    let (mut f, _) = F::new("main", &[], Type::Int);
    let b = f.entry();
    for (k, id) in [FuncId(0), FuncId(1), FuncId(2)].into_iter().enumerate() {
        let v = f.int(b, k as i64 + 1);
        let r = f.op(b, Op::Call(id), vec![v], Type::Int);
        f.print_int(b, r);
    }
    f.ret_int(b, 0);
    m.main = Some(push(&mut m, f));
    let js = check("names", &m, "1\n2\n3\n", None, 0);
    let prog = program_part(&js);
    assert!(prog.contains("function f_x(l_f_x_0)"), "{prog}");
    assert!(prog.contains("function f_x_1("), "{prog}");
    assert!(prog.contains("function f_x_0("), "{prog}");
}

#[test]
fn unused_value_around_a_call_keeps_the_call() {
    // str(say("kept")) as a statement: the pure str() is dropped, the call is not.
    let mut m = Module::default();
    let say = push_say(&mut m);
    let (mut f, _) = F::new("main", &[], Type::Int);
    let b = f.entry();
    let s = f.str(b, "kept");
    let v = f.op(b, Op::Call(say), vec![s], Type::Int);
    f.prim(b, Prim::IntToStr, vec![v]);
    f.ret_int(b, 0);
    m.main = Some(push(&mut m, f));
    check("unused_around_call", &m, "kept\n", None, 0);
}

#[test]
fn effect_passed_on_a_conditional_edge_still_runs() {
    // v = say("always"); if False: x = v else: x = 7; print(x)
    let mut m = Module::default();
    let say = push_say(&mut m);
    let (mut f, _) = F::new("main", &[], Type::Int);
    let (b, join) = (f.entry(), f.block());
    let x = f.param(join, Type::Int, "x");
    let c = f.konst(b, Const::Bool(false));
    let seven = f.int(b, 7);
    let s = f.str(b, "always");
    let v = f.op(b, Op::Call(say), vec![s], Type::Int);
    f.branch(b, c, join, vec![v], join, vec![seven]);
    f.print_int(join, x);
    f.ret_int(join, 0);
    m.main = Some(push(&mut m, f));
    check("conditional_edge_effect", &m, "always\n7\n", None, 0);
}

#[test]
fn long_elif_chains_and_deep_nesting() {
    // if n == 0: print(0) elif n == 1: print(1) ... for 400 cases, called with 399.
    const N: i64 = 400;
    let mut m = Module::default();
    let (mut s, p) = F::new("pick", &[("n", Type::Int)], Type::None);
    let join = s.block();
    let mut cur = s.entry();
    for k in 0..N {
        let (hit, miss) = (s.block(), s.block());
        let kv = s.int(cur, k);
        let c = s.prim(cur, Prim::IntEq, vec![p[0], kv]);
        s.branch(cur, c, hit, vec![], miss, vec![]);
        s.print_str(hit, &k.to_string());
        s.jump(hit, join, vec![]);
        cur = miss;
    }
    s.print_str(cur, "none");
    s.jump(cur, join, vec![]);
    let none = s.konst(join, Const::None);
    s.ret(join, none);
    let pick = push(&mut m, s);
    let (mut f, _) = F::new("main", &[], Type::Int);
    let b = f.entry();
    for k in [N - 1, N] {
        let v = f.int(b, k);
        f.op(b, Op::Call(pick), vec![v], Type::None);
    }
    f.ret_int(b, 0);
    m.main = Some(push(&mut m, f));
    check("long_elif", &m, &format!("{}\nnone\n", N - 1), None, 0);
}

/// def depth(n): return 0 if n == 0 else 1 + depth(n - 1); main prints depth(k).
fn depth_module(k: i64) -> Module {
    let mut m = Module::default();
    let id = FuncId(0);
    let (mut d, p) = F::new("depth", &[("n", Type::Int)], Type::Int);
    let (entry, base, rec) = (d.entry(), d.block(), d.block());
    let z = d.int(entry, 0);
    let c = d.prim(entry, Prim::IntEq, vec![p[0], z]);
    d.branch(entry, c, base, vec![], rec, vec![]);
    d.ret_int(base, 0);
    let one = d.int(rec, 1);
    let n1 = d.prim(rec, Prim::IntSub, vec![p[0], one]);
    let r = d.op(rec, Op::Call(id), vec![n1], Type::Int);
    let one = d.int(rec, 1);
    let s = d.prim(rec, Prim::IntAdd, vec![one, r]);
    d.ret(rec, s);
    assert_eq!(push(&mut m, d), id);
    let (mut f, _) = F::new("main", &[], Type::Int);
    let b = f.entry();
    for k in [10, k, 10] {
        let v = f.int(b, k);
        let r = f.op(b, Op::Call(id), vec![v], Type::Int);
        f.print_int(b, r);
    }
    f.ret_int(b, 0);
    m.main = Some(push(&mut m, f));
    m
}

#[test]
fn recursion_limit_is_cpythons() {
    // CPython 3.11 from module level: depth(998) returns (1000 frames), depth(999) raises.
    check("depth_998", &depth_module(998), "10\n998\n10\n", None, 0);
    check("depth_999", &depth_module(999), "10\n", Some("RecursionError: maximum recursion depth exceeded"), 1);
}

#[test]
fn output_also_runs_as_an_es_module() {
    let js = emit_js(&depth_module(20)).unwrap();
    let path = std::env::temp_dir().join(format!("pyrt-js-test-{}-module.mjs", std::process::id()));
    std::fs::write(&path, &js).unwrap();
    let r = run_host("node", &path).expect("node");
    let _ = std::fs::remove_file(&path);
    assert_eq!((r.stdout.as_str(), r.status), ("10\n20\n10\n", 0), "{}", r.stderr);
}
