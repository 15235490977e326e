//! One IR function → one wasm function.
//!
//! Values are held as `ir::layout` says: scalars in wasm locals, references in
//! the function's shadow-stack frame in linear memory (`pyrt_frame`, linked
//! through the runtime's `pyrt_top`), so the collector finds every live
//! reference. The frame lives on the C stack (the runtime's `__stack_pointer`):
//!
//! ```text
//! fp + 0      pyrt_frame { prev, n, slots = fp + ROOTS }
//! fp + 16     scratch: 8-byte cells for the `pyrt_val` arguments and results
//!             that clang's wasm32 ABI passes by address
//! fp + ROOTS  the roots, 4 bytes each
//! ```
//!
//! Control flow is the tree of `ir::structure`: `block`/`loop`/`if` and `br`
//! to labels. An operation that may raise is followed by a test of
//! `pyrt_exc` that branches to the innermost handler's block, or to the
//! function's exit block, whose epilogue pops the frame. A `finally` is a
//! block that the region's exits enter with a selector; after the finally's
//! code, the selector says where control was going.

use crate::abi;
use crate::link::DATA_LIMIT;
use crate::program::{Program, valtype};
use crate::unsupported;
use pyrt_ir::function::DefaultArg;
use pyrt_ir::layout::{Absent, Repr, SlotCall, absent, bound_call, cattr_type, dispatch_binary_ret, format_refusal, method_arg, slot_call, traced, value_call};
use pyrt_ir::methods::{K, MethodId, Recv};
use pyrt_ir::structure::{Exit, Node, structure};
use pyrt_ir::{Block, Const, Diagnostic, EntityRef, FuncId, Function, Inst, JsOp, Op, Prim, Span, Type, Value};
use std::collections::HashMap;
use wasm_encoder::{BlockType, Instruction as I, MemArg, ValType};

type R<T> = Result<T, Diagnostic>;

/// A translated function, encoded once `program::elide` has chosen whether
/// it links its frame.
pub(crate) struct Emitted {
    /// Its type index.
    pub ty: u32,
    locals: Vec<ValType>,
    /// Its prologue and epilogue with the frame linked into `pyrt_top`, and
    /// without; the code between them.
    linked: [Vec<I<'static>>; 2],
    plain: Option<[Vec<I<'static>>; 2]>,
    body: Vec<I<'static>>,
    /// The functions it calls.
    pub calls: Vec<u32>,
}

impl Emitted {
    /// Whether its shape lets it go without linking its frame (no generator,
    /// closure, handler or call through a pointer): it does when nothing it
    /// calls may collect.
    pub fn may_go_unlinked(&self) -> bool { self.plain.is_some() }

    /// Its encoded body, with its frame linked or not.
    pub fn encode(self, linked: bool) -> Vec<u8> {
        let [pro, epi] = if linked { self.linked } else { self.plain.expect("unlinked only where the shape allows") };
        let code: Vec<I<'static>> = pro.into_iter().chain(self.body).chain(epi).collect();
        encode(&self.locals, &code)
    }
}

/// The functions `code` calls, and whether it calls through a pointer.
fn calls_in(code: &[I<'_>]) -> (Vec<u32>, bool) {
    let mut calls = Vec::new();
    let mut indirect = false;
    for i in code {
        match i {
            I::Call(f) => calls.push(*f),
            I::CallIndirect { .. } => indirect = true,
            _ => {}
        }
    }
    calls.sort_unstable();
    calls.dedup();
    (calls, indirect)
}

/// A part of a generator's sequence of nodes.
enum Part<'n> {
    Node(&'n Node),
    /// Instructions `from..to` of block `b`; `resume`: they start where that yield resumes.
    Insts { b: Block, from: usize, to: usize, resume: Option<u32> },
}

/// How a value is held.
#[derive(Copy, Clone, PartialEq, Eq)]
enum Hold {
    /// Nothing (None is always 0).
    Nothing,
    /// A wasm local.
    Local(u32, Repr),
    /// Root slot `k` of the frame.
    Root(u32),
}

/// What an open wasm block is, for branches to it.
#[derive(Copy, Clone, PartialEq, Eq)]
enum Lab {
    /// The function's exit (epilogue follows).
    Exit,
    /// A structured `Block` labeled with its merge block.
    Block(Block),
    /// A structured `Loop`.
    Loop(Block),
    /// Any other block (an `if`, a handler's landing).
    Other,
}

/// An exit from a `finally` region: the structured edge it continues with, or a return.
#[derive(Clone, PartialEq)]
enum FinExit {
    Edge(Exit),
    Return,
}

struct Fin {
    /// The index in `labels` of the block the region's exits leave to enter the finally.
    label: usize,
    sel: u32,
    exits: Vec<FinExit>,
}

/// The scratch cells per frame (pyrt_val arguments and results).
const SCRATCH: u32 = 8;
const ROOTS: u32 = abi::FRAME_HEAD + 8 * SCRATCH;

pub(crate) fn mem(offset: u64, align: u32) -> MemArg { MemArg { offset, align, memory_index: 0 } }

/// An argument of a call into the runtime.
enum Arg {
    /// A value as type `t` says (converted from None where needed).
    V(Value, Type),
    /// A value as a `pyrt_val` held as type `t` says (passed by address).
    Boxed(Value, Type),
    /// An int converted to a float.
    IntAsFloat(Value),
    /// A constant i32 (an address, a count).
    I32(u32),
    /// A constant i64.
    I64(i64),
}

/// A generator's body runs in its resume function (`pyrt_iter.next`), which
/// returns at each yield and is called again for the next value. Its roots
/// live in the generator object, and its locals are saved there at each
/// yield and restored on entry; a resumed call finds its way back into the
/// structured tree through the sequences that hold the yield (see `nodes`).
struct Gen {
    /// The generator object (the resume function's parameter).
    g: u32,
    /// The yield being resumed from; 0 once it is reached (or on the first call).
    rs: u32,
    /// Each yield's number, from 1 in the order of the code.
    ids: HashMap<Inst, u32>,
    /// Where the code saves the locals (just before each yield returns).
    saves: Vec<usize>,
}

pub(crate) struct FnEmitter<'a, 'm> {
    p: &'a mut Program<'m>,
    id: FuncId,
    f: &'m Function,
    hold: Vec<Hold>,
    locals: Vec<ValType>,
    nparams: u32,
    fp: u32,
    /// Where the roots are: `rbase` (a local) + `roff` (the frame's, or a
    /// generator object's).
    rbase: u32,
    roff: u32,
    /// The root holding the closure frame this function is nested in.
    env: Option<u32>,
    /// The root holding this function's own closure frame (it defines nested
    /// functions, whose frames' slots are its slots).
    cframe: Option<u32>,
    /// A generator's resume state.
    resume: Option<Gen>,
    /// Where the result waits for the epilogue: a local, or a root for references.
    ret: Option<Hold>,
    nroots: u32,
    /// Frame slots (locals a `try` assigns): how each is held, and its defined flag.
    slot_hold: Vec<(Hold, u32)>,
    uses: Vec<u32>,
    code: Vec<I<'static>>,
    labels: Vec<Lab>,
    /// Where exceptions go: indices in `labels`.
    exc: Vec<usize>,
    fins: Vec<Fin>,
    /// The structured labels' depth in `fins` when they were opened.
    fin_depth: Vec<usize>,
    temps: Vec<(ValType, u32)>,
}

impl<'a, 'm> FnEmitter<'a, 'm> {
    pub fn new(p: &'a mut Program<'m>, id: FuncId, f: &'m Function) -> Self {
        FnEmitter { p, id, f, hold: Vec::new(), locals: Vec::new(), nparams: 0, fp: 0, rbase: 0, roff: ROOTS, env: None, cframe: None, resume: None, ret: None, nroots: 0, slot_hold: Vec::new(), uses: Vec::new(), code: Vec::new(), labels: Vec::new(), exc: Vec::new(), fins: Vec::new(), fin_depth: Vec::new(), temps: Vec::new() }
    }

    fn local(&mut self, t: ValType) -> u32 {
        self.locals.push(t);
        self.nparams + self.locals.len() as u32 - 1
    }

    /// A scratch local of type `t` (fresh each time: values in flight never share one).
    fn temp(&mut self, t: ValType) -> u32 {
        let l = self.local(t);
        self.temps.push((t, l));
        l
    }

    fn root(&mut self) -> u32 {
        self.nroots += 1;
        self.nroots - 1
    }

    fn ty(&self, v: Value) -> &'m Type { &self.f.values[v].ty }

    fn emit_i(&mut self, i: I<'static>) { self.code.push(i); }

    /// The wasm function: its type index and encoded body (for a generator,
    /// the function that makes the generator object; its resume function is
    /// one of the program's extra functions).
    pub fn emit(&mut self) -> Result<Emitted, Vec<Diagnostic>> {
        let f = self.f;
        let nested = f.parent.is_some();
        // The wasm parameters: a nested function's environment first.
        let params: Vec<ValType> = nested.then_some(ValType::I32).into_iter().chain(f.params().iter().map(|&p| valtype(Repr::of(&f.values[p].ty)))).collect();
        let ty = self.p.type_index(params.clone(), vec![valtype(Repr::of(&f.call_ret()))]);
        let tree = structure(f);
        if resumable(f) {
            // The body is the resume function's: its parameter is the generator
            // (or coroutine) object.
            self.nparams = 1;
            let mut order = Vec::new();
            yields_in(f, &tree, &mut order);
            let ids = order.into_iter().zip(1..).collect();
            self.resume = Some(Gen { g: 0, rs: 0, ids, saves: Vec::new() });
            self.roff = abi::GEN_SIZE;
        } else {
            self.nparams = params.len() as u32;
        }
        self.fp = self.local(ValType::I32);
        if let Some(g) = &mut self.resume {
            g.rs = self.nparams + self.locals.len() as u32;
            self.locals.push(ValType::I32);
        } else {
            self.rbase = self.fp;
        }
        if nested {
            self.env = Some(self.root());
        }
        if self.p.m.funcs.iter().any(|(_, g)| g.parent == Some(self.id)) {
            self.cframe = Some(self.root());
        }
        let pbase = u32::from(nested);
        for (v, d) in f.values.iter() {
            let h = match Repr::of(&d.ty) {
                Repr::None => Hold::Nothing,
                Repr::Ref if traced(&d.ty) => Hold::Root(self.root()),
                r => match f.params().iter().position(|&p| p == v) {
                    Some(k) if !resumable(f) => Hold::Local(pbase + k as u32, r),
                    _ => Hold::Local(self.local(valtype(r)), r),
                },
            };
            self.hold.push(h);
        }
        // Slots are locals and roots, or the closure frame's (see `frame_slot_load`).
        if self.cframe.is_none() {
            for (_, t) in &f.slots {
                let h = match Repr::of(t) {
                    Repr::None => Hold::Nothing,
                    Repr::Ref if traced(t) => Hold::Root(self.root()),
                    r => Hold::Local(self.local(valtype(r)), r),
                };
                let flag = self.local(ValType::I32);
                self.slot_hold.push((h, flag));
            }
        }
        self.ret = match Repr::of(&f.ret) {
            _ if f.generator => None,
            // A coroutine's result as a JS value, until it ends.
            _ if f.is_async => Some(Hold::Root(self.root())),
            Repr::Ref if traced(&f.ret) => Some(Hold::Root(self.root())),
            Repr::None => Some(Hold::Local(self.local(ValType::I32), Repr::Bool)),
            r => Some(Hold::Local(self.local(valtype(r)), r)),
        };
        self.uses = vec![0; f.values.len()];
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
        // The body, inside the exit block.
        self.code.push(I::Block(BlockType::Empty));
        self.labels.push(Lab::Exit);
        self.fin_depth.push(0);
        let mut restore_at = 0;
        if let Some(g) = &self.resume {
            // Finished: nothing more. Else restore the locals (the parameters on
            // the first call), and find the way back to the yield (`nodes`).
            let (gl, rs) = (g.g, g.rs);
            self.code.extend([I::LocalGet(gl), I::I32Load(mem(abi::GEN_STATE, 2)), I::LocalTee(rs), I::I32Const(0), I::I32LtS, I::BrIf(0)]);
            restore_at = self.code.len();
            self.code.extend([I::LocalGet(rs), I::I32Eqz]);
            self.open_if();
        }
        if let Err(d) = self.frame_init() {
            return Err(vec![d]);
        }
        if self.resume.is_some() {
            self.close();
        }
        if let Err(d) = self.nodes(&tree) {
            return Err(vec![d]);
        }
        self.code.push(I::End);
        self.labels.pop();
        let mut body = std::mem::take(&mut self.code);
        let resumable = self.resume.take();
        // The frame: its head and scratch cells, then the roots unless a
        // generator object holds them.
        let frame = if resumable.is_some() { ROOTS } else { ROOTS + 4 * self.nroots }.div_ceil(16) * 16;
        let Some(st) = resumable else {
            // A function during which no collection can happen goes without
            // linking its frame (`program::elide`): its prologue and epilogue
            // without are kept too.
            let handles = f.layout.iter().any(|&b| matches!(f.blocks[b].term, pyrt_ir::Terminator::Try { .. }));
            let (calls, indirect) = calls_in(&body);
            body.push(I::End);
            let around = |s: &Self, linked: bool| {
                let mut epi = s.pop_frame(frame, linked);
                match s.ret.unwrap() {
                    Hold::Root(r) => epi.extend([I::LocalGet(s.rbase), I::I32Load(s.root_mem(r))]),
                    Hold::Local(l, _) => epi.push(I::LocalGet(l)),
                    Hold::Nothing => epi.push(I::I32Const(0)),
                }
                epi.push(I::End);
                [s.prologue(frame, linked, false), epi]
            };
            let plain = (self.cframe.is_none() && self.env.is_none() && !handles && !indirect).then(|| around(self, false));
            return Ok(Emitted { ty, locals: std::mem::take(&mut self.locals), linked: around(self, true), plain, body, calls });
        };
        // A generator: its locals are saved in the object after the roots.
        let temps: std::collections::HashSet<u32> = self.temps.iter().map(|t| t.1).collect();
        let mut at = (abi::GEN_SIZE + 4 * self.nroots).div_ceil(8) * 8;
        let mut saved = Vec::new();
        for (k, &t) in self.locals.iter().enumerate() {
            let l = self.nparams + k as u32;
            if l != self.fp && l != st.rs && !temps.contains(&l) {
                saved.push((l, t, at));
                at += 8;
            }
        }
        let size = at;
        let save: Vec<I<'static>> = saved.iter().flat_map(|&(l, t, off)| [I::LocalGet(st.g), I::LocalGet(l), store_op(t, off)]).collect();
        let restore: Vec<I<'static>> = saved.iter().flat_map(|&(l, t, off)| [I::LocalGet(st.g), load_op(t, off), I::LocalSet(l)]).collect();
        for &pos in st.saves.iter().rev() {
            body.splice(pos..pos, save.iter().cloned());
        }
        body.splice(restore_at..restore_at, restore);
        let mut code = self.prologue(frame, true, true);
        code.extend(body);
        code.push(I::End);
        // Finished (returned or raised): for good. A coroutine's result
        // goes where its driver (pyrt_js_async_run) looks.
        code.extend([I::LocalGet(st.g), I::I32Const(-1), I::I32Store(mem(abi::GEN_STATE, 2))]);
        match self.ret {
            Some(Hold::Root(r)) => code.extend([I::LocalGet(st.g), I::LocalGet(st.g), I::I32Load(mem((abi::GEN_SIZE + 4 * r) as u64, 2)), I::I64ExtendI32U, I::I64Store(mem(abi::ITER_CUR, 3))]),
            _ => code.push(I::Call(self.p.rt.func_by_name["pyrt_gen_exit"])),
        }
        code.extend(self.pop_frame(frame, true));
        code.extend([I::I32Const(0), I::End]);
        let next_ty = self.p.type_index(vec![ValType::I32], vec![ValType::I32]);
        let next = self.p.add_func(next_ty, encode(&self.locals, &code));
        // Its type: an iterator whose collector marks the roots.
        let mark = self.p.rt.func_by_name["pyrt_mark"];
        let mut trace: Vec<I<'static>> = (0..self.nroots).flat_map(|k| [I::LocalGet(0), I::I32Load(mem((abi::GEN_SIZE + 4 * k) as u64, 2)), I::Call(mark)]).collect();
        trace.push(I::End);
        let trace_ty = self.p.type_index(vec![ValType::I32], vec![]);
        let trace = self.p.add_func(trace_ty, encode(&[], &trace));
        let t = self.p.iter_type(if f.is_async { "coroutine" } else { "generator" }, size, trace);
        // Calling the generator function makes the object; calling an async
        // function makes it and starts it (its first step runs at once), and
        // gives the JS Promise of its result. A coroutine's `cur` is the JS
        // value it awaits, is sent, or ends with.
        let elem = match &f.ret {
            _ if f.is_async => &Type::Js,
            Type::Iter(elem) => &**elem,
            _ => return Err(vec![Diagnostic::bug(f.span, "wasm backend: a generator that does not return an iterator")]),
        };
        let elem_desc = self.p.desc(elem, f.span).map_err(|d| vec![d])?;
        let alloc = self.p.func("pyrt_alloc", f.span).map_err(|d| vec![d])?;
        let gl = params.len() as u32;
        let mut code = vec![I::I32Const(t as i32), I::I32Const(size as i32), I::Call(alloc), I::LocalTee(gl), I::I32Eqz, I::If(BlockType::Empty), I::I32Const(0), I::Return, I::End];
        let next_ti = self.p.table_index(next);
        code.extend([I::LocalGet(gl), I::I32Const(next_ti as i32), I::I32Store(mem(abi::ITER_NEXT, 2))]);
        code.extend([I::LocalGet(gl), I::I32Const(elem_desc as i32), I::I32Store(mem(abi::ITER_ELEM, 2))]);
        if let Some(e) = self.env {
            code.extend([I::LocalGet(gl), I::LocalGet(0), I::I32Store(mem((abi::GEN_SIZE + 4 * e) as u64, 2))]);
        }
        for (k, &pv) in f.params().iter().enumerate() {
            let a = pbase + k as u32;
            match self.hold[pv.index()] {
                Hold::Root(r) => code.extend([I::LocalGet(gl), I::LocalGet(a), I::I32Store(mem((abi::GEN_SIZE + 4 * r) as u64, 2))]),
                Hold::Local(l, _) => {
                    let &(_, t, off) = saved.iter().find(|s| s.0 == l).expect("a parameter's local is saved");
                    code.extend([I::LocalGet(gl), I::LocalGet(a), store_op(t, off)]);
                }
                Hold::Nothing => {}
            }
        }
        code.push(I::LocalGet(gl));
        if f.is_async {
            code.push(I::Call(self.p.func("pyrt_js_async_start", f.span).map_err(|d| vec![d])?));
        }
        code.push(I::End);
        Ok(Emitted { ty, locals: vec![ValType::I32], linked: [Vec::new(), Vec::new()], plain: None, body: code, calls: Vec::new() })
    }

    /// The prologue: the frame (of `frame` bytes) on the C stack, linked into
    /// `pyrt_top` when `linked`; the parameters into their roots; the depth
    /// count. It leaves an `if` open (its `else` runs the body).
    fn prologue(&self, frame: u32, linked: bool, generator: bool) -> Vec<I<'static>> {
        let f = self.f;
        let (sp, top, depth) = (self.p.rt.stack_pointer, self.sym("pyrt_top"), self.sym("pyrt_depth"));
        let recursion_error = self.p.rt.func_by_name["pyrt_enter_recursion_error"];
        let mut pro = vec![I::GlobalGet(sp), I::I32Const(frame as i32), I::I32Sub, I::LocalTee(self.fp), I::I32Const(DATA_LIMIT as i32), I::I32LtU, I::If(BlockType::Empty)];
        // The stack is exhausted: a RecursionError, without a frame.
        pro.push(I::Call(recursion_error));
        pro.push(if generator { I::I32Const(0) } else { zero(Repr::of(&f.ret)) });
        pro.extend([I::Return, I::End]);
        pro.extend([I::LocalGet(self.fp), I::GlobalSet(sp)]);
        if linked {
            pro.extend([I::LocalGet(self.fp), I::I32Const(top as i32), I::I32Load(mem(0, 2)), I::I32Store(mem(0, 2))]);
            pro.extend([I::LocalGet(self.fp), I::I32Const(self.nroots as i32), I::I32Store(mem(abi::FRAME_N, 2))]);
            pro.extend([I::LocalGet(self.fp), I::LocalGet(self.rbase), I::I32Const(self.roff as i32), I::I32Add, I::I32Store(mem(abi::FRAME_SLOTS, 2))]);
            if self.nroots > 0 && !generator {
                pro.extend([I::LocalGet(self.fp), I::I32Const(ROOTS as i32), I::I32Add, I::I32Const(0), I::I32Const(4 * self.nroots as i32), I::MemoryFill(0)]);
            }
            pro.extend([I::I32Const(top as i32), I::LocalGet(self.fp), I::I32Store(mem(0, 2))]);
        }
        if !generator {
            let pbase = u32::from(self.env.is_some());
            if let Some(e) = self.env {
                pro.extend([I::LocalGet(self.rbase), I::LocalGet(0), I::I32Store(self.root_mem(e))]);
            }
            for (k, &pv) in f.params().iter().enumerate() {
                if let Hold::Root(r) = self.hold[pv.index()] {
                    pro.extend([I::LocalGet(self.rbase), I::LocalGet(pbase + k as u32), I::I32Store(self.root_mem(r))]);
                }
            }
        }
        // ++pyrt_depth > limit: RecursionError (the epilogue undoes the count).
        pro.extend([I::I32Const(depth as i32), I::I32Const(depth as i32), I::I64Load(mem(0, 3)), I::I64Const(1), I::I64Add, I::I64Store(mem(0, 3))]);
        pro.extend([I::I32Const(depth as i32), I::I64Load(mem(0, 3)), I::I64Const(1000), I::I64GtS, I::If(BlockType::Empty), I::Call(recursion_error), I::Else]);
        pro
    }

    /// Pop the frame (of `frame` bytes; unlink it when `linked`) and undo the depth count.
    fn pop_frame(&self, frame: u32, linked: bool) -> Vec<I<'static>> {
        let (sp, top, depth) = (self.p.rt.stack_pointer, self.sym("pyrt_top"), self.sym("pyrt_depth"));
        let mut code = Vec::new();
        if linked {
            code.extend([I::I32Const(top as i32), I::LocalGet(self.fp), I::I32Load(mem(0, 2)), I::I32Store(mem(0, 2))]);
        }
        code.extend([I::LocalGet(self.fp), I::I32Const(frame as i32), I::I32Add, I::GlobalSet(sp)]);
        code.extend([I::I32Const(depth as i32), I::I32Const(depth as i32), I::I64Load(mem(0, 3)), I::I64Const(1), I::I64Sub, I::I64Store(mem(0, 3))]);
        code
    }

    /// A function that defines nested functions makes its closure frame
    /// (linked to its own environment) before anything else.
    fn frame_init(&mut self) -> R<()> {
        let Some(c) = self.cframe else { return Ok(()) };
        let kinds: Vec<u8> = self.f.slots.iter().map(|(_, t)| abi::kind(t)).collect();
        let at = self.p.alloc(kinds.len().max(1), 1);
        for (k, &kind) in kinds.iter().enumerate() {
            self.p.put_u8(at + k as u32, kind);
        }
        let new = self.p.func("pyrt_cframe_new", self.f.span)?;
        self.emit_i(I::LocalGet(self.rbase));
        match self.env {
            Some(e) => self.code.extend([I::LocalGet(self.rbase), I::I32Load(self.root_mem(e))]),
            None => self.emit_i(I::I32Const(0)),
        }
        self.code.extend([I::I64Const(kinds.len() as i64), I::I32Const(at as i32), I::Call(new), I::I32Store(self.root_mem(c))]);
        self.check();
        Ok(())
    }

    fn sym(&self, name: &str) -> u32 { self.p.rt.data_by_name[name] }

    /// Where root `k` is, from `rbase`.
    fn root_mem(&self, k: u32) -> MemArg { mem((self.roff + 4 * k) as u64, 2) }

    // ---- values ----

    /// Push `v`.
    fn get(&mut self, v: Value) {
        let i = match self.hold[v.index()] {
            Hold::Nothing => I::I32Const(0),
            Hold::Local(l, _) => I::LocalGet(l),
            Hold::Root(k) => {
                self.emit_i(I::LocalGet(self.rbase));
                I::I32Load(self.root_mem(k))
            }
        };
        self.emit_i(i);
    }

    /// Pop the stack top into `h`.
    fn put(&mut self, h: Hold, repr: Repr) {
        match h {
            Hold::Nothing => self.emit_i(I::Drop),
            Hold::Local(l, _) => self.emit_i(I::LocalSet(l)),
            Hold::Root(k) => {
                let t = self.temp(valtype(repr));
                self.code.extend([I::LocalSet(t), I::LocalGet(self.rbase), I::LocalGet(t), I::I32Store(self.root_mem(k))]);
            }
        }
    }

    /// Pop the stack top (of `r`'s representation) into result `r`, or drop it.
    fn set(&mut self, r: Option<Value>) {
        match r {
            Some(r) if self.uses[r.index()] > 0 => {
                let repr = Repr::of(self.ty(r));
                self.put(self.hold[r.index()], repr)
            }
            _ => self.emit_i(I::Drop),
        }
    }

    /// Push the None of type `to`.
    fn none_of(&mut self, to: &Type) { self.emit_i(none(Repr::of(to))); }

    /// Push `v` as type `to` (widening to an optional; boxing into a mixed type).
    fn operand(&mut self, v: Value, to: &Type, span: Span) -> R<()> {
        let from = self.ty(v).clone();
        if matches!(to, Type::Either(_)) && !matches!(from, Type::Either(_)) {
            let d = self.p.desc(&from, span)?;
            return self.call_rt("pyrt_box_new", vec![Arg::I32(d), Arg::Boxed(v, from)], false, span);
        }
        let (rf, rt) = (Repr::of(&from), Repr::of(to));
        if rf == rt {
            self.get(v);
        } else if matches!(to, Type::None) {
            self.emit_i(I::I32Const(0));
        } else if rf == Repr::None {
            self.none_of(to);
        } else {
            return Err(unsupported(span, format!("converting {from} to {to}")));
        }
        Ok(())
    }

    /// Convert the stack top from `from` to `to` (None widening only).
    fn convert_top(&mut self, from: &Type, to: &Type, span: Span) -> R<()> {
        let (rf, rt) = (Repr::of(from), Repr::of(to));
        if rf == rt || matches!(to, Type::None) && rf == Repr::None {
            return Ok(());
        }
        if matches!(to, Type::None) {
            self.emit_i(I::Drop);
            self.emit_i(I::I32Const(0));
            return Ok(());
        }
        if rf == Repr::None {
            self.emit_i(I::Drop);
            self.none_of(to);
            return Ok(());
        }
        Err(unsupported(span, format!("converting {from} to {to}")))
    }

    /// Push `v` held as type `t` says, widened to the 8 bytes of a `pyrt_val`.
    fn push_val(&mut self, v: Value, t: &Type, span: Span) -> R<()> {
        self.operand(v, t, span)?;
        self.widen(Repr::of(t));
        Ok(())
    }

    fn widen(&mut self, r: Repr) { self.code.extend(widen_op(r)); }

    /// Narrow a `pyrt_val`'s 8 bytes (on the stack) to type `t`'s representation.
    fn narrow(&mut self, t: &Type) {
        match Repr::of(t) {
            Repr::Int => {}
            Repr::Float => self.emit_i(I::F64ReinterpretI64),
            Repr::Ref => self.emit_i(I::I32WrapI64),
            Repr::Bool | Repr::None => self.code.extend([I::I32WrapI64, I::I32Const(0xFF), I::I32And]),
        }
    }

    fn is_none_test(&mut self, v: Value) {
        match Repr::of(self.ty(v)) {
            Repr::None => self.emit_i(I::I32Const(1)),
            Repr::Bool => {
                self.get(v);
                self.code.extend([I::I32Const(2), I::I32Eq]);
            }
            Repr::Int => {
                self.get(v);
                self.code.extend([I::I64Const(i64::MIN), I::I64Eq]);
            }
            Repr::Float => {
                self.get(v);
                self.code.extend([I::I64ReinterpretF64, I::I64Const(pyrt_ir::layout::NONE_F64_BITS as i64), I::I64Eq]);
            }
            Repr::Ref => {
                self.get(v);
                self.emit_i(I::I32Eqz);
            }
        }
    }

    // ---- control ----

    fn depth_of(&self, index: usize) -> u32 { (self.labels.len() - 1 - index) as u32 }

    fn open(&mut self, lab: Lab, bt: BlockType, is_loop: bool) {
        self.emit_i(if is_loop { I::Loop(bt) } else { I::Block(bt) });
        self.labels.push(lab);
        self.fin_depth.push(self.fins.len());
    }

    fn open_if(&mut self) {
        self.emit_i(I::If(BlockType::Empty));
        self.labels.push(Lab::Other);
        self.fin_depth.push(self.fins.len());
    }

    fn close(&mut self) {
        self.emit_i(I::End);
        self.labels.pop();
        self.fin_depth.pop();
    }

    /// Branch to where exceptions go.
    fn br_exc(&mut self) {
        let target = self.exc.last().copied().unwrap_or(0);
        let d = self.depth_of(target);
        self.emit_i(I::Br(d));
    }

    /// Test `pyrt_exc` and branch to where exceptions go.
    fn check(&mut self) {
        let e = self.sym("pyrt_exc");
        self.code.extend([I::I32Const(e as i32), I::I32Load(mem(0, 2))]);
        let target = self.exc.last().copied().unwrap_or(0);
        let d = self.depth_of(target);
        self.emit_i(I::BrIf(d));
    }

    /// Raise built-in exception `class` with `msg` and branch to the handler.
    fn raise(&mut self, class: &str, msg: Option<&str>, span: Span) -> R<()> {
        let t = self.p.sym(&format!("pyrt_t_{}", class.trim_start_matches('$')), span)?;
        let m = msg.map(|m| self.p.cstr(m)).unwrap_or(0);
        self.call_rt("pyrt_raise", vec![Arg::I32(t), Arg::I32(m)], false, span)?;
        self.br_exc();
        Ok(())
    }

    fn nodes(&mut self, nodes: &[Node]) -> R<()> {
        if self.resume.is_none() {
            for n in nodes {
                self.node(n)?;
            }
            return Ok(());
        }
        // A generator: the sequence's parts, its blocks' instructions split
        // after each yield (the next part starts where that yield resumes).
        let f = self.f;
        let mut parts: Vec<Part> = Vec::new();
        for n in nodes {
            let Node::Insts(b) = n else {
                parts.push(Part::Node(n));
                continue;
            };
            let (mut from, mut resume) = (0, None);
            for (j, &i) in f.blocks[*b].insts.iter().enumerate() {
                if let Some(&k) = self.resume.as_ref().and_then(|g| g.ids.get(&i)) {
                    parts.push(Part::Insts { b: *b, from, to: j + 1, resume });
                    (from, resume) = (j + 1, Some(k));
                }
            }
            parts.push(Part::Insts { b: *b, from, to: f.blocks[*b].insts.len(), resume });
        }
        // Resuming: jump forward to the part holding the yield (the first
        // part is where a first call, or a yield inside it, goes on).
        let ranges: Vec<Option<(u32, u32)>> = parts
            .iter()
            .map(|p| match p {
                Part::Node(n) => self.yield_range(n),
                Part::Insts { resume, .. } => resume.map(|k| (k, k)),
            })
            .collect();
        let targets: Vec<usize> = (1..parts.len()).filter(|&j| ranges[j].is_some()).collect();
        if !targets.is_empty() {
            for _ in &targets {
                self.open(Lab::Other, BlockType::Empty, false);
            }
            self.open(Lab::Other, BlockType::Empty, false);
            let lo = targets.iter().map(|&j| ranges[j].unwrap().0).min().unwrap();
            let hi = targets.iter().map(|&j| ranges[j].unwrap().1).max().unwrap();
            let table: Vec<u32> = (lo..=hi).map(|k| targets.iter().position(|&j| ranges[j].is_some_and(|(a, b)| a <= k && k <= b)).map_or(0, |t| t as u32 + 1)).collect();
            let rs = self.resume.as_ref().unwrap().rs;
            self.code.extend([I::LocalGet(rs), I::I32Const(lo as i32), I::I32Sub, I::BrTable(table.into(), 0)]);
            self.close();
        }
        for (j, part) in parts.into_iter().enumerate() {
            if targets.contains(&j) {
                self.close();
            }
            match part {
                Part::Node(n) => self.node(n)?,
                Part::Insts { b, from, to, resume } => {
                    if resume.is_some() {
                        self.resumed(f.blocks[b].insts[from - 1])?;
                    }
                    for &i in &f.blocks[b].insts[from..to] {
                        self.inst(i)?;
                    }
                }
            }
        }
        Ok(())
    }

    /// Suspend at yield (or await) `i`: its number into the object's state,
    /// the locals saved, the frame popped, and 1 returned (more to come).
    fn suspend(&mut self, i: Inst) {
        let g = self.resume.as_ref().expect("a generator");
        let (gl, k) = (g.g, g.ids[&i]);
        self.code.extend([I::LocalGet(gl), I::I32Const(k as i32), I::I32Store(mem(abi::GEN_STATE, 2))]);
        let at = self.code.len();
        self.resume.as_mut().unwrap().saves.push(at);
        let pop = self.pop_frame(ROOTS.div_ceil(16) * 16, true);
        self.code.extend(pop);
        self.code.extend([I::I32Const(1), I::Return]);
    }

    /// Where yield (or await) `i` resumes: resuming is over; a generator's
    /// `close()` raises GeneratorExit here; an await gives the JS value its
    /// promise was fulfilled with, or raises what it was rejected with.
    fn resumed(&mut self, i: Inst) -> R<()> {
        let g = self.resume.as_ref().expect("a generator");
        let (gl, rs) = (g.g, g.rs);
        self.code.extend([I::I32Const(0), I::LocalSet(rs)]);
        let span = self.f.insts[i].span;
        if self.f.is_async {
            self.code.extend([I::LocalGet(gl), I::Call(self.p.func("pyrt_js_awaited", span)?)]);
            self.set(self.f.insts[i].result);
            self.check();
            return Ok(());
        }
        self.code.extend([I::LocalGet(gl), I::I32Load8U(mem(abi::GEN_CLOSING, 0))]);
        self.open_if();
        self.raise("GeneratorExit", None, span)?;
        self.close();
        Ok(())
    }

    /// The first and last number of the yields in `n`.
    fn yield_range(&self, n: &Node) -> Option<(u32, u32)> {
        let g = self.resume.as_ref()?;
        let mut inside = Vec::new();
        yields_in(self.f, std::slice::from_ref(n), &mut inside);
        Some((g.ids[inside.first()?], g.ids[inside.last()?]))
    }

    /// Resuming into `nodes` (a region after the code that leads into it):
    /// branch to the innermost open block, whose end is where it starts.
    fn resume_into(&mut self, nodes: &[Node]) {
        let Some(rs) = self.resume.as_ref().map(|g| g.rs) else { return };
        let range = nodes.iter().filter_map(|n| self.yield_range(n)).fold(None, |acc: Option<(u32, u32)>, (a, b)| Some(acc.map_or((a, b), |(x, y)| (x.min(a), y.max(b)))));
        if let Some((lo, hi)) = range {
            self.code.extend([I::LocalGet(rs), I::I32Const(lo as i32), I::I32Sub, I::I32Const((hi - lo + 1) as i32), I::I32LtU, I::BrIf(0)]);
        }
    }

    fn node(&mut self, n: &Node) -> R<()> {
        match n {
            Node::Insts(b) => {
                for &i in &self.f.blocks[*b].insts {
                    self.inst(i)?;
                }
            }
            Node::Block { label, body } => {
                self.open(Lab::Block(*label), BlockType::Empty, false);
                self.nodes(body)?;
                self.close();
            }
            Node::Loop { label, body } => {
                self.open(Lab::Loop(*label), BlockType::Empty, true);
                self.nodes(body)?;
                self.close();
            }
            Node::If { cond, then_, else_ } => {
                self.get(*cond);
                self.open_if();
                self.nodes(then_)?;
                self.emit_i(I::Else);
                self.nodes(else_)?;
                self.close();
            }
            Node::Edge { target, args, exit } => {
                let span = self.f.blocks[*target].span;
                self.pass_args(*target, args, span)?;
                self.exit(*exit)?;
            }
            // A generator's return ends it (its value is None).
            Node::Return(_) if self.f.generator => self.leave(FinExit::Return)?,
            // A coroutine's result is a JS value (converted here, where a
            // conversion's exception is raised).
            Node::Return(v) if self.f.is_async => {
                let span = self.f.span;
                self.push_js(*v, span)?;
                let h = self.ret.unwrap();
                self.put(h, Repr::Ref);
                self.check();
                self.leave(FinExit::Return)?;
            }
            Node::Return(v) => {
                let span = self.f.span;
                let ret_ty = self.f.ret.clone();
                self.operand(*v, &ret_ty, span)?;
                let h = self.ret.unwrap();
                self.put(h, Repr::of(&ret_ty));
                self.leave(FinExit::Return)?;
            }
            Node::Unreachable => {
                let m = self.p.cstr("unreachable code was reached");
                self.call_rt("pyrt_fatal", vec![Arg::I32(m)], false, self.f.span)?;
                self.emit_i(I::Unreachable);
            }
            Node::Try { body, handler, finally } => self.try_node(body, handler.as_deref(), finally.as_deref())?,
        }
        Ok(())
    }

    fn pass_args(&mut self, to: Block, args: &[Value], span: Span) -> R<()> {
        let f = self.f;
        let pairs: Vec<(Value, Value)> = args.iter().copied().zip(f.blocks[to].params.iter().copied()).filter(|&(_, p)| self.uses[p.index()] > 0 && self.hold[p.index()] != Hold::Nothing).collect();
        // Parallel assignment: every argument into a temporary first.
        let mut tmps = Vec::new();
        for &(a, p) in &pairs {
            let pty = self.ty(p).clone();
            self.operand(a, &pty, span)?;
            let t = self.temp(valtype(Repr::of(&pty)));
            self.emit_i(I::LocalSet(t));
            tmps.push(t);
        }
        for (&(_, p), t) in pairs.iter().zip(tmps) {
            self.emit_i(I::LocalGet(t));
            let repr = Repr::of(self.ty(p));
            self.put(self.hold[p.index()], repr);
        }
        Ok(())
    }

    /// Leave by a structured edge.
    fn exit(&mut self, exit: Exit) -> R<()> {
        match exit {
            Exit::Fallthrough => Ok(()),
            _ => self.leave(FinExit::Edge(exit)),
        }
    }

    /// Take an exit, through the finally of the innermost region it leaves.
    fn leave(&mut self, exit: FinExit) -> R<()> {
        let target = match &exit {
            FinExit::Return => 0,
            FinExit::Edge(Exit::Break(b)) => self.labels.iter().rposition(|l| *l == Lab::Block(*b)).ok_or_else(|| Diagnostic::bug(self.f.span, "wasm backend: a break to no open block"))?,
            FinExit::Edge(Exit::Continue(b)) => self.labels.iter().rposition(|l| *l == Lab::Loop(*b)).ok_or_else(|| Diagnostic::bug(self.f.span, "wasm backend: a continue to no open loop"))?,
            FinExit::Edge(Exit::Fallthrough) => return Ok(()),
        };
        if self.fin_depth[target] < self.fins.len() {
            let k = self.fins.len() - 1;
            let fin = &mut self.fins[k];
            let id = match fin.exits.iter().position(|e| *e == exit) {
                Some(i) => i + 1,
                None => {
                    fin.exits.push(exit);
                    fin.exits.len()
                }
            };
            let (sel, label) = (fin.sel, fin.label);
            self.code.extend([I::I32Const(id as i32), I::LocalSet(sel)]);
            let d = self.depth_of(label);
            self.emit_i(I::Br(d));
            return Ok(());
        }
        let d = self.depth_of(target);
        self.emit_i(I::Br(d));
        Ok(())
    }

    fn try_node(&mut self, body: &[Node], handler: Option<&[Node]>, finally: Option<&[Node]>) -> R<()> {
        let Some(fin_nodes) = finally else {
            self.handled(body, handler)?;
            return Ok(());
        };
        // block $fin { block $landing { body; handler } exception path } finally; dispatch
        self.open(Lab::Other, BlockType::Empty, false);
        self.resume_into(fin_nodes);
        let sel = self.local(ValType::I32);
        let exc_root = self.root();
        self.fins.push(Fin { label: self.labels.len() - 1, sel, exits: Vec::new() });
        self.open(Lab::Other, BlockType::Empty, false);
        self.exc.push(self.labels.len() - 1);
        self.handled(body, handler)?;
        self.exc.pop();
        self.close();
        // An exception: keep it in a root while the finally runs.
        let e = self.sym("pyrt_exc");
        self.code.extend([I::LocalGet(self.rbase), I::I32Const(e as i32), I::I32Load(mem(0, 2)), I::I32Store(self.root_mem(exc_root))]);
        self.code.extend([I::I32Const(e as i32), I::I32Const(0), I::I32Store(mem(0, 2)), I::I32Const(0), I::LocalSet(sel)]);
        let fin = self.fins.pop().expect("pushed above");
        self.close();
        self.nodes(fin_nodes)?;
        // Where control was going.
        self.code.extend([I::LocalGet(sel), I::I32Eqz]);
        self.open_if();
        self.code.extend([I::I32Const(e as i32), I::LocalGet(self.rbase), I::I32Load(self.root_mem(exc_root)), I::I32Store(mem(0, 2))]);
        self.code.extend([I::LocalGet(self.rbase), I::I32Const(0), I::I32Store(self.root_mem(exc_root))]);
        self.br_exc();
        self.close();
        for (i, exit) in fin.exits.into_iter().enumerate() {
            self.code.extend([I::LocalGet(sel), I::I32Const(i as i32 + 1), I::I32Eq]);
            self.open_if();
            self.leave(exit)?;
            self.close();
        }
        self.emit_i(I::Unreachable);
        Ok(())
    }

    /// `body` with its exceptions going to `handler` (if any).
    fn handled(&mut self, body: &[Node], handler: Option<&[Node]>) -> R<()> {
        let Some(h) = handler else { return self.nodes(body) };
        self.open(Lab::Other, BlockType::Empty, false);
        self.resume_into(h);
        self.exc.push(self.labels.len() - 1);
        self.nodes(body)?;
        self.exc.pop();
        self.close();
        self.nodes(h)
    }

    // ---- calls ----

    /// Call runtime function `name` with `args`; `val_result`: it returns a
    /// `pyrt_val` (through a result cell, whose 8 bytes are pushed).
    fn call_rt(&mut self, name: &str, args: Vec<Arg>, val_result: bool, span: Span) -> R<()> {
        let f = self.p.func(name, span)?;
        let nvals = args.iter().filter(|a| matches!(a, Arg::Boxed(..))).count() as u32 + u32::from(val_result);
        if nvals > SCRATCH {
            return Err(unsupported(span, format!("a call of `{name}` with this many arguments")));
        }
        let expected = args.len() + usize::from(val_result);
        let (params, results) = self.p.rt.func_type(f).clone();
        if params.len() != expected || results.len() > 1 || (val_result && !results.is_empty()) {
            return Err(Diagnostic::bug(span, format!("wasm backend: the runtime's `{name}` takes {} values, not {expected}", params.len())));
        }
        // pyrt_val arguments into their cells first.
        let mut cell = u32::from(val_result);
        for a in &args {
            if let Arg::Boxed(v, t) = a {
                self.emit_i(I::LocalGet(self.fp));
                self.push_val(*v, t, span)?;
                self.emit_i(I::I64Store(mem((abi::FRAME_HEAD + 8 * cell) as u64, 3)));
                cell += 1;
            }
        }
        if val_result {
            self.code.extend([I::LocalGet(self.fp), I::I32Const(abi::FRAME_HEAD as i32), I::I32Add]);
        }
        let mut cell = u32::from(val_result);
        for a in args {
            match a {
                Arg::V(v, t) => self.operand(v, &t, span)?,
                Arg::Boxed(..) => {
                    self.code.extend([I::LocalGet(self.fp), I::I32Const((abi::FRAME_HEAD + 8 * cell) as i32), I::I32Add]);
                    cell += 1;
                }
                Arg::IntAsFloat(v) => {
                    self.get(v);
                    self.emit_i(I::F64ConvertI64S);
                }
                Arg::I32(x) => self.emit_i(I::I32Const(x as i32)),
                Arg::I64(x) => self.emit_i(I::I64Const(x)),
            }
        }
        self.emit_i(I::Call(f));
        if val_result {
            self.code.extend([I::LocalGet(self.fp), I::I64Load(mem(abi::FRAME_HEAD as u64, 3))]);
        } else if results.is_empty() {
            // A void function: its "result" is None.
            self.emit_i(I::I32Const(0));
        }
        Ok(())
    }

    // ---- instructions ----

    fn inst(&mut self, i: Inst) -> R<()> {
        let f = self.f;
        let inst = &f.insts[i];
        let span = inst.span;
        let a = &inst.args;
        let r = inst.result;
        let rty = r.map(|r| self.ty(r).clone()).unwrap_or(Type::None);
        if let Some(rv) = r
            && self.uses[rv.index()] == 0
            && inst.op.unused_result_removable()
        {
            return Ok(());
        }
        match &inst.op {
            Op::Const(c) => {
                self.constant(c, &rty, span)?;
                self.set(r);
            }
            Op::Undef => {
                self.emit_i(zero(Repr::of(&rty)));
                self.set(r);
            }
            Op::Copy | Op::Downcast(_) => {
                self.operand(a[0], &rty, span)?;
                if matches!(rty, Type::Either(_)) && !matches!(self.ty(a[0]), Type::Either(_)) {
                    let t = self.temp(ValType::I32);
                    self.emit_i(I::LocalSet(t));
                    self.check();
                    self.emit_i(I::LocalGet(t));
                }
                self.set(r);
            }
            Op::Select => {
                self.operand(a[1], &rty, span)?;
                self.operand(a[2], &rty, span)?;
                self.get(a[0]);
                self.emit_i(I::Select);
                self.set(r);
            }
            Op::Call(callee) => {
                let cf = &self.p.m.funcs[*callee];
                if let Some(parent) = cf.parent {
                    self.env_for(parent);
                }
                for (&x, &p) in a.iter().zip(cf.params()) {
                    self.operand(x, &cf.values[p].ty, span)?;
                }
                self.emit_i(I::Call(self.p.program_func(*callee)));
                self.convert_top(&cf.call_ret(), &rty, span)?;
                self.set(r);
                self.check();
            }
            Op::CallSlot { name, on_class } => self.call_slot(a, name, *on_class, r, &rty, span)?,
            Op::LoadGlobal(g) => {
                let global = &self.p.m.globals[*g];
                let (slot, flag) = self.p.global_addr[g.index()];
                if global.checked {
                    self.code.extend([I::I32Const(flag as i32), I::I32Load8U(mem(0, 0)), I::I32Eqz]);
                    self.open_if();
                    self.raise("NameError", Some(&format!("name '{}' is not defined", global.name)), span)?;
                    self.close();
                }
                self.load_at(slot, Repr::of(&global.ty));
                self.convert_top(&global.ty.clone(), &rty, span)?;
                self.set(r);
            }
            Op::StoreGlobal(g) => {
                let global = &self.p.m.globals[*g];
                let (slot, flag) = self.p.global_addr[g.index()];
                self.emit_i(I::I32Const(slot as i32));
                self.operand(a[0], &global.ty.clone(), span)?;
                self.store(Repr::of(&global.ty), 0);
                if global.checked {
                    self.code.extend([I::I32Const(flag as i32), I::I32Const(1), I::I32Store8(mem(0, 0))]);
                }
            }
            Op::CheckDefined { name, global } => {
                let (cls, msg) = if *global {
                    ("NameError", format!("name '{name}' is not defined"))
                } else {
                    ("UnboundLocalError", format!("cannot access local variable '{name}' where it is not associated with a value"))
                };
                self.get(a[0]);
                self.emit_i(I::I32Eqz);
                self.open_if();
                self.raise(cls, Some(&msg), span)?;
                self.close();
            }
            // The slots of a function that defines nested ones are its closure frame's.
            Op::LoadSlot { slot, name } if self.cframe.is_some() => {
                self.frame_slot_load(self.id, *slot, &format!("cannot access local variable '{name}' where it is not associated with a value"), "UnboundLocalError", span)?;
                self.convert_top(&f.slots[*slot as usize].1.clone(), &rty, span)?;
                self.set(r);
            }
            Op::StoreSlot(slot) if self.cframe.is_some() => self.frame_slot_store(self.id, *slot, a[0], span)?,
            Op::LoadSlot { slot, name } => {
                let k = *slot as usize;
                let (h, flag) = self.slot_hold[k];
                self.code.extend([I::LocalGet(flag), I::I32Eqz]);
                self.open_if();
                self.raise("UnboundLocalError", Some(&format!("cannot access local variable '{name}' where it is not associated with a value")), span)?;
                self.close();
                match h {
                    Hold::Nothing => self.emit_i(I::I32Const(0)),
                    Hold::Local(l, _) => self.emit_i(I::LocalGet(l)),
                    Hold::Root(k) => self.code.extend([I::LocalGet(self.rbase), I::I32Load(self.root_mem(k))]),
                }
                self.convert_top(&f.slots[k].1.clone(), &rty, span)?;
                self.set(r);
            }
            Op::StoreSlot(slot) => {
                let k = *slot as usize;
                let (h, flag) = self.slot_hold[k];
                let sty = f.slots[k].1.clone();
                self.operand(a[0], &sty, span)?;
                self.put(h, Repr::of(&sty));
                self.code.extend([I::I32Const(1), I::LocalSet(flag)]);
            }
            Op::Raise { class, message } => self.raise(class, if message.is_empty() { None } else { Some(message) }, span)?,
            Op::Unwrap { class, message } => {
                self.is_none_test(a[0]);
                self.open_if();
                self.raise(class, if message.is_empty() { None } else { Some(message) }, span)?;
                self.close();
                self.get(a[0]);
                self.set(r);
            }
            Op::UnwrapOr(c) => {
                self.constant(c, &rty, span)?;
                self.get(a[0]);
                self.is_none_test(a[0]);
                self.emit_i(I::Select);
                self.set(r);
            }
            Op::Is => {
                let (ta, tb) = (self.ty(a[0]), self.ty(a[1]));
                if *ta == Type::None {
                    self.is_none_test(a[1]);
                } else if *tb == Type::None {
                    self.is_none_test(a[0]);
                } else if Repr::of(ta) == Repr::of(tb) && matches!(Repr::of(ta), Repr::Ref | Repr::Bool) {
                    self.get(a[0]);
                    self.get(a[1]);
                    self.emit_i(I::I32Eq);
                } else {
                    return Err(unsupported(span, format!("`is` between {ta} and {tb}")));
                }
                self.set(r);
            }
            Op::BuildList | Op::BuildTuple => {
                let rv = r.ok_or_else(|| Diagnostic::bug(span, "wasm backend: a build without a result"))?;
                let is_list = matches!(rty, Type::List(_));
                if let Type::List(elem) = &rty {
                    let d = self.p.desc(elem, span)?;
                    self.call_rt("pyrt_list_new", vec![Arg::I32(d), Arg::I64(a.len() as i64)], false, span)?;
                } else {
                    let d = self.p.desc(&rty, span)?;
                    self.call_rt("pyrt_tuple_new", vec![Arg::I32(d), Arg::I64(a.len() as i64)], false, span)?;
                }
                self.set(r);
                self.check();
                for (k, &x) in a.iter().enumerate() {
                    let et = match &rty {
                        Type::List(e) => (**e).clone(),
                        Type::Tuple(es) => es.get(k).cloned().unwrap_or(Type::Unknown),
                        _ => self.ty(x).clone(),
                    };
                    if matches!(et, Type::Either(_)) && !matches!(self.ty(x), Type::Either(_)) {
                        // Boxing allocates: box first, then store.
                        self.operand(x, &et, span)?;
                        let t = self.temp(ValType::I32);
                        self.emit_i(I::LocalSet(t));
                        self.check();
                        self.get(rv);
                        if is_list {
                            self.emit_i(I::I32Load(mem(abi::LIST_ITEMS, 2)));
                        }
                        self.emit_i(I::LocalGet(t));
                        self.emit_i(I::I64ExtendI32U);
                    } else {
                        self.get(rv);
                        if is_list {
                            self.emit_i(I::I32Load(mem(abi::LIST_ITEMS, 2)));
                        }
                        self.push_val(x, &et, span)?;
                    }
                    let off = if is_list { 8 * k as u64 } else { abi::TUPLE_ITEMS + 8 * k as u64 };
                    self.emit_i(I::I64Store(mem(off, 3)));
                }
            }
            Op::TupleGet(k) => {
                self.get(a[0]);
                self.emit_i(I::I64Load(mem(abi::TUPLE_ITEMS + 8 * *k as u64, 3)));
                self.narrow(&rty);
                self.set(r);
            }
            Op::IterNext => {
                self.call_rt("pyrt_iter_next", vec![Arg::V(a[0], self.ty(a[0]).clone())], false, span)?;
                self.set(r);
                self.check();
            }
            Op::IterValue => {
                self.get(a[0]);
                self.emit_i(I::I64Load(mem(abi::ITER_CUR, 3)));
                self.narrow(&rty);
                self.set(r);
            }
            Op::ClassRef(c) => {
                let t = self.p.class_type(*c, span)?;
                self.emit_i(I::I32Const(t as i32));
                self.set(r);
            }
            Op::ClassOf => {
                self.get(a[0]);
                self.emit_i(I::I32Load(mem(abi::OBJ_TYPE, 2)));
                self.set(r);
            }
            Op::ClassName => {
                self.call_rt("pyrt_class_name", vec![Arg::V(a[0], self.ty(a[0]).clone())], false, span)?;
                self.set(r);
                self.check();
            }
            Op::IsInstance(c) => {
                if let Some(holders) = self.p.m.mixin_holders(*c) {
                    // A mixin: the classes that have it, by exact type.
                    let t = self.temp(ValType::I32);
                    self.get(a[0]);
                    self.code.extend([I::LocalTee(t), I::I32Eqz, I::If(BlockType::Result(ValType::I32)), I::I32Const(0), I::Else]);
                    self.code.extend([I::LocalGet(t), I::I32Load(mem(abi::OBJ_TYPE, 2)), I::LocalSet(t), I::I32Const(0)]);
                    for h in holders {
                        let a = self.p.class_type(h, span)?;
                        self.code.extend([I::LocalGet(t), I::I32Const(a as i32), I::I32Eq, I::I32Or]);
                    }
                    self.emit_i(I::End);
                    self.set(r);
                    return Ok(());
                }
                let t = self.p.class_type(*c, span)?;
                self.call_rt("pyrt_isinstance", vec![Arg::V(a[0], self.ty(a[0]).clone()), Arg::I32(t)], false, span)?;
                self.set(r);
            }
            Op::Alloc(c) => {
                let rv = r.ok_or_else(|| Diagnostic::bug(span, "wasm backend: alloc without a result"))?;
                self.uses[rv.index()] += 1;
                let t = self.p.class_type(*c, span)?;
                self.call_rt("pyrt_new", vec![Arg::I32(t)], false, span)?;
                self.set(r);
                self.check();
                if !a.is_empty() {
                    self.exc_args(rv, a, span)?;
                }
            }
            Op::AllocOf => {
                let rv = r.ok_or_else(|| Diagnostic::bug(span, "wasm backend: alloc_of without a result"))?;
                self.uses[rv.index()] += 1;
                self.call_rt("pyrt_new", vec![Arg::V(a[0], self.ty(a[0]).clone())], false, span)?;
                self.set(r);
                self.check();
                if a.len() > 1 {
                    self.exc_args(rv, &a[1..], span)?;
                }
            }
            Op::Field(name) | Op::SetField(name) => {
                let Some(c) = class_of(self.ty(a[0])) else {
                    return Err(unsupported(span, format!("the attribute `{name}` of a value of type {}", self.ty(a[0]))));
                };
                let Some((off, fty)) = self.p.layouts[c.index()].field(name).map(|(o, t)| (o, t.clone())) else {
                    return Err(Diagnostic::bug(span, format!("wasm backend: no field `{name}` in the layout of {}", self.p.m.classes[c].name)));
                };
                // A field that is also a class attribute: its flag says whether the instance has its own.
                let flag = self.p.layouts[c.index()].field(&format!("{name}.set")).map(|(o, _)| o as u64);
                if let Op::SetField(_) = &inst.op {
                    self.get(a[0]);
                    self.operand(a[1], &fty, span)?;
                    self.store(Repr::of(&fty), off as u64);
                    if let Some(o) = flag {
                        self.get(a[0]);
                        self.code.extend([I::I32Const(1), I::I32Store8(mem(o, 0))]);
                    }
                } else if let Some(o) = flag {
                    let (k, aty) = self.cattr(name, span)?;
                    self.get(a[0]);
                    self.emit_i(I::I32Load8U(mem(o, 0)));
                    self.open_if();
                    self.get(a[0]);
                    self.load_rel(Repr::of(&fty), off as u64);
                    self.convert_top(&fty, &rty, span)?;
                    self.set(r);
                    self.emit_i(I::Else);
                    self.get(a[0]);
                    self.emit_i(I::I32Load(mem(abi::OBJ_TYPE, 2)));
                    let t = self.temp(ValType::I32);
                    self.emit_i(I::LocalSet(t));
                    self.class_attr(t, k, name, &aty, true, span)?;
                    self.convert_top(&aty, &rty, span)?;
                    self.set(r);
                    self.close();
                } else {
                    self.get(a[0]);
                    self.load_rel(Repr::of(&fty), off as u64);
                    self.convert_top(&fty, &rty, span)?;
                    self.set(r);
                }
            }
            Op::ExcInit => self.exc_args(a[0], &a[1..], span)?,
            Op::Caught => {
                let e = self.sym("pyrt_exc");
                self.code.extend([I::I32Const(e as i32), I::I32Load(mem(0, 2))]);
                self.set(r);
                self.code.extend([I::I32Const(e as i32), I::I32Const(0), I::I32Store(mem(0, 2))]);
            }
            Op::Throw => {
                let e = self.sym("pyrt_exc");
                self.emit_i(I::I32Const(e as i32));
                self.get(a[0]);
                self.emit_i(I::I32Store(mem(0, 2)));
                self.br_exc();
            }
            Op::Method(mid) => self.method(*mid, a, r, &rty, span)?,
            Op::Prim(p) => self.prim(*p, a, r, span)?,
            Op::BuildDict => {
                let Type::Dict(kt, vt) = &rty else { return Err(Diagnostic::bug(span, "wasm backend: a dict display without a dict type")) };
                let rv = r.ok_or_else(|| Diagnostic::bug(span, "wasm backend: a dict display without a result"))?;
                self.uses[rv.index()] += 1;
                let d = self.p.desc(&rty, span)?;
                self.call_rt("pyrt_dict_new", vec![Arg::I32(d)], false, span)?;
                self.set(r);
                self.check();
                for kv in a.chunks(2) {
                    self.call_rt("pyrt_m_dict_setitem", vec![Arg::V(rv, rty.clone()), Arg::Boxed(kv[0], (**kt).clone()), Arg::Boxed(kv[1], (**vt).clone())], false, span)?;
                    self.emit_i(I::Drop);
                    self.check();
                }
            }
            Op::BuildSet => {
                let Type::Set(et) = &rty else { return Err(Diagnostic::bug(span, "wasm backend: a set display without a set type")) };
                let rv = r.ok_or_else(|| Diagnostic::bug(span, "wasm backend: a set display without a result"))?;
                self.uses[rv.index()] += 1;
                let ed = self.p.desc(et, span)?;
                self.call_rt("pyrt_list_new", vec![Arg::I32(ed), Arg::I64(a.len() as i64)], false, span)?;
                self.set(r);
                self.check();
                for (k, &x) in a.iter().enumerate() {
                    self.get(rv);
                    self.emit_i(I::I32Load(mem(abi::LIST_ITEMS, 2)));
                    self.push_val(x, et, span)?;
                    self.emit_i(I::I64Store(mem(8 * k as u64, 3)));
                }
                let consts = u32::from(self.f.is_constant_set_display(a));
                let sd = self.p.desc(&rty, span)?;
                self.call_rt("pyrt_set_build", vec![Arg::I32(sd), Arg::V(rv, rty.clone()), Arg::I32(consts)], false, span)?;
                self.set(r);
                self.check();
            }
            Op::Argv => {
                self.call_rt("pyrt_sys_argv", vec![], false, span)?;
                self.set(r);
                self.check();
            }
            Op::Yield => {
                let Type::Iter(elem) = &f.ret else { return Err(Diagnostic::bug(span, "wasm backend: a yield outside a generator")) };
                let gl = self.resume.as_ref().ok_or_else(|| Diagnostic::bug(span, "wasm backend: a yield outside a generator"))?.g;
                // The value into the iterator's `cur` (boxing may raise).
                let t = self.temp(ValType::I64);
                self.push_val(a[0], elem, span)?;
                self.emit_i(I::LocalSet(t));
                if matches!(**elem, Type::Either(_)) && !matches!(self.ty(a[0]), Type::Either(_)) {
                    self.check();
                }
                self.code.extend([I::LocalGet(gl), I::LocalGet(t), I::I64Store(mem(abi::ITER_CUR, 3))]);
                // What the yield gives back when resumed: None.
                if let Some(rv) = r
                    && self.uses[rv.index()] > 0
                {
                    self.emit_i(zero(Repr::of(&rty)));
                    self.set(r);
                }
                self.suspend(i);
            }
            Op::FuncRef(g) => {
                let callee = &self.p.m.funcs[*g];
                match callee.parent {
                    Some(parent) => {
                        let new = self.p.func("pyrt_func_new", span)?;
                        let code = self.p.table_index(self.p.program_func(*g));
                        let name = self.p.m.qualname(*g);
                        let name = self.p.cstr(&name);
                        self.emit_i(I::I32Const(code as i32));
                        self.env_for(parent);
                        self.code.extend([I::I32Const(name as i32), I::Call(new)]);
                        self.set(r);
                        self.check();
                    }
                    None => {
                        let a = self.p.func_value(*g, span)?;
                        self.emit_i(I::I32Const(a as i32));
                        self.set(r);
                    }
                }
            }
            // A bound method: its object is the environment; the wrapper dispatches.
            Op::CallValue if matches!(self.ty(a[0]), Type::Bound(..)) => {
                let Type::Bound(cref, name) = self.ty(a[0]) else { unreachable!() };
                let call = bound_call(self.p.m, cref.id(), name).map_err(|what| unsupported(span, what))?;
                let g = &self.p.m.funcs[call.first];
                self.get(a[0]);
                self.emit_i(I::I32Load(mem(abi::FUNC_ENV, 2)));
                for (&x, &p) in a[1..].iter().zip(&g.params()[1..]) {
                    self.operand(x, &g.values[p].ty, span)?;
                }
                self.call_func_object(a[0], &call.params, &call.ret, r, &rty, span)?;
            }
            Op::CallValue => {
                let Type::Func(ids) = self.ty(a[0]) else {
                    return Err(unsupported(span, format!("calling a value of type {}", self.ty(a[0]))));
                };
                let call = value_call(self.p.m, ids, a.len() - 1).map_err(|what| unsupported(span, what))?;
                let g = &self.p.m.funcs[call.first];
                self.get(a[0]);
                self.emit_i(I::I32Load(mem(abi::FUNC_ENV, 2)));
                for (&x, &p) in a[1..].iter().zip(g.params()) {
                    self.operand(x, &g.values[p].ty, span)?;
                }
                // Omitted arguments: the defaults every function the value may be shares.
                for (d, &p) in call.defaults.iter().zip(&g.params()[a.len() - 1..]) {
                    let pty = &g.values[p].ty;
                    match d {
                        DefaultArg::Const(c) => self.constant(c, pty, span)?,
                        DefaultArg::Global(gl) => {
                            let gty = self.p.m.globals[*gl].ty.clone();
                            self.load_at(self.p.global_addr[gl.index()].0, Repr::of(&gty));
                            self.convert_top(&gty, pty, span)?;
                        }
                    }
                }
                let params: Vec<Repr> = g.params().iter().map(|&p| Repr::of(&g.values[p].ty)).collect();
                self.call_func_object(a[0], &params, &g.call_ret(), r, &rty, span)?;
            }
            Op::BindMethod(n) => {
                let Some(c) = class_of(self.ty(a[0])) else {
                    return Err(unsupported(span, format!("the bound method `{n}` of a value of type {}", self.ty(a[0]))));
                };
                let call = bound_call(self.p.m, c, n).map_err(|what| unsupported(span, what))?;
                let k = self.p.vtable_slot(n);
                let w = self.p.bound_wrapper(k, call.params, Repr::of(&call.ret));
                let qual = format!("{}.{n}", self.p.m.classes[c].name);
                let qual = self.p.cstr(&qual);
                let new = self.p.func("pyrt_func_new", span)?;
                self.emit_i(I::I32Const(w as i32));
                self.get(a[0]);
                self.code.extend([I::I32Const(qual as i32), I::Call(new)]);
                self.set(r);
                self.check();
            }
            Op::LoadOuter { func, slot, name } => {
                self.frame_slot_load(*func, *slot, &format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"), "NameError", span)?;
                self.convert_top(&self.p.m.funcs[*func].slots[*slot as usize].1.clone(), &rty, span)?;
                self.set(r);
            }
            Op::StoreOuter { func, slot } => self.frame_slot_store(*func, *slot, a[0], span)?,
            Op::ClassAttr(n) => {
                let (k, aty) = self.cattr(n, span)?;
                let t = self.temp(ValType::I32);
                self.get(a[0]);
                self.emit_i(I::LocalSet(t));
                self.class_attr(t, k, n, &aty, false, span)?;
                self.convert_top(&aty, &rty, span)?;
                self.set(r);
            }
            Op::SetClassAttr(n) => {
                let (k, aty) = self.cattr(n, span)?;
                let x = self.temp(ValType::I64);
                self.push_val(a[1], &aty, span)?;
                self.emit_i(I::LocalSet(x));
                if matches!(aty, Type::Either(_)) && !matches!(self.ty(a[1]), Type::Either(_)) {
                    self.check();
                }
                let ca = self.temp(ValType::I32);
                self.get(a[0]);
                self.code.extend([I::I32Load(mem(abi::TYPE_VTABLE, 2)), I::I32Load(mem(4 * k as u64, 2)), I::LocalTee(ca), I::LocalGet(x), I::I64Store(mem(abi::CATTR_V, 3))]);
                self.code.extend([I::LocalGet(ca), I::I32Const(1), I::I32Store8(mem(abi::CATTR_DEFINED, 0))]);
            }
            // b.rname(b, a) when b's class is a proper subclass of a's that
            // overrides rname (has it, for a comparison), else a.name(a, b).
            Op::DispatchBinary { name, rname } => {
                let ret = dispatch_binary_ret(self.p.m, name, rname).map_err(|what| unsupported(span, what))?;
                let (nk, rk) = (self.p.vtable_slot(name) as u64, self.p.vtable_slot(rname) as u64);
                let subtype = self.p.func("pyrt_is_subtype", span)?;
                let (ta, tb, rf) = (self.temp(ValType::I32), self.temp(ValType::I32), self.temp(ValType::I32));
                self.get(a[0]);
                self.code.extend([I::I32Load(mem(abi::OBJ_TYPE, 2)), I::LocalSet(ta)]);
                self.get(a[1]);
                self.code.extend([I::I32Load(mem(abi::OBJ_TYPE, 2)), I::LocalTee(tb), I::I32Load(mem(abi::TYPE_VTABLE, 2)), I::I32Load(mem(4 * rk, 2)), I::LocalSet(rf)]);
                self.code.extend([I::LocalGet(tb), I::LocalGet(ta), I::I32Ne, I::LocalGet(tb), I::LocalGet(ta), I::Call(subtype), I::I32Const(0), I::I32Ne, I::I32And, I::LocalGet(rf), I::I32Const(0), I::I32Ne, I::I32And]);
                // A comparison asks the subclass first whenever it has the reflected method, inherited or not.
                if !pyrt_ir::module::is_comparison(rname) {
                    self.code.extend([I::LocalGet(rf), I::LocalGet(ta), I::I32Load(mem(abi::TYPE_VTABLE, 2)), I::I32Load(mem(4 * rk, 2)), I::I32Ne, I::I32And]);
                }
                let ti = self.p.type_index(vec![ValType::I32, ValType::I32], vec![valtype(Repr::of(&ret))]);
                self.emit_i(I::If(BlockType::Result(valtype(Repr::of(&ret)))));
                self.get(a[1]);
                self.get(a[0]);
                self.code.extend([I::LocalGet(rf), I::CallIndirect { type_index: ti, table_index: 0 }, I::Else]);
                self.get(a[0]);
                self.get(a[1]);
                self.code.extend([I::LocalGet(ta), I::I32Load(mem(abi::TYPE_VTABLE, 2)), I::I32Load(mem(4 * nk, 2)), I::CallIndirect { type_index: ti, table_index: 0 }, I::End]);
                self.convert_top(&ret, &rty, span)?;
                self.set(r);
                self.check();
            }
            Op::ModuleRef(m) => return Err(unsupported(span, format!("the module `{m}`"))),
            Op::Js(JsOp::Await) => {
                // The awaited JS value into the coroutine's `cur`; the result
                // is set where it resumes (`resumed`).
                let gl = self.resume.as_ref().ok_or_else(|| Diagnostic::bug(span, "wasm backend: an await outside an async function"))?.g;
                self.emit_i(I::LocalGet(gl));
                self.operand(a[0], &Type::Js, span)?;
                self.code.extend([I::I64ExtendI32U, I::I64Store(mem(abi::ITER_CUR, 3))]);
                self.suspend(i);
            }
            Op::Js(op) => self.js_op(op, a, r, span)?,
            op => return Err(Diagnostic::bug(span, format!("wasm backend: unexpected op {op:?} after lowering"))),
        }
        Ok(())
    }

    /// An operation on JS values: a call of `runtime/wasm/interop.c`, whose
    /// JS values are `pyrt_js` objects (None for null and undefined); a
    /// call's arguments go through `pyrt_js_argv`, which the callee reads
    /// before anything else runs.
    fn js_op(&mut self, op: &JsOp, a: &[Value], r: Option<Value>, span: Span) -> R<()> {
        let name = |s: &str| Const::Str(s.into());
        let (rt, consts, args): (&str, Option<Const>, &[Value]) = match op {
            JsOp::Global(n) => ("pyrt_js_global", Some(name(n)), &[]),
            JsOp::Get(n) => ("pyrt_js_get", Some(name(n)), &a[..1]),
            JsOp::Set(n) => ("pyrt_js_set", Some(name(n)), &a[..1]),
            JsOp::GetItem => ("pyrt_js_getitem", None, a),
            JsOp::SetItem => ("pyrt_js_setitem", None, a),
            JsOp::Call => ("pyrt_js_call", None, &a[..1]),
            JsOp::CallMethod(n) => ("pyrt_js_call_method", Some(name(n)), &a[..1]),
            JsOp::New => ("pyrt_js_new", None, &a[..1]),
            JsOp::Len => ("pyrt_js_len", None, a),
            JsOp::Iter => ("pyrt_js_iter_new", None, a),
            JsOp::Truth => ("pyrt_js_truth", None, a),
            JsOp::Eq => ("pyrt_js_eq", None, a),
            JsOp::Str => ("pyrt_js_str", None, a),
            JsOp::ToInt => ("pyrt_js_to_int", None, a),
            JsOp::ToFloat => ("pyrt_js_to_float", None, a),
            JsOp::IsNone => {
                self.get(a[0]);
                self.emit_i(I::I32Eqz);
                self.set(r);
                return Ok(());
            }
            JsOp::Out => return self.js_out(a[0], r, span),
            JsOp::Await => return Err(Diagnostic::bug(span, "wasm backend: await is not a call")),
        };
        // A call's arguments (after the callee) into pyrt_js_argv.
        let passed = match op {
            JsOp::Call | JsOp::CallMethod(_) | JsOp::New => Some(&a[1..]),
            _ => None,
        };
        if let Some(passed) = passed {
            if passed.len() > abi::JS_MAX_ARGS as usize {
                return Err(unsupported(span, format!("a JS call with {} arguments", passed.len())));
            }
            let argv = self.p.sym("pyrt_js_argv", span)?;
            for (k, &x) in passed.iter().enumerate() {
                self.emit_i(I::I32Const((argv + 4 * k as u32) as i32));
                self.operand(x, &Type::Js, span)?;
                self.emit_i(I::I32Store(mem(0, 2)));
            }
        }
        for &x in args {
            self.operand(x, &Type::Js, span)?;
        }
        if let Some(c) = consts {
            self.constant(&c, &Type::Str, span)?;
        }
        if let JsOp::Set(_) = op {
            self.operand(a[1], &Type::Js, span)?;
        }
        if let Some(passed) = passed {
            self.emit_i(I::I32Const(passed.len() as i32));
        }
        let f = self.p.func(rt, span)?;
        self.emit_i(I::Call(f));
        if op.result().is_some() {
            self.set(r);
        }
        self.check();
        Ok(())
    }

    /// A Python value into JS: by its JS descriptor (`interop.mjs` reads it).
    fn js_out(&mut self, v: Value, r: Option<Value>, span: Span) -> R<()> {
        self.push_js(v, span)?;
        self.set(r);
        if !matches!(self.ty(v), Type::Js) {
            self.check();
        }
        Ok(())
    }

    /// Push `v` converted to a JS value (the caller checks for an exception).
    fn push_js(&mut self, v: Value, span: Span) -> R<()> {
        let t = self.ty(v).clone();
        if matches!(t, Type::Js) {
            self.get(v);
            return Ok(());
        }
        let d = self.p.js_desc(&t, span)?;
        self.emit_i(I::I32Const(d as i32));
        self.push_val(v, &t, span)?;
        let f = self.p.func("pyrt_js_out", span)?;
        self.emit_i(I::Call(f));
        Ok(())
    }

    fn constant(&mut self, c: &Const, ty: &Type, span: Span) -> R<()> {
        match c {
            Const::None => self.none_of(ty),
            Const::Bool(x) => self.emit_i(I::I32Const(*x as i32)),
            Const::Int(n) if *n == i64::MIN => return Err(unsupported(span, "the int -2**63")),
            Const::Int(n) => self.emit_i(I::I64Const(*n)),
            Const::Float(x) => self.emit_i(I::F64Const((*x).into())),
            Const::Str(s) => {
                let k = self.p.str_const(s);
                self.code.extend([I::I32Const(k as i32), I::I32Load(mem(0, 2))]);
            }
        }
        Ok(())
    }

    /// Load a value held as `r` from the absolute address `addr`.
    fn load_at(&mut self, addr: u32, r: Repr) {
        self.emit_i(I::I32Const(addr as i32));
        self.load_rel(r, 0);
    }

    fn load_rel(&mut self, r: Repr, off: u64) {
        self.emit_i(match r {
            Repr::Int => I::I64Load(mem(off, 3)),
            Repr::Float => I::F64Load(mem(off, 3)),
            Repr::Ref => I::I32Load(mem(off, 2)),
            Repr::Bool | Repr::None => I::I32Load8U(mem(off, 0)),
        });
    }

    fn store(&mut self, r: Repr, off: u64) {
        self.emit_i(match r {
            Repr::Int => I::I64Store(mem(off, 3)),
            Repr::Float => I::F64Store(mem(off, 3)),
            Repr::Ref => I::I32Store(mem(off, 2)),
            Repr::Bool | Repr::None => I::I32Store8(mem(off, 0)),
        });
    }

    /// `exc.args = tuple(args)`.
    fn exc_args(&mut self, exc: Value, args: &[Value], span: Span) -> R<()> {
        let tys: Vec<Type> = args.iter().map(|&x| self.ty(x).clone()).collect();
        let d = self.p.desc(&Type::Tuple(tys.clone()), span)?;
        self.call_rt("pyrt_tuple_new", vec![Arg::I32(d), Arg::I64(args.len() as i64)], false, span)?;
        let t = self.temp(ValType::I32);
        self.emit_i(I::LocalSet(t));
        self.check();
        for (k, (&x, ty)) in args.iter().zip(&tys).enumerate() {
            self.emit_i(I::LocalGet(t));
            self.push_val(x, ty, span)?;
            self.emit_i(I::I64Store(mem(abi::TUPLE_ITEMS + 8 * k as u64, 3)));
        }
        self.get(exc);
        self.emit_i(I::LocalGet(t));
        self.emit_i(I::I32Store(mem(abi::EXC_ARGS, 2)));
        Ok(())
    }

    /// The vtable slot of class attribute `name` and its type.
    fn cattr(&mut self, name: &str, span: Span) -> R<(usize, Type)> {
        let Some(t) = cattr_type(&self.p.layouts, name) else {
            return Err(unsupported(span, format!("the class attribute `{name}`, which classes hold differently")));
        };
        Ok((self.p.vtable_slot(&format!("@{name}")), t))
    }

    /// Push class attribute `name` (vtable slot `k`, type `t`) of the class in
    /// local `class`, or of a base; AttributeError where none has it.
    fn class_attr(&mut self, class: u32, k: usize, name: &str, t: &Type, of_instance: bool, span: Span) -> R<()> {
        let f = self.p.func("pyrt_class_attr", span)?;
        let name = self.p.cstr(name);
        let ca = self.temp(ValType::I32);
        self.code.extend([I::LocalGet(class), I::I32Const(k as i32), I::I32Const(name as i32), I::I32Const(i32::from(of_instance)), I::Call(f), I::LocalTee(ca), I::I32Eqz]);
        self.open_if();
        self.br_exc();
        self.close();
        self.code.extend([I::LocalGet(ca), I::I64Load(mem(abi::CATTR_V, 3))]);
        self.narrow(t);
        Ok(())
    }

    /// Push the closure frame of `target`: this function's, or that of one
    /// it is nested in (up the chain from its environment).
    fn env_for(&mut self, target: FuncId) {
        if target == self.id {
            match self.cframe {
                Some(c) => self.code.extend([I::LocalGet(self.rbase), I::I32Load(self.root_mem(c))]),
                None => self.emit_i(I::I32Const(0)),
            }
            return;
        }
        match self.env {
            Some(e) => self.code.extend([I::LocalGet(self.rbase), I::I32Load(self.root_mem(e))]),
            None => self.emit_i(I::I32Const(0)),
        }
        let mut cur = self.f.parent;
        while let Some(c) = cur {
            if c == target {
                break;
            }
            self.emit_i(I::I32Load(mem(abi::CFRAME_UP, 2)));
            cur = self.p.m.funcs[c].parent;
        }
    }

    /// Push slot `k` of function `func`'s closure frame (this function's or an
    /// enclosing one's), raising `class` with `msg` when it has no value.
    fn frame_slot_load(&mut self, func: FuncId, k: u32, msg: &str, class: &str, span: Span) -> R<()> {
        let t = self.p.m.funcs[func].slots[k as usize].1.clone();
        let frame = self.temp(ValType::I32);
        self.env_for(func);
        self.emit_i(I::LocalSet(frame));
        self.code.extend([I::LocalGet(frame), I::I32Load(mem(abi::CFRAME_DEFINED, 2)), I::I32Load8U(mem(k as u64, 0)), I::I32Eqz]);
        self.open_if();
        self.raise(class, Some(msg), span)?;
        self.close();
        self.code.extend([I::LocalGet(frame), I::I64Load(mem(abi::CFRAME_V + 8 * k as u64, 3))]);
        self.narrow(&t);
        Ok(())
    }

    /// Assign `v` to slot `k` of function `func`'s closure frame.
    fn frame_slot_store(&mut self, func: FuncId, k: u32, v: Value, span: Span) -> R<()> {
        let t = self.p.m.funcs[func].slots[k as usize].1.clone();
        let x = self.temp(ValType::I64);
        self.push_val(v, &t, span)?;
        self.emit_i(I::LocalSet(x));
        if matches!(t, Type::Either(_)) && !matches!(self.ty(v), Type::Either(_)) {
            self.check();
        }
        let frame = self.temp(ValType::I32);
        self.env_for(func);
        self.emit_i(I::LocalSet(frame));
        self.code.extend([I::LocalGet(frame), I::LocalGet(x), I::I64Store(mem(abi::CFRAME_V + 8 * k as u64, 3))]);
        self.code.extend([I::LocalGet(frame), I::I32Load(mem(abi::CFRAME_DEFINED, 2)), I::I32Const(1), I::I32Store8(mem(k as u64, 0))]);
        Ok(())
    }

    /// Call function object `fv` (code taking its environment first), whose
    /// environment and arguments (held as `params`) are on the stack; its
    /// result is held as `ret`.
    fn call_func_object(&mut self, fv: Value, params: &[Repr], ret: &Type, r: Option<Value>, rty: &Type, span: Span) -> R<()> {
        self.get(fv);
        self.emit_i(I::I32Load(mem(abi::FUNC_CODE, 2)));
        let ptys: Vec<ValType> = std::iter::once(ValType::I32).chain(params.iter().map(|&p| valtype(p))).collect();
        let ti = self.p.type_index(ptys, vec![valtype(Repr::of(ret))]);
        self.emit_i(I::CallIndirect { type_index: ti, table_index: 0 });
        self.convert_top(ret, rty, span)?;
        self.set(r);
        self.check();
        Ok(())
    }

    fn call_slot(&mut self, a: &[Value], name: &str, on_class: bool, r: Option<Value>, rty: &Type, span: Span) -> R<()> {
        let SlotCall { first: f0, params: first, ret } = slot_call(self.p.m, self.ty(a[0]), on_class, name).map_err(|what| unsupported(span, what))?;
        let g = &self.p.m.funcs[f0];
        let k = self.p.vtable_slot(name);
        for (&x, &p) in a[1..].iter().zip(g.params()) {
            self.operand(x, &g.values[p].ty.clone(), span)?;
        }
        self.get(a[0]);
        if !on_class {
            self.emit_i(I::I32Load(mem(abi::OBJ_TYPE, 2)));
        }
        self.emit_i(I::I32Load(mem(abi::TYPE_VTABLE, 2)));
        self.emit_i(I::I32Load(mem(4 * k as u64, 2)));
        let results = vec![valtype(Repr::of(&ret))];
        let ti = self.p.type_index(first.iter().map(|r| valtype(*r)).collect(), results);
        self.emit_i(I::CallIndirect { type_index: ti, table_index: 0 });
        self.convert_top(&ret, rty, span)?;
        self.set(r);
        self.check();
        Ok(())
    }

    fn method(&mut self, mid: MethodId, a: &[Value], r: Option<Value>, rty: &Type, span: Span) -> R<()> {
        let m = mid.get();
        if let Some(what) = format_refusal(self.f, &self.p.layouts, m, a) {
            return Err(unsupported(span, what));
        }
        let a0 = |s: &Self| Arg::V(a[0], s.ty(a[0]).clone());
        match (m.recv, m.name) {
            (Recv::Any, "__repr__") | (Recv::Any, "__str__") => {
                let d = self.p.desc(self.ty(a[0]), span)?;
                let fname = if m.name == "__repr__" { "pyrt_repr" } else { "pyrt_to_str" };
                self.call_rt(fname, vec![Arg::I32(d), Arg::Boxed(a[0], self.ty(a[0]).clone())], false, span)?;
            }
            (Recv::Any, "__eq__") => {
                let d = self.p.desc(self.ty(a[0]), span)?;
                // (d->eq)(d, &a, &b): 1, 0, or -1 with pyrt_exc set.
                let t0 = self.ty(a[0]).clone();
                let t1 = self.ty(a[1]).clone();
                self.emit_i(I::LocalGet(self.fp));
                self.push_val(a[0], &t0, span)?;
                self.emit_i(I::I64Store(mem(abi::FRAME_HEAD as u64, 3)));
                self.emit_i(I::LocalGet(self.fp));
                self.push_val(a[1], &t1, span)?;
                self.emit_i(I::I64Store(mem(abi::FRAME_HEAD as u64 + 8, 3)));
                self.emit_i(I::I32Const(d as i32));
                self.code.extend([I::LocalGet(self.fp), I::I32Const(abi::FRAME_HEAD as i32), I::I32Add, I::LocalGet(self.fp), I::I32Const(abi::FRAME_HEAD as i32 + 8), I::I32Add]);
                self.code.extend([I::I32Const(d as i32), I::I32Load(mem(12, 2))]);
                let ti = self.p.type_index(vec![ValType::I32; 3], vec![ValType::I32]);
                self.emit_i(I::CallIndirect { type_index: ti, table_index: 0 });
                let t = self.temp(ValType::I32);
                self.code.extend([I::LocalTee(t), I::I32Const(0), I::I32LtS]);
                self.open_if();
                self.br_exc();
                self.close();
                self.emit_i(I::LocalGet(t));
                self.set(r);
                return Ok(());
            }
            (Recv::Sys, "exit") => {
                let t = self.p.sym("pyrt_t_SystemExit", span)?;
                self.call_rt("pyrt_exc_alloc", vec![Arg::I32(t)], false, span)?;
                let e = self.temp(ValType::I32);
                self.emit_i(I::LocalSet(e));
                self.check();
                // Rooted while the args tuple is made.
                let root = self.root();
                self.code.extend([I::LocalGet(self.rbase), I::LocalGet(e), I::I32Store(self.root_mem(root))]);
                let tys: Vec<Type> = a.iter().take(1).map(|&x| self.ty(x).clone()).collect();
                let d = self.p.desc(&Type::Tuple(tys.clone()), span)?;
                self.call_rt("pyrt_tuple_new", vec![Arg::I32(d), Arg::I64(tys.len() as i64)], false, span)?;
                let t = self.temp(ValType::I32);
                self.emit_i(I::LocalSet(t));
                self.check();
                if let Some(&x) = a.first() {
                    self.emit_i(I::LocalGet(t));
                    self.push_val(x, &tys[0], span)?;
                    self.emit_i(I::I64Store(mem(abi::TUPLE_ITEMS, 3)));
                }
                self.code.extend([I::LocalGet(self.rbase), I::I32Load(self.root_mem(root)), I::LocalGet(t), I::I32Store(mem(abi::EXC_ARGS, 2))]);
                let ex = self.sym("pyrt_exc");
                self.code.extend([I::I32Const(ex as i32), I::LocalGet(self.rbase), I::I32Load(self.root_mem(root)), I::I32Store(mem(0, 2))]);
                self.br_exc();
                return Ok(());
            }
            // weights and cum_weights are of any type: they come with their descriptors.
            (Recv::Random, "choices") => {
                let Type::List(elem) = rty else { return Err(Diagnostic::bug(span, "wasm backend: random.choices without a list type")) };
                let ed = self.p.desc(elem, span)?;
                let (t1, t2) = (self.ty(a[1]).clone(), self.ty(a[2]).clone());
                let (wd, cd) = (self.p.desc(&t1, span)?, self.p.desc(&t2, span)?);
                self.call_rt("pyrt_random_choices", vec![a0(self), Arg::Boxed(a[1], t1), Arg::I32(wd), Arg::Boxed(a[2], t2), Arg::I32(cd), Arg::V(a[3], Type::Int), Arg::I32(ed)], false, span)?;
            }
            (Recv::Tuple, "__getslice__") => {
                let d = self.p.desc(rty, span)?;
                let oi = Type::optional(Type::Int);
                self.call_rt("pyrt_tuple_slice", vec![a0(self), Arg::V(a[1], oi.clone()), Arg::V(a[2], oi.clone()), Arg::V(a[3], oi), Arg::I32(d)], false, span)?;
            }
            (Recv::List, "__unpack__") => {
                let d = self.p.desc(rty, span)?;
                self.call_rt("pyrt_list_unpack", vec![a0(self), Arg::V(a[1], self.ty(a[1]).clone()), Arg::I32(d)], false, span)?;
            }
            (Recv::Iter, "__dict__") => {
                let d = self.p.desc(rty, span)?;
                self.call_rt("pyrt_iter_dict", vec![a0(self), Arg::I32(d)], false, span)?;
            }
            (Recv::Any, "__inst_iter__") | (Recv::Any, "__zip__") => {
                let Type::Iter(elem) = rty else { return Err(Diagnostic::bug(span, "wasm backend: an iterator without an iterator type")) };
                let d = self.p.desc(elem, span)?;
                let name = if m.name == "__zip__" { "pyrt_iter_zip" } else { "pyrt_inst_iter_new" };
                self.call_rt(name, vec![a0(self), Arg::I32(d)], false, span)?;
            }
            (Recv::Iter, "__enumerate__") => {
                let Type::Iter(elem) = rty else { return Err(Diagnostic::bug(span, "wasm backend: enumerate without an iterator type")) };
                let d = self.p.desc(elem, span)?;
                self.call_rt("pyrt_iter_enumerate", vec![a0(self), Arg::V(a[1], Type::Int), Arg::I32(d)], false, span)?;
            }
            _ => return self.generic_method(mid, a, r, rty, span),
        }
        if matches!(rty, Type::None) {
            self.emit_i(I::Drop);
        } else {
            self.set(r);
        }
        self.check();
        Ok(())
    }

    /// A method-table entry the runtime defines as `pyrt_m_<rt>` (see the C
    /// backend's `generic_method`: the same arguments, held the same way).
    fn generic_method(&mut self, mid: MethodId, a: &[Value], r: Option<Value>, rty: &Type, span: Span) -> R<()> {
        let m = mid.get();
        if m.value {
            // A module constant: the runtime's macro, through its function in glue.c.
            self.call_rt(&format!("pyrt_wasm_value_{}", m.rt), vec![], false, span)?;
            self.set(r);
            if Repr::of(rty) == Repr::Ref {
                self.check();
            }
            return Ok(());
        }
        let name = format!("pyrt_m_{}", m.rt);
        if !self.p.rt.func_by_name.contains_key(&name) {
            return Err(unsupported(span, format!("`{}.{}`", m.recv.name(), m.name)));
        }
        let recv_ty = if m.recv.is_module() { None } else { a.first().map(|&x| self.ty(x).clone()) };
        let mut args = Vec::new();
        for (k, &x) in a.iter().enumerate() {
            let (target, boxed) = method_arg(m, k, recv_ty.as_ref(), rty);
            let target = target.unwrap_or_else(|| self.ty(x).clone());
            if target == Type::None && !matches!(self.ty(x), Type::None | Type::Optional(_)) {
                // A container holding None at most: a value of another type is never in it.
                return self.absent_lookup(mid, a, x, r, rty, span);
            }
            if boxed {
                args.push(Arg::Boxed(x, target));
            } else if *self.ty(x) == Type::Int && target == Type::Float {
                args.push(Arg::IntAsFloat(x));
            } else {
                args.push(Arg::V(x, target));
            }
        }
        if m.typed {
            let t = a.first().map(|&x| self.ty(x).clone()).ok_or_else(|| Diagnostic::bug(span, "wasm backend: a typed method without arguments"))?;
            let d = self.p.desc(&t, span)?;
            args.push(Arg::I32(d));
        }
        let boxed_result = matches!(m.ret, K::Elem | K::Val | K::ValOrDefault);
        self.call_rt(&name, args, boxed_result, span)?;
        match r {
            Some(_) if !matches!(rty, Type::None) => {
                if boxed_result {
                    self.narrow(rty);
                }
                self.set(r);
            }
            _ => self.emit_i(I::Drop),
        }
        if m.may_raise || m.stores || Repr::of(rty) == Repr::Ref {
            self.check();
        }
        Ok(())
    }

    /// A method-table call about value `x`, which its container cannot hold (`ir::layout::absent`).
    fn absent_lookup(&mut self, mid: MethodId, a: &[Value], x: Value, r: Option<Value>, rty: &Type, span: Span) -> R<()> {
        let m = mid.get();
        let xty = self.ty(x).clone();
        match absent(m) {
            Some(Absent::KeyError) => {
                let d = self.p.desc(&Type::Tuple(vec![xty.clone()]), span)?;
                self.call_rt("pyrt_key_error", vec![Arg::I32(d), Arg::Boxed(x, xty)], false, span)?;
                self.emit_i(I::Drop);
                self.br_exc();
            }
            Some(Absent::NotInList) => {
                let d = self.p.desc(&xty, span)?;
                self.call_rt("pyrt_not_in_list", vec![Arg::I32(d), Arg::Boxed(x, xty)], false, span)?;
                self.emit_i(I::Drop);
                self.br_exc();
            }
            Some(Absent::NotRemoved) => self.raise("ValueError", Some("list.remove(x): x not in list"), span)?,
            Some(Absent::False) => {
                self.emit_i(I::I32Const(0));
                self.set(r);
            }
            Some(Absent::Zero) => {
                self.emit_i(I::I64Const(0));
                self.set(r);
            }
            Some(Absent::Nothing) => {}
            Some(Absent::Default) => {
                self.operand(a[2], rty, span)?;
                self.set(r);
            }
            None => return Err(unsupported(span, format!("`{}.{}` of a value of type `{xty}` in a container that holds None at most", m.recv.name(), m.name))),
        }
        Ok(())
    }

    fn prim(&mut self, p: Prim, a: &[Value], r: Option<Value>, span: Span) -> R<()> {
        use Prim::*;
        let v = |s: &mut Self, k: usize| s.get(a[k]);
        let rt = |s: &mut Self, name: &str, n: usize| -> R<()> {
            let args = (0..n).map(|k| Arg::V(a[k], s.ty(a[k]).clone())).collect();
            s.call_rt(name, args, false, span)
        };
        match p {
            IntAdd | IntSub => {
                v(self, 0);
                v(self, 1);
                self.emit_i(if p == IntAdd { I::I64Add } else { I::I64Sub });
                let t = self.temp(ValType::I64);
                self.emit_i(I::LocalSet(t));
                // Overflow: the result's sign differs from what the operands' signs say.
                if p == IntAdd {
                    v(self, 0);
                    self.code.extend([I::LocalGet(t), I::I64Xor]);
                    v(self, 1);
                    self.code.extend([I::LocalGet(t), I::I64Xor, I::I64And]);
                } else {
                    v(self, 0);
                    v(self, 1);
                    self.emit_i(I::I64Xor);
                    v(self, 0);
                    self.code.extend([I::LocalGet(t), I::I64Xor, I::I64And]);
                }
                self.code.extend([I::I64Const(0), I::I64LtS, I::LocalGet(t), I::I64Const(i64::MIN), I::I64Eq, I::I32Or]);
                self.open_if();
                self.call_rt("pyrt_overflow", vec![], false, span)?;
                self.emit_i(I::Drop);
                self.br_exc();
                self.close();
                self.emit_i(I::LocalGet(t));
                self.set(r);
                return Ok(());
            }
            IntMul => rt(self, "pyrt_wasm_int_mul", 2)?,
            IntFloorDiv => rt(self, "pyrt_int_floordiv", 2)?,
            IntMod => rt(self, "pyrt_int_mod", 2)?,
            IntTrueDiv => rt(self, "pyrt_int_truediv", 2)?,
            IntPow => rt(self, "pyrt_int_pow", 2)?,
            IntRangeNext => {
                v(self, 0);
                v(self, 1);
                self.emit_i(I::I64Add);
            }
            IntNeg => {
                self.emit_i(I::I64Const(0));
                v(self, 0);
                self.emit_i(I::I64Sub);
            }
            IntAbs => {
                self.emit_i(I::I64Const(0));
                v(self, 0);
                self.emit_i(I::I64Sub);
                v(self, 0);
                v(self, 0);
                self.code.extend([I::I64Const(0), I::I64LtS, I::Select]);
            }
            IntInvert => rt(self, "pyrt_int_invert", 1)?,
            IntAnd | IntOr | IntXor => {
                v(self, 0);
                v(self, 1);
                self.emit_i(match p {
                    IntAnd => I::I64And,
                    IntOr => I::I64Or,
                    _ => I::I64Xor,
                });
            }
            IntLShift => rt(self, "pyrt_int_lshift", 2)?,
            IntRShift => rt(self, "pyrt_int_rshift", 2)?,
            IntEq | IntNe | IntLt | IntLe | IntGt | IntGe => {
                v(self, 0);
                v(self, 1);
                self.emit_i(match p {
                    IntEq => I::I64Eq,
                    IntNe => I::I64Ne,
                    IntLt => I::I64LtS,
                    IntLe => I::I64LeS,
                    IntGt => I::I64GtS,
                    _ => I::I64GeS,
                });
            }
            FloatEq | FloatNe | FloatLt | FloatLe | FloatGt | FloatGe => {
                v(self, 0);
                v(self, 1);
                self.emit_i(match p {
                    FloatEq => I::F64Eq,
                    FloatNe => I::F64Ne,
                    FloatLt => I::F64Lt,
                    FloatLe => I::F64Le,
                    FloatGt => I::F64Gt,
                    _ => I::F64Ge,
                });
            }
            BoolEq | BoolNe => {
                v(self, 0);
                v(self, 1);
                self.emit_i(if p == BoolEq { I::I32Eq } else { I::I32Ne });
            }
            IntIsTrue => {
                v(self, 0);
                self.code.extend([I::I64Const(0), I::I64Ne]);
            }
            FloatIsTrue => {
                v(self, 0);
                self.code.extend([I::F64Const(0.0.into()), I::F64Ne]);
            }
            IntToFloat => {
                v(self, 0);
                self.emit_i(I::F64ConvertI64S);
            }
            IntToStr => rt(self, "pyrt_int_to_str", 1)?,
            FloatAdd | FloatSub | FloatMul => {
                v(self, 0);
                v(self, 1);
                self.emit_i(match p {
                    FloatAdd => I::F64Add,
                    FloatSub => I::F64Sub,
                    _ => I::F64Mul,
                });
            }
            FloatTrueDiv => rt(self, "pyrt_float_truediv", 2)?,
            FloatFloorDiv => rt(self, "pyrt_float_floordiv", 2)?,
            FloatMod => rt(self, "pyrt_float_mod", 2)?,
            FloatPow => rt(self, "pyrt_float_pow", 2)?,
            FloatNeg => {
                v(self, 0);
                self.emit_i(I::F64Neg);
            }
            FloatAbs => {
                v(self, 0);
                self.emit_i(I::F64Abs);
            }
            FloatToInt => rt(self, "pyrt_int_from_float", 1)?,
            FloatRepr => rt(self, "pyrt_float_repr", 1)?,
            BoolNot => {
                v(self, 0);
                self.emit_i(I::I32Eqz);
            }
            BoolToInt => {
                v(self, 0);
                self.emit_i(I::I64ExtendI32U);
            }
            BoolToStr => {
                let (t, f) = (self.p.str_const("True"), self.p.str_const("False"));
                self.code.extend([I::I32Const(t as i32), I::I32Load(mem(0, 2)), I::I32Const(f as i32), I::I32Load(mem(0, 2))]);
                v(self, 0);
                self.emit_i(I::Select);
            }
            StrConcat => rt(self, "pyrt_str_concat", 2)?,
            StrRepeat => rt(self, "pyrt_str_repeat", 2)?,
            StrLen => {
                v(self, 0);
                self.emit_i(I::I64Load(mem(abi::STR_LEN, 3)));
            }
            StrGetItem => rt(self, "pyrt_str_index", 2)?,
            StrSlice => {
                let oi = Type::optional(Type::Int);
                let args = vec![Arg::V(a[0], Type::Str), Arg::V(a[1], oi.clone()), Arg::V(a[2], oi.clone()), Arg::V(a[3], oi)];
                self.call_rt("pyrt_str_slice", args, false, span)?;
            }
            StrEq => rt(self, "pyrt_str_eq", 2)?,
            StrNe => {
                rt(self, "pyrt_str_eq", 2)?;
                self.emit_i(I::I32Eqz);
            }
            StrLt | StrLe | StrGt | StrGe => {
                rt(self, "pyrt_str_cmp", 2)?;
                self.emit_i(I::I32Const(0));
                self.emit_i(match p {
                    StrLt => I::I32LtS,
                    StrLe => I::I32LeS,
                    StrGt => I::I32GtS,
                    _ => I::I32GeS,
                });
            }
            StrContains => rt(self, "pyrt_str_contains", 2)?,
            StrIsTrue => {
                v(self, 0);
                self.code.extend([I::I64Load(mem(abi::STR_LEN, 3)), I::I64Const(0), I::I64Ne]);
            }
            StrToInt => rt(self, "pyrt_int_from_str", 1)?,
            StrRepr => rt(self, "pyrt_str_repr", 1)?,
            PrintStdout => {
                rt(self, "pyrt_print", 1)?;
                self.emit_i(I::Drop);
                self.check();
                return Ok(());
            }
            IntFormat => rt(self, "pyrt_format_int", 2)?,
            FloatFormat => rt(self, "pyrt_format_float", 2)?,
            StrFormat => rt(self, "pyrt_format_str", 2)?,
            BoolFormat => rt(self, "pyrt_format_bool", 2)?,
            IntRoundDigits => rt(self, "pyrt_int_round_digits", 2)?,
            FloatRound => rt(self, "pyrt_float_round", 1)?,
            FloatRoundDigits => rt(self, "pyrt_float_round_digits", 2)?,
            StrToFloat => rt(self, "pyrt_float_from_str", 1)?,
        }
        let allocates = matches!(p, IntToStr | FloatRepr | BoolToStr | StrConcat | StrRepeat | StrGetItem | StrSlice | StrRepr | IntFormat | FloatFormat | StrFormat | BoolFormat);
        self.set(r);
        if p.may_raise() || allocates || p == IntMul {
            self.check();
        }
        Ok(())
    }
}

/// Whether `f` runs in a resume function: a generator, or an async
/// function (a coroutine, suspended at each await).
fn resumable(f: &Function) -> bool { f.generator || f.is_async }

/// A generator's yields (an async function's awaits) in the order the tree
/// holds them (numbered from 1 in that order, the yields inside any subtree
/// are consecutive numbers).
fn yields_in(f: &Function, nodes: &[Node], out: &mut Vec<Inst>) {
    for n in nodes {
        match n {
            Node::Insts(b) => out.extend(f.blocks[*b].insts.iter().copied().filter(|&i| matches!(f.insts[i].op, Op::Yield | Op::Js(JsOp::Await)))),
            Node::Block { body, .. } | Node::Loop { body, .. } => yields_in(f, body, out),
            Node::If { then_, else_, .. } => {
                yields_in(f, then_, out);
                yields_in(f, else_, out);
            }
            Node::Try { body, handler, finally } => {
                yields_in(f, body, out);
                for h in [handler, finally].into_iter().flatten() {
                    yields_in(f, h, out);
                }
            }
            Node::Edge { .. } | Node::Return(_) | Node::Unreachable => {}
        }
    }
}

/// Store the stack top (a local of type `t`) at `off` from the address below it.
/// What widens a value held as `r` to the 8 bytes of a `pyrt_val` (an i64).
pub(crate) fn widen_op(r: Repr) -> Option<I<'static>> {
    match r {
        Repr::Int => None,
        Repr::Float => Some(I::I64ReinterpretF64),
        _ => Some(I::I64ExtendI32U),
    }
}

fn store_op(t: ValType, off: u32) -> I<'static> {
    match t {
        ValType::I64 => I::I64Store(mem(off as u64, 3)),
        ValType::F64 => I::F64Store(mem(off as u64, 3)),
        _ => I::I32Store(mem(off as u64, 2)),
    }
}

fn load_op(t: ValType, off: u32) -> I<'static> {
    match t {
        ValType::I64 => I::I64Load(mem(off as u64, 3)),
        ValType::F64 => I::F64Load(mem(off as u64, 3)),
        _ => I::I32Load(mem(off as u64, 2)),
    }
}

/// A zero of a representation (what a function returns when it raises).
fn zero(r: Repr) -> I<'static> {
    match r {
        Repr::Int => I::I64Const(0),
        Repr::Float => I::F64Const(0.0.into()),
        _ => I::I32Const(0),
    }
}

/// The None of a representation (`ir::layout`: the value the type never takes).
fn none(r: Repr) -> I<'static> {
    match r {
        Repr::Int => I::I64Const(i64::MIN),
        Repr::Float => I::F64Const(f64::from_bits(pyrt_ir::layout::NONE_F64_BITS).into()),
        Repr::Bool => I::I32Const(2),
        _ => I::I32Const(0),
    }
}

fn class_of(t: &Type) -> Option<pyrt_ir::ClassId> {
    match t {
        Type::Inst(c) => Some(c.id()),
        Type::Optional(inner) => class_of(inner),
        _ => None,
    }
}

/// A function body's bytes: its locals, then its code.
pub(crate) fn encode(locals: &[ValType], code: &[I<'_>]) -> Vec<u8> {
    let mut f = wasm_encoder::Function::new(locals.iter().map(|&t| (1, t)));
    for i in code {
        f.instruction(i);
    }
    let mut sink = Vec::new();
    wasm_encoder::Encode::encode(&f, &mut sink);
    // Encode writes the body's size first; the linker reads the body itself.
    let mut reader = wasmparser::BinaryReader::new(&sink, 0);
    let n = reader.read_var_u32().expect("a size") as usize;
    sink[sink.len() - n..].to_vec()
}

/// `pyrt_program_main() -> i64`: register the roots, make the str
/// constants, run the program's main function.
pub(crate) fn program_main(p: &mut Program, main: FuncId, roots: u32, nroots: u32, strs: &[(u32, u32, u32)]) -> R<(u32, Vec<u8>)> {
    let span = Span::DUMMY;
    let gr = p.sym("pyrt_global_roots", span)?;
    let ngr = p.sym("pyrt_nglobal_roots", span)?;
    let utf8 = p.func("pyrt_str_utf8", span)?;
    let mut code = vec![I::I32Const(gr as i32), I::I32Const(roots as i32), I::I32Store(mem(0, 2)), I::I32Const(ngr as i32), I::I32Const(nroots as i32), I::I32Store(mem(0, 2))];
    for &(cstr, len, slot) in strs {
        code.extend([I::I32Const(slot as i32), I::I32Const(cstr as i32), I::I32Const(len as i32), I::Call(utf8), I::I32Store(mem(0, 2))]);
        code.extend([I::I32Const(slot as i32), I::I32Load(mem(0, 2)), I::I32Eqz, I::If(BlockType::Empty), I::I64Const(1), I::Return, I::End]);
    }
    code.push(I::Call(p.program_func(main)));
    match Repr::of(&p.m.funcs[main].ret) {
        Repr::Int => {}
        _ => code.extend([I::Drop, I::I64Const(0)]),
    }
    code.push(I::End);
    let ty = p.type_index(vec![], vec![ValType::I64]);
    Ok((ty, encode(&[], &code)))
}

/// `pyrt_program_fields(type, &n)`: the field table of a program class.
pub(crate) fn program_fields(p: &mut Program, tables: &[(u32, u32, u32)]) -> R<(u32, Vec<u8>)> {
    let mut code = Vec::new();
    for &(t, table, n) in tables {
        code.extend([I::LocalGet(0), I::I32Const(t as i32), I::I32Eq, I::If(BlockType::Empty), I::LocalGet(1), I::I32Const(n as i32), I::I32Store(mem(0, 2)), I::I32Const(table as i32), I::Return, I::End]);
    }
    code.extend([I::LocalGet(1), I::I32Const(0), I::I32Store(mem(0, 2)), I::I32Const(0), I::End]);
    let ty = p.type_index(vec![ValType::I32, ValType::I32], vec![ValType::I32]);
    Ok((ty, encode(&[], &code)))
}

/// The wasm parameter types of program function `f`.
pub(crate) fn params_of(p: &Program, f: FuncId) -> Vec<ValType> {
    let g = &p.m.funcs[f];
    g.params().iter().map(|&v| valtype(Repr::of(&g.values[v].ty))).collect()
}

/// A method returning None where its vtable slot returns an optional: call it,
/// then give the optional's None.
pub(crate) fn none_adapter(p: &mut Program, f: FuncId, ret: &Type) -> R<u32> {
    let params = params_of(p, f);
    let mut code: Vec<I<'static>> = (0..params.len() as u32).map(I::LocalGet).collect();
    code.extend([I::Call(p.program_func(f)), I::Drop, none(Repr::of(ret))]);
    code.push(I::End);
    let ty = p.type_index(params, vec![valtype(Repr::of(ret))]);
    Ok(p.add_func(ty, encode(&[], &code)))
}

/// A dunder method returning the wrong type: call it, then raise CPython's
/// TypeError (unless it raised), giving the slot's zero (`ret`).
pub(crate) fn dunder_adapter(p: &mut Program, f: FuncId, ret: Repr, msg: &str) -> R<u32> {
    let exc = p.sym("pyrt_exc", Span::DUMMY)?;
    let t = p.sym("pyrt_t_TypeError", Span::DUMMY)?;
    let raise = p.func("pyrt_raise", Span::DUMMY)?;
    let m = p.cstr(msg);
    let mut code = vec![I::LocalGet(0), I::Call(p.program_func(f)), I::Drop];
    code.extend([I::I32Const(exc as i32), I::I32Load(mem(0, 2)), I::I32Eqz, I::If(BlockType::Empty), I::I32Const(t as i32), I::I32Const(m as i32), I::Call(raise), I::End]);
    code.push(zero(ret));
    code.push(I::End);
    let ty = p.type_index(vec![ValType::I32], vec![valtype(ret)]);
    Ok(p.add_func(ty, encode(&[], &code)))
}

/// `__next__` as the runtime's instance iterator calls it: `pyrt_val (*)(void *)`,
/// which clang's wasm32 ABI returns through a result cell (the first parameter).
pub(crate) fn next_adapter(p: &mut Program, f: FuncId) -> R<u32> {
    let ret = p.m.funcs[f].ret.clone();
    let mut code = vec![I::LocalGet(0), I::LocalGet(1), I::Call(p.program_func(f))];
    code.extend(widen_op(Repr::of(&ret)));
    code.extend([I::I64Store(mem(0, 3)), I::End]);
    let ty = p.type_index(vec![ValType::I32, ValType::I32], vec![]);
    Ok(p.add_func(ty, encode(&[], &code)))
}
