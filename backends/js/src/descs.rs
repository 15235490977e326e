//! Type descriptors: for every type whose values' behaviour depends on the type
//! where the value alone does not tell (a JS number may be an int or a float; a
//! list's repr depends on its elements' types), the output declares one
//! descriptor, built from the runtime's combinators (`$t_list($t_int)`), and the
//! typed operations of the method table receive it. Each distinct type gets one
//! `const $be_tN`, declared before the functions.

use crate::js::{self, E};
use crate::names::Names;
use pyrt_ir::{EntityRef, FuncId, Member, Module, Type};
use std::cell::RefCell;

/// A function's signature as interop converts it: its name, its parameters'
/// names and types, its result type.
struct Sig {
    name: String,
    params: Vec<(String, Type)>,
    ret: Type,
}

#[derive(Default)]
pub struct Descs {
    table: RefCell<Vec<(Type, String, Option<E>)>>,
    /// With `import js`: function types carry their signatures (`$t_fn`) and
    /// instance types their class (`$t_obj`), so values crossing between JS
    /// and Python convert by them.
    interop: Option<Interop>,
    /// Types whose descriptors are being built (a function type may mention itself).
    building: RefCell<Vec<Type>>,
}

struct Interop {
    sigs: Vec<Sig>,
    classes: pyrt_ir::module::Classes,
    class_names: Vec<String>,
}

impl Descs {
    /// The descriptors of a program; `interop` when it uses `import js`.
    pub fn new(m: &Module, names: &Names, interop: bool) -> Descs {
        let interop = interop.then(|| Interop {
            sigs: m
                .funcs
                .values()
                .map(|f| Sig {
                    name: f.name.clone(),
                    params: f.param_names.iter().cloned().zip(f.params().iter().map(|&p| f.ty(p).clone())).collect(),
                    ret: f.ret.clone(),
                })
                .collect(),
            classes: m.classes.clone(),
            class_names: m.classes.keys().map(|c| names.class(c).to_string()).collect(),
        });
        Descs { interop, ..Descs::default() }
    }

    /// The descriptor of a function's type as JS calls it (`skip` leading
    /// parameters bound already: a method's `self`).
    pub fn func_sig(&self, f: FuncId, skip: usize) -> Option<E> {
        let sig = self.interop.as_ref()?.sigs.get(f.index())?;
        let params = &sig.params[skip.min(sig.params.len())..];
        let names = js::array(params.iter().map(|(n, _)| js::str_lit(n)).collect());
        let types = js::array(params.iter().map(|(_, t)| self.get(t)).collect());
        Some(js::call_named("$t_fn", vec![js::str_lit(&sig.name), names, types, self.get(&sig.ret)]))
    }

    /// The function a bound method's type calls.
    fn bound_target(&self, c: &pyrt_ir::ClassRef, name: &str) -> Option<FuncId> {
        let i = self.interop.as_ref()?;
        match pyrt_ir::module::lookup(&i.classes, c.id(), name)?.1 {
            Member::Method(f) => Some(*f),
            _ => None,
        }
    }

    /// The name of the descriptor of `t`, declared on first use.
    pub fn get(&self, t: &Type) -> E { js::id(&self.name(t)) }

    fn name(&self, t: &Type) -> String {
        if let Some((_, n, _)) = self.table.borrow().iter().find(|(x, _, _)| x == t) {
            return n.clone();
        }
        if self.building.borrow().contains(t) {
            return match t {
                Type::Func(_) | Type::Bound(..) => "$t_func".into(),
                _ => "$t_inst".into(),
            };
        }
        self.building.borrow_mut().push(t.clone());
        let init = self.init(t);
        self.building.borrow_mut().pop();
        let mut table = self.table.borrow_mut();
        if let Some((_, n, _)) = table.iter().find(|(x, _, _)| x == t) {
            return n.clone();
        }
        let n = format!("$be_t{}", table.len());
        table.push((t.clone(), n.clone(), Some(init)));
        n
    }

    fn init(&self, t: &Type) -> E {
        if let Some(i) = &self.interop {
            match t {
                Type::Func(ids) => {
                    if let Some(e) = self.func_sig(ids[0], 0) {
                        return e;
                    }
                }
                Type::Bound(c, name) => {
                    if let Some(e) = self.bound_target(c, name).and_then(|f| self.func_sig(f, 1)) {
                        return e;
                    }
                }
                Type::Inst(c) => {
                    let name = &i.class_names[c.id().index()];
                    let cls = if i.classes[c.id()].builtin.is_some() { i.classes[c.id()].builtin.clone().unwrap_or_default() } else { name.clone() };
                    return js::call_named("$t_obj", vec![js::arrow(js::id(&cls))]);
                }
                _ => {}
            }
        }
        match t {
            Type::Int => js::id("$t_int"),
            Type::Float => js::id("$t_float"),
            Type::Bool => js::id("$t_bool"),
            Type::Str => js::id("$t_str"),
            Type::None | Type::Unknown | Type::Var(_) => js::id("$t_none"),
            Type::Func(_) | Type::Bound(..) => js::id("$t_func"),
            Type::Inst(_) => js::id("$t_inst"),
            Type::Class(_) => js::id("$t_class"),
            // Never used: operations on modules are refused.
            Type::Module(_) => js::id("$t_none"),
            Type::Either(_) => js::id("$t_either"),
            Type::Optional(x) => js::call_named("$t_opt", vec![self.get(x)]),
            Type::List(x) => js::call_named("$t_list", vec![self.get(x)]),
            Type::Set(x) => js::call_named("$t_set", vec![self.get(x)]),
            Type::Iter(x) => js::call_named("$t_iter", vec![self.get(x)]),
            Type::Dict(k, v) => js::call_named("$t_dict", vec![self.get(k), self.get(v)]),
            Type::Tuple(ts) => js::call_named("$t_tuple", vec![js::array(ts.iter().map(|x| self.get(x)).collect())]),
            Type::Js => js::id("$t_js"),
        }
    }

    /// The declarations, in dependency order (a descriptor after its parts).
    pub fn decls(&self) -> Vec<swc_ecma_ast::Stmt> {
        let mut table = self.table.borrow_mut();
        table.iter_mut().map(|(_, n, init)| js::const_decl(n, init.take().expect("declared once"))).collect()
    }
}
