//! One IR function → one C function.

use crate::frames;
use crate::program::{Program, c_string, ctype};
use crate::UNSUPPORTED;
use pyrt_ir::layout::{Absent, BoundCall, Repr, absent, cattr_type, dispatch_binary_ret, format_refusal, SlotCall, bound_call, method_arg, slot_call, traced, value_call};
use pyrt_ir::methods::{MethodId, Recv};
use pyrt_ir::{Block, Const, Diagnostic, EntityRef, FuncId, Function, Inst, Op, Prim, Span, Terminator, Type, Value};
use std::fmt::Write;

/// How a value is held in C.
#[derive(Copy, Clone, PartialEq, Eq)]
enum Hold {
    /// A C local of the representation's type (scalars).
    Local(Repr),
    /// Slot `k` of the frame's root array.
    Root(usize),
    /// A class: a pointer to static data, never traced.
    Class,
}

pub(crate) struct FnEmitter<'a, 'm> {
    p: &'a mut Program<'m>,
    id: FuncId,
    f: &'m Function,
    hold: Vec<Hold>,
    nroots: usize,
    /// Frame slots (locals a `try` assigns): the root slot of references.
    slot_root: Vec<Option<usize>>,
    /// The root holding this function's closure frame (a function that defines
    /// nested functions keeps its slots there).
    cframe: Option<usize>,
    /// The root holding the environment a nested function is called with.
    env: Option<usize>,
    /// A generator's yields so far (each a state it resumes from).
    yields: u32,
    uses: Vec<u32>,
    scratch: Option<usize>,
    /// Values given a C local (assigned somewhere).
    assigned: Vec<bool>,
    /// The handler each block's exceptions go to (None: the function's exit).
    exc_target: Vec<String>,
    /// The `try` statements with a `finally`, and for each block the ones whose
    /// protected region (body and handler) holds it, innermost first.
    fins: Vec<Fin>,
    fins_of: Vec<Vec<usize>>,
    /// Variables the backend adds (finally selectors and saved results).
    extra_vars: Vec<(String, String)>,
    body: String,
    diags: Vec<Diagnostic>,
}

type R<T> = Result<T, Diagnostic>;

fn unsupported(span: Span, what: impl Into<String>) -> Diagnostic {
    Diagnostic::error(UNSUPPORTED, span, format!("{} is not supported by the C backend yet", what.into()))
        .with_note("the JS backend translates it: pyrt translate --backend=js")
}

impl<'a, 'm> FnEmitter<'a, 'm> {
    pub fn new(p: &'a mut Program<'m>, id: FuncId, f: &'m Function) -> Self {
        FnEmitter { p, id, f, hold: Vec::new(), nroots: 0, slot_root: Vec::new(), cframe: None, env: None, yields: 0, uses: Vec::new(), scratch: None, assigned: Vec::new(), exc_target: Vec::new(), fins: Vec::new(), fins_of: Vec::new(), extra_vars: Vec::new(), body: String::new(), diags: Vec::new() }
    }

    fn name(&self) -> String { format!("f{}", self.id.index()) }

    fn ret_ctype(&self) -> &'static str { ctype(Repr::of(&self.f.ret)) }

    pub fn prototype(&self) -> String {
        let mut params: Vec<String> = self.f.params().iter().map(|&p| format!("{} a{}", ctype(Repr::of(&self.f.values[p].ty)), p.index())).collect();
        if self.f.parent.is_some() {
            params.insert(0, "void *env".into());
        }
        format!("static PYRT_UNUSED {} {}({})", self.ret_ctype(), self.name(), if params.is_empty() { "void".into() } else { params.join(", ") })
    }

    /// The function's prototype, its C text, and whether its shape lets it go
    /// without a frame (see `frames`): no generator, closure or handler.
    pub fn emit(&mut self) -> Result<(String, String, bool), Vec<Diagnostic>> {
        let f = self.f;
        if f.parent.is_some() {
            self.env = Some(self.nroots);
            self.nroots += 1;
        }
        if self.p.m.funcs.iter().any(|(_, g)| g.parent == Some(self.id)) {
            self.cframe = Some(self.nroots);
            self.nroots += 1;
        }
        // How each value is held: references in root slots, shared by values
        // whose lives do not overlap where the function's shape allows.
        let is_ref: Vec<bool> = f.values.iter().map(|(_, d)| Repr::of(&d.ty) == Repr::Ref && traced(&d.ty)).collect();
        let base = self.nroots;
        let (slots, nslots) = frames::share_slots(f, &is_ref).unwrap_or_else(|| {
            let mut k = 0;
            let own = is_ref.iter().map(|&r| if r { k += 1; k - 1 } else { usize::MAX }).collect();
            (own, k)
        });
        for (v, d) in f.values.iter() {
            let h = match Repr::of(&d.ty) {
                Repr::Ref if is_ref[v.index()] => Hold::Root(base + slots[v.index()]),
                Repr::Ref => Hold::Class,
                r => Hold::Local(r),
            };
            self.hold.push(h);
        }
        self.nroots = base + nslots;
        for (_, t) in &f.slots {
            if traced(t) && self.cframe.is_none() {
                self.nroots += 1;
                self.slot_root.push(Some(self.nroots - 1));
            } else {
                self.slot_root.push(None);
            }
        }
        self.uses = vec![0; f.values.len()];
        self.assigned = vec![false; f.values.len()];
        for &b in &f.layout {
            for &i in &f.blocks[b].insts {
                for &a in &f.insts[i].args {
                    self.uses[a.index()] += 1;
                }
            }
            for a in f.blocks[b].term.uses() {
                self.uses[a.index()] += 1;
            }
        }
        // Values only dead computations read are unused too (they are not computed).
        let mut dead = vec![false; f.insts.len()];
        loop {
            let mut changed = false;
            for &b in &f.layout {
                for &i in &f.blocks[b].insts {
                    let inst = &f.insts[i];
                    if let Some(rv) = inst.result
                        && self.uses[rv.index()] == 0
                        && inst.op.unused_result_removable()
                        && !dead[i.index()]
                    {
                        dead[i.index()] = true;
                        changed = true;
                        for &x in &inst.args {
                            self.uses[x.index()] -= 1;
                        }
                    }
                }
            }
            if !changed {
                break;
            }
        }
        self.exc_targets();
        for &b in &f.layout.clone() {
            if let Err(d) = self.block(b) {
                self.diags.push(d);
            }
        }
        self.fin_dispatch();
        if !self.diags.is_empty() {
            return Err(std::mem::take(&mut self.diags));
        }
        for &p in f.params() {
            self.assigned[p.index()] = self.uses[p.index()] > 0 && self.hold[p.index()] != Hold::Local(Repr::None);
        }
        // The function's variables: C locals, or for a generator fields of its
        // object (the body reaches them by the same names through macros).
        let mut vars: Vec<(String, String)> = Vec::new();
        for (v, _) in f.values.iter() {
            match self.hold[v.index()] {
                _ if !self.assigned[v.index()] => {}
                Hold::Local(r) => vars.push((ctype(r).into(), format!("v{}", v.index()))),
                // A class: a `const pyrt_type *` held as `void *` (as classes travel in arguments and containers).
                Hold::Class => vars.push(("void *".into(), format!("v{}", v.index()))),
                _ => {}
            }
        }
        // A saved result only where some return goes through the finally.
        let returns_through = |name: &str| name.strip_prefix("fr").and_then(|k| k.parse::<usize>().ok()).is_none_or(|k| self.fins[k].exits.contains(&Exit::Return));
        vars.extend(self.extra_vars.iter().filter(|(_, name)| returns_through(name)).cloned());
        if self.cframe.is_none() {
            for (k, (_, t)) in f.slots.iter().enumerate() {
                if self.slot_root[k].is_none() {
                    vars.push((ctype(Repr::of(t)).into(), format!("s{k}")));
                }
                vars.push(("uint8_t".into(), format!("sd{k}")));
            }
        }
        let n = self.nroots.max(1);
        let recursion = format!("  if (PYRT_UNLIKELY({})) {{\n    pyrt_enter_recursion_error();\n    goto X;\n  }}\n", frames::ENTER_DEPTH);
        let mut frame_init = String::new();
        if let Some(c) = self.cframe {
            let kinds: Vec<&str> = f.slots.iter().map(|(_, t)| kind_name(t)).collect();
            let up = self.env.map(|e| format!("R[{e}]")).unwrap_or_else(|| "NULL".into());
            let _ = writeln!(
                frame_init,
                "  static const uint8_t FK[{}] = {{{}}};\n  R[{c}] = pyrt_cframe_new({up}, {}, FK);\n  if (!R[{c}]) goto X;",
                kinds.len().max(1),
                if kinds.is_empty() { "0".to_string() } else { kinds.join(", ") },
                kinds.len()
            );
        }
        let _ = writeln!(frame_init, "  goto L{};", f.entry.index());
        let body = self.filtered_body();
        let proto = self.prototype();
        let mut out = String::new();
        if f.generator {
            let Type::Iter(elem) = &f.ret else { return Err(vec![Diagnostic::bug(f.span, "C backend: a generator that does not return an iterator")]) };
            let elem_desc = self.p.desc(elem, f.span).map_err(|d| vec![d])?;
            let g = format!("G{}", self.id.index());
            let fields: String = vars.iter().map(|(t, name)| format!("  {t} {name};\n")).collect();
            let _ = write!(
                out,
                "typedef struct {g} {{\n  pyrt_iter it;\n  int32_t state;\n  uint8_t closing;\n  void *R[{n}];\n{fields}}} {g};\n\
                 static void {g}_trace(pyrt_obj *o) {{\n  for (int i = 0; i < {n}; i++) pyrt_mark((({g} *)o)->R[i]);\n}}\n\
                 static const pyrt_type {g}_t = {{\"generator\", NULL, NULL, PYRT_O_ITER, sizeof({g}), NULL, 0, NULL, {g}_trace}};\n"
            );
            let macros: Vec<&str> = std::iter::once("R").chain(vars.iter().map(|(_, name)| name.as_str())).collect();
            for name in &macros {
                let _ = writeln!(out, "#define {name} (G->{name})");
            }
            // Resuming: run from the start or from the yield it stopped at.
            let _ = write!(out, "static uint8_t {g}_next(pyrt_iter *it_) {{\n  {g} *G = ({g} *)it_;\n  pyrt_frame F = {{pyrt_top, {n}, R}};\n  pyrt_top = &F;\n{recursion}  switch (G->state) {{\n  case 0:\n    break;\n");
            for k in 1..=self.yields {
                let _ = writeln!(out, "  case {k}:\n    goto Y{k};");
            }
            let _ = write!(out, "  default:\n    pyrt_top = F.prev;\n    pyrt_depth--;\n    return 0;\n  }}\n{frame_init}{body}X:\n  G->state = -1;\n  pyrt_gen_exit();\n  pyrt_top = F.prev;\n  pyrt_depth--;\n  return 0;\n}}\n");
            for name in &macros {
                let _ = writeln!(out, "#undef {name}");
            }
            // Calling the generator function makes the object.
            let _ = writeln!(out, "{proto} {{\n  {g} *G = pyrt_alloc(&{g}_t, sizeof({g}));\n  if (!G) return NULL;\n  G->it.next = {g}_next;\n  G->it.elem = {elem_desc};");
            if let Some(e) = self.env {
                let _ = writeln!(out, "  G->R[{e}] = env;");
            }
            for &p in f.params() {
                if self.uses[p.index()] == 0 || self.hold[p.index()] == Hold::Local(Repr::None) {
                    let _ = writeln!(out, "  (void)a{};", p.index());
                } else {
                    let _ = writeln!(out, "  G->{} = a{};", self.val(p), p.index());
                }
            }
            let _ = writeln!(out, "  return G;\n}}\n");
            return Ok((proto, out, false));
        }
        let _ = writeln!(out, "{proto} {{");
        let _ = writeln!(out, "  void *R[{n}] = {{0}};\n  pyrt_frame F = {{pyrt_top, {n}, R}};\n  pyrt_top = &F;");
        for (t, name) in &vars {
            let zero = if t.ends_with('*') { "NULL" } else { "0" };
            let _ = writeln!(out, "  {t} {name} = {zero};");
        }
        for &p in f.params() {
            if self.uses[p.index()] == 0 || self.hold[p.index()] == Hold::Local(Repr::None) {
                let _ = writeln!(out, "  (void)a{};", p.index());
            } else {
                let _ = writeln!(out, "  {} = a{};", self.val(p), p.index());
            }
        }
        out.push_str(&recursion);
        if let Some(e) = self.env {
            let _ = writeln!(out, "  R[{e}] = env;");
        }
        out.push_str(&frame_init);
        out.push_str(&body);
        let zero = if self.ret_ctype() == "void *" { "NULL" } else { "0" };
        let _ = writeln!(out, "X:\n  pyrt_top = F.prev;\n  pyrt_depth--;\n  return {zero};\n}}\n");
        let handles = f.layout.iter().any(|&b| matches!(f.blocks[b].term, Terminator::Try { .. }));
        Ok((proto, out, self.cframe.is_none() && self.env.is_none() && !handles))
    }

    /// The body without the labels nothing jumps to (-Wunused-label). A
    /// generator's resume labels (Y<n>) are jumped to from outside the body.
    fn filtered_body(&self) -> String {
        let mut targets = std::collections::HashSet::new();
        for part in self.body.split("goto ").skip(1) {
            if let Some(n) = part.split(';').next() {
                targets.insert(n.to_string());
            }
        }
        targets.insert(format!("L{}", self.f.entry.index()));
        let mut out = String::new();
        for line in self.body.lines() {
            if let Some(l) = line.strip_suffix(":;")
                && !l.starts_with('Y')
                && !l.contains(' ')
                && !targets.contains(l)
            {
                continue;
            }
            out.push_str(line);
            out.push('\n');
        }
        out
    }

    /// Where each block's exceptions go: the handler of the innermost `try`
    /// whose body holds it, or the `finally` of the innermost `try` whose body
    /// or handler holds it (`FE<n>`: save the exception, run the finally, raise
    /// it again), or the function's exit.
    fn exc_targets(&mut self) {
        let f = self.f;
        let nb = f.blocks.len();
        // What a region's entries reach without leaving it (to a block at the
        // `try` statement's depth or outside).
        let flood = |starts: &[Block], depth: u32| -> Vec<bool> {
            let mut seen = vec![false; nb];
            let mut work = starts.to_vec();
            while let Some(b) = work.pop() {
                if seen[b.index()] || f.blocks[b].try_depth <= depth {
                    continue;
                }
                seen[b.index()] = true;
                work.extend(f.blocks[b].term.targets());
            }
            seen
        };
        let mut tries: Vec<(u32, Block)> = f.layout.iter().filter(|&&b| matches!(f.blocks[b].term, Terminator::Try { .. })).map(|&b| (f.blocks[b].try_depth, b)).collect();
        // Innermost (deepest) first: the first claim on a block wins.
        tries.sort_by_key(|t| std::cmp::Reverse(t.0));
        let mut target: Vec<Option<String>> = vec![None; nb];
        self.fins_of = vec![Vec::new(); nb];
        for (depth, tb) in tries {
            let Terminator::Try { body, handler, finally, .. } = &f.blocks[tb].term else { continue };
            if let Some(h) = handler {
                for (b, &inside) in flood(&[*body], depth).iter().enumerate() {
                    if inside && target[b].is_none() {
                        target[b] = Some(format!("L{}", h.index()));
                    }
                }
            }
            if let Some(fin) = finally {
                let n = self.fins.len();
                let starts: Vec<Block> = std::iter::once(*body).chain(*handler).collect();
                let region = flood(&starts, depth);
                for (b, &inside) in region.iter().enumerate() {
                    if inside {
                        self.fins_of[b].push(n);
                        if target[b].is_none() {
                            target[b] = Some(format!("FE{n}"));
                        }
                    }
                }
                self.fins.push(Fin { try_block: tb, finally: *fin, region, exits: Vec::new(), ret: None, exc_root: 0 });
            }
        }
        // fins_of lists were filled innermost first (tries sorted deepest first).
        self.exc_target = target.into_iter().map(|t| t.unwrap_or_else(|| "X".into())).collect();
        for k in 0..self.fins.len() {
            self.fins[k].exc_root = self.nroots;
            self.nroots += 1;
            self.extra_vars.push(("int32_t".into(), format!("fs{k}")));
            if !self.f.generator && Repr::of(&self.f.ret) != Repr::None {
                let name = if Repr::of(&self.f.ret) == Repr::Ref {
                    self.nroots += 1;
                    format!("R[{}]", self.nroots - 1)
                } else {
                    self.extra_vars.push((ctype(Repr::of(&self.f.ret)).into(), format!("fr{k}")));
                    format!("fr{k}")
                };
                self.fins[k].ret = Some(name);
            }
        }
    }

    /// Go from block `from` to block `to`, through the `finally` of every `try`
    /// whose region this leaves (innermost first).
    fn goto_from(&mut self, from: Block, to: Block) {
        let exited = self.fins_of[from.index()].iter().copied().find(|&k| !self.fins[k].region[to.index()]);
        match exited {
            Some(k) => {
                let id = self.fin_exit(k, Exit::Block(to));
                let _ = writeln!(self.body, "  fs{k} = {id};\n  goto L{};", self.fins[k].finally.index());
            }
            None => {
                let _ = writeln!(self.body, "  goto L{};", to.index());
            }
        }
    }

    /// Return `e` (of the function's return type) from block `from`.
    fn return_from(&mut self, from: Block, e: String) {
        if let Some(&k) = self.fins_of[from.index()].first() {
            let id = self.fin_exit(k, Exit::Return);
            if let Some(r) = self.fins[k].ret.clone() {
                let _ = writeln!(self.body, "  {r} = {e};");
            }
            let _ = writeln!(self.body, "  fs{k} = {id};\n  goto L{};", self.fins[k].finally.index());
            return;
        }
        if self.f.generator {
            let _ = writeln!(self.body, "  G->state = -1;\n  pyrt_top = F.prev;\n  pyrt_depth--;\n  return 0;");
        } else {
            let _ = writeln!(self.body, "  {{\n    {} r_ = {e};\n    pyrt_top = F.prev;\n    pyrt_depth--;\n    return r_;\n  }}", self.ret_ctype());
        }
    }

    /// The selector value of an exit from a `finally` region (0 is an exception).
    fn fin_exit(&mut self, k: usize, exit: Exit) -> usize {
        let exits = &mut self.fins[k].exits;
        match exits.iter().position(|&e| e == exit) {
            Some(i) => i + 1,
            None => {
                exits.push(exit);
                exits.len()
            }
        }
    }

    /// The code that enters each `finally` on an exception (FE<k>) and that
    /// continues where control was going when it ends (FD<k>); inner `try`
    /// statements first, since their exits may leave outer ones.
    fn fin_dispatch(&mut self) {
        let mut order: Vec<usize> = (0..self.fins.len()).collect();
        order.sort_by_key(|&k| std::cmp::Reverse(self.f.blocks[self.fins[k].try_block].try_depth));
        for k in order {
            let (tb, fin, root) = (self.fins[k].try_block, self.fins[k].finally, self.fins[k].exc_root);
            let _ = writeln!(self.body, "FE{k}:;\n  R[{root}] = pyrt_exc;\n  pyrt_exc = NULL;\n  fs{k} = 0;\n  goto L{};", fin.index());
            let _ = writeln!(self.body, "FD{k}:;\n  switch (fs{k}) {{\n  case 0:\n    pyrt_exc = R[{root}];\n    R[{root}] = NULL;\n    goto {};", self.exc_label(tb));
            let mut i = 0;
            while i < self.fins[k].exits.len() {
                let exit = self.fins[k].exits[i];
                let _ = writeln!(self.body, "  case {}:", i + 1);
                match exit {
                    Exit::Block(to) => self.goto_from(tb, to),
                    Exit::Return => {
                        let e = self.fins[k].ret.clone().unwrap_or_else(|| "0".into());
                        self.return_from(tb, e);
                    }
                }
                i += 1;
            }
            let _ = writeln!(self.body, "  }}\n  goto X;");
        }
    }

    /// A constant as a C expression of type `ty`.
    fn const_c(&mut self, c: &Const, ty: &Type, span: Span) -> R<String> {
        Ok(match c {
            Const::None => self.convert(&Type::None, ty, "0".into(), span)?,
            Const::Bool(x) => (*x as u8).to_string(),
            Const::Int(n) if *n == i64::MIN => return Err(unsupported(span, "the int -2**63")),
            Const::Int(n) => format!("INT64_C({n})"),
            Const::Float(x) => format!("pyrt_bits_f64(0x{:016X}ull)", x.to_bits()),
            Const::Str(s) => self.p.str_const(s),
        })
    }

    /// The vtable slot of a bound method `name` of an instance of class `c`,
    /// and its call (`ir::layout::bound_call`).
    fn bound_sig(&mut self, c: pyrt_ir::ClassId, name: &str, span: Span) -> R<(usize, BoundCall)> {
        let call = bound_call(self.p.m, c, name).map_err(|what| unsupported(span, what))?;
        Ok((self.p.vtable_slot(name), call))
    }

    /// Call function object `fv` (code taking its environment first) with
    /// `args` held as `params`, its result held as `ret`.
    #[allow(clippy::too_many_arguments)]
    fn call_func_object(&mut self, b: Block, fv: Value, params: &[Repr], args: Vec<String>, ret: &Type, r: Option<Value>, rty: &Type, span: Span) -> R<()> {
        let f = self.val(fv);
        let ptys: Vec<&str> = std::iter::once("void *").chain(params.iter().map(|p| ctype(*p))).collect();
        let args: Vec<String> = std::iter::once(format!("((pyrt_func *){f})->env")).chain(args).collect();
        let call = format!("(({} (*)({}))((pyrt_func *){f})->code)({})", ctype(Repr::of(ret)), ptys.join(", "), args.join(", "));
        let call = self.convert(ret, rty, call, span)?;
        self.set(r, &call);
        self.check(b);
        Ok(())
    }

    /// The vtable slot of class attribute `name` and its type.
    fn cattr(&mut self, name: &str, span: Span) -> R<(usize, Type)> {
        let Some(t) = cattr_type(&self.p.layouts, name) else {
            return Err(unsupported(span, format!("the class attribute `{name}`, which classes hold differently")));
        };
        Ok((self.p.vtable_slot(&format!("@{name}")), t))
    }

    /// Where slot `k` and its defined flag are.
    fn slot_place(&self, k: usize) -> (String, String) {
        match (self.cframe, self.slot_root[k]) {
            (Some(c), _) => (format!("((pyrt_cframe *)R[{c}])->v[{k}]"), format!("((pyrt_cframe *)R[{c}])->defined[{k}]")),
            (None, Some(root)) => (format!("R[{root}]"), format!("sd{k}")),
            (None, None) => (format!("s{k}"), format!("sd{k}")),
        }
    }

    /// The closure frame of `target`, this function or one it is nested in.
    fn env_for(&self, target: FuncId) -> String {
        if target == self.id {
            return self.cframe.map(|c| format!("R[{c}]")).unwrap_or_else(|| "NULL".into());
        }
        let mut expr = self.env.map(|e| format!("R[{e}]")).unwrap_or_else(|| "NULL".into());
        let mut cur = self.f.parent;
        while let Some(c) = cur {
            if c == target {
                break;
            }
            expr = format!("((pyrt_cframe *){expr})->up");
            cur = self.p.m.funcs[c].parent;
        }
        expr
    }

    fn val(&self, v: Value) -> String {
        match self.hold[v.index()] {
            Hold::Root(k) => format!("R[{k}]"),
            // None is always 0: such values are never stored.
            Hold::Local(Repr::None) => "((uint8_t)0)".into(),
            _ => format!("v{}", v.index()),
        }
    }

    fn ty(&self, v: Value) -> &'m Type { &self.f.values[v].ty }

    /// `v` as a typed pointer.
    fn ptr(&self, v: Value, t: &str) -> String { format!("(({t} *){})", self.val(v)) }

    fn exc_label(&self, b: Block) -> String { self.exc_target[b.index()].clone() }

    fn check(&mut self, b: Block) {
        let l = self.exc_label(b);
        let _ = writeln!(self.body, "  if (PYRT_UNLIKELY(pyrt_exc != NULL)) goto {l};");
    }

    /// Convert a C expression of type `from` to type `to` (widening to an optional).
    fn convert(&self, from: &Type, to: &Type, e: String, span: Span) -> R<String> {
        if matches!(to, Type::Either(_)) && !matches!(from, Type::Either(_)) {
            // Boxing allocates: only where an instruction makes the value (see `box_either`).
            return Err(unsupported(span, format!("converting {from} to {to} here")));
        }
        let (rf, rt) = (Repr::of(from), Repr::of(to));
        if rf == rt || matches!(to, Type::None) {
            return Ok(e);
        }
        Ok(match (rf, rt) {
            (Repr::None, Repr::Int) => "PYRT_NONE_I64".into(),
            (Repr::None, Repr::Float) => "pyrt_none_f64()".into(),
            (Repr::None, Repr::Bool) => "PYRT_NONE_BOOL".into(),
            (Repr::None, Repr::Ref) => "NULL".into(),
            _ => return Err(unsupported(span, format!("converting {from} to {to}"))),
        })
    }

    fn to_val(&self, v: Value) -> String {
        let e = self.val(v);
        match self.hold[v.index()] {
            Hold::Root(_) => format!("pyrt_vp({e})"),
            Hold::Local(Repr::Float) => format!("pyrt_vf({e})"),
            _ => format!("pyrt_vi({e})"),
        }
    }

    /// `v` as a C expression of type `to`; a value boxed into a mixed type
    /// (which allocates) goes into a root of its own first.
    fn operand(&mut self, b: Block, v: Value, to: &Type, span: Span) -> R<String> {
        let from = self.ty(v).clone();
        if !matches!(to, Type::Either(_)) || matches!(from, Type::Either(_)) {
            return self.convert(&from, to, self.val(v), span);
        }
        let d = self.p.desc(&from, span)?;
        let e = self.to_val(v);
        let k = self.nroots;
        self.nroots += 1;
        let _ = writeln!(self.body, "  R[{k}] = pyrt_box_new({d}, {e});");
        self.check(b);
        Ok(format!("R[{k}]"))
    }

    /// `v` converted to type `t`, as a `pyrt_val` (what containers hold).
    fn boxed(&mut self, b: Block, v: Value, t: &Type, span: Span) -> R<String> {
        let e = self.operand(b, v, t, span)?;
        Ok(match Repr::of(t) {
            Repr::Ref => format!("pyrt_vp({e})"),
            Repr::Float => format!("pyrt_vf({e})"),
            _ => format!("pyrt_vi({e})"),
        })
    }

    fn from_val(t: &Type, e: String) -> String {
        match Repr::of(t) {
            Repr::Ref => format!("({e}).p"),
            Repr::Float => format!("({e}).f"),
            Repr::Int => format!("({e}).i"),
            Repr::Bool | Repr::None => format!("(uint8_t)({e}).i"),
        }
    }

    fn is_none_test(&self, v: Value) -> String {
        let e = self.val(v);
        match Repr::of(self.ty(v)) {
            Repr::None => "1".into(),
            Repr::Bool => format!("({e} == PYRT_NONE_BOOL)"),
            Repr::Int => format!("({e} == PYRT_NONE_I64)"),
            Repr::Float => format!("pyrt_f64_is_none({e})"),
            Repr::Ref => format!("({e} == NULL)"),
        }
    }

    fn block(&mut self, b: Block) -> R<()> {
        let f = self.f;
        let _ = writeln!(self.body, "L{}:;", b.index());
        for &i in &f.blocks[b].insts {
            self.inst(b, i)?;
        }
        let span = f.blocks[b].span;
        match &f.blocks[b].term {
            Terminator::Jump(c) => self.jump(b, c.block, &c.args, span)?,
            Terminator::Branch { cond, then_, else_ } => {
                let c = self.val(*cond);
                let _ = writeln!(self.body, "  if ({c}) {{");
                self.jump(b, then_.block, &then_.args, span)?;
                let _ = writeln!(self.body, "  }} else {{");
                self.jump(b, else_.block, &else_.args, span)?;
                let _ = writeln!(self.body, "  }}");
            }
            Terminator::Return(_) if f.generator => self.return_from(b, "0".into()),
            Terminator::Return(v) => {
                let e = self.operand(b, *v, &f.ret, span)?;
                self.return_from(b, e);
            }
            Terminator::Unreachable => {
                let _ = writeln!(self.body, "  pyrt_fatal(\"unreachable code was reached\");\n  goto X;");
            }
            Terminator::Try { body, .. } => {
                let _ = writeln!(self.body, "  goto L{};", body.index());
            }
            Terminator::EndFinally => {
                // The finally region this block ends: the one its entry reaches.
                let Some(k) = self.fin_ending_at(b) else { return Err(Diagnostic::bug(span, "C backend: an end_finally outside a finally")) };
                let _ = writeln!(self.body, "  goto FD{k};");
            }
        }
        Ok(())
    }

    fn jump(&mut self, from: Block, to: Block, args: &[Value], span: Span) -> R<()> {
        let f = self.f;
        let used: Vec<(Value, Value)> = args.iter().copied().zip(f.blocks[to].params.iter().copied()).filter(|&(_, p)| self.uses[p.index()] > 0 && self.hold[p.index()] != Hold::Local(Repr::None)).collect();
        let (args, params): (Vec<Value>, Vec<Value>) = used.into_iter().unzip();
        if !args.is_empty() {
            // Parallel assignment through temporaries (no allocation in between).
            let _ = writeln!(self.body, "  {{");
            for (k, (&a, &p)) in args.iter().zip(&params).enumerate() {
                let t = match self.hold[p.index()] {
                    Hold::Root(_) => "void *",
                    Hold::Class => "void *",
                    Hold::Local(r) => ctype(r),
                };
                let e = self.operand(from, a, self.ty(p), span)?;
                let _ = writeln!(self.body, "    {t} t{k} = {e};");
            }
            for (k, &p) in params.iter().enumerate() {
                self.assigned[p.index()] = true;
                let _ = writeln!(self.body, "    {} = t{k};", self.val(p));
            }
            let _ = writeln!(self.body, "  }}");
        }
        self.goto_from(from, to);
        Ok(())
    }

    /// The `finally` whose region (from its entry to its `end_finally`) holds block `b`.
    fn fin_ending_at(&self, b: Block) -> Option<usize> {
        let f = self.f;
        (0..self.fins.len()).find(|&k| {
            let mut seen = vec![false; f.blocks.len()];
            let mut work = vec![self.fins[k].finally];
            while let Some(x) = work.pop() {
                if std::mem::replace(&mut seen[x.index()], true) {
                    continue;
                }
                if x == b {
                    return true;
                }
                if !matches!(f.blocks[x].term, Terminator::EndFinally) {
                    work.extend(f.blocks[x].term.targets());
                }
            }
            false
        })
    }

    fn set(&mut self, r: Option<Value>, e: &str) {
        match r {
            Some(r) if self.uses[r.index()] > 0 && self.hold[r.index()] != Hold::Local(Repr::None) => {
                self.assigned[r.index()] = true;
                let _ = writeln!(self.body, "  {} = {e};", self.val(r));
            }
            _ => {
                let _ = writeln!(self.body, "  (void)({e});");
            }
        }
    }

    fn inst(&mut self, b: Block, i: Inst) -> R<()> {
        let f = self.f;
        let inst = &f.insts[i];
        let span = inst.span;
        let a = &inst.args;
        let r = inst.result;
        let rty = r.map(|r| self.ty(r).clone()).unwrap_or(Type::None);
        // Values nobody uses, from operations without effects, are not computed.
        if let Some(rv) = r
            && self.uses[rv.index()] == 0
            && inst.op.unused_result_removable()
        {
            return Ok(());
        }
        match &inst.op {
            Op::Const(c) => {
                let e = self.const_c(c, &rty, span)?;
                self.set(r, &e);
            }
            Op::Undef => self.set(r, "0"),
            // A value of mixed type is a box of the value and its descriptor.
            Op::Copy if matches!(rty, Type::Either(_)) && !matches!(self.ty(a[0]), Type::Either(_)) => {
                let d = self.p.desc(self.ty(a[0]), span)?;
                let e = self.boxed(b, a[0], &self.ty(a[0]).clone(), span)?;
                self.set(r, &format!("pyrt_box_new({d}, {e})"));
                self.check(b);
            }
            Op::Copy | Op::Downcast(_) => {
                let e = self.operand(b, a[0], &rty, span)?;
                self.set(r, &e);
            }
            Op::Select => {
                let e = format!("({} ? {} : {})", self.val(a[0]), self.operand(b, a[1], &rty, span)?, self.operand(b, a[2], &rty, span)?);
                self.set(r, &e);
            }
            Op::Call(callee) => {
                let cf = &self.p.m.funcs[*callee];
                let mut args = Vec::new();
                if let Some(parent) = cf.parent {
                    args.push(self.env_for(parent));
                }
                for (&x, &p) in a.iter().zip(cf.params()) {
                    args.push(self.operand(b, x, &cf.values[p].ty, span)?);
                }
                let call = format!("f{}({})", callee.index(), args.join(", "));
                let call = self.convert(&cf.ret, &rty, call, span)?;
                self.set(r, &call);
                self.check(b);
            }
            Op::CallSlot { name, on_class } => {
                let SlotCall { first: f0, params: first, ret } = slot_call(self.p.m, self.ty(a[0]), *on_class, name).map_err(|what| unsupported(span, what))?;
                let g = &self.p.m.funcs[f0];
                let k = self.p.vtable_slot(name);
                // a[0] is the object dispatched on; the arguments follow (self among them).
                let mut args = Vec::new();
                for (&x, &p) in a[1..].iter().zip(g.params()) {
                    args.push(self.operand(b, x, &g.values[p].ty, span)?);
                }
                let fty = format!("{} (*)({})", ctype(Repr::of(&ret)), first.iter().map(|r| ctype(*r)).collect::<Vec<_>>().join(", "));
                let class = if *on_class { format!("((const pyrt_type *){})", self.val(a[0])) } else { format!("((pyrt_obj *){})->type", self.val(a[0])) };
                let call = format!("(({fty}){class}->vtable[{k}])({})", args.join(", "));
                let call = self.convert(&ret, &rty, call, span)?;
                self.set(r, &call);
                self.check(b);
            }
            Op::LoadGlobal(g) => {
                let global = &self.p.m.globals[*g];
                if global.checked {
                    let msg = c_string(&format!("name '{}' is not defined", global.name)).0;
                    let _ = writeln!(self.body, "  if (!gd{}) {{\n    pyrt_raise(&pyrt_t_NameError, {msg});\n    goto {};\n  }}", g.index(), self.exc_label(b));
                }
                let e = format!("g{}", g.index());
                let e = self.convert(&global.ty, &rty, e, span)?;
                self.set(r, &e);
            }
            Op::StoreGlobal(g) => {
                let global = &self.p.m.globals[*g];
                let e = self.operand(b, a[0], &global.ty, span)?;
                let _ = writeln!(self.body, "  g{} = {e};", g.index());
                if global.checked {
                    let _ = writeln!(self.body, "  gd{} = 1;", g.index());
                }
            }
            Op::CheckDefined { name, global } => {
                let (cls, msg) = if *global {
                    ("NameError", format!("name '{name}' is not defined"))
                } else {
                    ("UnboundLocalError", format!("cannot access local variable '{name}' where it is not associated with a value"))
                };
                let _ = writeln!(self.body, "  if (!{}) {{\n    pyrt_raise(&pyrt_t_{cls}, {});\n    goto {};\n  }}", self.val(a[0]), c_string(&msg).0, self.exc_label(b));
            }
            Op::LoadSlot { slot, name } => {
                let k = *slot as usize;
                let msg = c_string(&format!("cannot access local variable '{name}' where it is not associated with a value")).0;
                let (place, defined) = self.slot_place(k);
                let _ = writeln!(self.body, "  if (!{defined}) {{\n    pyrt_raise(&pyrt_t_UnboundLocalError, {msg});\n    goto {};\n  }}", self.exc_label(b));
                let place = if self.cframe.is_some() { Self::from_val(&f.slots[k].1, place) } else { place };
                let e = self.convert(&f.slots[k].1, &rty, place, span)?;
                self.set(r, &e);
            }
            Op::StoreSlot(slot) => {
                let k = *slot as usize;
                let (place, defined) = self.slot_place(k);
                let e = match self.cframe {
                    Some(_) => self.boxed(b, a[0], &f.slots[k].1, span)?,
                    None => self.operand(b, a[0], &f.slots[k].1, span)?,
                };
                let _ = writeln!(self.body, "  {place} = {e};\n  {defined} = 1;");
            }
            Op::Raise { class, message } => {
                let msg = if message.is_empty() { "NULL".to_string() } else { c_string(message).0 };
                let _ = writeln!(self.body, "  pyrt_raise(&pyrt_t_{}, {msg});\n  goto {};", class.trim_start_matches('$'), self.exc_label(b));
            }
            Op::Unwrap { class, message } => {
                let msg = if message.is_empty() { "NULL".to_string() } else { c_string(message).0 };
                let _ = writeln!(self.body, "  if ({}) {{\n    pyrt_raise(&pyrt_t_{}, {msg});\n    goto {};\n  }}", self.is_none_test(a[0]), class.trim_start_matches('$'), self.exc_label(b));
                self.set(r, &self.val(a[0]));
            }
            Op::UnwrapOr(c) => {
                let d = match c {
                    Const::Bool(x) => (*x as u8).to_string(),
                    Const::Int(n) => format!("INT64_C({n})"),
                    Const::Float(x) => format!("pyrt_bits_f64(0x{:016X}ull)", x.to_bits()),
                    Const::Str(s) => self.p.str_const(s),
                    Const::None => "0".into(),
                };
                let e = format!("({} ? {d} : {})", self.is_none_test(a[0]), self.val(a[0]));
                self.set(r, &e);
            }
            Op::Is => {
                let (ta, tb) = (self.ty(a[0]), self.ty(a[1]));
                let e = if *ta == Type::None {
                    self.is_none_test(a[1])
                } else if *tb == Type::None {
                    self.is_none_test(a[0])
                } else if Repr::of(ta) == Repr::of(tb) && matches!(Repr::of(ta), Repr::Ref | Repr::Bool) {
                    format!("({} == {})", self.val(a[0]), self.val(a[1]))
                } else {
                    return Err(unsupported(span, format!("`is` between {ta} and {tb}")));
                };
                self.set(r, &e);
            }
            Op::BuildList | Op::BuildTuple if r.is_none_or(|r| self.uses[r.index()] == 0) => {}
            Op::BuildList | Op::BuildTuple => {
                let rv = r.ok_or_else(|| Diagnostic::bug(span, "C backend: a build without a result"))?;
                let (new, st) = match &rty {
                    Type::List(elem) => (format!("pyrt_list_new({}, {})", self.p.desc(elem, span)?, a.len()), "pyrt_list"),
                    _ => (format!("pyrt_tuple_new({}, {})", self.p.desc(&rty, span)?, a.len()), "pyrt_tuple"),
                };
                self.set(r, &new);
                self.check(b);
                // Each element held as the container holds it (None into an optional).
                for (k, &x) in a.iter().enumerate() {
                    let et = match &rty {
                        Type::List(e) => (**e).clone(),
                        Type::Tuple(es) => es.get(k).cloned().unwrap_or(Type::Unknown),
                        _ => self.ty(x).clone(),
                    };
                    let e = self.boxed(b, x, &et, span)?;
                    let _ = writeln!(self.body, "  (({st} *){})->items[{k}] = {e};", self.val(rv));
                }
            }
            Op::TupleGet(k) => {
                let e = Self::from_val(&rty, format!("{}->items[{k}]", self.ptr(a[0], "pyrt_tuple")));
                self.set(r, &e);
            }
            Op::IterNext => {
                self.set(r, &format!("pyrt_iter_next({})", self.val(a[0])));
                self.check(b);
            }
            Op::IterValue => {
                let e = Self::from_val(&rty, format!("{}->cur", self.ptr(a[0], "pyrt_iter")));
                self.set(r, &e);
            }
            Op::ClassRef(c) => {
                let e = format!("(void *)&{}", self.p.class_type(*c));
                self.set(r, &e);
            }
            Op::ClassOf => self.set(r, &format!("(void *)((pyrt_obj *){})->type", self.val(a[0]))),
            Op::ClassName => {
                self.set(r, &format!("pyrt_class_name({})", self.val(a[0])));
                self.check(b);
            }
            Op::IsInstance(c) => {
                let e = if let Some(holders) = self.p.m.mixin_holders(*c) {
                    // A mixin: the classes that have it, by exact type.
                    let having: Vec<String> = holders.into_iter().map(|id| format!("t_ == &{}", self.p.class_type(id))).collect();
                    let x = self.val(a[0]);
                    format!("({x} != NULL && ({{ const pyrt_type *t_ = ((pyrt_obj *){x})->type; (uint8_t)({}); }}))", having.join(" || "))
                } else {
                    format!("(uint8_t)pyrt_isinstance({}, &{})", self.val(a[0]), self.p.class_type(*c))
                };
                self.set(r, &e);
            }
            Op::Alloc(c) => {
                let t = self.p.class_type(*c);
                let rv = r.ok_or_else(|| Diagnostic::bug(span, "C backend: alloc without a result"))?;
                // The result is kept even when unused: the arguments go into it.
                self.uses[rv.index()] += 1;
                self.set(r, &format!("pyrt_new(&{t})"));
                self.check(b);
                // A built-in exception's constructor keeps its arguments.
                if !a.is_empty() {
                    self.exc_args(b, rv, a, span)?;
                }
            }
            Op::Field(name) | Op::SetField(name) => {
                let Some(c) = class_of(self.ty(a[0])) else {
                    return Err(unsupported(span, format!("the attribute `{name}` of a value of type {}", self.ty(a[0]))));
                };
                let Some((off, fty)) = self.p.layouts[c.index()].field(name).map(|(o, t)| (o, t.clone())) else {
                    return Err(Diagnostic::bug(span, format!("C backend: no field `{name}` in the layout of {}", self.p.m.classes[c].name)));
                };
                let obj = self.val(a[0]);
                let place = format!("(*({} *)((char *){obj} + {off}))", ctype(Repr::of(&fty)));
                // A field that is also a class attribute: its flag says whether the instance has its own.
                let flag = self.p.layouts[c.index()].field(&format!("{name}.set")).map(|(o, _)| format!("(*(uint8_t *)((char *){obj} + {o}))"));
                if let Op::SetField(_) = &inst.op {
                    let e = self.operand(b, a[1], &fty, span)?;
                    let _ = writeln!(self.body, "  {place} = {e};");
                    if let Some(flag) = flag {
                        let _ = writeln!(self.body, "  {flag} = 1;");
                    }
                } else if let Some(flag) = flag {
                    let (k, aty) = self.cattr(name, span)?;
                    let from_class = Self::from_val(&aty, "ca_->v".into());
                    let own = self.convert(&fty, &rty, place, span)?;
                    let inherited = self.convert(&aty, &rty, from_class, span)?;
                    let _ = writeln!(self.body, "  if ({flag}) {{");
                    self.set(r, &own);
                    let _ = writeln!(
                        self.body,
                        "  }} else {{\n    pyrt_cattr *ca_ = pyrt_class_attr(((pyrt_obj *){obj})->type, {k}, {}, 1);\n    if (!ca_) goto {};",
                        c_string(name).0,
                        self.exc_label(b)
                    );
                    self.set(r, &inherited);
                    let _ = writeln!(self.body, "  }}");
                } else {
                    let e = self.convert(&fty, &rty, place, span)?;
                    self.set(r, &e);
                }
            }
            Op::ExcInit => self.exc_args(b, a[0], &a[1..], span)?,
            Op::Caught => {
                self.set(r, "pyrt_exc");
                let _ = writeln!(self.body, "  pyrt_exc = NULL;");
            }
            Op::Throw => {
                let _ = writeln!(self.body, "  pyrt_raise_obj({});\n  goto {};", self.val(a[0]), self.exc_label(b));
            }
            Op::Method(mid) => self.method(b, *mid, a, r, &rty, span)?,
            Op::Prim(p) => self.prim(b, *p, a, r)?,
            Op::FuncRef(g) => {
                let callee = &self.p.m.funcs[*g];
                let e = match callee.parent {
                    Some(parent) => {
                        let env = self.env_for(parent);
                        let name = c_string(&self.p.m.qualname(*g)).0;
                        format!("pyrt_func_new((void *)f{}, {env}, {name})", g.index())
                    }
                    None => {
                        self.p.func_values.insert(*g);
                        format!("(void *)&FV{}", g.index())
                    }
                };
                self.set(r, &e);
                if callee.parent.is_some() {
                    self.check(b);
                }
            }
            // A bound method: its object is the environment; the wrapper dispatches.
            Op::CallValue if matches!(self.ty(a[0]), Type::Bound(..)) => {
                let Type::Bound(cref, name) = self.ty(a[0]) else { unreachable!() };
                let (_, call) = self.bound_sig(cref.id(), name, span)?;
                let g = &self.p.m.funcs[call.first];
                let mut args = Vec::new();
                for (&x, &p) in a[1..].iter().zip(&g.params()[1..]) {
                    args.push(self.operand(b, x, &g.values[p].ty, span)?);
                }
                self.call_func_object(b, a[0], &call.params, args, &call.ret, r, &rty, span)?;
            }
            Op::CallValue => {
                let Type::Func(ids) = self.ty(a[0]) else {
                    return Err(unsupported(span, format!("calling a value of type {}", self.ty(a[0]))));
                };
                let call = value_call(self.p.m, ids, a.len() - 1).map_err(|what| unsupported(span, what))?;
                let g = &self.p.m.funcs[call.first];
                let mut args = Vec::new();
                for (&x, &p) in a[1..].iter().zip(g.params()) {
                    args.push(self.operand(b, x, &g.values[p].ty, span)?);
                }
                // Omitted arguments: the defaults every function the value may be shares.
                for (d, &p) in call.defaults.iter().zip(&g.params()[a.len() - 1..]) {
                    let pty = &g.values[p].ty;
                    args.push(match d {
                        pyrt_ir::function::DefaultArg::Const(c) => self.const_c(c, pty, span)?,
                        pyrt_ir::function::DefaultArg::Global(gl) => self.convert(&self.p.m.globals[*gl].ty.clone(), pty, format!("g{}", gl.index()), span)?,
                    });
                }
                let params: Vec<Repr> = g.params().iter().map(|&p| Repr::of(&g.values[p].ty)).collect();
                self.call_func_object(b, a[0], &params, args, &g.ret, r, &rty, span)?;
            }
            Op::BindMethod(n) => {
                let Some(c) = class_of(self.ty(a[0])) else {
                    return Err(unsupported(span, format!("the bound method `{n}` of a value of type {}", self.ty(a[0]))));
                };
                let (k, call) = self.bound_sig(c, n, span)?;
                let w = self.p.bound_wrapper(k, call.params, Repr::of(&call.ret));
                let qual = c_string(&format!("{}.{n}", self.p.m.classes[c].name)).0;
                self.set(r, &format!("pyrt_func_new((void *){w}, {}, {qual})", self.val(a[0])));
                self.check(b);
            }
            Op::LoadOuter { func, slot, name } => {
                let frame = self.env_for(*func);
                let k = *slot as usize;
                let msg = c_string(&format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope")).0;
                let _ = writeln!(self.body, "  if (!((pyrt_cframe *){frame})->defined[{k}]) {{\n    pyrt_raise(&pyrt_t_NameError, {msg});\n    goto {};\n  }}", self.exc_label(b));
                let sty = &self.p.m.funcs[*func].slots[k].1;
                let e = self.convert(sty, &rty, Self::from_val(sty, format!("((pyrt_cframe *){frame})->v[{k}]")), span)?;
                self.set(r, &e);
            }
            Op::StoreOuter { func, slot } => {
                let frame = self.env_for(*func);
                let k = *slot as usize;
                let sty = self.p.m.funcs[*func].slots[k].1.clone();
                let e = self.boxed(b, a[0], &sty, span)?;
                let _ = writeln!(self.body, "  ((pyrt_cframe *){frame})->v[{k}] = {e};\n  ((pyrt_cframe *){frame})->defined[{k}] = 1;");
            }
            Op::Yield => {
                let Type::Iter(elem) = &f.ret else { return Err(Diagnostic::bug(span, "C backend: a yield outside a generator")) };
                self.yields += 1;
                let k = self.yields;
                let e = self.boxed(b, a[0], elem, span)?;
                let _ = writeln!(
                    self.body,
                    "  G->it.cur = {e};\n  G->state = {k};\n  pyrt_top = F.prev;\n  pyrt_depth--;\n  return 1;\nY{k}:;\n  if (PYRT_UNLIKELY(G->closing)) {{\n    pyrt_raise(&pyrt_t_GeneratorExit, NULL);\n    goto {};\n  }}",
                    self.exc_label(b)
                );
                if let Some(rv) = r
                    && self.uses[rv.index()] > 0
                {
                    self.set(r, "0");
                }
            }
            Op::BuildSet => {
                let Type::Set(et) = &rty else { return Err(Diagnostic::bug(span, "C backend: a set display without a set type")) };
                let rv = r.ok_or_else(|| Diagnostic::bug(span, "C backend: a set display without a result"))?;
                self.uses[rv.index()] += 1;
                // The elements go through a list (the result's root holds it meanwhile).
                let ed = self.p.desc(et, span)?;
                self.set(r, &format!("pyrt_list_new({ed}, {})", a.len()));
                self.check(b);
                for (k, &x) in a.iter().enumerate() {
                    let e = self.boxed(b, x, et, span)?;
                    let _ = writeln!(self.body, "  ((pyrt_list *){})->items[{k}] = {e};", self.val(rv));
                }
                let consts = u8::from(self.f.is_constant_set_display(a));
                let sd = self.p.desc(&rty, span)?;
                self.set(r, &format!("pyrt_set_build({sd}, {}, {consts})", self.val(rv)));
                self.check(b);
            }
            Op::BuildDict => {
                let Type::Dict(kt, vt) = &rty else { return Err(Diagnostic::bug(span, "C backend: a dict display without a dict type")) };
                let rv = r.ok_or_else(|| Diagnostic::bug(span, "C backend: a dict display without a result"))?;
                self.uses[rv.index()] += 1;
                let d = self.p.desc(&rty, span)?;
                self.set(r, &format!("pyrt_dict_new({d})"));
                self.check(b);
                for kv in a.chunks(2) {
                    let (k, v) = (self.boxed(b, kv[0], kt, span)?, self.boxed(b, kv[1], vt, span)?);
                    let _ = writeln!(self.body, "  pyrt_m_dict_setitem({}, {k}, {v});", self.val(rv));
                    self.check(b);
                }
            }
            Op::AllocOf => {
                let rv = r.ok_or_else(|| Diagnostic::bug(span, "C backend: alloc_of without a result"))?;
                self.uses[rv.index()] += 1;
                let cls = self.val(a[0]);
                self.set(r, &format!("pyrt_new((const pyrt_type *){cls})"));
                self.check(b);
                if a.len() > 1 {
                    self.exc_args(b, rv, &a[1..], span)?;
                }
            }
            Op::ClassAttr(n) => {
                let (k, aty) = self.cattr(n, span)?;
                let _ = writeln!(self.body, "  {{\n    pyrt_cattr *ca_ = pyrt_class_attr({}, {k}, {}, 0);\n    if (!ca_) goto {};", self.val(a[0]), c_string(n).0, self.exc_label(b));
                let e = self.convert(&aty, &rty, Self::from_val(&aty, "ca_->v".into()), span)?;
                self.set(r, &e);
                let _ = writeln!(self.body, "  }}");
            }
            Op::SetClassAttr(n) => {
                let (k, aty) = self.cattr(n, span)?;
                let e = self.boxed(b, a[1], &aty, span)?;
                let _ = writeln!(self.body, "  {{\n    pyrt_cattr *ca_ = (pyrt_cattr *)((const pyrt_type *){})->vtable[{k}];\n    ca_->v = {e};\n    ca_->defined = 1;\n  }}", self.val(a[0]));
            }
            // b.rname(b, a) when b's class is a proper subclass of a's that
            // overrides rname (has it, for a comparison), else a.name(a, b).
            Op::DispatchBinary { name, rname } => {
                let ret = dispatch_binary_ret(self.p.m, name, rname).map_err(|what| unsupported(span, what))?;
                let (nk, rk) = (self.p.vtable_slot(name), self.p.vtable_slot(rname));
                let (x, y) = (self.val(a[0]), self.val(a[1]));
                let ct = ctype(Repr::of(&ret));
                // A comparison asks the subclass first whenever it has the reflected method, inherited or not.
                let overrides = if pyrt_ir::module::is_comparison(rname) { String::new() } else { format!(" && tb_->vtable[{rk}] != ta_->vtable[{rk}]") };
                let fty = format!("{ct} (*)(void *, void *)");
                let _ = writeln!(
                    self.body,
                    "  {{\n    const pyrt_type *ta_ = ((pyrt_obj *){x})->type, *tb_ = ((pyrt_obj *){y})->type;\n    {ct} r_;\n    if (tb_ != ta_ && pyrt_is_subtype(tb_, ta_) && tb_->vtable[{rk}]{overrides})\n      r_ = (({fty})tb_->vtable[{rk}])({y}, {x});\n    else\n      r_ = (({fty})ta_->vtable[{nk}])({x}, {y});"
                );
                let e = self.convert(&ret, &rty, "r_".into(), span)?;
                self.set(r, &e);
                let _ = writeln!(self.body, "  }}");
                self.check(b);
            }
            Op::ModuleRef(m) => return Err(unsupported(span, format!("the module `{m}`"))),
            Op::Argv => {
                self.set(r, "pyrt_sys_argv()");
                self.check(b);
            }
            op => return Err(Diagnostic::bug(span, format!("C backend: unexpected op {op:?} after lowering"))),
        }
        Ok(())
    }

    /// `exc.args = tuple(args)`.
    fn exc_args(&mut self, b: Block, exc: Value, args: &[Value], span: Span) -> R<()> {
        let e = self.val(exc);
        self.exc_args_into(b, &e, args, span)
    }

    /// A root slot for values the backend makes itself (one per function).
    fn nroots_scratch(&mut self) -> usize {
        if self.scratch.is_none() {
            self.scratch = Some(self.nroots);
            self.nroots += 1;
        }
        self.scratch.unwrap()
    }

    fn exc_args_into(&mut self, b: Block, exc: &str, args: &[Value], span: Span) -> R<()> {
        let tys: Vec<Type> = args.iter().map(|&x| self.ty(x).clone()).collect();
        let d = self.p.desc(&Type::Tuple(tys), span)?;
        let _ = writeln!(self.body, "  {{\n    pyrt_tuple *t_ = pyrt_tuple_new({d}, {});\n    if (!t_) goto {};", args.len(), self.exc_label(b));
        for (k, &x) in args.iter().enumerate() {
            let _ = writeln!(self.body, "    t_->items[{k}] = {};", self.to_val(x));
        }
        let _ = writeln!(self.body, "    ((pyrt_exc_obj *){exc})->args = t_;\n  }}");
        Ok(())
    }

    fn method(&mut self, b: Block, mid: MethodId, a: &[Value], r: Option<Value>, rty: &Type, span: Span) -> R<()> {
        let m = mid.get();
        if let Some(what) = format_refusal(self.f, &self.p.layouts, m, a) {
            return Err(unsupported(span, what));
        }
        let (e, raises): (String, bool) = match (m.recv, m.name) {
            (Recv::Any, "__repr__") | (Recv::Any, "__str__") => {
                let d = self.p.desc(self.ty(a[0]), span)?;
                let fname = if m.name == "__repr__" { "pyrt_repr" } else { "pyrt_to_str" };
                (format!("{fname}({d}, {})", self.to_val(a[0])), true)
            }
            (Recv::Any, "__eq__") => {
                let d = self.p.desc(self.ty(a[0]), span)?;
                let _ = writeln!(self.body, "  {{\n    int eq_ = ({d})->eq({d}, {}, {});\n    if (eq_ < 0) goto {};", self.to_val(a[0]), self.to_val(a[1]), self.exc_label(b));
                self.set(r, "(uint8_t)eq_");
                let _ = writeln!(self.body, "  }}");
                return Ok(());
            }
            (Recv::Sys, "exit") => {
                let scratch = self.nroots_scratch();
                let _ = writeln!(self.body, "  {{\n    pyrt_exc_obj *e_ = pyrt_exc_alloc(&pyrt_t_SystemExit);\n    if (!e_) goto {};\n    R[{scratch}] = e_;\n  }}", self.exc_label(b));
                let arg = if a.is_empty() { vec![] } else { vec![a[0]] };
                self.exc_args_into(b, &format!("R[{scratch}]"), &arg, span)?;
                let _ = writeln!(self.body, "  pyrt_raise_obj(R[{scratch}]);\n  goto {};", self.exc_label(b));
                return Ok(());
            }
            // A slice of a tuple has its own type (and descriptor).
            (Recv::Tuple, "__getslice__") => {
                let d = self.p.desc(rty, span)?;
                let opt = |k: usize| self.convert(self.ty(a[k]), &Type::optional(Type::Int), self.val(a[k]), span);
                (format!("pyrt_tuple_slice({}, {}, {}, {}, {d})", self.val(a[0]), opt(1)?, opt(2)?, opt(3)?), true)
            }
            // The result's own descriptor: a dict's, or each zipped tuple's.
            (Recv::List, "__unpack__") => (format!("pyrt_list_unpack({}, {}, {})", self.val(a[0]), self.val(a[1]), self.p.desc(rty, span)?), true),
            (Recv::Iter, "__dict__") => (format!("pyrt_iter_dict({}, {})", self.val(a[0]), self.p.desc(rty, span)?), true),
            // weights and cum_weights are of any type: they come with their descriptors.
            (Recv::Random, "choices") => {
                let Type::List(elem) = rty else { return Err(Diagnostic::bug(span, "C backend: random.choices without a list type")) };
                let ed = self.p.desc(elem, span)?;
                let (wd, cd) = (self.p.desc(self.ty(a[1]), span)?, self.p.desc(self.ty(a[2]), span)?);
                (format!("pyrt_random_choices({}, {}, {wd}, {}, {cd}, {}, {ed})", self.val(a[0]), self.to_val(a[1]), self.to_val(a[2]), self.val(a[3])), true)
            }
            (Recv::Any, "__inst_iter__") => {
                let Type::Iter(elem) = rty else { return Err(Diagnostic::bug(span, "C backend: an instance iterator without an iterator type")) };
                let d = self.p.desc(elem, span)?;
                (format!("pyrt_inst_iter_new({}, {d})", self.val(a[0])), true)
            }
            (Recv::Any, "__zip__") => {
                let Type::Iter(elem) = rty else { return Err(Diagnostic::bug(span, "C backend: zip without an iterator type")) };
                let d = self.p.desc(elem, span)?;
                (format!("pyrt_iter_zip({}, {d})", self.val(a[0])), true)
            }
            (Recv::Iter, "__enumerate__") => {
                let Type::Iter(elem) = rty else { return Err(Diagnostic::bug(span, "C backend: enumerate without an iterator type")) };
                let d = self.p.desc(elem, span)?;
                (format!("pyrt_iter_enumerate({}, {}, {d})", self.val(a[0]), self.val(a[1])), true)
            }
            _ => return self.generic_method(b, mid, a, r, rty, span),
        };
        if matches!(rty, Type::None) {
            let _ = writeln!(self.body, "  (void)({e});");
        } else {
            self.set(r, &e);
        }
        if raises {
            self.check(b);
        }
        Ok(())
    }

    /// A method-table entry the runtime defines as `pyrt_m_<rt>`: the receiver
    /// (none for a module's function), then the arguments, each held as its
    /// parameter's kind says (element-like ones as a `pyrt_val`), then the
    /// receiver's descriptor when the entry is `typed`.
    fn generic_method(&mut self, b: Block, mid: MethodId, a: &[Value], r: Option<Value>, rty: &Type, span: Span) -> R<()> {
        use pyrt_ir::methods::K;
        let m = mid.get();
        let name = format!("pyrt_m_{}", m.rt);
        if !pyrt_runtime::c_runtime_defines(&name) {
            return Err(unsupported(span, format!("`{}.{}`", m.recv.name(), m.name)));
        }
        if m.value {
            self.set(r, &name);
            if Repr::of(rty) == Repr::Ref {
                self.check(b);
            }
            return Ok(());
        }
        let recv_ty = if m.recv.is_module() { None } else { a.first().map(|&x| self.ty(x).clone()) };
        let mut args = Vec::new();
        for (k, &x) in a.iter().enumerate() {
            // The type the argument is converted to, and whether it travels as a pyrt_val.
            let (target, boxed) = method_arg(m, k, recv_ty.as_ref(), rty);
            let target = target.unwrap_or_else(|| self.ty(x).clone());
            if target == Type::None && !matches!(self.ty(x), Type::None | Type::Optional(_)) {
                // A container holding None at most: a value of another type is never in it.
                return self.absent_lookup(b, mid, a, x, r, rty, span);
            }
            args.push(if boxed {
                self.boxed(b, x, &target, span)?
            } else if *self.ty(x) == Type::Int && target == Type::Float {
                format!("(double){}", self.val(x))
            } else {
                self.operand(b, x, &target, span)?
            });
        }
        if m.typed {
            let t = a.first().map(|&x| self.ty(x).clone()).ok_or_else(|| Diagnostic::bug(span, "C backend: a typed method without arguments"))?;
            args.push(self.p.desc(&t, span)?);
        }
        let call = format!("{name}({})", args.join(", "));
        let boxed_result = matches!(m.ret, K::Elem | K::Val | K::ValOrDefault);
        match r {
            Some(_) if !matches!(rty, Type::None) => {
                let e = if boxed_result { Self::from_val(rty, call) } else { call };
                self.set(r, &e)
            }
            _ => {
                let _ = writeln!(self.body, "  (void){call};");
            }
        }
        // What cannot raise, store or allocate needs no test.
        if m.may_raise || m.stores || Repr::of(rty) == Repr::Ref {
            self.check(b);
        }
        Ok(())
    }

    /// A lookup of `x` in a container that can hold None at most, `x` being of
    /// another type: it is not there (KeyError, ValueError, False, the default).
    #[allow(clippy::too_many_arguments)]
    fn absent_lookup(&mut self, b: Block, mid: MethodId, a: &[Value], x: Value, r: Option<Value>, rty: &Type, span: Span) -> R<()> {
        let m = mid.get();
        let xty = self.ty(x).clone();
        let raise = |s: &mut Self, code: String| {
            let _ = writeln!(s.body, "  {code};\n  goto {};", s.exc_label(b));
        };
        match absent(m) {
            Some(Absent::KeyError) => {
                let d = self.p.desc(&Type::Tuple(vec![xty]), span)?;
                let code = format!("pyrt_key_error({d}, {})", self.to_val(x));
                raise(self, code);
            }
            Some(Absent::NotInList) => {
                let d = self.p.desc(&xty, span)?;
                let code = format!("pyrt_not_in_list({d}, {})", self.to_val(x));
                raise(self, code);
            }
            Some(Absent::NotRemoved) => raise(self, "pyrt_raise(&pyrt_t_ValueError, \"list.remove(x): x not in list\")".into()),
            Some(Absent::False) => self.set(r, "0"),
            Some(Absent::Zero) => self.set(r, "INT64_C(0)"),
            Some(Absent::Nothing) => {}
            Some(Absent::Default) => {
                let e = self.operand(b, a[2], rty, span)?;
                self.set(r, &e);
            }
            None => {
                return Err(unsupported(span, format!("`{}.{}` of a value of type `{xty}` in a container that holds None at most", m.recv.name(), m.name)));
            }
        }
        Ok(())
    }

    fn prim(&mut self, b: Block, p: Prim, a: &[Value], r: Option<Value>) -> R<()> {
        use Prim::*;
        let v = |k: usize| self.val(a[k]);
        let s = |k: usize| self.ptr(a[k], "pyrt_str");
        let call = |name: &str, args: Vec<String>| format!("{name}({})", args.join(", "));
        let e = match p {
            // Checked inline: on overflow, raise and go straight to the handler
            // (no test of pyrt_exc afterwards).
            IntAdd | IntSub | IntMul => {
                let op = match p {
                    IntAdd => "add",
                    IntSub => "sub",
                    _ => "mul",
                };
                let (x, y) = (v(0), v(1));
                let dest = match r {
                    Some(r) if self.uses[r.index()] > 0 => {
                        self.assigned[r.index()] = true;
                        format!("{} =", self.val(r))
                    }
                    _ => "(void)".into(),
                };
                let l = self.exc_label(b);
                let _ = writeln!(self.body, "  PYRT_INT_OP({op}, {dest}, {x}, {y}, goto {l});");
                return Ok(());
            }
            IntFloorDiv => call("pyrt_int_floordiv", vec![v(0), v(1)]),
            IntMod => call("pyrt_int_mod", vec![v(0), v(1)]),
            IntTrueDiv => call("pyrt_int_truediv", vec![v(0), v(1)]),
            IntPow => call("pyrt_int_pow", vec![v(0), v(1)]),
            // Past the int range, the counter only has to stay past it (wrapping never happens: |step| < 2**63).
            IntRangeNext => format!("(int64_t)((uint64_t){} + (uint64_t){})", v(0), v(1)),
            IntNeg => format!("(-{})", v(0)),
            IntAbs => format!("({0} < 0 ? -{0} : {0})", v(0)),
            IntInvert => call("pyrt_int_invert", vec![v(0)]),
            IntAnd => format!("({} & {})", v(0), v(1)),
            IntOr => format!("({} | {})", v(0), v(1)),
            IntXor => format!("({} ^ {})", v(0), v(1)),
            IntLShift => call("pyrt_int_lshift", vec![v(0), v(1)]),
            IntRShift => call("pyrt_int_rshift", vec![v(0), v(1)]),
            IntEq | FloatEq | BoolEq => format!("({} == {})", v(0), v(1)),
            IntNe | FloatNe | BoolNe => format!("({} != {})", v(0), v(1)),
            IntLt | FloatLt => format!("({} < {})", v(0), v(1)),
            IntLe | FloatLe => format!("({} <= {})", v(0), v(1)),
            IntGt | FloatGt => format!("({} > {})", v(0), v(1)),
            IntGe | FloatGe => format!("({} >= {})", v(0), v(1)),
            IntIsTrue | FloatIsTrue => format!("({} != 0)", v(0)),
            IntToFloat => format!("(double){}", v(0)),
            IntToStr => call("pyrt_int_to_str", vec![v(0)]),
            FloatAdd => format!("({} + {})", v(0), v(1)),
            FloatSub => format!("({} - {})", v(0), v(1)),
            FloatMul => format!("({} * {})", v(0), v(1)),
            FloatTrueDiv => call("pyrt_float_truediv", vec![v(0), v(1)]),
            FloatFloorDiv => call("pyrt_float_floordiv", vec![v(0), v(1)]),
            FloatMod => call("pyrt_float_mod", vec![v(0), v(1)]),
            FloatPow => call("pyrt_float_pow", vec![v(0), v(1)]),
            FloatNeg => format!("(-{})", v(0)),
            FloatAbs => call("fabs", vec![v(0)]),
            FloatToInt => call("pyrt_int_from_float", vec![v(0)]),
            FloatRepr => call("pyrt_float_repr", vec![v(0)]),
            BoolNot => format!("(uint8_t)!{}", v(0)),
            BoolToInt => format!("(int64_t){}", v(0)),
            BoolToStr => format!("({} ? {} : {})", v(0), self.p.str_const("True"), self.p.str_const("False")),
            StrConcat => call("pyrt_str_concat", vec![s(0), s(1)]),
            StrRepeat => call("pyrt_str_repeat", vec![s(0), v(1)]),
            StrLen => format!("{}->len", s(0)),
            StrGetItem => call("pyrt_str_index", vec![s(0), v(1)]),
            StrSlice => {
                let opt = |k: usize| if *self.ty(a[k]) == Type::None { "PYRT_NONE_I64".to_string() } else { self.val(a[k]) };
                call("pyrt_str_slice", vec![s(0), opt(1), opt(2), opt(3)])
            }
            StrEq => format!("pyrt_str_eq({}, {})", s(0), s(1)),
            StrNe => format!("(uint8_t)!pyrt_str_eq({}, {})", s(0), s(1)),
            StrLt => format!("(pyrt_str_cmp({}, {}) < 0)", s(0), s(1)),
            StrLe => format!("(pyrt_str_cmp({}, {}) <= 0)", s(0), s(1)),
            StrGt => format!("(pyrt_str_cmp({}, {}) > 0)", s(0), s(1)),
            StrGe => format!("(pyrt_str_cmp({}, {}) >= 0)", s(0), s(1)),
            StrContains => call("pyrt_str_contains", vec![s(0), s(1)]),
            StrIsTrue => format!("({}->len != 0)", s(0)),
            StrToInt => call("pyrt_int_from_str", vec![s(0)]),
            StrRepr => call("pyrt_str_repr", vec![s(0)]),
            PrintStdout => {
                let _ = writeln!(self.body, "  pyrt_print({});", s(0));
                self.check(b);
                return Ok(());
            }
            IntFormat => call("pyrt_format_int", vec![v(0), s(1)]),
            FloatFormat => call("pyrt_format_float", vec![v(0), s(1)]),
            StrFormat => call("pyrt_format_str", vec![s(0), s(1)]),
            BoolFormat => call("pyrt_format_bool", vec![v(0), s(1)]),
            IntRoundDigits => call("pyrt_int_round_digits", vec![v(0), v(1)]),
            FloatRound => call("pyrt_float_round", vec![v(0)]),
            FloatRoundDigits => call("pyrt_float_round_digits", vec![v(0), v(1)]),
            StrToFloat => call("pyrt_float_from_str", vec![s(0)]),
        };
        let allocates = matches!(p, IntToStr | FloatRepr | BoolToStr | StrConcat | StrRepeat | StrGetItem | StrSlice | StrRepr | IntFormat | FloatFormat | StrFormat | BoolFormat);
        self.set(r, &e);
        if p.may_raise() || allocates {
            self.check(b);
        }
        Ok(())
    }
}

/// A `try` statement with a `finally`.
struct Fin {
    try_block: Block,
    finally: Block,
    /// The blocks of its body and handler.
    region: Vec<bool>,
    /// Where control was going when it entered the finally (selector i + 1).
    exits: Vec<Exit>,
    /// Where a return's value waits while the finally runs.
    ret: Option<String>,
    /// The root holding an exception while the finally runs.
    exc_root: usize,
}

#[derive(Copy, Clone, PartialEq, Eq)]
enum Exit {
    Block(Block),
    Return,
}

/// The runtime's kind constant of a type's representation.
fn kind_name(t: &Type) -> &'static str {
    match Repr::of(t) {
        Repr::Ref if !traced(t) => "PYRT_K_STATIC",
        Repr::None => "PYRT_K_NONE",
        Repr::Bool => "PYRT_K_BOOL",
        Repr::Int => "PYRT_K_INT",
        Repr::Float => "PYRT_K_FLOAT",
        Repr::Ref => "PYRT_K_REF",
    }
}

fn class_of(t: &Type) -> Option<pyrt_ir::ClassId> {
    match t {
        Type::Inst(c) => Some(c.id()),
        Type::Optional(inner) => class_of(inner),
        _ => None,
    }
}
