//! Which file names an item of which: the edges of a crate's module graph,
//! and its cycles.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

use crate::rust_files;
use crate::tokens::{ident, tokenize, use_tree, without_test_modules, Tok};

pub type Module = Vec<String>;

pub struct File {
    pub path: PathBuf,
    pub module: Module,
    /// Paths named, as written, with the line.
    uses: Vec<(Vec<String>, usize)>,
    /// `pub use` re-exports: local name → path as written.
    reexports: HashMap<String, Vec<String>>,
    /// `pub use path::*`.
    globs: Vec<Vec<String>>,
    /// Names of items defined here (for glob re-exports).
    items: BTreeSet<String>,
}

pub fn parse(path: &Path, module: Module) -> File {
    let src = fs::read_to_string(path).unwrap_or_default();
    let toks = without_test_modules(tokenize(&src));
    let mut file = File {
        path: path.to_path_buf(),
        module,
        uses: Vec::new(),
        reexports: HashMap::new(),
        globs: Vec::new(),
        items: BTreeSet::new(),
    };
    let mut i = 0;
    while i < toks.len() {
        let word = ident(toks.get(i));
        if word == Some("use") {
            // `pub use` / `pub(crate) use`: a re-export.
            let public = (i >= 1 && ident(toks.get(i - 1)) == Some("pub"))
                || (i >= 4 && ident(toks.get(i - 4)) == Some("pub"));
            let line = toks[i].1;
            let (leaves, next) = use_tree(&toks, i + 1);
            for (p, name) in leaves {
                match (public, name) {
                    (true, None) => file.globs.push(p),
                    (true, Some(n)) => {
                        file.reexports.insert(n, p);
                    }
                    (false, _) => file.uses.push((p, line)),
                }
            }
            i = next;
            continue;
        }
        if let Some(w) = word {
            if matches!(
                w,
                "struct" | "enum" | "fn" | "trait" | "type" | "const" | "static" | "mod" | "union"
            ) {
                if let Some(name) = ident(toks.get(i + 1)) {
                    file.items.insert(name.to_string());
                }
            }
            let starts_path = !matches!(toks.get(i.wrapping_sub(1)), Some((Tok::Path, _)))
                && matches!(toks.get(i + 1), Some((Tok::Path, _)));
            if starts_path {
                let line = toks[i].1;
                let mut p = vec![w.to_string()];
                let mut j = i + 1;
                while matches!(toks.get(j), Some((Tok::Path, _))) {
                    match ident(toks.get(j + 1)) {
                        Some(s) => p.push(s.to_string()),
                        None => break,
                    }
                    j += 2;
                }
                file.uses.push((p, line));
                i = j;
                continue;
            }
        }
        i += 1;
    }
    // A re-exported name the file also uses itself is a real edge.
    let names: Vec<String> = file.reexports.keys().cloned().collect();
    for n in names {
        let count = toks
            .iter()
            .filter(|(t, _)| matches!(t, Tok::Ident(s) if *s == n))
            .count();
        if count > 1 {
            if let Some(p) = file.reexports.get(&n) {
                file.uses.push((p.clone(), 0));
            }
        }
    }
    file
}

pub struct Crate {
    pub files: Vec<File>,
    by_module: HashMap<Module, usize>,
}

impl Crate {
    pub fn load(src: &Path, root: &str) -> Crate {
        let mut paths = Vec::new();
        rust_files(src, &mut paths);
        paths.sort();
        let mut files = Vec::new();
        for p in paths {
            let rel = p.strip_prefix(src).unwrap_or(&p);
            let mut module: Module = rel
                .with_extension("")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if module.last().is_some_and(|l| l == "mod") {
                module.pop();
            }
            if module.len() == 1 && (module[0] == "main" || module[0] == "lib") {
                if rel != Path::new(root) {
                    continue; // another crate root in the same folder (acctd's main.rs)
                }
                module.clear();
            }
            files.push(parse(&p, module));
        }
        let by_module = files
            .iter()
            .enumerate()
            .map(|(i, f)| (f.module.clone(), i))
            .collect();
        Crate { files, by_module }
    }

    /// The absolute module path of `path` as written in `module`; `None` for
    /// another crate or a name that is not a module path.
    fn absolute(&self, module: &Module, path: &[String]) -> Option<Vec<String>> {
        let first = path.first()?;
        let mut abs = match first.as_str() {
            "crate" => Vec::new(),
            "self" => module.clone(),
            "super" => {
                let mut m = module.clone();
                let mut rest = path;
                while rest.first().is_some_and(|s| s == "super") {
                    m.pop()?;
                    rest = &rest[1..];
                }
                m.extend(rest.iter().cloned());
                return Some(m);
            }
            _ => {
                let mut child = module.clone();
                child.push(first.clone());
                if !self.by_module.contains_key(&child) {
                    return None;
                }
                let mut m = module.clone();
                m.push(first.clone());
                m.extend(path[1..].iter().cloned());
                return Some(m);
            }
        };
        abs.extend(path[1..].iter().cloned());
        Some(abs)
    }

    /// The file that defines what an absolute path names.
    fn target(&self, abs: &[String], depth: usize) -> Option<usize> {
        let mut cur: Module = Vec::new();
        let mut k = 0;
        while k < abs.len() {
            let mut next = cur.clone();
            next.push(abs[k].clone());
            if self.by_module.contains_key(&next) {
                cur = next;
                k += 1;
            } else {
                break;
            }
        }
        let here = *self.by_module.get(&cur)?;
        if k == abs.len() || depth > 8 {
            return Some(here);
        }
        let file = &self.files[here];
        let name = &abs[k];
        if let Some(p) = file.reexports.get(name) {
            if let Some(mut to) = self.absolute(&file.module, p) {
                to.extend(abs[k + 1..].iter().cloned());
                return self.target(&to, depth + 1).or(Some(here));
            }
        }
        for g in &file.globs {
            let Some(g) = self.absolute(&file.module, g) else {
                continue;
            };
            if let Some(&gi) = self.by_module.get(&g) {
                if self.files[gi].items.contains(name) {
                    return Some(gi);
                }
            }
        }
        Some(here)
    }

    /// Edges between files, each with the line that makes it.
    pub fn edges(&self) -> BTreeMap<usize, BTreeMap<usize, usize>> {
        let mut edges: BTreeMap<usize, BTreeMap<usize, usize>> = BTreeMap::new();
        for (i, f) in self.files.iter().enumerate() {
            for (p, line) in &f.uses {
                let Some(abs) = self.absolute(&f.module, p) else {
                    continue;
                };
                if let Some(t) = self.target(&abs, 0) {
                    if t != i {
                        edges.entry(i).or_default().entry(t).or_insert(*line);
                    }
                }
            }
        }
        edges
    }
}

/// Strongly connected components with more than one file (Tarjan).
pub fn cycles(n: usize, edges: &BTreeMap<usize, BTreeMap<usize, usize>>) -> Vec<Vec<usize>> {
    struct T<'a> {
        edges: &'a BTreeMap<usize, BTreeMap<usize, usize>>,
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on: Vec<bool>,
        stack: Vec<usize>,
        next: usize,
        out: Vec<Vec<usize>>,
    }
    fn visit(t: &mut T, v: usize) {
        t.index[v] = Some(t.next);
        t.low[v] = t.next;
        t.next += 1;
        t.stack.push(v);
        t.on[v] = true;
        let targets: Vec<usize> = t
            .edges
            .get(&v)
            .map(|m| m.keys().copied().collect())
            .unwrap_or_default();
        for w in targets {
            match t.index[w] {
                None => {
                    visit(t, w);
                    t.low[v] = t.low[v].min(t.low[w]);
                }
                Some(iw) if t.on[w] => t.low[v] = t.low[v].min(iw),
                Some(_) => {}
            }
        }
        if Some(t.low[v]) == t.index[v] {
            let mut scc = Vec::new();
            while let Some(w) = t.stack.pop() {
                t.on[w] = false;
                scc.push(w);
                if w == v {
                    break;
                }
            }
            if scc.len() > 1 {
                t.out.push(scc);
            }
        }
    }
    let mut t = T {
        edges,
        index: vec![None; n],
        low: vec![0; n],
        on: vec![false; n],
        stack: Vec::new(),
        next: 0,
        out: Vec::new(),
    };
    for v in 0..n {
        if t.index[v].is_none() {
            visit(&mut t, v);
        }
    }
    t.out
}

/// The shortest way from `v` back to itself inside one component (BFS).
pub fn shortest_cycle(
    v: usize,
    members: &BTreeSet<usize>,
    edges: &BTreeMap<usize, BTreeMap<usize, usize>>,
) -> Option<Vec<usize>> {
    let mut from: HashMap<usize, usize> = HashMap::new();
    let mut queue = std::collections::VecDeque::from([v]);
    while let Some(a) = queue.pop_front() {
        for &b in edges.get(&a).into_iter().flat_map(|m| m.keys()) {
            if !members.contains(&b) {
                continue;
            }
            if b == v {
                let mut path = vec![a];
                let mut cur = a;
                while cur != v {
                    cur = from[&cur];
                    path.push(cur);
                }
                path.reverse();
                return Some(path);
            }
            if let std::collections::hash_map::Entry::Vacant(e) = from.entry(b) {
                e.insert(a);
                queue.push_back(b);
            }
        }
    }
    None
}
