//! Rust source as tokens: comments, strings and char literals dropped,
//! `#[cfg(test)] mod … { }` blocks skipped, `use` trees expanded to paths.

#[derive(Debug, Clone, PartialEq)]
pub enum Tok {
    Ident(String),
    Path, // `::`
    Punct(char),
}

/// Tokens with their line numbers, without comments, strings and char literals.
pub fn tokenize(src: &str) -> Vec<(Tok, usize)> {
    let s: Vec<char> = src.chars().collect();
    let (mut i, mut line, mut out) = (0, 1, Vec::new());
    let skip_until = |i: &mut usize, line: &mut usize, end: &str| {
        let end: Vec<char> = end.chars().collect();
        while *i < s.len() && !s[*i..].starts_with(&end) {
            if s[*i] == '\n' {
                *line += 1;
            }
            *i += 1;
        }
        *i = (*i + end.len()).min(s.len());
    };
    while i < s.len() {
        let c = s[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if s[i..].starts_with(&['/', '/']) {
            while i < s.len() && s[i] != '\n' {
                i += 1;
            }
        } else if s[i..].starts_with(&['/', '*']) {
            i += 2;
            skip_until(&mut i, &mut line, "*/");
        } else if c == 'r' && matches!(s.get(i + 1), Some('"' | '#')) {
            // Raw string: r"…", r#"…"#.
            let mut j = i + 1;
            while s.get(j) == Some(&'#') {
                j += 1;
            }
            if s.get(j) == Some(&'"') {
                let end = format!("\"{}", "#".repeat(j - i - 1));
                i = j + 1;
                skip_until(&mut i, &mut line, &end);
            } else {
                out.push((Tok::Ident("r".into()), line));
                i += 1;
            }
        } else if c == '"' {
            i += 1;
            while i < s.len() && s[i] != '"' {
                if s[i] == '\\' {
                    i += 1;
                }
                if s.get(i) == Some(&'\n') {
                    line += 1;
                }
                i += 1;
            }
            i += 1;
        } else if c == '\'' {
            // A char literal ('x', '\n', '\u{..}'), else a lifetime.
            if s.get(i + 1) == Some(&'\\') {
                i += 2;
                while i < s.len() && s[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if s.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
            }
        } else if c.is_alphanumeric() || c == '_' {
            let start = i;
            while i < s.len() && (s[i].is_alphanumeric() || s[i] == '_') {
                i += 1;
            }
            out.push((Tok::Ident(s[start..i].iter().collect()), line));
        } else if s[i..].starts_with(&[':', ':']) {
            out.push((Tok::Path, line));
            i += 2;
        } else {
            out.push((Tok::Punct(c), line));
            i += 1;
        }
    }
    out
}

pub fn ident(t: Option<&(Tok, usize)>) -> Option<&str> {
    match t {
        Some((Tok::Ident(s), _)) => Some(s),
        _ => None,
    }
}

pub fn is_punct(t: Option<&(Tok, usize)>, c: char) -> bool {
    matches!(t, Some((Tok::Punct(p), _)) if *p == c)
}

/// Drops `#[cfg(test)] mod name { … }` blocks.
pub fn without_test_modules(toks: Vec<(Tok, usize)>) -> Vec<(Tok, usize)> {
    let cfg_test = |i: usize| {
        let want = ["#", "[", "cfg", "(", "test", ")", "]"];
        want.iter().enumerate().all(|(k, w)| match toks.get(i + k) {
            Some((Tok::Ident(s), _)) => s == w,
            Some((Tok::Punct(c), _)) => c.to_string() == *w,
            _ => false,
        })
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if cfg_test(i) {
            let mut j = i + 7;
            // Other attributes (`#[allow(…)]`) may sit between.
            while is_punct(toks.get(j), '#') && is_punct(toks.get(j + 1), '[') {
                while j < toks.len() && !is_punct(toks.get(j), ']') {
                    j += 1;
                }
                j += 1;
            }
            if ident(toks.get(j)) == Some("pub") {
                j += 1;
            }
            if ident(toks.get(j)) == Some("mod") && is_punct(toks.get(j + 2), '{') {
                let mut depth = 0;
                j += 2;
                while j < toks.len() {
                    if is_punct(toks.get(j), '{') {
                        depth += 1;
                    } else if is_punct(toks.get(j), '}') {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    j += 1;
                }
                i = j + 1;
                continue;
            }
        }
        out.push(toks[i].clone());
        i += 1;
    }
    out
}

/// A path as written and the name it binds (`None` for a glob).
pub type Leaf = (Vec<String>, Option<String>);

/// The leaf paths of a `use` tree starting at `toks[i]` (after `use`); returns
/// them with their local name (`None` for a glob) and the index after `;`.
pub fn use_tree(toks: &[(Tok, usize)], mut i: usize) -> (Vec<Leaf>, usize) {
    fn tree(toks: &[(Tok, usize)], i: &mut usize, prefix: Vec<String>, out: &mut Vec<Leaf>) {
        let mut path = prefix;
        loop {
            match toks.get(*i) {
                Some((Tok::Path, _)) => *i += 1,
                Some((Tok::Punct('{'), _)) => {
                    *i += 1;
                    loop {
                        tree(toks, i, path.clone(), out);
                        match toks.get(*i) {
                            Some((Tok::Punct(','), _)) => *i += 1,
                            Some((Tok::Punct('}'), _)) => {
                                *i += 1;
                                break;
                            }
                            _ => break,
                        }
                        if is_punct(toks.get(*i), '}') {
                            *i += 1;
                            break;
                        }
                    }
                    return;
                }
                Some((Tok::Punct('*'), _)) => {
                    *i += 1;
                    out.push((path, None));
                    return;
                }
                Some((Tok::Ident(s), _)) if s == "as" => {
                    let alias = ident(toks.get(*i + 1)).map(str::to_string);
                    *i += 2;
                    out.push((path, alias));
                    return;
                }
                Some((Tok::Ident(s), _)) => {
                    path.push(s.clone());
                    *i += 1;
                }
                _ => {
                    let name = path.last().cloned();
                    if name.as_deref() == Some("self") {
                        path.pop();
                        let n = path.last().cloned();
                        out.push((path, n));
                    } else {
                        out.push((path, name));
                    }
                    return;
                }
            }
        }
    }
    let mut out = Vec::new();
    tree(toks, &mut i, Vec::new(), &mut out);
    while i < toks.len() && !is_punct(toks.get(i), ';') {
        i += 1;
    }
    (out, i + 1)
}
