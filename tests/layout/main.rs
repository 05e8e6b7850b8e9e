//! The shape of the code, checked by `cargo test`: no import cycle between the
//! files of a crate (`src/`, `crates/*/src`), and no source file over 500 lines.
//!
//! An edge A → B means file A names an item of file B (`use crate::…`,
//! `super::…`, `self::…`, a child module, or a path in an expression). A
//! `pub use` that only re-exports is a facade, not an edge: paths through it are
//! followed to the file that defines the item. `#[cfg(test)] mod … { }` blocks
//! are skipped (a test may reach anywhere).
mod graph;
mod tokens;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use graph::{cycles, shortest_cycle, Crate};

/// Split a file before it passes this (docs/architecture.md, STYLE.md).
const MAX_LINES: usize = 500;

/// Generated files may be longer; none today.
const GENERATED: &[&str] = &[];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Each crate of the workspace: its source folder and its root file.
fn crates() -> Vec<(PathBuf, &'static str)> {
    let r = root();
    vec![
        (r.join("src"), "main.rs"),
        (r.join("crates/api/src"), "lib.rs"),
        (r.join("crates/client/src"), "lib.rs"),
        (r.join("crates/server/src"), "lib.rs"),
    ]
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n == "target" || n == ".git") {
                continue;
            }
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

fn rel(p: &Path) -> String {
    p.strip_prefix(root()).unwrap_or(p).display().to_string()
}

#[test]
fn no_import_cycles_between_files() {
    let mut report = Vec::new();
    for (src, root_file) in crates() {
        let krate = Crate::load(&src, root_file);
        let edges = krate.edges();
        for scc in cycles(krate.files.len(), &edges) {
            let members: BTreeSet<usize> = scc.iter().copied().collect();
            let mut seen = BTreeSet::new();
            for &v in &members {
                let Some(cycle) = shortest_cycle(v, &members, &edges) else {
                    continue;
                };
                let mut key = cycle.clone();
                key.sort();
                if !seen.insert(key) {
                    continue;
                }
                let steps: Vec<String> = cycle
                    .iter()
                    .enumerate()
                    .map(|(k, &a)| {
                        let b = cycle[(k + 1) % cycle.len()];
                        let line = edges[&a][&b];
                        format!("{}:{line}", rel(&krate.files[a].path))
                    })
                    .collect();
                report.push(format!("    {} → (back)", steps.join(" → ")));
            }
        }
    }
    assert!(
        report.is_empty(),
        "files import each other; move what both need into a module of its own:\n{}",
        report.join("\n")
    );
}

#[test]
fn no_source_file_over_the_limit() {
    let r = root();
    let mut dirs = vec![r.join("src"), r.join("tests")];
    for c in ["api", "client", "server"] {
        dirs.push(r.join("crates").join(c).join("src"));
        dirs.push(r.join("crates").join(c).join("tests"));
    }
    let mut files = Vec::new();
    for d in &dirs {
        rust_files(d, &mut files);
    }
    let mut long = Vec::new();
    for f in files {
        let name = rel(&f);
        if GENERATED.contains(&name.as_str()) {
            continue;
        }
        let lines = fs::read_to_string(&f)
            .map(|s| s.lines().count())
            .unwrap_or(0);
        if lines > MAX_LINES {
            long.push(format!("    {name}: {lines} lines"));
        }
    }
    assert!(
        long.is_empty(),
        "split these files by concept (limit {MAX_LINES} lines):\n{}",
        long.join("\n")
    );
}

/// The checker itself: a two-file cycle is found, a facade re-export is not one.
#[test]
fn the_cycle_check_sees_a_cycle() {
    let dir = std::env::temp_dir().join(format!("acctl-layout-{}", std::process::id()));
    let src = dir.join("src");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(src.join("store")).unwrap();
    fs::write(src.join("main.rs"), "mod a;\nmod b;\nmod store;\n").unwrap();
    fs::write(src.join("a.rs"), "use crate::b::B;\npub struct A;\n").unwrap();
    fs::write(
        src.join("b.rs"),
        "pub struct B;\nfn f() { let _ = super::a::A; }\n#[cfg(test)]\nmod tests { use crate::store::Db; }\n",
    )
    .unwrap();
    fs::write(
        src.join("store/mod.rs"),
        "mod rows;\npub use rows::Row;\npub struct Db;\n",
    )
    .unwrap();
    fs::write(
        src.join("store/rows.rs"),
        "use super::Db;\npub struct Row(Db);\n",
    )
    .unwrap();
    let krate = Crate::load(&src, "main.rs");
    let edges = krate.edges();
    let found = cycles(krate.files.len(), &edges);
    let names: Vec<Vec<String>> = found
        .iter()
        .map(|c| {
            let mut v: Vec<String> = c
                .iter()
                .map(|&i| krate.files[i].module.join("::"))
                .collect();
            v.sort();
            v
        })
        .collect();
    let _ = fs::remove_dir_all(&dir);
    assert_eq!(names, vec![vec!["a".to_string(), "b".to_string()]]);
}
