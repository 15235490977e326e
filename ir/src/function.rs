//! Functions: a data-flow graph (instructions, values, block parameters instead
//! of phis) plus a layout (the live blocks in program order). The id-indexed
//! tables are the stored truth; CFG views (petgraph) are built from them.

use crate::entities::{Block, EntityRef, EntityVec, Inst, Value};
use crate::ops::Op;
use crate::span::Span;
use crate::types::Type;

/// A jump target with the arguments bound to its parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct BlockCall {
    pub block: Block,
    pub args: Vec<Value>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Terminator {
    Jump(BlockCall),
    Branch { cond: Value, then_: BlockCall, else_: BlockCall },
    Return(Value),
    /// Control never gets here (e.g. after an op that always raises).
    Unreachable,
    /// A `try` statement: run `body`; an exception raised there enters
    /// `handler` (which reads it with `caught`), and `finally` runs however
    /// the body and handler are left (the backend's native try/catch/finally).
    /// `after` is where the statement continues when the body completes; the
    /// edge to it is taken by the body's own jumps, never from this block, but
    /// it is listed so that everything after the statement is dominated by
    /// this block, not by the body (so structured backends place it outside).
    /// `body`, `handler` and `finally` take no arguments.
    Try { body: Block, handler: Option<Block>, finally: Option<Block>, after: BlockCall },
    /// The end of a `finally` region: control goes on where it was going.
    EndFinally,
}

impl Terminator {
    /// The edges that pass arguments.
    pub fn successors(&self) -> Vec<&BlockCall> {
        match self {
            Terminator::Jump(c) => vec![c],
            Terminator::Branch { then_, else_, .. } => vec![then_, else_],
            Terminator::Try { after, .. } => vec![after],
            Terminator::Return(_) | Terminator::Unreachable | Terminator::EndFinally => vec![],
        }
    }
    pub fn successors_mut(&mut self) -> Vec<&mut BlockCall> {
        match self {
            Terminator::Jump(c) => vec![c],
            Terminator::Branch { then_, else_, .. } => vec![then_, else_],
            Terminator::Try { after, .. } => vec![after],
            Terminator::Return(_) | Terminator::Unreachable | Terminator::EndFinally => vec![],
        }
    }
    /// Every block control may go to next: the argument-passing edges, and a
    /// `try`'s body, handler and finally regions.
    pub fn targets(&self) -> Vec<Block> {
        let mut out: Vec<Block> = match self {
            Terminator::Try { body, handler, finally, .. } => std::iter::once(*body).chain(*handler).chain(*finally).collect(),
            _ => vec![],
        };
        out.extend(self.successors().iter().map(|c| c.block));
        out
    }
    /// Every value the terminator reads.
    pub fn uses(&self) -> Vec<Value> {
        let mut out = Vec::new();
        match self {
            Terminator::Branch { cond, .. } => out.push(*cond),
            Terminator::Return(v) => out.push(*v),
            _ => {}
        }
        for c in self.successors() {
            out.extend(c.args.iter().copied());
        }
        out
    }
    pub fn map_values(&mut self, mut f: impl FnMut(Value) -> Value) {
        match self {
            Terminator::Branch { cond, .. } => *cond = f(*cond),
            Terminator::Return(v) => *v = f(*v),
            _ => {}
        }
        for c in self.successors_mut() {
            for a in &mut c.args {
                *a = f(*a);
            }
        }
    }
}

#[derive(Clone, Debug)]
pub struct BlockData {
    pub params: Vec<Value>,
    pub insts: Vec<Inst>,
    pub term: Terminator,
    pub span: Span,
    /// How many `try` regions (body, handler or finally) enclose the block. An
    /// edge to a shallower block leaves a region: structured backends place its
    /// target after the region, never inside it.
    pub try_depth: u32,
}

#[derive(Clone, Debug)]
pub struct InstData {
    pub op: Op,
    pub args: Vec<Value>,
    pub result: Option<Value>,
    pub span: Span,
}

#[derive(Copy, Clone, Debug, PartialEq)]
pub enum ValueDef {
    Param(Block, u32),
    Inst(Inst),
    /// Replaced by another value; resolved away by [`Function::resolve_aliases`].
    Alias(Value),
}

#[derive(Clone, Debug)]
pub struct ValueData {
    pub ty: Type,
    pub def: ValueDef,
    /// The source variable this value holds, for diagnostics and readable output.
    pub name: Option<Box<str>>,
    pub span: Span,
}

/// A parameter's default value: a constant, or a hidden global that holds the
/// value the `def` statement computed.
#[derive(Clone, Debug, PartialEq)]
pub enum DefaultArg {
    Const(crate::ops::Const),
    Global(crate::entities::GlobalId),
}

/// Where each parameter of a call gets its value.
#[derive(Clone, Debug, PartialEq)]
pub enum ArgSource {
    Positional(usize),
    Keyword(usize),
    Default(DefaultArg),
}

#[derive(Clone, Debug)]
pub struct Function {
    pub name: String,
    pub span: Span,
    pub param_names: Vec<String>,
    /// Declared parameter types (source annotations), where present: inference
    /// must not widen them.
    pub param_decls: Vec<Option<(Type, Span)>>,
    /// Parameter annotations richer than `param_decls` reads (containers,
    /// classes), by parameter index: the types JS's arguments convert to when
    /// JS calls the function and no Python call gives the parameter a type.
    pub js_hints: std::collections::BTreeMap<usize, Type>,
    /// Default values of the parameters, by position.
    pub defaults: Vec<Option<DefaultArg>>,
    /// The declared return type, where present.
    pub ret_decl: Option<(Type, Span)>,
    pub ret: Type,
    pub entry: Block,
    pub blocks: EntityVec<Block, BlockData>,
    pub insts: EntityVec<Inst, InstData>,
    pub values: EntityVec<Value, ValueData>,
    /// The live blocks in program order; `entry` first.
    pub layout: Vec<Block>,
    /// Local variables kept in the frame rather than in SSA values (those a
    /// `try` statement assigns, which its handler and finally must see as they
    /// are when control leaves the body), with their types.
    pub slots: Vec<(String, Type)>,
    /// The function this one is defined in (a closure: it reads and writes the
    /// enclosing functions' slots with `load_outer`/`store_outer`).
    pub parent: Option<crate::entities::FuncId>,
    /// A generator function: calling it makes an iterator over what it yields.
    pub generator: bool,
    /// `async def` (JS hosts): a call returns a JS Promise of the result.
    pub is_async: bool,
}

impl Function {
    pub fn new(name: impl Into<String>, span: Span) -> Function {
        let mut f = Function {
            name: name.into(),
            span,
            param_names: Vec::new(),
            param_decls: Vec::new(),
            js_hints: Default::default(),
            is_async: false,
            defaults: Vec::new(),
            ret_decl: None,
            ret: Type::Unknown,
            entry: Block(0),
            blocks: EntityVec::new(),
            insts: EntityVec::new(),
            values: EntityVec::new(),
            layout: Vec::new(),
            slots: Vec::new(),
            parent: None,
            generator: false,
        };
        f.entry = f.add_block(span);
        f
    }

    pub fn params(&self) -> &[Value] { &self.blocks[self.entry].params }

    /// What a call of the function gives: its result, or for an async
    /// function a JS Promise of it.
    pub fn call_ret(&self) -> Type { if self.is_async { Type::Js } else { self.ret.clone() } }

    /// What a call needs to bind arguments to the parameters.
    pub fn signature(&self) -> Signature {
        Signature { name: self.name.clone(), param_names: self.param_names.clone(), defaults: self.defaults.clone() }
    }
}

/// A function's parameters, as calls bind to them.
#[derive(Clone, Debug)]
pub struct Signature {
    pub name: String,
    pub param_names: Vec<String>,
    pub defaults: Vec<Option<DefaultArg>>,
}

impl Signature {
    /// Bind a call's arguments to the parameters after the first `skip` (the
    /// instance of a method call): `npos` positional values, then the keywords.
    /// The error is CPython's TypeError message.
    pub fn bind(&self, skip: usize, npos: usize, kwnames: &[Box<str>]) -> Result<Vec<ArgSource>, String> {
        let names = &self.param_names[skip.min(self.param_names.len())..];
        let short = self.name.rsplit('.').next().unwrap_or(&self.name);
        if npos > names.len() {
            let given = npos + skip;
            let n = names.len() + skip;
            return Err(format!(
                "{short}() takes {n} positional argument{} but {given} {} given",
                if n == 1 { "" } else { "s" },
                if given == 1 { "was" } else { "were" }
            ));
        }
        let mut out: Vec<Option<ArgSource>> = (0..names.len()).map(|k| (k < npos).then_some(ArgSource::Positional(k))).collect();
        for (j, kw) in kwnames.iter().enumerate() {
            match names.iter().position(|n| **n == **kw) {
                Some(k) if out[k].is_some() => return Err(format!("{short}() got multiple values for argument '{kw}'")),
                Some(k) => out[k] = Some(ArgSource::Keyword(j)),
                None => return Err(format!("{short}() got an unexpected keyword argument '{kw}'")),
            }
        }
        let mut missing = Vec::new();
        for (k, slot) in out.iter_mut().enumerate() {
            if slot.is_none() {
                match self.defaults.get(k + skip).cloned().flatten() {
                    Some(d) => *slot = Some(ArgSource::Default(d)),
                    None => missing.push(format!("'{}'", names[k])),
                }
            }
        }
        if !missing.is_empty() {
            let list = match missing.len() {
                1 => missing[0].clone(),
                n => format!("{} and {}", missing[..n - 1].join(", "), missing[n - 1]),
            };
            return Err(format!(
                "{short}() missing {} required positional argument{}: {list}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" }
            ));
        }
        Ok(out.into_iter().map(|s| s.unwrap()).collect())
    }
}

impl Function {

    pub fn add_block(&mut self, span: Span) -> Block {
        let b = self.blocks.push(BlockData { params: Vec::new(), insts: Vec::new(), term: Terminator::Unreachable, span, try_depth: 0 });
        self.layout.push(b);
        b
    }

    pub fn add_block_param(&mut self, block: Block, ty: Type, name: Option<&str>, span: Span) -> Value {
        let index = self.blocks[block].params.len() as u32;
        let v = self.values.push(ValueData { ty, def: ValueDef::Param(block, index), name: name.map(Into::into), span });
        self.blocks[block].params.push(v);
        v
    }

    /// Append an instruction to `block`; returns its result value (if `has_result`).
    pub fn append(&mut self, block: Block, op: Op, args: Vec<Value>, ty: Option<Type>, span: Span) -> Option<Value> {
        let inst = self.insts.push(InstData { op, args, result: None, span });
        let result = ty.map(|ty| self.values.push(ValueData { ty, def: ValueDef::Inst(inst), name: None, span }));
        self.insts[inst].result = result;
        self.blocks[block].insts.push(inst);
        result
    }

    /// Make an instruction outside any block (for passes that rebuild a block's list).
    pub fn make_inst(&mut self, op: Op, args: Vec<Value>, ty: Option<Type>, span: Span) -> (Inst, Option<Value>) {
        let inst = self.insts.push(InstData { op, args, result: None, span });
        let result = ty.map(|ty| self.values.push(ValueData { ty, def: ValueDef::Inst(inst), name: None, span }));
        self.insts[inst].result = result;
        (inst, result)
    }

    pub fn set_term(&mut self, block: Block, term: Terminator) { self.blocks[block].term = term; }

    pub fn ty(&self, v: Value) -> &Type { &self.values[self.resolve(v)].ty }

    /// Follow alias chains.
    pub fn resolve(&self, mut v: Value) -> Value {
        while let ValueDef::Alias(to) = self.values[v].def {
            v = to;
        }
        v
    }

    /// Make `from` an alias of `to`.
    pub fn alias(&mut self, from: Value, to: Value) {
        debug_assert_ne!(self.resolve(to), from, "alias cycle");
        self.values[from].def = ValueDef::Alias(to);
    }

    /// Rewrite every use of an aliased value to its final value.
    pub fn resolve_aliases(&mut self) {
        let map: Vec<Value> = self.values.keys().map(|v| self.resolve(v)).collect();
        for inst in self.insts.values_mut() {
            for a in &mut inst.args {
                *a = map[a.index()];
            }
        }
        for b in self.blocks.values_mut() {
            b.term.map_values(|v| map[v.index()]);
        }
    }

    /// The constant an instruction-defined value holds, if any.
    pub fn const_of(&self, v: Value) -> Option<&crate::ops::Const> {
        match self.values[self.resolve(v)].def {
            ValueDef::Inst(i) => match &self.insts[i].op {
                Op::Const(c) => Some(c),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether a value is a compile-time constant to CPython: a literal, or a
    /// tuple of constants.
    pub fn is_compile_time_constant(&self, v: Value) -> bool {
        if self.const_of(v).is_some() {
            return true;
        }
        match self.values[self.resolve(v)].def {
            ValueDef::Inst(i) => self.insts[i].op == Op::BuildTuple && self.insts[i].args.iter().all(|&a| self.is_compile_time_constant(a)),
            _ => false,
        }
    }

    /// Whether a set display is built as CPython 3.11 builds one of three or
    /// more constants: from a frozenset constant, whose order differs from
    /// adding the elements one by one.
    pub fn is_constant_set_display(&self, args: &[Value]) -> bool {
        args.len() >= 3 && args.iter().all(|&a| self.is_compile_time_constant(a))
    }

    /// Predecessor lists of the live blocks (a block appears once per edge).
    pub fn predecessors(&self) -> EntityVec<Block, Vec<Block>> {
        let mut preds: EntityVec<Block, Vec<Block>> = EntityVec::new();
        for _ in self.blocks.keys() {
            preds.push(Vec::new());
        }
        for &b in &self.layout {
            for s in self.blocks[b].term.targets() {
                preds[s].push(b);
            }
        }
        preds
    }

    /// Drop blocks that cannot be reached from the entry.
    pub fn remove_unreachable_blocks(&mut self) {
        let mut seen = vec![false; self.blocks.len()];
        let mut stack = vec![self.entry];
        seen[self.entry.index()] = true;
        while let Some(b) = stack.pop() {
            for s in self.blocks[b].term.targets() {
                if !seen[s.index()] {
                    seen[s.index()] = true;
                    stack.push(s);
                }
            }
        }
        self.layout.retain(|b| seen[b.index()]);
    }
}
