//! Small constructors for swc's JS AST, and the printer.
//!
//! swc's printer does not insert parentheses, so every constructor here that
//! combines expressions wraps its non-atomic operands in `Expr::Paren`
//! ([`atom`]). That over-parenthesizes a little and is always right.

use swc_common::{DUMMY_SP, SourceMap, SyntaxContext, sync::Lrc};
use swc_ecma_ast::{
    AssignExpr, AssignOp, BinExpr, BinaryOp, BindingIdent, BlockStmt, BreakStmt, CallExpr, Callee, CondExpr,
    ContinueStmt, Decl, EsVersion, Expr, ExprOrSpread, ExprStmt, FnDecl, Function, FunctionBody, Ident, IdentName,
    IfStmt, LabeledStmt, Lit, MemberExpr, MemberProp, Number, Param, ParenExpr, Pat, ReturnStmt, Script, Stmt, Str,
    ThrowStmt, UnaryExpr, UnaryOp, UpdateExpr, UpdateOp, VarDecl, VarDeclKind, VarDeclarator, WhileStmt,
};
use swc_ecma_codegen::{Config, Emitter, text_writer::JsWriter};

pub type E = Box<Expr>;

pub fn ident(name: &str) -> Ident { Ident::new_no_ctxt(name.into(), DUMMY_SP) }

pub fn id(name: &str) -> E { Box::new(Expr::Ident(ident(name))) }

pub fn null() -> E { Box::new(Expr::Lit(Lit::Null(swc_ecma_ast::Null { span: DUMMY_SP }))) }

pub fn undefined() -> E { id("undefined") }

pub fn bool_lit(b: bool) -> E { Box::new(Expr::Lit(Lit::Bool(swc_ecma_ast::Bool { span: DUMMY_SP, value: b }))) }

pub fn str_lit(s: &str) -> E { Box::new(Expr::Lit(Lit::Str(Str { span: DUMMY_SP, value: s.into(), raw: None }))) }

/// A non-negative finite number printed exactly as `raw`.
fn num_lit(value: f64, raw: &str) -> E {
    Box::new(Expr::Lit(Lit::Num(Number { span: DUMMY_SP, value, raw: Some(raw.into()) })))
}

/// An integer literal (any sign). The caller checks that `i` is exact as a double.
pub fn int_lit(i: i64) -> E {
    let lit = num_lit(i.unsigned_abs() as f64, &i.unsigned_abs().to_string());
    if i < 0 { unary(UnaryOp::Minus, lit) } else { lit }
}

/// A double literal that JS parses back to exactly `x` (sign of zero, infinities and
/// NaN included). Rust's `{:?}` prints the shortest round-trip digits in a syntax
/// (`0.1`, `1.0`, `1e16`, `5e-324`) that is also a JS numeric literal.
pub fn float_lit(x: f64) -> E {
    if x.is_nan() {
        return id("NaN");
    }
    let mag = if x.is_infinite() { id("Infinity") } else { num_lit(x.abs(), &format!("{:?}", x.abs())) };
    if x.is_sign_negative() { unary(UnaryOp::Minus, mag) } else { mag }
}

/// Whether `e` can be an operand of any operator without parentheses.
fn is_atomic(e: &Expr) -> bool {
    matches!(e, Expr::Ident(_) | Expr::Lit(_) | Expr::Call(_) | Expr::Member(_) | Expr::Paren(_))
}

/// `e`, parenthesized unless atomic.
pub fn atom(e: E) -> E {
    if is_atomic(&e) { e } else { Box::new(Expr::Paren(ParenExpr { span: DUMMY_SP, expr: e })) }
}

pub fn paren(e: E) -> E { atom(e) }

/// `l op r`. Binary operands keep their parentheses only where precedence needs them
/// (`a + b + c`, `a - (b - c)`, `a === b < c`); `??` is always parenthesized
/// against other operators, and every other compound operand is too.
pub fn bin(op: BinaryOp, l: E, r: E) -> E {
    let left = if needs_paren(op, &l, false) { paren(l) } else { l };
    let right = if needs_paren(op, &r, true) { paren(r) } else { r };
    Box::new(Expr::Bin(BinExpr { span: DUMMY_SP, op, left, right }))
}

fn needs_paren(parent: BinaryOp, e: &Expr, right: bool) -> bool {
    match e {
        e if is_atomic(e) => false,
        Expr::Bin(b) => {
            let (pp, cp) = (parent.precedence(), b.op.precedence());
            let nullish = parent == BinaryOp::NullishCoalescing || b.op == BinaryOp::NullishCoalescing;
            nullish || parent == BinaryOp::Exp || b.op == BinaryOp::Exp || cp < pp || (right && cp == pp)
        }
        _ => true,
    }
}

pub fn unary(op: UnaryOp, a: E) -> E { Box::new(Expr::Unary(UnaryExpr { span: DUMMY_SP, op, arg: atom(a) })) }

pub fn cond(t: E, a: E, b: E) -> E {
    Box::new(Expr::Cond(CondExpr { span: DUMMY_SP, test: atom(t), cons: atom(a), alt: atom(b) }))
}

pub fn call(callee: E, args: Vec<E>) -> E {
    Box::new(Expr::Call(CallExpr {
        span: DUMMY_SP,
        ctxt: SyntaxContext::empty(),
        callee: Callee::Expr(atom(callee)),
        args: args.into_iter().map(|expr| ExprOrSpread { spread: None, expr }).collect(),
        type_args: None,
    }))
}

pub fn call_named(name: &str, args: Vec<E>) -> E { call(id(name), args) }

pub fn member(obj: E, prop: &str) -> E {
    Box::new(Expr::Member(MemberExpr {
        span: DUMMY_SP,
        obj: atom(obj),
        prop: MemberProp::Ident(IdentName::new(prop.into(), DUMMY_SP)),
    }))
}

pub fn assign_expr(name: &str, value: E) -> E {
    Box::new(Expr::Assign(AssignExpr {
        span: DUMMY_SP,
        op: AssignOp::Assign,
        left: BindingIdent { id: ident(name), type_ann: None }.into(),
        right: value,
    }))
}

pub fn assign(name: &str, value: E) -> Stmt { expr_stmt(assign_expr(name, value)) }

/// `++name` / `name--` and the like.
pub fn update(name: &str, increment: bool, prefix: bool) -> E {
    let op = if increment { UpdateOp::PlusPlus } else { UpdateOp::MinusMinus };
    Box::new(Expr::Update(UpdateExpr { span: DUMMY_SP, op, prefix, arg: id(name) }))
}

pub fn expr_stmt(e: E) -> Stmt { Stmt::Expr(ExprStmt { span: DUMMY_SP, expr: e }) }

pub fn block(stmts: Vec<Stmt>) -> BlockStmt { BlockStmt { span: DUMMY_SP, ctxt: SyntaxContext::empty(), stmts } }

pub fn labeled(label: &str, body: Stmt) -> Stmt {
    Stmt::Labeled(LabeledStmt { span: DUMMY_SP, label: ident(label), body: Box::new(body) })
}

pub fn while_true(body: Vec<Stmt>) -> Stmt {
    Stmt::While(WhileStmt { span: DUMMY_SP, test: bool_lit(true), body: Box::new(Stmt::Block(block(body))) })
}

/// `if (test) { then_ } else { else_ }`; an `else` holding just an `if` prints as
/// `else if`, and an empty `else` is left out.
pub fn if_stmt(test: E, then_: Vec<Stmt>, mut else_: Vec<Stmt>) -> Stmt {
    let alt = match else_.len() {
        0 => None,
        1 if matches!(else_[0], Stmt::If(_)) => else_.pop().map(Box::new),
        _ => Some(Box::new(Stmt::Block(block(else_)))),
    };
    Stmt::If(IfStmt { span: DUMMY_SP, test, cons: Box::new(Stmt::Block(block(then_))), alt })
}

fn str_value(e: &Expr) -> Option<&str> {
    match e {
        Expr::Lit(Lit::Str(s)) => s.value.as_str(),
        _ => None,
    }
}

/// `l + r` for strings; adjacent literals fold: `"a" + "b"` and `(x + "a") + "b"`
/// become `"ab"` and `x + "ab"` (a `+` whose right operand is a string literal is a
/// string concatenation, and concatenation is associative).
pub fn concat(mut l: E, r: E) -> E {
    let Some(b) = str_value(&r) else { return bin(BinaryOp::Add, l, r) };
    if let Some(a) = str_value(&l) {
        return str_lit(&format!("{a}{b}"));
    }
    if let Expr::Bin(BinExpr { op: BinaryOp::Add, right, .. }) = &mut *l
        && let Some(a) = str_value(right)
    {
        *right = str_lit(&format!("{a}{b}"));
        return l;
    }
    bin(BinaryOp::Add, l, r)
}

pub fn is_break_to(s: &Stmt, label: &str) -> bool {
    matches!(s, Stmt::Break(BreakStmt { label: Some(l), .. }) if &*l.sym == label)
}

pub fn is_continue_to(s: &Stmt, label: &str) -> bool {
    matches!(s, Stmt::Continue(ContinueStmt { label: Some(l), .. }) if &*l.sym == label)
}

/// Remove the jumps `is_exit` recognizes from the tail positions of `stmts`: the
/// places from which control would fall off the end of the list anyway (the last
/// statement, the ends of the branches of a final `if`, the end of a final labeled
/// block). Loops are not entered: their bodies never fall off.
pub fn strip_tail_jumps(stmts: &mut Vec<Stmt>, is_exit: &dyn Fn(&Stmt) -> bool) {
    loop {
        match stmts.last_mut() {
            Some(s) if is_exit(s) => {
                stmts.pop();
            }
            Some(Stmt::If(i)) => {
                strip_in_stmt(&mut i.cons, is_exit);
                if let Some(alt) = &mut i.alt {
                    strip_in_stmt(alt, is_exit);
                    if matches!(&**alt, Stmt::Block(b) if b.stmts.is_empty()) {
                        i.alt = None;
                    }
                }
                if matches!(&*i.cons, Stmt::Block(b) if b.stmts.is_empty())
                    && let Some(alt) = i.alt.take()
                {
                    // `if (c) {} else { s }` → `if (!c) { s }`
                    let test = std::mem::replace(&mut i.test, bool_lit(true));
                    i.test = unary(UnaryOp::Bang, test);
                    i.cons = match *alt {
                        b @ Stmt::Block(_) => Box::new(b),
                        other => Box::new(Stmt::Block(block(vec![other]))),
                    };
                }
                return;
            }
            Some(Stmt::Labeled(l)) => {
                if let Stmt::Block(b) = &mut *l.body {
                    strip_tail_jumps(&mut b.stmts, is_exit);
                }
                return;
            }
            Some(Stmt::Block(b)) => {
                strip_tail_jumps(&mut b.stmts, is_exit);
                return;
            }
            _ => return,
        }
    }
}

fn strip_in_stmt(s: &mut Stmt, is_exit: &dyn Fn(&Stmt) -> bool) {
    match s {
        Stmt::Block(b) => strip_tail_jumps(&mut b.stmts, is_exit),
        other => {
            let mut v = vec![std::mem::replace(other, Stmt::Block(block(vec![])))];
            strip_tail_jumps(&mut v, is_exit);
            *other = match v.pop() {
                Some(s) if v.is_empty() => s,
                Some(s) => {
                    v.push(s);
                    Stmt::Block(block(v))
                }
                None => Stmt::Block(block(vec![])),
            };
        }
    }
}

/// Whether any `break`/`continue` in `stmts` names `label`.
pub fn jumps_to(stmts: &[Stmt], label: &str) -> bool { stmts.iter().any(|s| stmt_jumps_to(s, label)) }

fn stmt_jumps_to(s: &Stmt, label: &str) -> bool {
    match s {
        Stmt::Break(BreakStmt { label: Some(l), .. }) | Stmt::Continue(ContinueStmt { label: Some(l), .. }) => &*l.sym == label,
        Stmt::Block(b) => jumps_to(&b.stmts, label),
        Stmt::Labeled(l) => stmt_jumps_to(&l.body, label),
        Stmt::While(w) => stmt_jumps_to(&w.body, label),
        Stmt::If(i) => stmt_jumps_to(&i.cons, label) || i.alt.as_deref().is_some_and(|a| stmt_jumps_to(a, label)),
        Stmt::Try(t) => {
            jumps_to(&t.block.stmts, label)
                || t.handler.as_ref().is_some_and(|h| jumps_to(&h.body.stmts, label))
                || t.finalizer.as_ref().is_some_and(|f| jumps_to(&f.stmts, label))
        }
        _ => false,
    }
}

/// `if (test) stmt` (no braces), for one-line guards.
pub fn guard(test: E, stmt: Stmt) -> Stmt { Stmt::If(IfStmt { span: DUMMY_SP, test, cons: Box::new(stmt), alt: None }) }

pub fn break_to(label: &str) -> Stmt { Stmt::Break(BreakStmt { span: DUMMY_SP, label: Some(ident(label)) }) }

pub fn continue_to(label: &str) -> Stmt { Stmt::Continue(ContinueStmt { span: DUMMY_SP, label: Some(ident(label)) }) }

pub fn ret(e: E) -> Stmt { Stmt::Return(ReturnStmt { span: DUMMY_SP, arg: Some(e) }) }

pub fn throw(e: E) -> Stmt { Stmt::Throw(ThrowStmt { span: DUMMY_SP, arg: e }) }

/// `let a, b, c;` (nothing for no names).
pub fn let_decl(names: &[String]) -> Option<Stmt> {
    if names.is_empty() {
        return None;
    }
    let decls = names
        .iter()
        .map(|n| VarDeclarator {
            span: DUMMY_SP,
            name: Pat::Ident(BindingIdent { id: ident(n), type_ann: None }),
            init: None,
            definite: false,
        })
        .collect();
    Some(Stmt::Decl(Decl::Var(Box::new(VarDecl {
        span: DUMMY_SP,
        ctxt: SyntaxContext::empty(),
        kind: VarDeclKind::Let,
        declare: false,
        decls,
    }))))
}

pub fn function(name: &str, params: &[String], body: Vec<Stmt>) -> Stmt { function_kind(name, params, &[], body, false) }

/// `function name(params) { body }`, or `function* ...` for a generator; the
/// parameters with a default value (`defaults[k]`) take it when a call leaves them out.
pub fn function_kind(name: &str, params: &[String], defaults: &[Option<E>], body: Vec<Stmt>, generator: bool) -> Stmt {
    function_full(name, params, defaults, body, generator, false)
}

/// [`function_kind`], or an `async function` when `is_async`.
pub fn function_full(name: &str, params: &[String], defaults: &[Option<E>], body: Vec<Stmt>, generator: bool, is_async: bool) -> Stmt {
    Stmt::Decl(Decl::Fn(FnDecl {
        ident: ident(name),
        declare: false,
        function: Box::new(Function {
            this_param: None,
            params: params
                .iter()
                .enumerate()
                .map(|(k, p)| {
                    let pat = Pat::Ident(BindingIdent { id: ident(p), type_ann: None });
                    let pat = match defaults.get(k).cloned().flatten() {
                        Some(d) => Pat::Assign(swc_ecma_ast::AssignPat { span: DUMMY_SP, left: Box::new(pat), right: d }),
                        None => pat,
                    };
                    Param { span: DUMMY_SP, decorators: vec![], pat }
                })
                .collect(),
            decorators: vec![],
            span: DUMMY_SP,
            ctxt: SyntaxContext::empty(),
            body: Some(FunctionBody { span: DUMMY_SP, stmts: body }),
            is_generator: generator,
            is_async,
            type_params: None,
            return_type: None,
        }),
    }))
}

/// Print a script. Non-ASCII text in string literals is escaped, so the output is
/// plain ASCII and reads the same under any host's source encoding.
pub fn print_script(body: Vec<Stmt>) -> std::io::Result<String> {
    let script = Script { span: DUMMY_SP, body, shebang: None };
    let cm: Lrc<SourceMap> = Default::default();
    let mut buf = Vec::new();
    {
        let wr = JsWriter::new(cm.clone(), "\n", &mut buf, None);
        let cfg = Config::default().with_target(EsVersion::Es2020).with_ascii_only(true);
        let mut emitter = Emitter { cfg, cm, comments: None, wr };
        emitter.emit_script(&script)?;
    }
    String::from_utf8(buf).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
}

/// `const name = init;`.
pub fn const_decl(name: &str, init: E) -> Stmt {
    Stmt::Decl(Decl::Var(Box::new(VarDecl {
        span: DUMMY_SP,
        ctxt: SyntaxContext::empty(),
        kind: VarDeclKind::Const,
        declare: false,
        decls: vec![VarDeclarator { span: DUMMY_SP, name: Pat::Ident(BindingIdent { id: ident(name), type_ann: None }), init: Some(init), definite: false }],
    })))
}

/// `[a, b, c]`.
pub fn array(items: Vec<E>) -> E {
    Box::new(Expr::Array(swc_ecma_ast::ArrayLit {
        span: DUMMY_SP,
        elems: items.into_iter().map(|e| Some(swc_ecma_ast::ExprOrSpread { spread: None, expr: e })).collect(),
    }))
}

/// `obj[index]` for a computed index.
pub fn index(obj: E, idx: E) -> E {
    Box::new(Expr::Member(swc_ecma_ast::MemberExpr {
        span: DUMMY_SP,
        obj: atom(obj),
        prop: swc_ecma_ast::MemberProp::Computed(swc_ecma_ast::ComputedPropName { span: DUMMY_SP, expr: idx }),
    }))
}

/// `obj.prop = value`.
pub fn assign_member(obj: E, prop: &str, value: E) -> E {
    let m = MemberExpr { span: DUMMY_SP, obj: atom(obj), prop: MemberProp::Ident(IdentName::new(prop.into(), DUMMY_SP)) };
    Box::new(Expr::Assign(AssignExpr {
        span: DUMMY_SP,
        op: AssignOp::Assign,
        left: swc_ecma_ast::AssignTarget::Simple(swc_ecma_ast::SimpleAssignTarget::Member(m)),
        right: value,
    }))
}

/// `new callee(args)`.
pub fn new_expr(callee: E, args: Vec<E>) -> E {
    // `new f(x)()` would call the new object: a callee that is not a name is parenthesized.
    let callee = if matches!(*callee, Expr::Ident(_)) { callee } else { Box::new(Expr::Paren(ParenExpr { span: DUMMY_SP, expr: callee })) };
    Box::new(Expr::New(swc_ecma_ast::NewExpr {
        span: DUMMY_SP,
        ctxt: SyntaxContext::empty(),
        callee,
        args: Some(args.into_iter().map(|expr| ExprOrSpread { spread: None, expr }).collect()),
        type_args: None,
    }))
}

/// `class name extends base {}`.
pub fn class_decl(name: &str, base: E) -> Stmt {
    Stmt::Decl(Decl::Class(swc_ecma_ast::ClassDecl {
        ident: ident(name),
        declare: false,
        class: Box::new(swc_ecma_ast::Class {
            span: DUMMY_SP,
            ctxt: SyntaxContext::empty(),
            decorators: vec![],
            body: vec![],
            super_class: Some(atom(base)),
            is_abstract: false,
            type_params: None,
            super_type_params: None,
            implements: vec![],
        }),
    }))
}

/// `try { body } catch (param) { handler } finally { finally }`.
pub fn try_stmt(body: Vec<Stmt>, handler: Option<(&str, Vec<Stmt>)>, finally: Option<Vec<Stmt>>) -> Stmt {
    Stmt::Try(Box::new(swc_ecma_ast::TryStmt {
        span: DUMMY_SP,
        block: block(body),
        handler: handler.map(|(param, body)| swc_ecma_ast::CatchClause {
            span: DUMMY_SP,
            param: Some(Pat::Ident(BindingIdent { id: ident(param), type_ann: None })),
            body: block(body),
        }),
        finalizer: finally.map(block),
    }))
}

/// `() => e`.
pub fn arrow(e: E) -> E {
    Box::new(Expr::Arrow(swc_ecma_ast::ArrowExpr {
        span: DUMMY_SP,
        ctxt: SyntaxContext::empty(),
        params: vec![],
        body: Box::new(swc_ecma_ast::ArrowFunctionBody::Expr(e)),
        is_async: false,
        is_generator: false,
        type_params: None,
        return_type: None,
    }))
}

/// `await value`.
pub fn await_expr(value: E) -> E { Box::new(Expr::Await(swc_ecma_ast::AwaitExpr { span: DUMMY_SP, arg: value })) }

/// `yield value`.
pub fn yield_expr(value: E) -> E { Box::new(Expr::Yield(swc_ecma_ast::YieldExpr { span: DUMMY_SP, arg: Some(value), delegate: false })) }

/// `{a: x, b: y}` (property names as identifiers).
pub fn object(props: Vec<(String, E)>) -> E {
    Box::new(Expr::Object(swc_ecma_ast::ObjectLit {
        span: DUMMY_SP,
        props: props
            .into_iter()
            .map(|(k, v)| {
                swc_ecma_ast::PropOrSpread::Prop(Box::new(swc_ecma_ast::Prop::KeyValue(swc_ecma_ast::KeyValueProp {
                    key: swc_ecma_ast::PropName::Ident(IdentName::new(k.into(), DUMMY_SP)),
                    value: v,
                })))
            })
            .collect(),
    }))
}
