//! `import js` in the annotator: operations on JS values follow
//! `typing::js`; every Python value that crosses into JS is an escape: the
//! functions and bound methods among its parts become callable from JS (their
//! parameters take their declared types, and those no Python call types
//! become `JsObject`), and the methods of escaped instances with declared
//! parameters are annotated so JS can call them.

use super::*;
use pyrt_ir::{ClassId, Member};

impl Annotator<'_> {
    /// The flow step of an operation with a JS operand; None for other operations.
    pub(super) fn step_js(&mut self, fid: FuncId, i: pyrt_ir::Inst, tys: &[Type]) -> Option<Step> {
        let inst = self.m.funcs[fid].insts[i].clone();
        if let Op::GetAttr(name) = &inst.op
            && matches!(&tys[0], Type::Module(m) if &**m == "js")
            && &**name == "JsException"
        {
            return Some(match self.builtin_chain("$JsException") {
                Some(c) => Step::Type(Some(Type::Class(c))),
                None => self.js_error(fid, i, "internal: `js.JsException` without its class".into()),
            });
        }
        let result = typing::js(&inst.op, tys)?;
        // Every Python operand crosses into JS (the receiver is JS already).
        for t in tys.iter().filter(|t| !typing::is_js(t)) {
            self.js_escape(t);
        }
        Some(match result {
            Ok(Type::None) if matches!(inst.op, Op::SetAttr(_) | Op::Builtin(pyrt_ir::Builtin::SetItem)) => Step::Type(None),
            Ok(t) => Step::Type(Some(t)),
            Err(msg) => self.js_error(fid, i, msg),
        })
    }

    fn js_error(&mut self, fid: FuncId, i: pyrt_ir::Inst, msg: String) -> Step {
        let span = self.m.funcs[fid].insts[i].span;
        self.pending.insert((fid.0, i.0), Diagnostic::error(codes::BAD_OPERAND, span, msg));
        Step::Stop { keep_this: false }
    }

    /// A value of type `t` crosses into JS.
    pub(super) fn js_escape(&mut self, t: &Type) {
        let t = deep_of(&mut self.vars, t);
        let (mut funcs, mut bound, mut classes) = (Vec::new(), Vec::new(), Vec::new());
        t.walk(&mut |x| match x {
            Type::Func(ids) => funcs.extend(ids.iter().copied()),
            Type::Bound(c, m) => bound.push((c.clone(), m.to_string())),
            Type::Inst(c) => classes.push(c.id()),
            _ => {}
        });
        for f in funcs {
            self.js_callable(f);
        }
        for (c, name) in bound {
            for (_, member) in self.m.targets(c.id(), &name) {
                if let Member::Method(f) = member {
                    self.js_method(f, &c);
                }
            }
        }
        for c in classes {
            self.js_escape_class(c);
        }
    }

    /// Instances of `c` (or of a subclass) cross into JS: their methods whose
    /// parameters are all declared are annotated, so JS can call them.
    pub(super) fn js_escape_class(&mut self, c: ClassId) {
        for k in self.m.subclasses(c) {
            if !self.js_classes.insert(k) {
                continue;
            }
            let chain = self.m.classes[k].chain.clone();
            let methods: Vec<FuncId> =
                self.m.classes[k].members.iter().filter(|(n, _)| !n.starts_with('_')).filter_map(|(_, m)| if let Member::Method(f) = m { Some(*f) } else { None }).collect();
            for f in methods {
                let func = &self.m.funcs[f];
                if func.param_decls.iter().enumerate().skip(1).all(|(k, d)| d.is_some() || func.js_hints.contains_key(&k)) {
                    self.js_method(f, &chain);
                }
            }
        }
    }

    /// A method JS may call through an instance of `c`.
    fn js_method(&mut self, f: FuncId, c: &pyrt_ir::ClassRef) {
        self.reach_function(f);
        if let Some(&me) = self.m.funcs[f].params().first() {
            let span = self.m.funcs[f].span;
            self.union_param(f, me, Type::Inst(c.clone()), span, &|_: &Module| "`self`".to_string());
        }
        self.js_callable(f);
    }

    /// A function JS may call.
    pub(super) fn js_callable(&mut self, f: FuncId) {
        if self.js_called.insert(f) {
            self.reach_function(f);
        }
    }

    /// At a fixpoint: the parameters of functions JS calls that no Python call
    /// typed (and that declare nothing) become `JsObject`. Whether anything grew.
    pub(super) fn js_settle_params(&mut self) -> bool {
        let mut grew = false;
        for f in self.js_called.clone() {
            for (k, p) in self.m.funcs[f].params().to_vec().into_iter().enumerate() {
                if !self.m.funcs[f].values[p].ty.is_known() {
                    let span = self.m.funcs[f].values[p].span;
                    let t = self.m.funcs[f].js_hints.get(&k).cloned().unwrap_or(Type::Js);
                    grew |= self.union_param(f, p, t, span, &|_: &Module| "a parameter".to_string());
                }
            }
        }
        grew
    }
}
