//! Nested functions, lambdas that read enclosing locals, `nonlocal`, and
//! generators.
//!
//! A local variable that a nested function (or lambda) uses is a frame slot of
//! the function that owns it; the nested function is an IR function whose
//! `parent` is that function, and reads and writes the slot with
//! `load_outer`/`store_outer`. The JS backend declares a nested function
//! inside its parent, so each call of the parent has its own variables, and
//! function values made there keep them (Python's cells).

use super::*;

/// The names a function body (or lambda body) uses that it does not bind:
/// candidates for capture from enclosing functions.
fn free_names(params: &[String], body: &[Stmt]) -> Vec<String> {
    let scope = FnScope::scan(body);
    let mut used = Vec::new();
    for s in body {
        collect_stmt_names(s, &mut used);
        // Names free in functions nested deeper are free here unless bound here.
        nested_free(s, &mut used);
    }
    let bound = |n: &str| {
        params.iter().any(|p| p == n) || (scope.assigned.iter().any(|(a, _)| a == n) && !scope.nonlocals.contains_key(n)) || scope.globals.contains_key(n)
    };
    let mut out: Vec<String> = Vec::new();
    for n in used.into_iter().chain(scope.nonlocals.keys().cloned()) {
        if !bound(&n) && !out.contains(&n) {
            out.push(n);
        }
    }
    out
}

/// The free names of the functions and lambdas nested in a statement.
fn nested_free(s: &Stmt, out: &mut Vec<String>) {
    struct V<'o>(&'o mut Vec<String>);
    impl<'b> ast::visitor::Visitor<'b> for V<'_> {
        fn visit_stmt(&mut self, s: &'b Stmt) {
            if let Stmt::FunctionDef(d) = s {
                let params: Vec<String> = d.parameters.args.iter().map(|a| a.parameter.name.to_string()).collect();
                self.0.extend(free_names(&params, &d.body));
                return;
            }
            ast::visitor::walk_stmt(self, s);
        }
        fn visit_expr(&mut self, e: &'b Expr) {
            if let Expr::Generator(g) = e {
                // Lazy: a nested function. Its first iterable is evaluated outside.
                self.0.extend(genexp_comp_reads(g));
                ast::visitor::walk_expr(self, &g.generators[0].iter);
                return;
            }
            if let Expr::Lambda(l) = e {
                let params: Vec<String> =
                    l.parameters.as_ref().map(|ps| ps.args.iter().map(|a| a.parameter.name.to_string()).collect()).unwrap_or_default();
                let mut used = Vec::new();
                collect_names(&l.body, &mut used);
                self.0.extend(used.into_iter().filter(|n| !params.contains(n)));
                return;
            }
            ast::visitor::walk_expr(self, e);
        }
    }
    let mut v = V(out);
    ast::visitor::Visitor::visit_stmt(&mut v, s);
}

/// Whether a function body contains `yield` (outside nested functions).
pub(super) fn has_yield(body: &[Stmt]) -> bool {
    struct V(bool);
    impl<'b> ast::visitor::Visitor<'b> for V {
        fn visit_stmt(&mut self, s: &'b Stmt) {
            if !matches!(s, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
                ast::visitor::walk_stmt(self, s);
            }
        }
        fn visit_expr(&mut self, e: &'b Expr) {
            match e {
                Expr::Yield(_) | Expr::YieldFrom(_) => self.0 = true,
                Expr::Lambda(_) | Expr::Generator(_) => {}
                e => ast::visitor::walk_expr(self, e),
            }
        }
    }
    let mut v = V(false);
    for s in body {
        ast::visitor::Visitor::visit_stmt(&mut v, s);
    }
    v.0
}

/// The parameters of a lambda that lambdas or generator expressions nested in
/// its body use: they become frame slots.
pub(super) fn captured_in_expr(params: &[String], body: &Expr) -> Vec<String> {
    let wrapped = Stmt::Expr(ast::StmtExpr { range: body.range(), node_index: Default::default(), value: Box::new(body.clone()) });
    let mut free = Vec::new();
    nested_free(&wrapped, &mut free);
    let mut out: Vec<String> = Vec::new();
    for n in free {
        if params.contains(&n) && !out.contains(&n) {
            out.push(n);
        }
    }
    out
}

/// The names a generator expression reads (beyond its own targets).
fn genexp_comp_reads(g: &ast::ExprGenerator) -> Vec<String> {
    let mut used = Vec::new();
    collect_names(&g.elt, &mut used);
    for c in &g.generators {
        c.ifs.iter().for_each(|e| collect_names(e, &mut used));
    }
    for c in g.generators.iter().skip(1) {
        collect_names(&c.iter, &mut used);
    }
    let mut targets = Vec::new();
    for c in &g.generators {
        collect_target_names(&c.target, &mut targets);
    }
    used.retain(|n| !targets.iter().any(|(t, _)| t == n));
    used
}

/// The locals of a function (given its parameters and body) that functions or
/// lambdas nested in it use: they become frame slots.
pub(super) fn captured(params: &[String], body: &[Stmt]) -> Vec<String> {
    let scope = FnScope::scan(body);
    let mut free = Vec::new();
    for s in body {
        nested_free(s, &mut free);
    }
    let local = |n: &str| params.iter().any(|p| p == n) || (scope.assigned.iter().any(|(a, _)| a == n) && !scope.nonlocals.contains_key(n));
    let mut out: Vec<String> = Vec::new();
    for n in free {
        if local(&n) && !scope.globals.contains_key(&n) && !out.contains(&n) {
            out.push(n);
        }
    }
    out
}

impl Fb<'_, '_> {
    /// The slot of an enclosing function that holds `name`, innermost first.
    pub(super) fn outer_slot(&self, name: &str) -> Option<(FuncId, u32)> {
        self.enclosing.iter().rev().find_map(|(f, slots)| slots.get(name).map(|&s| (*f, s)))
    }

    /// The scopes a function nested in this one sees: ours, then our enclosing ones.
    fn inner_enclosing(&self) -> Vec<(FuncId, HashMap<String, u32>)> {
        let mut e = self.enclosing.clone();
        e.push((self.id, self.slots.clone()));
        e
    }

    /// A `def` inside a function: build it now (it sees this function's slots),
    /// and bind its name to the function value.
    pub(super) fn nested_def(&mut self, d: &ast::StmtFunctionDef) -> R<()> {
        let name = d.name.to_string();
        if let Some(dec) = d.decorator_list.first() {
            return self.error(codes::UNSUPPORTED_STMT, dec.range, "decorators are not supported");
        }
        if let Some(v) = &d.parameters.vararg {
            return self.error(codes::UNSUPPORTED_STMT, v.range, "`*args` parameters of nested functions are not supported yet");
        }
        let before = self.p.diags.len();
        check_signature(self.p, d, false);
        if self.p.diags.len() > before {
            return Err(());
        }
        let mut defaults = Vec::new();
        for a in d.parameters.args.iter() {
            match &a.default {
                None => defaults.push(None),
                Some(e) => match const_of(e) {
                    Some(c) => defaults.push(Some(DefaultArg::Const(c))),
                    None => return self.error(codes::UNSUPPORTED_EXPR, e.range(), "a nested function's default values must be constants"),
                },
            }
        }
        let span = self.p.span(d.name.range);
        let id = self.p.m.funcs.push(Function::new(name.clone(), span));
        let enclosing = self.inner_enclosing();
        let scope = FnScope::scan(&d.body);
        check_global_order(self.p, &d.body, &scope);
        let mut fb = Fb::new(&mut *self.p, id, false, scope);
        fb.enclosing = enclosing;
        fb.function_body(d);
        let mut f = fb.finish();
        f.parent = Some(self.id);
        f.defaults = defaults;
        self.p.m.funcs[id] = f;
        let v = self.emit(Op::FuncRef(id), vec![], d.name.range);
        self.assign_name(&name, v, d.name.range)
    }

    /// The enclosing scopes for a lambda built inside this function.
    pub(super) fn lambda_enclosing(&self) -> Vec<(FuncId, HashMap<String, u32>)> {
        if self.is_module { Vec::new() } else { self.inner_enclosing() }
    }

    /// A generator expression as a value: a nested generator function of the
    /// first iterable (evaluated here, as CPython does), called at once.
    pub(super) fn genexp(&mut self, g: &ast::ExprGenerator) -> R<Value> {
        let r = g.range;
        for n in genexp_comp_reads(g) {
            if self.comp_name(&n).is_some() {
                return self.error(codes::UNSUPPORTED_EXPR, r, format!("this generator expression reads `{n}`, an enclosing comprehension's variable: not supported"));
            }
        }
        let first = self.iterable(&g.generators[0].iter)?;
        let span = self.p.span(r);
        let id = self.p.m.funcs.push(Function::new("<genexpr>", span));
        let enclosing = self.lambda_enclosing();
        let parent = (!self.is_module).then_some(self.id);
        let mut fb = Fb::new(&mut *self.p, id, false, FnScope::default());
        fb.enclosing = enclosing;
        fb.f.generator = true;
        let entry = fb.f.entry;
        let it = fb.f.add_block_param(entry, Type::Unknown, Some(".0"), span);
        fb.f.param_names.push(".0".into());
        fb.f.param_decls.push(None);
        fb.push_comp_scope(&g.generators);
        let elt = &g.elt;
        let res = fb.comp_loop(&g.generators, 0, Some(it), &mut |this: &mut Fb| {
            if this.cur.is_none() {
                return Ok(());
            }
            let v = this.expr(elt)?;
            this.emit_void(Op::Yield, vec![v], elt.range());
            Ok(())
        });
        fb.comp_scopes.pop();
        if fb.cur.is_some() {
            let none = fb.konst(Const::None, r);
            let cur = fb.cur.take().unwrap();
            fb.f.set_term(cur, Terminator::Return(none));
        }
        let mut f = fb.finish();
        f.parent = parent;
        self.p.m.funcs[id] = f;
        res?;
        Ok(self.emit(Op::Call(id), vec![first], r))
    }

    /// `map(f, xs, ...)` and `filter(f, xs)`: lazy, as in CPython: a generator
    /// function of the function value and the iterables, called at once.
    pub(super) fn map_filter(&mut self, is_map: bool, c: &ast::ExprCall) -> R<Value> {
        let r = c.range();
        let name = if is_map { "map" } else { "filter" };
        let args = &c.arguments.args;
        if let Some(k) = c.arguments.keywords.first() {
            return self.error(codes::BAD_CALL, k.range, format!("{name}() takes no keyword arguments"));
        }
        if args.len() < 2 || (!is_map && args.len() != 2) {
            let msg = if is_map { "map() must have at least two arguments.".to_string() } else { format!("filter expected 2 arguments, got {}", args.len()) };
            return self.error(codes::BAD_CALL, r, msg);
        }
        // filter(None, xs) keeps the true elements.
        let no_func = !is_map && matches!(args[0], Expr::NoneLiteral(_));
        let f = if no_func { None } else { Some(self.expr(&args[0])?) };
        let mut seqs = Vec::new();
        for a in &args[1..] {
            seqs.push(self.iterable(a)?);
        }
        let span = self.p.span(r);
        let id = self.p.m.funcs.push(Function::new(format!("<{name}>"), span));
        let mut fb = Fb::new(&mut *self.p, id, false, FnScope::default());
        fb.f.generator = true;
        let entry = fb.f.entry;
        let fv = f.map(|_| {
            fb.f.param_names.push("function".into());
            fb.f.param_decls.push(None);
            fb.f.add_block_param(entry, Type::Unknown, Some("function"), span)
        });
        let mut its = Vec::new();
        for k in 0..seqs.len() {
            fb.f.param_names.push(format!("iterable{k}"));
            fb.f.param_decls.push(None);
            let p = fb.f.add_block_param(entry, Type::Unknown, Some("iterable"), span);
            its.push(fb.emit(Op::Builtin(Builtin::Iter), vec![p], r));
        }
        let header = fb.new_block(span);
        let done = fb.new_block(span);
        fb.jump(header);
        fb.cur = Some(header);
        let mut vals = Vec::new();
        for &it in &its {
            let more = fb.emit(Op::IterNext, vec![it], r);
            let next = fb.new_block(span);
            fb.branch(more, next, done);
            fb.seal(next);
            fb.cur = Some(next);
            vals.push(fb.emit(Op::IterValue, vec![it], r));
        }
        if is_map {
            let mut call = vec![fv.expect("map has a function")];
            call.extend(&vals);
            let y = fb.emit(Op::CallValue, call, r);
            fb.emit_void(Op::Yield, vec![y], r);
            fb.jump(header);
        } else {
            let test = match fv {
                Some(f) => fb.emit(Op::CallValue, vec![f, vals[0]], r),
                None => vals[0],
            };
            let t = fb.emit(Op::Truth, vec![test], r);
            let (keep, skip) = (fb.new_block(span), header);
            fb.branch(t, keep, skip);
            fb.seal(keep);
            fb.cur = Some(keep);
            fb.emit_void(Op::Yield, vec![vals[0]], r);
            fb.jump(header);
        }
        fb.seal(header);
        fb.seal(done);
        fb.cur = Some(done);
        let none = fb.konst(Const::None, r);
        fb.f.set_term(done, Terminator::Return(none));
        fb.cur = None;
        let f2 = fb.finish();
        self.p.m.funcs[id] = f2;
        let mut call_args: Vec<Value> = f.into_iter().collect();
        call_args.extend(seqs);
        Ok(self.emit(Op::Call(id), call_args, r))
    }

    /// `nonlocal x`: x must be a variable of an enclosing function.
    pub(super) fn nonlocal_stmt(&mut self, n: &ast::StmtNonlocal) -> R<()> {
        for name in &n.names {
            if self.outer_slot(name.as_str()).is_none() {
                return self.error(codes::SYNTAX, name.range, format!("no binding for nonlocal '{name}' found"));
            }
        }
        Ok(())
    }

    /// `yield value` (its own value is None: nothing is sent into generators).
    pub(super) fn yield_expr(&mut self, y: &ast::ExprYield) -> R<Value> {
        if self.is_module || !self.comp_scopes.is_empty() {
            return self.error(codes::SYNTAX, y.range, "'yield' outside function");
        }
        self.f.generator = true;
        let v = match &y.value {
            Some(e) => self.expr(e)?,
            None => self.konst(Const::None, y.range),
        };
        self.emit_void(Op::Yield, vec![v], y.range);
        Ok(self.konst(Const::None, y.range))
    }

    /// `yield from iterable`: yield each of its elements.
    pub(super) fn yield_from(&mut self, y: &ast::ExprYieldFrom) -> R<Value> {
        if self.is_module || !self.comp_scopes.is_empty() {
            return self.error(codes::SYNTAX, y.range, "'yield' outside function");
        }
        self.f.generator = true;
        let seq = self.expr(&y.value)?;
        let span = self.p.span(y.range);
        let done = self.new_block(span);
        let (header, elem) = self.iter_loop_head(seq, done, y.range, y.value.range(), span);
        self.emit_void(Op::Yield, vec![elem], y.range);
        self.jump(header);
        self.seal(header);
        self.seal(done);
        self.cur = Some(done);
        Ok(self.konst(Const::None, y.range))
    }
}
