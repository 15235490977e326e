//! JS interop (`import js`): what the program's side needs beyond its
//! JsOps (which `func.rs` translates into calls of `runtime/wasm/interop.c`).
//!
//! * The JS descriptors: each Python type that crosses into JS, or that a
//!   Python function called from JS takes or returns, gets a number; the
//!   loader carries the table (`runtime/wasm/interop.mjs` converts by it).
//! * The thunks: JS calls a Python function value through a thunk made per
//!   signature, `(function object, argument slots) -> i64`, which loads the
//!   arguments from the slots as the signature holds them and calls the
//!   function's code (its environment first); the result comes back as 64
//!   bits, for JS to read by the result's descriptor.
//! * The runtime functions JS calls (pins, slots, exceptions), exported.

use crate::abi;
use crate::func::{encode, mem, widen_op};
use crate::loader::js_string as quote;
use crate::program::{Program, valtype};
use crate::unsupported;
use pyrt_ir::layout::{Repr, bound_call};
use pyrt_ir::{ClassId, Diagnostic, EntityRef, FuncId, Span, Type};
use std::collections::HashMap;
use wasm_encoder::{Instruction as I, ValType};

/// The runtime functions `interop.mjs` calls.
const EXPORTED: &[&str] = &[
    "pyrt_js_pin",
    "pyrt_js_unpin",
    "pyrt_js_pinned",
    "pyrt_js_slot_str",
    "pyrt_js_slot_box",
    "pyrt_js_slot_pinned",
    "pyrt_js_slots_at",
    "pyrt_js_slot_kinds_at",
    "pyrt_js_slot_list",
    "pyrt_js_slot_tuple",
    "pyrt_js_slot_tuple_set",
    "pyrt_js_slot_dict",
    "pyrt_js_set_has",
    "pyrt_js_set_add",
    "pyrt_js_set_discard",
    "pyrt_js_set_next",
    "pyrt_js_set_key",
    "pyrt_m_set_len",
    "pyrt_js_slots_clear",
    "pyrt_js_take_exc",
    "pyrt_js_exc_name",
    "pyrt_js_exc_message",
    "pyrt_js_exc_value",
    "pyrt_js_uncaught",
    "pyrt_flush",
    "pyrt_js_idle",
    "pyrt_js_list_store",
    "pyrt_js_list_truncate",
    "pyrt_js_dict_find",
    "pyrt_js_dict_set",
    "pyrt_js_dict_delete",
    "pyrt_func_new",
    "pyrt_js_store",
    "pyrt_js_str_of",
    "pyrt_js_async_step",
];

#[derive(Default)]
pub(crate) struct Interop {
    /// Whether the program uses `js` at all.
    pub used: bool,
    /// The JS descriptors (JS object literals), by number.
    descs: Vec<String>,
    ids: HashMap<Type, u32>,
    /// The thunks by signature: their export names.
    thunks: HashMap<(Vec<Repr>, Repr), String>,
    pub exports: Vec<(String, u32)>,
}

impl Interop {
    /// The loader's descriptor table (a JS array literal), when `js` is used.
    pub fn table(&self) -> Option<String> { self.used.then(|| format!("[\n  {}\n]", self.descs.join(",\n  "))) }
}

impl Program<'_> {
    /// The number of `t`'s JS descriptor.
    pub fn js_desc(&mut self, t: &Type, span: Span) -> Result<u32, Diagnostic> {
        if let Some(&d) = self.js.ids.get(t) {
            return Ok(d);
        }
        // Numbered first: a function's type may mention itself.
        let id = self.js.descs.len() as u32;
        self.js.descs.push(String::new());
        self.js.ids.insert(t.clone(), id);
        let mut text = match t {
            Type::None | Type::Unknown => r#"{ k: "none" }"#.to_string(),
            Type::Bool => r#"{ k: "bool" }"#.to_string(),
            Type::Int => r#"{ k: "int" }"#.to_string(),
            Type::Float => r#"{ k: "float" }"#.to_string(),
            Type::Str => r#"{ k: "str" }"#.to_string(),
            Type::Js => r#"{ k: "js" }"#.to_string(),
            Type::Optional(inner) => format!(r#"{{ k: "opt", inner: {} }}"#, self.js_desc(inner, span)?),
            Type::List(elem) => format!(r#"{{ k: "list", elem: {} }}"#, self.js_desc(elem, span)?),
            Type::Set(elem) => format!(r#"{{ k: "set", elem: {} }}"#, self.js_desc(elem, span)?),
            Type::Inst(c) if self.m.classes[c.id()].builtin.is_none() => self.js_inst_desc(c.id(), span)?,
            Type::Dict(k, v) => format!(r#"{{ k: "dict", key: {}, val: {} }}"#, self.js_desc(k, span)?, self.js_desc(v, span)?),
            Type::Tuple(elems) => {
                let ds = elems.iter().map(|e| self.js_desc(e, span).map(|d| d.to_string())).collect::<Result<Vec<_>, _>>()?;
                format!(r#"{{ k: "tuple", elems: [{}] }}"#, ds.join(", "))
            }
            Type::Func(ids) => self.js_fn_desc(ids[0], 0, None, span)?,
            Type::Bound(c, name) => {
                let b = bound_call(self.m, c.id(), name).map_err(|what| unsupported(span, what))?;
                self.js_fn_desc(b.first, 1, Some(b.ret), span)?
            }
            _ => {
                self.js_forget(id as usize);
                return Err(unsupported(span, format!("a Python `{t}` crossing into JS (its JS proxy)")));
            }
        };
        // A container's or an instance's: its object's runtime descriptor
        // too (for str(), and to make a container from a JS one; a
        // function's text holds its address, as JS's does not), its Python
        // type (for messages), and an instance's class (for isinstance).
        if matches!(t, Type::List(_) | Type::Set(_) | Type::Inst(_) | Type::Dict(..) | Type::Tuple(_)) {
            let cd = self.desc(t, span).inspect_err(|_| self.js_forget(id as usize))?;
            let class = match t {
                Type::Inst(c) => format!(" tid: {},", self.class_addr[&c.id()]),
                _ => String::new(),
            };
            text.insert_str(1, &format!(" cd: {cd}, py: {},{class}", quote(&t.to_string())));
        }
        self.js.descs[id as usize] = text;
        Ok(id)
    }

    /// Drop the descriptors numbered from `n` on (made for a type that turned out not to cross).
    fn js_forget(&mut self, n: usize) {
        self.js.descs.truncate(n);
        self.js.ids.retain(|_, d| (*d as usize) < n);
    }

    /// `t`'s descriptor, or None where `t` does not cross (and the table as it was).
    fn try_js_desc(&mut self, t: &Type, span: Span) -> Option<u32> {
        let n = self.js.descs.len();
        self.js_desc(t, span).inspect_err(|_| self.js_forget(n)).ok()
    }

    /// An instance's descriptor: its class's fields (name, offset,
    /// descriptor) and its plain methods (name, the bound method's code,
    /// descriptor), those whose types cross.
    fn js_inst_desc(&mut self, c: ClassId, span: Span) -> Result<String, Diagnostic> {
        let layout = self.layouts[c.index()].clone();
        let mut fields = Vec::new();
        for (name, off, t) in &layout.fields {
            if let Some(d) = self.try_js_desc(t, span) {
                fields.push(format!("[{}, {off}, {d}]", quote(name)));
            }
        }
        let mut names: Vec<String> = self.m.classes[c].mro.iter().flat_map(|&k| self.m.classes[k].members.keys().cloned()).collect();
        names.sort();
        names.dedup();
        let mut methods = Vec::new();
        for name in names.iter().filter(|n| !n.starts_with("__")) {
            let Ok(b) = bound_call(self.m, c, name) else { continue };
            let n = self.js.descs.len();
            let Ok(fd) = self.js_fn_desc(b.first, 1, Some(b.ret.clone()), span) else {
                self.js_forget(n);
                continue;
            };
            let k = self.vtable_slot(name);
            let code = self.bound_wrapper(k, b.params.clone(), Repr::of(&b.ret));
            let qual = format!("{}.{name}", self.m.classes[c].name);
            let qual = self.cstr(&qual);
            let id = self.js.descs.len();
            self.js.descs.push(fd);
            methods.push(format!("[{}, {code}, {id}, {qual}]", quote(name)));
        }
        Ok(format!(r#"{{ k: "inst", cls: {}, fields: [{}], methods: [{}] }}"#, quote(&self.m.classes[c].name), fields.join(", "), methods.join(", ")))
    }

    /// A function's descriptor as JS calls it (`skip` leading parameters
    /// bound already: a method's self; `ret`: the result as a bound method's
    /// vtable slot holds it, where that is how it is called).
    fn js_fn_desc(&mut self, f: FuncId, skip: usize, ret: Option<Type>, span: Span) -> Result<String, Diagnostic> {
        let g = &self.m.funcs[f];
        if g.generator {
            return Err(unsupported(span, "a generator function crossing into JS"));
        }
        let params: Vec<Type> = g.params().iter().skip(skip).map(|&p| g.values[p].ty.clone()).collect();
        let names: Vec<String> = g.param_names.iter().skip(skip).map(|n| quote(n)).collect();
        let (name, ret) = (g.name.clone(), ret.unwrap_or_else(|| g.call_ret()));
        if params.len() > abi::JS_MAX_ARGS as usize {
            return Err(unsupported(span, format!("a function of {} parameters called from JS", params.len())));
        }
        let pdescs = params.iter().map(|t| self.js_desc(t, span).map(|d| d.to_string())).collect::<Result<Vec<_>, _>>()?;
        let rdesc = self.js_desc(&ret, span)?;
        let reprs: Vec<Repr> = params.iter().map(Repr::of).collect();
        let sig = format!("{reprs:?}->{:?}", Repr::of(&ret));
        let thunk = self.thunk(reprs, Repr::of(&ret));
        Ok(format!(
            r#"{{ k: "fn", name: {}, names: [{}], params: [{}], ret: {rdesc}, thunk: "{thunk}", sig: "{sig}" }}"#,
            quote(&name),
            names.join(", "),
            pdescs.join(", ")
        ))
    }

    /// The export name of the thunk of signature (params → ret).
    fn thunk(&mut self, params: Vec<Repr>, ret: Repr) -> String {
        if let Some(n) = self.js.thunks.get(&(params.clone(), ret)) {
            return n.clone();
        }
        let mut code = vec![I::LocalGet(0), I::I32Load(mem(abi::FUNC_ENV, 2))];
        for (i, &r) in params.iter().enumerate() {
            let at = 8 * i as u64;
            code.push(I::LocalGet(1));
            code.push(match valtype(r) {
                ValType::I64 => I::I64Load(mem(at, 3)),
                ValType::F64 => I::F64Load(mem(at, 3)),
                _ => I::I32Load(mem(at, 2)),
            });
        }
        let fty = self.type_index(std::iter::once(ValType::I32).chain(params.iter().map(|&r| valtype(r))).collect(), vec![valtype(ret)]);
        code.extend([I::LocalGet(0), I::I32Load(mem(abi::FUNC_CODE, 2)), I::CallIndirect { type_index: fty, table_index: 0 }]);
        code.extend(widen_op(ret));
        code.push(I::End);
        let ty = self.type_index(vec![ValType::I32, ValType::I32], vec![ValType::I64]);
        let f = self.add_func(ty, encode(&[], &code));
        let name = format!("pyrt_thunk_{}", self.js.thunks.len());
        self.js.exports.push((name.clone(), f));
        self.js.thunks.insert((params, ret), name.clone());
        name
    }

    /// The runtime functions JS calls, exported (once the program is known to use `js`).
    pub fn js_exports(&mut self) -> Result<(), Diagnostic> {
        for name in EXPORTED {
            let f = self.func(name, Span::DUMMY)?;
            self.js.exports.push((name.to_string(), f));
        }
        Ok(())
    }
}
