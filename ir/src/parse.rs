//! The text form of the IR, read back: `parse_module(print_module(m))` gives a
//! module that prints identically. Value and block numbers are kept as
//! written, so IR test files and dumps read alike. Spans, source-variable
//! names and declared types are debug information the text does not carry.

use crate::entities::{Block, ClassId, EntityRef, FuncId, GlobalId, Inst, Value};
use crate::function::{BlockCall, Function, InstData, Terminator, ValueData, ValueDef};
use crate::module::{Class, Global, Member, Module};
use crate::ops::{BinOp, Builtin, CmpOp, Const, JsOp, Op, Prim, UnaryOp};
use crate::span::Span;
use crate::types::{ClassRef, Type};
use std::cell::RefCell;
use std::collections::BTreeMap;

thread_local! {
    /// The classes declared so far, by name: types name classes (`Dog`).
    static CLASSES: RefCell<Vec<ClassRef>> = const { RefCell::new(Vec::new()) };
}

/// Parse a module in the printer's format. Errors name the line.
pub fn parse_module(text: &str) -> Result<Module, String> {
    CLASSES.with(|c| c.borrow_mut().clear());
    let r = parse_module_inner(text);
    CLASSES.with(|c| c.borrow_mut().clear());
    r
}

fn parse_module_inner(text: &str) -> Result<Module, String> {
    // Types name classes, and a field may name a class declared after its own:
    // every class header is read first.
    for line in text.lines().filter(|l| l.starts_with("class ")) {
        let mut c = Cursor::new(line);
        c.word();
        let id = ClassId(c.entity("cls")?);
        let name = c.word().to_string();
        let mut chain = vec![(id, std::sync::Arc::<str>::from(name.as_str()))];
        if let Some(rest) = c.rest().trim_start().strip_prefix("< ") {
            let base = ClassId(Cursor::new(rest).entity("cls")?);
            let known = CLASSES.with(|cs| cs.borrow().iter().find(|r| r.id() == base).cloned());
            chain.extend(known.ok_or_else(|| format!("class {id}: unknown base {base}"))?.0.iter().cloned());
        }
        CLASSES.with(|cs| cs.borrow_mut().push(ClassRef(chain.into())));
    }
    let mut m = Module::default();
    let mut lines = text.lines().enumerate().peekable();
    while let Some((n, line)) = lines.next() {
        let err = |e: String| format!("line {}: {e}", n + 1);
        let line = line.trim_end();
        if line.is_empty() || line.starts_with(';') {
            continue;
        }
        let mut c = Cursor::new(line);
        match c.word() {
            "global" => {
                let id: GlobalId = GlobalId(c.entity("g").map_err(err)?);
                if id.index() != m.globals.len() {
                    return Err(err(format!("expected g{}", m.globals.len())));
                }
                c.skip_ws();
                let rest = c.rest();
                let (rest, checked) = match rest.strip_suffix(" checked") {
                    Some(r) => (r, true),
                    None => (rest, false),
                };
                let (name, ty) = rest.rsplit_once(": ").ok_or_else(|| err("expected `name: type`".into()))?;
                let ty = Cursor::new(ty).ty().map_err(err)?;
                m.globals.push(Global { name: name.to_string(), ty, span: Span::DUMMY, checked });
            }
            "class" => {
                let id = ClassId(c.entity("cls").map_err(err)?);
                if id.index() != m.classes.len() {
                    return Err(err(format!("expected cls{}", m.classes.len())));
                }
                let name = c.word().to_string();
                let mut chain = vec![(id, std::sync::Arc::<str>::from(name.as_str()))];
                if let Some(rest) = c.rest().trim_start().strip_prefix("< ") {
                    c = Cursor::new(rest);
                    let base = ClassId(c.entity("cls").map_err(err)?);
                    chain.extend(m.classes.get(base).ok_or_else(|| err(format!("unknown base {base}")))?.chain.0.iter().cloned());
                }
                c.skip_ws();
                c.expect("mro").map_err(err)?;
                let mut mro = Vec::new();
                while c.rest().trim_start().starts_with("cls") {
                    mro.push(ClassId(c.entity("cls").map_err(err)?));
                }
                c.skip_ws();
                let mut mixins = Vec::new();
                if let Some(rest) = c.rest().strip_prefix("mixins") {
                    c = Cursor::new(rest);
                    while c.rest().trim_start().starts_with("cls") {
                        mixins.push(ClassId(c.entity("cls").map_err(err)?));
                    }
                    c.skip_ws();
                }
                let (rest, module) = match c.rest().split_once(" module ") {
                    Some((r, m)) => (r.to_string(), Some(m.trim().to_string())),
                    None => match c.rest().strip_prefix("module ") {
                        Some(m) => (String::new(), Some(m.trim().to_string())),
                        None => (c.rest().to_string(), None),
                    },
                };
                let builtin = rest.strip_prefix("builtin ").map(|b| b.trim().to_string());
                let chain = ClassRef(chain.into());
                let mut class = Class { name, span: Span::DUMMY, chain, mro, mixins, module, members: BTreeMap::new(), fields: BTreeMap::new(), builtin };
                while let Some((n, line)) = lines.next_if(|(_, l)| l.starts_with("    ")) {
                    let err = |e: String| format!("line {}: {e}", n + 1);
                    let mut c = Cursor::new(line.trim());
                    let kind = c.word();
                    let name = c.word().to_string();
                    let mut f = || c.entity("fn").map(FuncId).map_err(err);
                    let member = match kind {
                        "field" => {
                            let ty = Cursor::new(c.rest()).ty().map_err(err)?;
                            class.fields.insert(name.trim_end_matches(':').to_string(), ty);
                            continue;
                        }
                        "attr" => Member::Attr,
                        "method" => Member::Method(f()?),
                        "static" => Member::Static(f()?),
                        "classmethod" => Member::ClassMethod(f()?),
                        "property" => {
                            let get = f()?;
                            let set = if c.rest().trim().is_empty() { None } else { Some(FuncId(c.entity("fn").map_err(err)?)) };
                            Member::Property { get, set }
                        }
                        k => return Err(err(format!("unknown class member kind `{k}`"))),
                    };
                    class.members.insert(name, member);
                }
                m.classes.push(class);
            }
            "main" => m.main = Some(FuncId(c.entity("fn").map_err(err)?)),
            "fn" => {
                let id = c.entity("fn").map_err(err)?;
                if id as usize != m.funcs.len() {
                    return Err(err(format!("expected fn{}", m.funcs.len())));
                }
                c.skip_ws();
                let f = parse_function(&mut c, &mut lines).map_err(|e| if e.starts_with("line") { e } else { err(e) })?;
                m.funcs.push(f);
            }
            w => return Err(err(format!("unexpected `{w}`"))),
        }
    }
    Ok(m)
}

fn parse_function<'a>(
    header: &mut Cursor<'a>,
    lines: &mut std::iter::Peekable<impl Iterator<Item = (usize, &'a str)>>,
) -> Result<Function, String> {
    let name = header.until('(');
    let mut f = Function::new(name.trim(), Span::DUMMY);
    f.layout.clear();
    header.expect("(")?;
    // The parameter list ends at the first `)` outside brackets (`tuple[()]` has one inside).
    let rest = header.rest();
    let mut depth = 0i32;
    let end = rest
        .char_indices()
        .find(|&(_, c)| {
            match c {
                '[' => depth += 1,
                ']' => depth -= 1,
                _ => {}
            }
            c == ')' && depth == 0
        })
        .map(|(i, _)| i)
        .ok_or("unclosed parameter list")?;
    let params = &rest[..end];
    *header = Cursor::new(&rest[end..]);
    header.expect(")")?;
    for p in split_top(params).into_iter().filter(|p| !p.is_empty()) {
        let (n, _) = p.split_once(": ").ok_or("expected `name: type` in the parameter list")?;
        f.param_names.push(n.to_string());
        f.param_decls.push(None);
    }
    header.expect(" -> ")?;
    let ret = header.until('{');
    f.ret = Cursor::new(ret.trim()).ty()?;
    let mut p = FnParser { f, defined: Vec::new() };
    let mut current: Option<Block> = None;
    for (n, line) in lines.by_ref() {
        let err = |e: String| format!("line {}: {e}", n + 1);
        let t = line.trim();
        if t == "}" {
            return p.finish().map_err(err);
        }
        if t.is_empty() || t.starts_with(';') {
            continue;
        }
        if let Some(rest) = t.strip_prefix("parent ") {
            p.f.parent = Some(FuncId(Cursor::new(rest).entity("fn").map_err(err)?));
            continue;
        }
        if t == "generator" {
            p.f.generator = true;
            continue;
        }
        if let Some(rest) = t.strip_prefix("slot ") {
            // `slot 0 x: int`
            let (_, decl) = rest.split_once(' ').ok_or_else(|| err("expected `slot N name: type`".into()))?;
            let (name, ty) = decl.split_once(": ").ok_or_else(|| err("expected `slot N name: type`".into()))?;
            let ty = Cursor::new(ty).ty().map_err(err)?;
            p.f.slots.push((name.to_string(), ty));
            continue;
        }
        if !line.starts_with(' ') {
            current = Some(p.block_header(t).map_err(err)?);
            continue;
        }
        let b = current.ok_or_else(|| err("instruction outside a block".into()))?;
        p.line(b, t).map_err(err)?;
    }
    Err("function not closed with `}`".into())
}

struct FnParser {
    f: Function,
    /// Values given a definition so far (others are only referenced yet).
    defined: Vec<bool>,
}

impl FnParser {
    fn value(&mut self, v: u32) -> Value {
        while self.f.values.len() <= v as usize {
            self.f.values.push(ValueData { ty: Type::Unknown, def: ValueDef::Param(Block(u32::MAX), 0), name: None, span: Span::DUMMY });
            self.defined.push(false);
        }
        Value(v)
    }

    fn define(&mut self, v: u32, ty: Type, def: ValueDef) -> Result<Value, String> {
        let v = self.value(v);
        if std::mem::replace(&mut self.defined[v.index()], true) {
            return Err(format!("{v} is defined twice"));
        }
        self.f.values[v] = ValueData { ty, def, name: None, span: Span::DUMMY };
        Ok(v)
    }

    fn block(&mut self, b: u32) -> Block {
        while self.f.blocks.len() <= b as usize {
            self.f.blocks.push(crate::function::BlockData { params: Vec::new(), insts: Vec::new(), term: Terminator::Unreachable, span: Span::DUMMY, try_depth: 0 });
        }
        Block(b)
    }

    fn block_header(&mut self, t: &str) -> Result<Block, String> {
        let mut c = Cursor::new(t);
        let b = self.block(c.entity("block")?);
        if self.f.layout.contains(&b) {
            return Err(format!("{b} appears twice"));
        }
        self.f.layout.push(b);
        c.expect("(")?;
        let params = c.rest().strip_suffix("):").ok_or("a block header ends with `):`")?;
        for (k, p) in split_top(params).into_iter().filter(|p| !p.is_empty()).enumerate() {
            let mut pc = Cursor::new(p);
            let v = pc.entity("v")?;
            pc.expect(": ")?;
            let ty = pc.ty()?;
            let v = self.define(v, ty, ValueDef::Param(b, k as u32))?;
            self.f.blocks[b].params.push(v);
        }
        Ok(b)
    }

    fn line(&mut self, b: Block, t: &str) -> Result<(), String> {
        let mut c = Cursor::new(t);
        match c.peek_word() {
            "jump" => {
                c.word();
                let call = self.call(&mut c)?;
                self.f.blocks[b].term = Terminator::Jump(call);
            }
            "branch" => {
                c.word();
                let cond = self.value(c.entity("v")?);
                c.expect(", ")?;
                let then_ = self.call(&mut c)?;
                c.expect(", ")?;
                let else_ = self.call(&mut c)?;
                self.f.blocks[b].term = Terminator::Branch { cond, then_, else_ };
            }
            "return" => {
                c.word();
                let v = self.value(c.entity("v")?);
                self.f.blocks[b].term = Terminator::Return(v);
            }
            "unreachable" => self.f.blocks[b].term = Terminator::Unreachable,
            "end_finally" => self.f.blocks[b].term = Terminator::EndFinally,
            "try" => {
                c.word();
                let body = self.block(c.entity("block")?);
                let mut handler = None;
                let mut finally = None;
                loop {
                    c.skip_ws();
                    match c.peek_word() {
                        "except" => {
                            c.word();
                            handler = Some(self.block(c.entity("block")?));
                        }
                        "finally" => {
                            c.word();
                            finally = Some(self.block(c.entity("block")?));
                        }
                        "after" => {
                            c.word();
                            c.skip_ws();
                            break;
                        }
                        w => return Err(format!("expected except, finally or after in `try`, found `{w}`")),
                    }
                }
                let after = self.call(&mut c)?;
                self.f.blocks[b].term = Terminator::Try { body, handler, finally, after };
            }
            _ => self.inst(b, &mut c)?,
        }
        Ok(())
    }

    fn call(&mut self, c: &mut Cursor) -> Result<BlockCall, String> {
        let block = self.block(c.entity("block")?);
        c.expect("(")?;
        let args = c.until(')');
        c.expect(")")?;
        let args = self.values_list(args)?;
        Ok(BlockCall { block, args })
    }

    fn values_list(&mut self, s: &str) -> Result<Vec<Value>, String> {
        s.split(", ").filter(|a| !a.trim().is_empty()).map(|a| Cursor::new(a.trim()).entity("v").map(|v| self.value(v))).collect()
    }

    fn inst(&mut self, b: Block, c: &mut Cursor) -> Result<(), String> {
        // `v3: int = op args` or `op args`.
        let result = if c.rest().starts_with('v') && c.rest().contains(": ") && c.rest().contains(" = ") {
            let v = c.entity("v")?;
            c.expect(": ")?;
            let ty_text = c.until_str(" = ");
            c.expect(" = ")?;
            Some((v, Cursor::new(ty_text).ty()?))
        } else {
            None
        };
        let op = parse_op(c)?;
        let args = self.values_list(c.rest())?;
        let inst = Inst(self.f.insts.len() as u32);
        let result = match result {
            Some((v, ty)) => Some(self.define(v, ty, ValueDef::Inst(inst))?),
            None => None,
        };
        self.f.insts.push(InstData { op, args, result, span: Span::DUMMY });
        self.f.blocks[b].insts.push(inst);
        Ok(())
    }

    fn finish(self) -> Result<Function, String> {
        if let Some(i) = (0..self.defined.len()).find(|&i| !self.defined[i] && is_used(&self.f, Value(i as u32))) {
            return Err(format!("v{i} is used but never defined"));
        }
        let mut f = self.f;
        f.entry = *f.layout.first().ok_or("a function needs at least one block")?;
        Ok(f)
    }
}

/// `a: T, b: U` split at the commas outside brackets.
fn split_top(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    for (i, c) in s.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            ',' if depth == 0 => {
                out.push(s[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(s[start..].trim());
    out
}

fn is_used(f: &Function, v: Value) -> bool {
    f.layout.iter().any(|&b| {
        f.blocks[b].insts.iter().any(|&i| f.insts[i].args.contains(&v)) || f.blocks[b].term.uses().contains(&v)
    })
}

fn parse_op(c: &mut Cursor) -> Result<Op, String> {
    let w = c.word();
    Ok(match w {
        "const" => Op::Const(c.constant()?),
        "undef" => Op::Undef,
        "copy" => Op::Copy,
        "binary" => {
            let s = c.word();
            Op::Binary(*BinOp::ALL.iter().find(|o| o.symbol() == s).ok_or_else(|| format!("unknown binary operator `{s}`"))?)
        }
        "unary" => {
            let s = c.word();
            Op::Unary(*UnaryOp::ALL.iter().find(|o| format!("{o:?}") == s).ok_or_else(|| format!("unknown unary operator `{s}`"))?)
        }
        "compare" => {
            let s = c.word().replace('_', " ");
            Op::Compare(*CmpOp::ALL.iter().find(|o| o.symbol() == s).ok_or_else(|| format!("unknown comparison `{s}`"))?)
        }
        "truth" => Op::Truth,
        "builtin" => {
            let s = c.word();
            Op::Builtin(Builtin::from_spelling(s).ok_or_else(|| format!("unknown builtin `{s}`"))?)
        }
        "format" => Op::Format,
        "call" => Op::Call(FuncId(c.entity("fn")?)),
        "load_global" => Op::LoadGlobal(GlobalId(c.entity("g")?)),
        "store_global" => Op::StoreGlobal(GlobalId(c.entity("g")?)),
        "check_defined" => {
            let name = c.quoted()?;
            let global = match c.word() {
                "global=true" => true,
                "global=false" => false,
                other => return Err(format!("expected global=true|false, found `{other}`")),
            };
            Op::CheckDefined { name: name.into(), global }
        }
        "raise" => {
            let class = c.word().to_string();
            Op::Raise { class: class.into(), message: c.quoted()?.into() }
        }
        "unwrap" => {
            let class = c.word().into();
            Op::Unwrap { class, message: c.quoted()?.into() }
        }
        "unwrap_or" => Op::UnwrapOr(c.constant()?),
        "select" => Op::Select,
        "is" => Op::Is,
        "argv" => Op::Argv,
        "inplace" => {
            let s = c.word();
            Op::InPlace(*BinOp::ALL.iter().find(|o| o.symbol() == s).ok_or_else(|| format!("unknown binary operator `{s}`"))?)
        }
        "build_list" => Op::BuildList,
        "build_tuple" => Op::BuildTuple,
        "build_set" => Op::BuildSet,
        "build_dict" => Op::BuildDict,
        "tuple_get" => Op::TupleGet(c.word().parse().map_err(|_| "bad tuple index".to_string())?),
        "unpack" => Op::Unpack(c.word().parse().map_err(|_| "bad unpack count".to_string())?),
        "call_method" => {
            let name = c.word().to_string();
            let mut kwnames = Vec::new();
            while let Some(k) = c.peek_word().strip_suffix('=') {
                kwnames.push(Box::from(k));
                c.word();
            }
            Op::CallMethod { name: name.into(), kwnames: kwnames.into() }
        }
        "method" => {
            let s = c.word();
            Op::Method(crate::methods::MethodId::from_spelling(s).ok_or_else(|| format!("unknown method `{s}`"))?)
        }
        "iter_next" => Op::IterNext,
        "func_ref" => Op::FuncRef(FuncId(c.entity("fn")?)),
        "call_value" => Op::CallValue,
        "iter_value" => Op::IterValue,
        "class_ref" => Op::ClassRef(ClassId(c.entity("cls")?)),
        "module_ref" => Op::ModuleRef(c.word().into()),
        "new" => {
            let class = ClassId(c.entity("cls")?);
            let mut kwnames = Vec::new();
            while let Some(k) = c.peek_word().strip_suffix('=') {
                kwnames.push(Box::from(k));
                c.word();
            }
            Op::New { class, kwnames: kwnames.into() }
        }
        "getattr" => Op::GetAttr(c.word().into()),
        "setattr" => Op::SetAttr(c.word().into()),
        "isinstance" => Op::IsInstance(ClassId(c.entity("cls")?)),
        "downcast" => Op::Downcast(ClassId(c.entity("cls")?)),
        "alloc" => Op::Alloc(ClassId(c.entity("cls")?)),
        "field" => Op::Field(c.word().into()),
        "set_field" => Op::SetField(c.word().into()),
        "class_attr" => Op::ClassAttr(c.word().into()),
        "set_class_attr" => Op::SetClassAttr(c.word().into()),
        "class_of" => Op::ClassOf,
        "bind_method" => Op::BindMethod(c.word().into()),
        "dispatch_binary" => {
            let name = c.word().into();
            Op::DispatchBinary { name, rname: c.word().into() }
        }
        "class_name" => Op::ClassName,
        "alloc_of" => Op::AllocOf,
        "caught" => Op::Caught,
        "throw" => Op::Throw,
        "exc_init" => Op::ExcInit,
        "load_slot" => {
            let slot = c.word().parse().map_err(|_| "bad slot".to_string())?;
            Op::LoadSlot { slot, name: c.quoted()?.into() }
        }
        "store_slot" => Op::StoreSlot(c.word().parse().map_err(|_| "bad slot".to_string())?),
        "load_outer" => {
            let func = FuncId(c.entity("fn")?);
            let slot = c.word().parse().map_err(|_| "bad slot".to_string())?;
            Op::LoadOuter { func, slot, name: c.quoted()?.into() }
        }
        "store_outer" => {
            let func = FuncId(c.entity("fn")?);
            Op::StoreOuter { func, slot: c.word().parse().map_err(|_| "bad slot".to_string())? }
        }
        "yield" => Op::Yield,
        "js" => {
            let w = c.word();
            Op::Js(JsOp::from_spelling(w).ok_or_else(|| format!("unknown js op `{w}`"))?)
        }
        "call_slot" => {
            let name = c.word().into();
            let on_class = c.peek_word() == "on_class";
            if on_class {
                c.word();
            }
            Op::CallSlot { name, on_class }
        }
        p => Op::Prim(Prim::from_name(p).ok_or_else(|| format!("unknown op `{p}`"))?),
    })
}

/// A cursor over one line.
struct Cursor<'a> {
    s: &'a str,
}

impl<'a> Cursor<'a> {
    fn new(s: &'a str) -> Self { Cursor { s } }
    fn rest(&self) -> &'a str { self.s }
    fn skip_ws(&mut self) { self.s = self.s.trim_start(); }

    fn word(&mut self) -> &'a str {
        self.skip_ws();
        let end = self.s.find([' ', ',']).unwrap_or(self.s.len());
        let (w, rest) = self.s.split_at(end);
        self.s = rest;
        self.skip_ws();
        w
    }
    fn peek_word(&self) -> &'a str {
        let s = self.s.trim_start();
        &s[..s.find(' ').unwrap_or(s.len())]
    }
    fn expect(&mut self, lit: &str) -> Result<(), String> {
        match self.s.strip_prefix(lit) {
            Some(rest) => {
                self.s = rest;
                Ok(())
            }
            None => Err(format!("expected `{lit}` at `{}`", self.s)),
        }
    }
    fn until(&mut self, c: char) -> &'a str {
        let end = self.s.find(c).unwrap_or(self.s.len());
        let (w, rest) = self.s.split_at(end);
        self.s = rest;
        w
    }
    fn until_str(&mut self, pat: &str) -> &'a str {
        let end = self.s.find(pat).unwrap_or(self.s.len());
        let (w, rest) = self.s.split_at(end);
        self.s = rest;
        w
    }
    /// `v12`, `block3`, `fn0`, `g4` → the number.
    fn entity(&mut self, prefix: &str) -> Result<u32, String> {
        self.skip_ws();
        let rest = self.s.strip_prefix(prefix).ok_or_else(|| format!("expected {prefix}N at `{}`", self.s))?;
        let end = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
        let n = rest[..end].parse().map_err(|_| format!("expected {prefix}N at `{}`", self.s))?;
        self.s = &rest[end..];
        Ok(n)
    }

    fn ty(&mut self) -> Result<Type, String> {
        self.skip_ws();
        let generic = ["list[", "set[", "iter[", "dict[", "tuple[", "either["].into_iter().find(|p| self.s.starts_with(p));
        let base = if let Some(rest) = self.s.strip_prefix("func[") {
            self.s = rest;
            let mut ids = Vec::new();
            loop {
                ids.push(FuncId(self.entity("fn")?));
                self.skip_ws();
                match self.s.strip_prefix(',') {
                    Some(rest) => self.s = rest,
                    None => break,
                }
            }
            self.expect("]")?;
            Type::Func(ids)
        } else if let Some(head) = generic {
            self.s = &self.s[head.len()..];
            let mut args = Vec::new();
            if let Some(rest) = self.s.strip_prefix("()") {
                self.s = rest;
            } else {
                loop {
                    args.push(self.ty()?);
                    self.skip_ws();
                    match self.s.strip_prefix(',') {
                        Some(rest) => self.s = rest,
                        None => break,
                    }
                }
            }
            self.expect("]")?;
            let one = |mut a: Vec<Type>| if a.len() == 1 { Ok(a.pop().unwrap()) } else { Err(format!("`{head}` takes one type")) };
            match head {
                "list[" => Type::list(one(args)?),
                "set[" => Type::set(one(args)?),
                "iter[" => Type::iter(one(args)?),
                "dict[" if args.len() == 2 => Type::dict(args[0].clone(), args[1].clone()),
                "dict[" => return Err("`dict[` takes two types".into()),
                "either[" => Type::Either(args),
                _ => Type::Tuple(args),
            }
        } else {
            let w = self.s.split([' ', ']', ',', ')']).next().unwrap_or("");
            self.s = &self.s[w.len()..];
            match w {
                "?" => Type::Unknown,
                "None" => Type::None,
                "bool" => Type::Bool,
                "int" => Type::Int,
                "float" => Type::Float,
                "str" => Type::Str,
                "JsObject" => Type::Js,
                other if other.starts_with("method[") => {
                    self.expect("]")?;
                    let (c, m) = other["method[".len()..].rsplit_once('.').ok_or("expected method[Class.name]")?;
                    let r = CLASSES.with(|cs| cs.borrow().iter().find(|x| x.name() == c).cloned()).ok_or_else(|| format!("unknown class `{c}`"))?;
                    Type::Bound(r, m.into())
                }
                other if other.starts_with("module[") => {
                    self.expect("]")?;
                    Type::Module(other["module[".len()..].into())
                }
                other => {
                    let (class, name) = match other.strip_prefix("type[") {
                        Some(n) => {
                            self.expect("]")?;
                            (true, n)
                        }
                        None => (false, other),
                    };
                    let r = CLASSES.with(|cs| cs.borrow().iter().find(|c| c.name() == name).cloned());
                    match r {
                        Some(r) if class => Type::Class(r),
                        Some(r) => Type::Inst(r),
                        None => return Err(format!("unknown type `{other}`")),
                    }
                }
            }
        };
        match self.s.strip_prefix(" | None") {
            Some(rest) => {
                self.s = rest;
                Ok(Type::optional(base))
            }
            None => Ok(base),
        }
    }

    fn constant(&mut self) -> Result<Const, String> {
        self.skip_ws();
        if self.s.starts_with('"') {
            return Ok(Const::Str(self.quoted()?.into()));
        }
        let w = self.word();
        Ok(match w {
            "None" => Const::None,
            "True" => Const::Bool(true),
            "False" => Const::Bool(false),
            w if w.ends_with('f') => Const::Float(w[..w.len() - 1].parse().map_err(|_| format!("bad float `{w}`"))?),
            w => Const::Int(w.parse().map_err(|_| format!("bad constant `{w}`"))?),
        })
    }

    /// A string in Rust's `{:?}` form.
    fn quoted(&mut self) -> Result<String, String> {
        self.skip_ws();
        let mut chars = self.s.char_indices();
        if chars.next().map(|c| c.1) != Some('"') {
            return Err(format!("expected a quoted string at `{}`", self.s));
        }
        let mut out = String::new();
        while let Some((i, ch)) = chars.next() {
            match ch {
                '"' => {
                    self.s = &self.s[i + 1..];
                    self.skip_ws();
                    return Ok(out);
                }
                '\\' => match chars.next().map(|c| c.1) {
                    Some('n') => out.push('\n'),
                    Some('t') => out.push('\t'),
                    Some('r') => out.push('\r'),
                    Some('0') => out.push('\0'),
                    Some('\\') => out.push('\\'),
                    Some('"') => out.push('"'),
                    Some('\'') => out.push('\''),
                    Some('u') => {
                        let rest = &self.s[i + 2..];
                        let close = rest.find('}').ok_or("bad \\u escape")?;
                        let code = u32::from_str_radix(&rest[1..close], 16).map_err(|_| "bad \\u escape")?;
                        out.push(char::from_u32(code).ok_or("bad \\u escape")?);
                        for _ in 0..close + 1 {
                            chars.next();
                        }
                    }
                    other => return Err(format!("unknown escape {other:?}")),
                },
                c => out.push(c),
            }
        }
        Err("unterminated string".into())
    }
}
