//! The wasm runtime module (`pyrt_runtime::WASM_RUNTIME`, the C runtime built
//! for wasm32-wasi), read once: its types, functions by name, data symbols'
//! addresses, and where the program's own data may go.

use std::collections::HashMap;
use std::sync::OnceLock;
use wasmparser::{ExternalKind, Parser, Payload, TypeRef, ValType};

pub struct Runtime {
    pub bytes: &'static [u8],
    /// Every function type, by index.
    pub types: Vec<(Vec<ValType>, Vec<ValType>)>,
    /// Imported functions: module, name, type (they come first in the index space).
    pub imports: Vec<(String, String, u32)>,
    /// The type of each defined function.
    pub funcs: Vec<u32>,
    /// Functions by exported name (absolute index).
    pub func_by_name: HashMap<String, u32>,
    /// Data symbols by name: their address in linear memory.
    pub data_by_name: HashMap<String, u32>,
    /// The initial size of the table of function pointers.
    pub table_len: u64,
    /// The memory's initial pages.
    pub memory_pages: u64,
    /// The table index of each function the runtime's table holds.
    pub table_slot: HashMap<u32, u32>,
    /// For each function, whether a collection may happen while it runs: it
    /// may reach `pyrt_collect`, or call through a pointer, other than through
    /// a function marked `PYRT_NOGC` (which collect only while raising, see
    /// `pyrt_runtime::c_runtime_nogc`).
    pub collects: Vec<bool>,
    /// The global index of the C stack pointer.
    pub stack_pointer: u32,
}

impl Runtime {
    pub fn nfuncs(&self) -> u32 { (self.imports.len() + self.funcs.len()) as u32 }

    pub fn func_type(&self, f: u32) -> &(Vec<ValType>, Vec<ValType>) {
        let n = self.imports.len() as u32;
        let t = if f < n { self.imports[f as usize].2 } else { self.funcs[(f - n) as usize] };
        &self.types[t as usize]
    }
}

/// The runtime, or why this pyrt cannot emit wasm.
pub fn runtime() -> Result<&'static Runtime, String> {
    static RT: OnceLock<Result<Runtime, String>> = OnceLock::new();
    RT.get_or_init(|| {
        if pyrt_runtime::WASM_RUNTIME.is_empty() {
            return Err(pyrt_runtime::WASM_RUNTIME_MISSING.trim().to_string());
        }
        read(pyrt_runtime::WASM_RUNTIME).map_err(|e| format!("the wasm runtime does not read back: {e}"))
    })
    .as_ref()
    .map_err(Clone::clone)
}

fn read(bytes: &'static [u8]) -> wasmparser::Result<Runtime> {
    let mut rt = Runtime { bytes, types: Vec::new(), imports: Vec::new(), funcs: Vec::new(), func_by_name: HashMap::new(), data_by_name: HashMap::new(), table_len: 0, memory_pages: 0, table_slot: HashMap::new(), collects: Vec::new(), stack_pointer: 0 };
    let mut indirect: Vec<bool> = Vec::new();
    let mut calls: Vec<Vec<u32>> = Vec::new();
    let mut global_values: Vec<Option<u32>> = Vec::new();
    let mut global_exports = Vec::new();
    for payload in Parser::new(0).parse_all(bytes) {
        match payload? {
            Payload::TypeSection(r) => {
                for t in r.into_iter_err_on_gc_types() {
                    let t = t?;
                    rt.types.push((t.params().to_vec(), t.results().to_vec()));
                }
            }
            Payload::ImportSection(r) => {
                for imp in r.into_imports() {
                    let imp = imp?;
                    if let TypeRef::Func(t) = imp.ty {
                        rt.imports.push((imp.module.to_string(), imp.name.to_string(), t));
                    }
                }
            }
            Payload::FunctionSection(r) => {
                for t in r {
                    rt.funcs.push(t?);
                }
            }
            Payload::TableSection(r) => {
                for t in r {
                    rt.table_len = t?.ty.initial;
                }
            }
            Payload::MemorySection(r) => {
                for m in r {
                    rt.memory_pages = m?.initial;
                }
            }
            Payload::GlobalSection(r) => {
                for g in r {
                    let g = g?;
                    let mut ops = g.init_expr.get_operators_reader();
                    let v = match ops.read()? {
                        wasmparser::Operator::I32Const { value } => Some(value as u32),
                        _ => None,
                    };
                    global_values.push(v);
                }
            }
            Payload::ElementSection(r) => {
                for el in r {
                    let el = el?;
                    let (wasmparser::ElementKind::Active { offset_expr, .. }, wasmparser::ElementItems::Functions(fs)) = (&el.kind, &el.items) else { continue };
                    let wasmparser::Operator::I32Const { value } = offset_expr.get_operators_reader().read()? else { continue };
                    for (k, f) in fs.clone().into_iter().enumerate() {
                        rt.table_slot.insert(f?, value as u32 + k as u32);
                    }
                }
            }
            Payload::CodeSectionEntry(body) => {
                let mut out = Vec::new();
                let mut through_pointer = false;
                let mut ops = body.get_operators_reader()?;
                while !ops.eof() {
                    match ops.read()? {
                        wasmparser::Operator::Call { function_index } => out.push(function_index),
                        wasmparser::Operator::CallIndirect { .. } => through_pointer = true,
                        _ => {}
                    }
                }
                calls.push(out);
                indirect.push(through_pointer);
            }
            Payload::ExportSection(r) => {
                for e in r {
                    let e = e?;
                    match e.kind {
                        ExternalKind::Func => {
                            rt.func_by_name.insert(e.name.to_string(), e.index);
                        }
                        ExternalKind::Global => global_exports.push((e.name.to_string(), e.index)),
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    for (name, g) in global_exports {
        if let Some(Some(addr)) = global_values.get(g as usize) {
            rt.data_by_name.insert(name, *addr);
        }
    }
    // Which functions may collect: a least fixed point over the call graph.
    let n = rt.nfuncs() as usize;
    let nimp = rt.imports.len();
    let nogc: std::collections::HashSet<u32> = pyrt_runtime::c_runtime_nogc().iter().filter_map(|name| rt.func_by_name.get(name).copied()).collect();
    rt.collects = vec![false; n];
    for (k, &through_pointer) in indirect.iter().enumerate() {
        rt.collects[nimp + k] = through_pointer && !nogc.contains(&((nimp + k) as u32));
    }
    if let Some(&c) = rt.func_by_name.get("pyrt_collect") {
        rt.collects[c as usize] = true;
    }
    loop {
        let mut changed = false;
        for (k, cs) in calls.iter().enumerate() {
            let f = nimp + k;
            if !rt.collects[f] && !nogc.contains(&(f as u32)) && cs.iter().any(|&c| rt.collects[c as usize]) {
                rt.collects[f] = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    // wasm-ld defines the stack pointer first and does not export it.
    rt.stack_pointer = 0;
    Ok(rt)
}

#[cfg(test)]
mod tests {
    /// musl's functions whose last bit differs from glibc's (CPython's) stay
    /// out of the runtime: runtime/wasm/libm.c defines sin, cos, tan, expm1,
    /// sinh, ... itself, so none of musl's kernels for them is linked in (nor
    /// `sincos`, which clang could make of a sin and a cos), and nothing calls
    /// the ones it has no port of.
    #[test]
    fn no_musl_function_that_rounds_unlike_glibc() {
        let Ok(rt) = super::runtime() else { return };
        for name in ["__sin", "__cos", "__tan", "__rem_pio2", "__rem_pio2_large", "__expo2", "sincos", "hypot", "erf", "erfc", "tgamma", "lgamma"] {
            assert!(!rt.func_by_name.contains_key(name), "the wasm runtime links musl's `{name}`");
        }
        for name in ["sin", "cos", "tan", "atan2", "expm1", "log1p", "cbrt"] {
            assert!(rt.func_by_name.contains_key(name), "the wasm runtime lacks `{name}`");
        }
    }
}
