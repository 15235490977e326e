//! Structured control flow from a reducible CFG, after Ramsey, "Beyond
//! Relooper" (ICFP 2022). Backends without `goto` (JS, wasm) print this tree:
//! labeled blocks and loops with `break`/`continue` to a label, no dispatch loop.
//!
//! Every path through a node list ends in explicit control ([`Node::Edge`] with a
//! break or continue, [`Node::Return`], [`Node::Unreachable`]) or falls into code
//! that follows inline, so a `Loop` body never falls off its end.

use crate::cfg::Cfg;
use crate::entities::{Block, EntityRef, Value};
use crate::function::{Function, Terminator};

#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    /// The block's instructions (not its terminator).
    Insts(Block),
    /// `label: { body }`; a break to `label` continues right after it, where the
    /// code of block `label` follows.
    Block { label: Block, body: Vec<Node> },
    /// `label: loop { body }`; a continue to `label` starts the body again.
    Loop { label: Block, body: Vec<Node> },
    If { cond: Value, then_: Vec<Node>, else_: Vec<Node> },
    /// `try { body } catch { handler } finally { finally }`: the regions of a
    /// [`Terminator::Try`]; an exception raised in `body` enters `handler`.
    Try { body: Vec<Node>, handler: Option<Vec<Node>>, finally: Option<Vec<Node>> },
    /// Pass `args` to the parameters of `target`, then leave as `exit` says.
    Edge { target: Block, args: Vec<Value>, exit: Exit },
    Return(Value),
    Unreachable,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Exit {
    /// Break out of the `Block` labeled with the target.
    Break(Block),
    /// Continue the `Loop` labeled with the target.
    Continue(Block),
    /// The target's code follows inline.
    Fallthrough,
}

/// Structure `f`'s control flow. The CFG must be reducible (the verifier checks).
///
/// A block whose immediate dominator lies in a deeper `try` region than itself
/// (a loop exit reached only by a `break` inside a `try`, the code after a `try`
/// whose body always raises) is reached by leaving that region. It is placed as
/// a merge child of its nearest dominator outside the region, so its code
/// follows the `try` statement instead of running inside it.
pub fn structure(f: &Function) -> Vec<Node> {
    let cfg = Cfg::new(f);
    let depth = |b: Block| f.blocks[b].try_depth;
    let mut children = vec![Vec::new(); f.blocks.len()];
    let mut escapes = vec![false; f.blocks.len()];
    for &b in cfg.rpo.iter() {
        let Some(mut p) = cfg.idom(b) else { continue };
        if depth(p) > depth(b) {
            escapes[b.index()] = true;
            while depth(p) > depth(b) {
                p = cfg.idom(p).expect("a try region's entry is dominated by its `try` block");
            }
        }
        children[p.index()].push(b);
    }
    let s = Structurer { f, cfg: &cfg, children, escapes };
    s.do_tree(f.entry)
}

struct Structurer<'a> {
    f: &'a Function,
    cfg: &'a Cfg,
    /// The dominator tree, with escaping blocks moved up (see [`structure`]).
    children: Vec<Vec<Block>>,
    escapes: Vec<bool>,
}

impl Structurer<'_> {
    fn is_merge(&self, b: Block) -> bool { self.escapes[b.index()] || self.cfg.is_merge(b) }

    fn do_tree(&self, x: Block) -> Vec<Node> {
        // Merge children, latest in RPO first: the outermost Block is the one whose
        // code comes last.
        let mut merges: Vec<Block> = self.children[x.index()].iter().copied().filter(|&c| self.is_merge(c)).collect();
        merges.sort_by_key(|b| std::cmp::Reverse(self.cfg.rpo_index[b.index()]));
        let body = self.node_within(x, &merges);
        if self.cfg.is_loop_header(x) { vec![Node::Loop { label: x, body }] } else { body }
    }

    fn node_within(&self, x: Block, merges: &[Block]) -> Vec<Node> {
        match merges.split_first() {
            Some((&y, rest)) => {
                let mut out = vec![Node::Block { label: y, body: self.node_within(x, rest) }];
                out.extend(self.do_tree(y));
                out
            }
            None => {
                let mut out = vec![Node::Insts(x)];
                match &self.f.blocks[x].term {
                    Terminator::Jump(c) => out.extend(self.do_branch(x, c.block, &c.args)),
                    Terminator::Branch { cond, then_, else_ } => out.push(Node::If {
                        cond: *cond,
                        then_: self.do_branch(x, then_.block, &then_.args),
                        else_: self.do_branch(x, else_.block, &else_.args),
                    }),
                    Terminator::Return(v) => out.push(Node::Return(*v)),
                    Terminator::Unreachable => out.push(Node::Unreachable),
                    Terminator::EndFinally => {}
                    Terminator::Try { body, handler, finally, after } => {
                        out.push(Node::Try {
                            body: self.do_tree(*body),
                            handler: handler.map(|h| self.do_tree(h)),
                            finally: finally.map(|h| self.do_tree(h)),
                        });
                        // Only the regions' own jumps reach `after`; this edge is never taken.
                        if !self.is_merge(after.block) {
                            out.extend(self.do_tree(after.block));
                        }
                    }
                }
                out
            }
        }
    }

    fn do_branch(&self, from: Block, to: Block, args: &[Value]) -> Vec<Node> {
        let edge = |exit| Node::Edge { target: to, args: args.to_vec(), exit };
        if self.cfg.is_back_edge(from, to) {
            vec![edge(Exit::Continue(to))]
        } else if self.is_merge(to) {
            vec![edge(Exit::Break(to))]
        } else {
            let mut out = vec![edge(Exit::Fallthrough)];
            out.extend(self.do_tree(to));
            out
        }
    }
}
