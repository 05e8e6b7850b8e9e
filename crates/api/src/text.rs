//! User-chosen names (display names, device names, devices named as ticket
//! evidence) cleaned of what can make them display as something else: bidi
//! controls (a right-to-left override turns `Bob\u{202E}gnp.exe` into
//! "Bobexe.png"), zero-width and other invisible format characters, C0/C1
//! controls and line breaks. Shared by acctd (on input) and acctl.

/// True for a character that is invisible or changes how the text around it
/// is displayed: controls (Cc), format characters (Cf, e.g. bidi controls and
/// zero-width characters), and blank letters that render as nothing.
pub fn is_hidden_char(c: char) -> bool {
    c.is_control() || is_format_char(c) || is_blank_letter(c)
}

/// The Unicode general category Cf (Unicode 15.1), listed here because std has
/// no category lookup and the set changes rarely.
fn is_format_char(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'                  // soft hyphen
        | '\u{0600}'..='\u{0605}'   // Arabic number signs
        | '\u{061C}'                // Arabic letter mark (bidi)
        | '\u{06DD}'
        | '\u{070F}'
        | '\u{0890}'..='\u{0891}'
        | '\u{08E2}'
        | '\u{180E}'                // Mongolian vowel separator
        | '\u{200B}'..='\u{200F}'   // zero-width space/non-joiner/joiner, LRM, RLM
        | '\u{202A}'..='\u{202E}'   // bidi embeddings and overrides
        | '\u{2060}'..='\u{2064}'   // word joiner, invisible operators
        | '\u{2066}'..='\u{206F}'   // bidi isolates, deprecated format controls
        | '\u{FEFF}'                // zero-width no-break space (BOM)
        | '\u{FFF9}'..='\u{FFFB}'   // interlinear annotation
        | '\u{110BD}'
        | '\u{110CD}'
        | '\u{13430}'..='\u{1343F}'
        | '\u{1BCA0}'..='\u{1BCA3}'
        | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0001}'
        | '\u{E0020}'..='\u{E007F}' // tag characters
    )
}

/// Letters and symbols that render as blank space of no width or look like
/// nothing at all, a common way to fake an empty or identical-looking name.
fn is_blank_letter(c: char) -> bool {
    matches!(
        c,
        '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}' // Hangul fillers
        | '\u{2800}' // braille pattern blank
        | '\u{034F}' // combining grapheme joiner
    )
}

/// The name with hidden characters removed, every run of whitespace (tabs,
/// newlines, no-break and other Unicode spaces, line and paragraph separators)
/// as one plain space, trimmed, and at most `max_chars` characters long.
pub fn clean_name(raw: &str, max_chars: usize) -> String {
    let mut out = String::new();
    let mut len = 0usize;
    let mut space = false;
    for c in raw.chars() {
        // Whitespace first: tabs and newlines are controls, but they separate words.
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if is_hidden_char(c) {
            continue;
        }
        let need = if space { 2 } else { 1 };
        if len + need > max_chars {
            break;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
        len += need;
    }
    out
}

/// [`clean_name`], or `None` when nothing visible is left.
pub fn clean_optional_name(raw: Option<&str>, max_chars: usize) -> Option<String> {
    raw.map(|n| clean_name(n, max_chars))
        .filter(|n| !n.is_empty())
}

/// Longest name the cleaning at the API's edge keeps; the service may keep less.
pub const MAX_NAME_CHARS: usize = 256;

impl crate::StartFlow {
    /// The same request with every user-chosen name cleaned ([`clean_name`]):
    /// the display name and device name of a sign-up, the device name of a
    /// sign-in, and the devices and places a recovery ticket offers as evidence.
    pub fn with_clean_names(self) -> Self {
        use crate::StartFlow::*;
        let clean = |n: Option<String>| clean_optional_name(n.as_deref(), MAX_NAME_CHARS);
        let list = |v: Vec<String>| -> Vec<String> {
            v.iter()
                .map(|n| clean_name(n, MAX_NAME_CHARS))
                .filter(|n| !n.is_empty())
                .collect()
        };
        match self {
            Signup {
                phone,
                email,
                password,
                name,
                device_name,
            } => Signup {
                phone,
                email,
                password,
                name: clean(name),
                device_name: clean(device_name),
            },
            Login {
                login,
                method,
                password,
                device_name,
            } => Login {
                login,
                method,
                password,
                device_name: clean(device_name),
            },
            RecoveryTicket {
                login,
                contact_email,
                mut evidence,
            } => {
                evidence.devices = list(evidence.devices);
                evidence.places = list(evidence.places);
                RecoveryTicket {
                    login,
                    contact_email,
                    evidence,
                }
            }
            other => other,
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// Input → what is kept.
    const TABLE: &[(&str, &str)] = &[
        ("Bob", "Bob"),
        ("Bob\u{202E}gnp.exe", "Bobgnp.exe"),
        ("\u{202A}a\u{202B}b\u{202C}c\u{202D}d\u{202E}e", "abcde"),
        ("\u{2066}x\u{2067}y\u{2068}z\u{2069}", "xyz"),
        ("a\u{200E}b\u{200F}c\u{061C}d", "abcd"),
        ("Ph\u{200B}one\u{200C}\u{200D}", "Phone"),
        ("\u{FEFF}iPhone\u{2060}", "iPhone"),
        ("soft\u{00AD}hyphen", "softhyphen"),
        ("tag\u{E0041}\u{E007F}", "tag"),
        ("\u{3164}", ""),
        ("\u{115F}\u{1160}\u{FFA0}\u{2800}", ""),
        ("line1\nline2", "line1 line2"),
        ("a\r\n\tb", "a b"),
        ("bell\u{0007}\u{001B}[31m", "bell[31m"),
        ("c1\u{0085}\u{009B}x", "c1 x"),
        ("  padded  ", "padded"),
        ("a\u{00A0}\u{2003}\u{3000}b", "a b"),
        ("para\u{2029}graph\u{2028}line", "para graph line"),
        ("Zoë's ThinkPad", "Zoë's ThinkPad"),
        ("李雷的手机", "李雷的手机"),
        ("محمد", "محمد"),
        ("e\u{0301}", "e\u{0301}"),
        ("👍🏽 ok", "👍🏽 ok"),
        ("\u{200B}\u{200B}", ""),
        ("", ""),
    ];

    #[test]
    fn the_table_of_spoofable_names_is_cleaned() {
        for (input, want) in TABLE {
            assert_eq!(clean_name(input, 100), *want, "{input:?}");
        }
    }

    #[test]
    fn every_listed_control_is_hidden() {
        let listed = ['\u{061C}', '\u{200E}', '\u{200F}', '\u{2060}', '\u{FEFF}']
            .into_iter()
            .chain('\u{202A}'..='\u{202E}')
            .chain('\u{2066}'..='\u{2069}')
            .chain('\u{200B}'..='\u{200D}')
            .chain('\u{0000}'..='\u{001F}')
            .chain('\u{007F}'..='\u{009F}');
        for c in listed {
            assert!(is_hidden_char(c), "U+{:04X}", c as u32);
        }
    }

    /// Property over a generated range: whatever goes in, nothing hidden comes
    /// out, the result is trimmed, no two spaces follow each other, the bound holds,
    /// and cleaning twice changes nothing.
    #[test]
    fn cleaning_holds_its_properties_for_generated_inputs() {
        let alphabet: Vec<char> = "aZ9 é李\u{0644}👍"
            .chars()
            .chain(['\u{202E}', '\u{200D}', '\u{2066}', '\u{FEFF}', '\n', '\t'])
            .chain(['\u{0085}', '\u{00A0}', '\u{3164}', '\u{E0020}', '\u{0000}'])
            .collect();
        // A small deterministic generator (xorshift): no test dependency needed.
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..2000 {
            let len = (next() % 40) as usize;
            let s: String = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            let max = (next() % 30) as usize;
            let out = clean_name(&s, max);
            assert!(out.chars().count() <= max, "{s:?} → {out:?}");
            assert!(!out.chars().any(is_hidden_char), "{s:?} → {out:?}");
            assert_eq!(out, out.trim(), "{s:?}");
            assert!(!out.contains("  "), "{s:?} → {out:?}");
            assert!(!out.chars().any(|c| c.is_whitespace() && c != ' '));
            assert_eq!(clean_name(&out, max), out, "idempotent for {s:?}");
        }
    }

    #[test]
    fn start_flow_names_are_cleaned_and_empty_ones_dropped() {
        let flow = crate::StartFlow::Signup {
            phone: Some("+8613812345678".into()),
            email: None,
            password: Some("pass\u{200B}word".into()),
            name: Some("Bob\u{202E}gnp.exe".into()),
            device_name: Some("\u{200D}\u{200D}".into()),
        };
        let crate::StartFlow::Signup {
            name,
            device_name,
            password,
            ..
        } = flow.with_clean_names()
        else {
            panic!("kind changed");
        };
        assert_eq!(name.as_deref(), Some("Bobgnp.exe"));
        assert_eq!(device_name, None);
        assert_eq!(
            password.as_ref().map(|p| p.expose()),
            Some("pass\u{200B}word"),
            "passwords are not names"
        );
        let ticket = crate::StartFlow::RecoveryTicket {
            login: "x".into(),
            contact_email: "a@example.com".into(),
            evidence: crate::Evidence {
                devices: vec!["Pixel\u{202E}".into(), "\u{2066}".into()],
                ..Default::default()
            },
        };
        let crate::StartFlow::RecoveryTicket { evidence, .. } = ticket.with_clean_names() else {
            panic!("kind changed");
        };
        assert_eq!(evidence.devices, vec!["Pixel".to_string()]);
    }
}
