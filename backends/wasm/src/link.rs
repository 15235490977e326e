//! Linking a program against the wasm runtime: one module holding the
//! runtime's functions that the program reaches (and those the runtime's own
//! function-pointer table names), then the program's.
//!
//! The program is emitted against a virtual function index space: the
//! runtime's functions (imports first) keep their indices, and program
//! function `k` is `runtime.nfuncs() + k`. Its types follow the runtime's.
//! The runtime's `env` imports name functions the program defines
//! (`pyrt_program_main`, `pyrt_program_fields`); they resolve to them here.
//! The runtime is linked with its stack first (8 MiB, growing down towards
//! address 0); the program's static data sits at the bottom of that region,
//! from [`DATA_BASE`] to at most [`DATA_LIMIT`], and the program's functions
//! keep the stack pointer above it (a deeper stack is a RecursionError).

use crate::rt::Runtime;
use std::collections::HashMap;
use wasm_encoder::reencode::{Reencode, RoundtripReencoder};
use wasm_encoder::{CodeSection, ConstExpr, DataSection, ElementSection, Elements, EntityType, ExportKind, ExportSection, FunctionSection, GlobalSection, ImportSection, MemorySection, MemoryType, Module, RefType, TableSection, TableType, TypeSection, ValType};
use wasmparser::{Operator, Parser, Payload};

pub struct ProgramCode {
    /// Function types, indexed after the runtime's.
    pub types: Vec<(Vec<ValType>, Vec<ValType>)>,
    /// Each function's (absolute) type index and encoded body.
    pub funcs: Vec<(u32, Vec<u8>)>,
    /// Runtime imports from `env` (and, without `import js`, `pyrt_js`) that the program defines: name, virtual index.
    pub resolve: Vec<(String, u32)>,
    /// Functions placed in the table after the runtime's entries.
    pub table: Vec<u32>,
    /// Static data, placed at [`DATA_BASE`].
    pub data: Vec<u8>,
    /// Functions exported by name (virtual indices).
    pub exports: Vec<(String, u32)>,
    /// For a program that uses `import js`: its JS descriptors, for the loader.
    pub interop: Option<String>,
    /// For a library (`--lib`): its exports.
    pub library: Option<Vec<crate::Export>>,
}

/// Where the program's static data begins.
pub const DATA_BASE: u32 = 1024;
/// Where it must end: the stack keeps at least 4 MiB above it.
pub const DATA_LIMIT: u32 = 4 << 20;

struct Remap<'a>(&'a [Option<u32>]);

impl Reencode for Remap<'_> {
    type Error = std::convert::Infallible;
    fn function_index(&mut self, func: u32) -> Result<u32, wasm_encoder::reencode::Error<Self::Error>> { Ok(self.0[func as usize].expect("a reached function has a final index")) }
}

fn callees(body: &wasmparser::FunctionBody<'_>, out: &mut Vec<u32>) -> wasmparser::Result<()> {
    let mut ops = body.get_operators_reader()?;
    while !ops.eof() {
        match ops.read()? {
            Operator::Call { function_index } | Operator::RefFunc { function_index } | Operator::ReturnCall { function_index } => out.push(function_index),
            _ => {}
        }
    }
    Ok(())
}

fn body_of(bytes: &[u8]) -> wasmparser::FunctionBody<'_> { wasmparser::FunctionBody::new(wasmparser::BinaryReader::new(bytes, 0)) }

pub fn link(rt: &Runtime, p: &ProgramCode) -> Result<Vec<u8>, String> {
    let e = |e: wasmparser::BinaryReaderError| e.to_string();
    let nimp = rt.imports.len() as u32;
    let nrt = rt.nfuncs();
    let total = nrt as usize + p.funcs.len();
    // The runtime's bodies, elements, globals and data, as read.
    let mut rt_bodies: Vec<wasmparser::FunctionBody<'static>> = Vec::new();
    let mut rt_elements = Vec::new();
    let mut rt_globals = None;
    let mut rt_data = None;
    for payload in Parser::new(0).parse_all(rt.bytes) {
        match payload.map_err(e)? {
            Payload::CodeSectionEntry(b) => rt_bodies.push(b),
            Payload::ElementSection(r) => {
                for el in r {
                    rt_elements.push(el.map_err(e)?);
                }
            }
            Payload::GlobalSection(r) => rt_globals = Some(r),
            Payload::DataSection(r) => rt_data = Some(r),
            _ => {}
        }
    }
    // Imports the program resolves (its own functions for `env`'s, stubs for
    // `pyrt_js`'s in a program without `import js`).
    let mut resolved: HashMap<u32, u32> = HashMap::new();
    for (name, target) in &p.resolve {
        if let Some(i) = rt.imports.iter().position(|(m, n, _)| (m == "env" || m == "pyrt_js") && n == name) {
            resolved.insert(i as u32, *target);
        }
    }
    // What is reached.
    let mut reached = vec![false; total];
    let mut work: Vec<u32> = Vec::new();
    work.push(*rt.func_by_name.get("_start").ok_or("the runtime has no _start")?);
    work.extend(nrt..total as u32);
    work.extend(p.table.iter().copied());
    work.extend(p.exports.iter().map(|x| x.1));
    for el in &rt_elements {
        if let wasmparser::ElementItems::Functions(fs) = &el.items {
            for f in fs.clone() {
                work.push(f.map_err(e)?);
            }
        }
    }
    let mut calls = Vec::new();
    while let Some(f) = work.pop() {
        let f = resolved.get(&f).copied().unwrap_or(f);
        if std::mem::replace(&mut reached[f as usize], true) {
            continue;
        }
        calls.clear();
        if f >= nrt {
            callees(&body_of(&p.funcs[(f - nrt) as usize].1), &mut calls).map_err(e)?;
        } else if f >= nimp {
            callees(&rt_bodies[(f - nimp) as usize], &mut calls).map_err(e)?;
        }
        work.extend(calls.iter().copied());
    }
    for (i, (m, n, _)) in rt.imports.iter().enumerate() {
        if reached[i] && m == "env" && !resolved.contains_key(&(i as u32)) {
            return Err(format!("the runtime needs `{n}`, which the program does not define"));
        }
    }
    // Final indices: kept imports, then the runtime's reached functions, then the program's.
    let mut map: Vec<Option<u32>> = vec![None; total];
    let mut next = 0u32;
    for (i, slot) in map.iter_mut().enumerate() {
        if reached[i] && !resolved.contains_key(&(i as u32)) {
            *slot = Some(next);
            next += 1;
        }
    }
    for (&imp, &target) in &resolved {
        map[imp as usize] = map[target as usize];
    }
    let mut remap = Remap(&map);
    let mut module = Module::new();
    let mut types = TypeSection::new();
    for (params, results) in &rt.types {
        let conv = |v: &[wasmparser::ValType]| v.iter().map(|t| RoundtripReencoder.val_type(*t).expect("a plain value type")).collect::<Vec<_>>();
        types.ty().function(conv(params), conv(results));
    }
    for (params, results) in &p.types {
        types.ty().function(params.iter().copied(), results.iter().copied());
    }
    module.section(&types);
    let mut imports = ImportSection::new();
    for (i, (m, n, t)) in rt.imports.iter().enumerate() {
        if map[i].is_some() && !resolved.contains_key(&(i as u32)) {
            imports.import(m, n, EntityType::Function(*t));
        }
    }
    module.section(&imports);
    let mut funcs = FunctionSection::new();
    for (k, &t) in rt.funcs.iter().enumerate() {
        if reached[nimp as usize + k] {
            funcs.function(t);
        }
    }
    for (t, _) in &p.funcs {
        funcs.function(*t);
    }
    module.section(&funcs);
    let table_len = rt.table_len + p.table.len() as u64;
    let mut tables = TableSection::new();
    tables.table(TableType { element_type: RefType::FUNCREF, table64: false, minimum: table_len, maximum: Some(table_len), shared: false });
    module.section(&tables);
    let pages = rt.memory_pages;
    let mut memories = MemorySection::new();
    memories.memory(MemoryType { minimum: pages, maximum: Some(65536), memory64: false, shared: false, page_size_log2: None });
    module.section(&memories);
    let mut globals = GlobalSection::new();
    if let Some(r) = rt_globals {
        remap.parse_global_section(&mut globals, r).map_err(|x| x.to_string())?;
    }
    module.section(&globals);
    let mut exports = ExportSection::new();
    exports.export("memory", ExportKind::Memory, 0);
    exports.export("_start", ExportKind::Func, map[rt.func_by_name["_start"] as usize].expect("reached"));
    for (name, f) in &p.exports {
        exports.export(name, ExportKind::Func, map[*f as usize].expect("reached"));
    }
    module.section(&exports);
    let mut elements = ElementSection::new();
    for el in rt_elements {
        remap.parse_element(&mut elements, el).map_err(|x| x.to_string())?;
    }
    if !p.table.is_empty() {
        let fs: Vec<u32> = p.table.iter().map(|&f| map[f as usize].expect("reached")).collect();
        elements.active(Some(0), &ConstExpr::i32_const(rt.table_len as i32), Elements::Functions(fs.into()));
    }
    module.section(&elements);
    let mut code = CodeSection::new();
    for (k, b) in rt_bodies.into_iter().enumerate() {
        if reached[nimp as usize + k] {
            remap.parse_function_body(&mut code, b).map_err(|x| x.to_string())?;
        }
    }
    for (_, bytes) in &p.funcs {
        remap.parse_function_body(&mut code, body_of(bytes)).map_err(|x| x.to_string())?;
    }
    module.section(&code);
    let mut data = DataSection::new();
    if let Some(r) = rt_data {
        remap.parse_data_section(&mut data, r).map_err(|x| x.to_string())?;
    }
    if !p.data.is_empty() {
        data.active(0, &ConstExpr::i32_const(DATA_BASE as i32), p.data.iter().copied());
    }
    module.section(&data);
    Ok(module.finish())
}
