//! Type descriptors: for every type whose values' behaviour depends on the type
//! where the value alone does not tell (a JS number may be an int or a float; a
//! list's repr depends on its elements' types), the output declares one
//! descriptor, built from the runtime's combinators (`$t_list($t_int)`), and the
//! typed operations of the method table receive it. Each distinct type gets one
//! `const $be_tN`, declared before the functions.

use crate::js::{self, E};
use pyrt_ir::Type;
use std::cell::RefCell;

#[derive(Default)]
pub struct Descs {
    table: RefCell<Vec<(Type, String, Option<E>)>>,
}

impl Descs {
    /// The name of the descriptor of `t`, declared on first use.
    pub fn get(&self, t: &Type) -> E { js::id(&self.name(t)) }

    fn name(&self, t: &Type) -> String {
        if let Some((_, n, _)) = self.table.borrow().iter().find(|(x, _, _)| x == t) {
            return n.clone();
        }
        let init = match t {
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
        };
        let mut table = self.table.borrow_mut();
        let n = format!("$be_t{}", table.len());
        table.push((t.clone(), n.clone(), Some(init)));
        n
    }

    /// The declarations, in dependency order (a descriptor after its parts).
    pub fn decls(&self) -> Vec<swc_ecma_ast::Stmt> {
        let mut table = self.table.borrow_mut();
        table.iter_mut().map(|(_, n, init)| js::const_decl(n, init.take().expect("declared once"))).collect()
    }
}
