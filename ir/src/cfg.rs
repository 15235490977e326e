//! CFG analyses. The function's tables are the truth; this module builds a
//! petgraph view of the live blocks and answers dominance and loop questions.

use crate::entities::{Block, EntityRef};
use crate::function::Function;
use petgraph::algo::dominators::{self, Dominators};
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::DfsPostOrder;

pub struct Cfg {
    pub graph: DiGraph<Block, ()>,
    node_of: Vec<Option<NodeIndex>>,
    /// Blocks in reverse postorder from the entry (unreachable blocks omitted).
    pub rpo: Vec<Block>,
    /// Position of each block in `rpo` (`usize::MAX` if unreachable).
    pub rpo_index: Vec<usize>,
    doms: Dominators<NodeIndex>,
    entry: NodeIndex,
}

impl Cfg {
    pub fn new(f: &Function) -> Cfg {
        let mut graph = DiGraph::new();
        let mut node_of = vec![None; f.blocks.len()];
        for &b in &f.layout {
            node_of[b.index()] = Some(graph.add_node(b));
        }
        for &b in &f.layout {
            for s in f.blocks[b].term.targets() {
                if let (Some(from), Some(to)) = (node_of[b.index()], node_of[s.index()]) {
                    graph.add_edge(from, to, ());
                }
            }
        }
        let entry = node_of[f.entry.index()].expect("entry block is live");
        let mut post = Vec::new();
        let mut dfs = DfsPostOrder::new(&graph, entry);
        while let Some(n) = dfs.next(&graph) {
            post.push(graph[n]);
        }
        post.reverse();
        let mut rpo_index = vec![usize::MAX; f.blocks.len()];
        for (i, b) in post.iter().enumerate() {
            rpo_index[b.index()] = i;
        }
        let doms = dominators::simple_fast(&graph, entry);
        Cfg { graph, node_of, rpo: post, rpo_index, doms, entry }
    }

    fn node(&self, b: Block) -> Option<NodeIndex> { self.node_of.get(b.index()).copied().flatten() }

    pub fn is_reachable(&self, b: Block) -> bool { self.rpo_index[b.index()] != usize::MAX }

    /// The immediate dominator (None for the entry and unreachable blocks).
    pub fn idom(&self, b: Block) -> Option<Block> {
        let n = self.node(b)?;
        if n == self.entry {
            return None;
        }
        self.doms.immediate_dominator(n).map(|d| self.graph[d])
    }

    pub fn dominates(&self, a: Block, b: Block) -> bool {
        let (Some(na), Some(nb)) = (self.node(a), self.node(b)) else { return false };
        match self.doms.dominators(nb) {
            Some(mut it) => it.any(|d| d == na),
            None => false,
        }
    }

    /// An edge `from → to` is a back edge when `to` comes no later in RPO.
    pub fn is_back_edge(&self, from: Block, to: Block) -> bool { self.rpo_index[to.index()] <= self.rpo_index[from.index()] }

    /// Predecessors of `b` in the graph (one entry per edge).
    pub fn preds(&self, b: Block) -> Vec<Block> {
        match self.node(b) {
            Some(n) => self.graph.neighbors_directed(n, petgraph::Direction::Incoming).map(|p| self.graph[p]).collect(),
            None => Vec::new(),
        }
    }

    pub fn is_loop_header(&self, b: Block) -> bool { self.preds(b).iter().any(|&p| self.is_reachable(p) && self.is_back_edge(p, b)) }

    /// A merge node has two or more forward in-edges.
    pub fn is_merge(&self, b: Block) -> bool {
        self.preds(b).iter().filter(|&&p| self.is_reachable(p) && !self.is_back_edge(p, b)).count() >= 2
    }

    /// Whether every back edge goes to a block dominating its source (the CFG is reducible).
    pub fn is_reducible(&self) -> bool {
        self.graph.edge_indices().all(|e| {
            let (a, b) = self.graph.edge_endpoints(e).unwrap();
            let (a, b) = (self.graph[a], self.graph[b]);
            !self.is_reachable(a) || !self.is_back_edge(a, b) || self.dominates(b, a)
        })
    }
}
