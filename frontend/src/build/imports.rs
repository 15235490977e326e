//! `import` and `from ... import` of the library modules pyrt provides (math,
//! random, time, sys, rarithmetic). Their functions are entries of the method
//! table with a module as receiver kind; a library module is a value
//! ([`Op::ModuleRef`]) only at translation time.

use super::*;

const LIBRARY: &[&str] = &["math", "random", "time", "sys", "rarithmetic"];

impl Fb<'_, '_> {
    fn library_module(&mut self, name: &str, r: ast::TextRange) -> R<String> {
        if LIBRARY.contains(&name) {
            return Ok(name.to_string());
        }
        if matches!(name, "threading" | "multiprocessing" | "_thread" | "asyncio" | "concurrent.futures") {
            return self.error(codes::UNSUPPORTED_NAME, r, format!("module `{name}` is not supported: pyrt programs are single-threaded"));
        }
        self.error(codes::UNSUPPORTED_NAME, r, format!("module `{name}` is not supported (pyrt provides math, random, time, sys and rarithmetic)"))
    }

    fn bind_import(&mut self, local: &str, r: ast::TextRange) -> R<()> {
        if self.is_local(local) || self.p.globals.contains_key(local) || self.p.funcs.contains_key(local) || self.p.classes.contains_key(local) {
            return self.error(codes::BAD_BINDING, r, format!("`{local}` is imported and also assigned or defined; rebinding it is not supported"));
        }
        Ok(())
    }

    pub(super) fn import(&mut self, i: &ast::StmtImport) -> R<()> {
        for a in &i.names {
            let m = self.library_module(a.name.as_str(), a.range)?;
            let local = a.asname.as_ref().map(|n| n.to_string()).unwrap_or_else(|| m.clone());
            if a.asname.is_none() && m.contains('.') {
                return self.error(codes::UNSUPPORTED_NAME, a.range, "importing a submodule is not supported");
            }
            self.bind_import(&local, a.range)?;
            self.p.lib_modules.insert(local, m);
        }
        Ok(())
    }

    pub(super) fn import_from(&mut self, i: &ast::StmtImportFrom) -> R<()> {
        if i.level > 0 {
            return self.error(codes::UNSUPPORTED_NAME, i.range, "relative imports are not supported");
        }
        let name = i.module.as_ref().map(|m| m.to_string()).unwrap_or_default();
        let m = self.library_module(&name, i.range)?;
        for a in &i.names {
            if a.name.as_str() == "*" {
                return self.error(codes::UNSUPPORTED_NAME, a.range, "`from ... import *` is not supported");
            }
            let local = a.asname.as_ref().unwrap_or(&a.name).to_string();
            self.bind_import(&local, a.range)?;
            self.p.lib_names.insert(local, (m.clone(), a.name.to_string()));
        }
        Ok(())
    }
}
