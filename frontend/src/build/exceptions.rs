//! `try` and `raise` in the builder.
//!
//! A `try` statement becomes a [`Terminator::Try`]: the body, handler and
//! finally regions are entered by the backend's own exception machinery, so no
//! edge carries values into a handler. The locals a `try` statement assigns
//! therefore live in frame slots ([`Op::LoadSlot`]/[`Op::StoreSlot`]) rather
//! than SSA values, so that a handler, a finally region and the code after the
//! statement see them as they were when control left the body.
//!
//! `try/except/else/finally` is built as CPython defines it: a `try/finally`
//! around a `try/except/else`.

use super::*;

/// Names assigned anywhere inside the `try` statements of a suite (not in nested defs).
pub(super) fn try_assigned(body: &[Stmt]) -> Vec<String> {
    let mut out = Vec::new();
    walk_suite(body, &mut |s| {
        if let Stmt::Try(t) = s {
            let mut names = Vec::new();
            collect_assigned(std::slice::from_ref(s), &mut names);
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                if let Some(n) = &h.name {
                    names.push((n.to_string(), n.range));
                }
            }
            for (n, _) in names {
                if !out.contains(&n) {
                    out.push(n);
                }
            }
        }
    });
    out
}

impl Fb<'_, '_> {
    pub(super) fn try_stmt(&mut self, t: &ast::StmtTry) -> R<()> {
        if t.is_star {
            return self.error(codes::UNSUPPORTED_STMT, t.range, "`except*` is not supported");
        }
        if t.finalbody.is_empty() {
            return self.try_except(t);
        }
        let span = self.p.span(t.range);
        self.try_region(span, None, Some(&t.finalbody), &mut |this| {
            if t.handlers.is_empty() {
                this.suite(&t.body);
                Ok(())
            } else {
                this.try_except(t)
            }
        })
    }

    /// A `try` terminator at the current block; `body` builds the body region.
    /// Returns with the current block after the statement (None when nothing
    /// completes normally).
    fn try_region(
        &mut self,
        span: Span,
        handler: Option<Block>,
        finally: Option<&[Stmt]>,
        body: &mut dyn FnMut(&mut Self) -> R<()>,
    ) -> R<()> {
        let Some(x) = self.cur.take() else { return Ok(()) };
        self.try_depth += 1;
        let body_b = self.new_block(span);
        let after = self.new_block(span);
        self.f.blocks[after].try_depth -= 1;
        let fin_b = finally.map(|_| self.new_block(span));
        self.f.set_term(x, Terminator::Try { body: body_b, handler, finally: fin_b, after: BlockCall { block: after, args: vec![] } });
        for r in std::iter::once(body_b).chain(handler).chain(fin_b) {
            self.preds[r.index()].push(x);
            self.seal(r);
        }
        // Never taken: it makes `x`, not the body, the dominator of what follows.
        self.preds[after.index()].push(x);
        // Whether control goes on after the statement: the body completes
        // normally, and so does the finally region (when there is one).
        let mut goes_on = true;
        if let (Some(fin), Some(stmts)) = (fin_b, finally) {
            self.cur = Some(fin);
            self.suite(stmts);
            match self.cur.take() {
                Some(cur) => self.f.set_term(cur, Terminator::EndFinally),
                None => goes_on = false,
            }
        }
        self.cur = Some(body_b);
        let r = body(self);
        self.try_depth -= 1;
        goes_on &= self.cur.is_some();
        self.jump(after);
        self.seal(after);
        self.cur = goes_on.then_some(after);
        r
    }

    fn try_except(&mut self, t: &ast::StmtTry) -> R<()> {
        let span = self.p.span(t.range);
        let Some(_) = self.cur else { return Ok(()) };
        // The handler's exception is typed as a BaseException.
        self.p.builtin_class("BaseException");
        let handler = self.new_block(span);
        self.f.blocks[handler].try_depth += 1;
        let join = self.new_block(span);
        let mut result = Ok(());
        self.try_region(span, Some(handler), None, &mut |this| {
            this.suite(&t.body);
            Ok(())
        })?;
        // The body's normal completion lands here: the else clause, then the join.
        if self.cur.is_some() {
            self.suite(&t.orelse);
            self.jump(join);
        }
        // The handler region: match the clauses in order; nothing matched re-raises.
        self.cur = Some(handler);
        self.try_depth += 1;
        let e = self.emit(Op::Caught, vec![], t.range);
        self.handling.push(e);
        for (k, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            if self.cur.is_none() {
                break;
            }
            let Some(ty) = &h.type_ else {
                if k + 1 != t.handlers.len() {
                    result = self.error(codes::SYNTAX, h.range, "default 'except:' must be last");
                }
                self.handler_body(h, e, None);
                self.jump(join);
                break;
            };
            let classes = match self.class_list(ty) {
                Ok(c) => c,
                Err(()) => {
                    result = Err(());
                    continue;
                }
            };
            let mut test: Option<Value> = None;
            for &c in &classes {
                let v = self.emit(Op::IsInstance(c), vec![e], ty.range());
                test = Some(match test {
                    None => v,
                    Some(prev) => {
                        let tv = self.t;
                        self.emit(Op::Select, vec![prev, tv, v], ty.range())
                    }
                });
            }
            let (yes, no) = (self.new_block(span), self.new_block(span));
            self.branch(test.unwrap_or(self.fl), yes, no);
            self.seal(yes);
            self.seal(no);
            self.cur = Some(yes);
            self.handler_body(h, e, if classes.len() == 1 { Some(classes[0]) } else { None });
            self.jump(join);
            self.cur = Some(no);
        }
        if self.cur.is_some() {
            self.emit_void(Op::Throw, vec![e], t.range);
            let cur = self.cur.take().unwrap();
            self.f.set_term(cur, Terminator::Unreachable);
        }
        self.handling.pop();
        self.try_depth -= 1;
        self.seal(join);
        self.cur = if self.preds[join.index()].is_empty() { None } else { Some(join) };
        result
    }

    fn handler_body(&mut self, h: &ast::ExceptHandlerExceptHandler, e: Value, class: Option<ClassId>) {
        if let Some(name) = &h.name {
            let v = match class {
                Some(c) => self.emit(Op::Downcast(c), vec![e], name.range),
                None => e,
            };
            if self.assign_name(name.as_str(), v, name.range).is_err() {
                return;
            }
        }
        self.suite(&h.body);
    }

    pub(super) fn raise_stmt(&mut self, r: &ast::StmtRaise) -> R<()> {
        if let Some(cause) = &r.cause {
            // The cause only changes the traceback CPython prints above the last line.
            self.expr(cause)?;
        }
        let exc = match &r.exc {
            None => match self.handling.last() {
                Some(&e) => e,
                // At run time the exception a caller is handling may be active (or,
                // in a finally clause, the one passing through): not tracked yet.
                None => {
                    return self.error(codes::UNSUPPORTED_STMT, r.range, "a bare `raise` outside an `except` clause is not supported yet: name the exception (`except E as e: ... raise e`)");
                }
            },
            // `raise C` instantiates the class.
            Some(e) => match &**e {
                Expr::Name(n) if !self.is_local(n.id.as_str()) && !self.p.globals.contains_key(n.id.as_str()) => match self.p.class_named(n.id.as_str()) {
                    Some(c) => self.emit(Op::New { class: c, kwnames: Box::new([]) }, vec![], e.range()),
                    None => self.expr(e)?,
                },
                e => self.expr(e)?,
            },
        };
        self.emit_void(Op::Throw, vec![exc], r.range);
        let cur = self.cur.take().unwrap();
        self.f.set_term(cur, Terminator::Unreachable);
        Ok(())
    }
}
