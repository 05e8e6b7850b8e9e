//! Tables in the borderless style of gh and kubectl: a header row and aligned
//! columns, nothing between rows. This file keeps the fitting policy: when the
//! terminal is too narrow, long free text is cut (with `…`), IDs are shortened
//! to a unique prefix (never split over lines: item 5 of issue 11 makes
//! prefixes acceptable wherever an ID is taken), and then lower-priority
//! columns are left out. Nothing wraps. comfy-table draws the fitted cells.

use console::{measure_text_width, Color};

/// Two spaces between columns, as gh and kubectl use.
const GAP: usize = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fit {
    /// Short values, shown whole.
    Keep,
    /// An ID: whole, or a unique prefix of at least 8 characters.
    Id,
    /// Free text (user agents, reasons): cut with `…` down to `min`.
    Cut(usize),
}

/// One column: its header, how it gives way, and when it is left out.
#[derive(Debug, Clone)]
pub struct Column {
    header: &'static str,
    fit: Fit,
    /// 0: always shown; otherwise the higher, the earlier it is left out.
    drop_rank: u8,
}

impl Column {
    pub fn new(header: &'static str) -> Self {
        Self {
            header,
            fit: Fit::Keep,
            drop_rank: 0,
        }
    }

    pub fn id(header: &'static str) -> Self {
        Self {
            fit: Fit::Id,
            ..Self::new(header)
        }
    }

    /// Free text that may be cut to `min` characters.
    pub fn cut(header: &'static str, min: usize) -> Self {
        Self {
            fit: Fit::Cut(min.max(2)),
            ..Self::new(header)
        }
    }

    /// Left out on a narrow terminal; higher ranks go first.
    pub fn optional(mut self, rank: u8) -> Self {
        self.drop_rank = rank;
        self
    }
}

/// One cell: its text and, on a colour terminal, a colour.
#[derive(Debug, Clone)]
pub struct Cell {
    pub text: String,
    pub color: Option<Color>,
}

impl Cell {
    pub fn colored(text: impl Into<String>, color: Option<Color>) -> Self {
        Self {
            text: text.into(),
            color,
        }
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Self {
        Self { text, color: None }
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Self {
        text.to_string().into()
    }
}

#[derive(Debug, Clone)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    pub fn new<C: Into<Cell>>(columns: Vec<Column>, rows: Vec<Vec<C>>) -> Self {
        let rows = rows
            .into_iter()
            .map(|r| r.into_iter().map(Into::into).collect())
            .collect();
        Self { columns, rows }
    }

    /// Every column shown whole, none left out.
    pub fn plain(headers: &[&'static str], rows: &[Vec<String>]) -> Self {
        Self::new(
            headers.iter().map(|h| Column::new(h)).collect(),
            rows.to_vec(),
        )
    }

    /// Tab-separated, header first, whole values: for pipes (cut, awk).
    pub fn tsv(&self) -> String {
        let mut lines = vec![self
            .columns
            .iter()
            .map(|c| c.header)
            .collect::<Vec<_>>()
            .join("\t")];
        for row in &self.rows {
            lines.push(
                row.iter()
                    .map(|c| c.text.as_str())
                    .collect::<Vec<_>>()
                    .join("\t"),
            );
        }
        lines.join("\n")
    }

    fn cell(&self, row: usize, col: usize) -> &str {
        self.rows[row].get(col).map_or("", |c| c.text.as_str())
    }

    fn natural(&self, col: usize) -> usize {
        (0..self.rows.len())
            .map(|r| measure_text_width(self.cell(r, col)))
            .chain(std::iter::once(measure_text_width(
                self.columns[col].header,
            )))
            .max()
            .unwrap_or(0)
    }

    /// Which columns are shown and how wide, for a terminal `width` wide.
    fn layout(&self, width: usize) -> Vec<(usize, usize)> {
        let mut shown: Vec<usize> = (0..self.columns.len()).collect();
        loop {
            let widths = self.fit(&shown, width);
            let total: usize = widths.iter().sum::<usize>() + GAP * shown.len().saturating_sub(1);
            let next = shown
                .iter()
                .enumerate()
                .filter(|(_, &c)| self.columns[c].drop_rank > 0)
                .max_by_key(|(i, &c)| (self.columns[c].drop_rank, *i))
                .map(|(i, _)| i);
            match next {
                Some(i) if total > width => {
                    shown.remove(i);
                }
                _ => return shown.into_iter().zip(widths).collect(),
            }
        }
    }

    /// Widths of the `shown` columns: natural, then free text cut, then IDs shortened.
    fn fit(&self, shown: &[usize], width: usize) -> Vec<usize> {
        let mut widths: Vec<usize> = shown.iter().map(|&c| self.natural(c)).collect();
        let total = |w: &[usize]| w.iter().sum::<usize>() + GAP * shown.len().saturating_sub(1);
        // Free text first: cut the widest cuttable column until it fits.
        while total(&widths) > width {
            let widest = shown
                .iter()
                .enumerate()
                .filter_map(|(i, &c)| match self.columns[c].fit {
                    Fit::Cut(min) if widths[i] > min.max(self.columns[c].header.len()) => {
                        Some((i, min.max(self.columns[c].header.len())))
                    }
                    _ => None,
                })
                .max_by_key(|(i, _)| widths[*i]);
            let Some((i, min)) = widest else { break };
            let over = total(&widths) - width;
            widths[i] = widths[i].saturating_sub(over).max(min);
        }
        if total(&widths) > width {
            for (i, &c) in shown.iter().enumerate() {
                if self.columns[c].fit == Fit::Id {
                    let ids: Vec<&str> = (0..self.rows.len()).map(|r| self.cell(r, c)).collect();
                    let short = crate::prefix::unique_len(&ids);
                    widths[i] = short.max(self.columns[c].header.len()).min(widths[i]);
                }
            }
        }
        widths
    }

    /// The table for a terminal `width` columns wide; `color` styles the cells.
    /// This file decides what is shown and how wide; comfy-table draws it.
    pub fn render(&self, width: usize, color: bool) -> String {
        let table = self.one_line();
        let layout = table.layout(width);
        let header: Vec<Shown> = layout
            .iter()
            .map(|&(c, w)| Shown {
                text: shorten(table.columns[c].header, w, Fit::Cut(1)),
                color: None,
                bold: true,
            })
            .collect();
        let body = table.rows.iter().map(|row| {
            layout
                .iter()
                .map(|&(c, w)| {
                    let cell = row.get(c);
                    Shown {
                        text: shorten(
                            cell.map_or("", |x| x.text.as_str()),
                            w,
                            table.columns[c].fit,
                        ),
                        color: cell.and_then(|x| x.color),
                        bold: false,
                    }
                })
                .collect::<Vec<_>>()
        });
        let lines: Vec<Vec<Shown>> = std::iter::once(header).chain(body).collect();
        let grid = grid(&layout, &lines);
        grid.lines()
            .zip(&lines)
            .map(|(line, cells)| paint(&line, cells, color))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The table with control characters (newlines, escapes) as spaces: one
    /// line per row, and nothing from the server reaches the terminal as a command.
    fn one_line(&self) -> Self {
        let clean = |s: &str| s.replace(|ch: char| ch.is_control(), " ");
        let rows = self
            .rows
            .iter()
            .map(|row| {
                row.iter()
                    .map(|c| Cell::colored(clean(&c.text), c.color))
                    .collect()
            })
            .collect();
        Self {
            columns: self.columns.clone(),
            rows,
        }
    }
}

/// A fitted cell as drawn.
struct Shown {
    text: String,
    color: Option<Color>,
    bold: bool,
}

/// Between columns comfy-table draws this (control characters never reach it
/// from a cell, see `one_line`); `paint` splits on it and removes it.
const SEP: char = '\u{1f}';

/// comfy-table's borderless preset with `SEP` as the vertical line, so that
/// colour can go on each cell after layout (see `paint`).
fn preset() -> String {
    let mut preset: Vec<char> = comfy_table::presets::NOTHING.chars().collect();
    // The ninth place of a preset is the vertical line between columns.
    preset[8] = SEP;
    preset.into_iter().collect()
}

/// Cells already fitted, drawn left-aligned at their own width: no border, no
/// rules, `GAP` spaces after every column but the last.
fn grid(layout: &[(usize, usize)], lines: &[Vec<Shown>]) -> comfy_table::Table {
    let mut grid = comfy_table::Table::new();
    grid.load_preset(&preset())
        .set_content_arrangement(comfy_table::ContentArrangement::Disabled)
        .force_no_tty();
    let mut rows = lines.iter().map(|l| l.iter().map(|c| c.text.as_str()));
    if let Some(header) = rows.next() {
        grid.set_header(header);
    }
    grid.add_rows(rows);
    let last = layout.len().saturating_sub(1);
    for (k, column) in grid.column_iter_mut().enumerate() {
        // comfy-table gives an empty column one character: it comes off the gap.
        let right = match layout.get(k) {
            _ if k == last => 0,
            Some(&(_, 0)) => GAP - 1,
            _ => GAP,
        };
        column.set_padding((0, right as u16));
    }
    grid
}

/// One drawn line: the `SEP`s taken out, each cell's text styled when `color`
/// is on, no trailing spaces. The colour is `console`'s (basic SGR codes, as
/// on the rest of acctl's output); comfy-table's own would be 256-colour codes.
fn paint(line: &str, cells: &[Shown], color: bool) -> String {
    let mut out = String::new();
    for (part, cell) in line.split(SEP).zip(cells) {
        let text = cell.text.as_str();
        let style = if cell.bold {
            Some(console::Style::new().bold())
        } else {
            cell.color.map(|c| console::Style::new().fg(c))
        };
        match (style, part.strip_prefix(text)) {
            (Some(style), Some(rest)) if color && !text.is_empty() => {
                out.push_str(&style.force_styling(true).apply_to(text).to_string());
                out.push_str(rest);
            }
            _ => out.push_str(part),
        }
    }
    out.trim_end().to_string()
}

/// `text` in at most `width` columns: an ID keeps its prefix (copyable), free
/// text ends in `…`.
fn shorten(text: &str, width: usize, fit: Fit) -> String {
    if measure_text_width(text) <= width {
        return text.to_string();
    }
    match fit {
        Fit::Id => text.chars().take(width).collect(),
        _ => {
            let mut out = String::new();
            for ch in text.chars() {
                if measure_text_width(&out) + measure_text_width(&ch.to_string()) + 1 > width {
                    break;
                }
                out.push(ch);
            }
            out.push('…');
            out
        }
    }
}

/// The width of the terminal on stdout, if it is one.
pub fn stdout_width() -> Option<usize> {
    let term = console::Term::stdout();
    term.size_checked().map(|(_, cols)| cols as usize)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn devices() -> Table {
        Table::new(
            vec![
                Column::new(""),
                Column::id("device"),
                Column::new("name"),
                Column::new("ip").optional(1),
                Column::new("last seen"),
                Column::new("signed in").optional(2),
                Column::cut("client", 10).optional(3),
            ],
            vec![
                vec![
                    "*",
                    "7d1e0c2a9f8b4c6d8e0f1a2b3c4d5e6f",
                    "test-host",
                    "127.0.0.1",
                    "12 s ago",
                    "3 min ago",
                    "acctl/0.1.0 (linux; x86_64) something long",
                ],
                vec![
                    "",
                    "93b04f11aa22bb33cc44dd55ee66ff77",
                    "laptop",
                    "203.0.113.7",
                    "2 days ago",
                    "5 days ago",
                    "Mozilla/5.0",
                ],
            ],
        )
    }

    #[test]
    fn wide_terminals_show_everything_borderless() {
        let out = devices().render(120, false);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 3, "a header and one line per row:\n{out}");
        assert!(lines[0].starts_with("   device"), "{out}");
        assert!(out.contains("7d1e0c2a9f8b4c6d8e0f1a2b3c4d5e6f"), "{out}");
        assert!(out.contains("acctl/0.1.0 (linux"), "{out}");
        assert!(out.lines().all(|l| measure_text_width(l) <= 120), "{out}");
        let roomy = devices().render(200, false);
        assert!(roomy.contains("something long"), "{roomy}");
        assert!(!out.contains('─') && !out.contains('│'), "{out}");
    }

    #[test]
    fn narrow_terminals_cut_shorten_and_drop_but_never_wrap() {
        let out = devices().render(60, false);
        for line in out.lines() {
            assert!(measure_text_width(line) <= 60, "{line:?} in\n{out}");
        }
        assert_eq!(out.lines().count(), 3, "{out}");
        assert!(out.contains("7d1e0c2a"), "{out}");
        assert!(out.contains("127.0.0.1"), "IPs stay whole or go:\n{out}");
        assert!(out.contains("last seen"), "{out}");
    }

    #[test]
    fn colour_styles_the_text_and_moves_no_column() {
        let mut table = devices();
        table.rows[1][4].color = Some(Color::Green);
        let plain = table.render(120, false);
        let coloured = table.render(120, true);
        assert!(
            coloured.contains("\u{1b}[32m2 days ago\u{1b}[0m"),
            "{coloured:?}"
        );
        assert!(
            coloured.contains("\u{1b}[1mdevice\u{1b}[0m"),
            "{coloured:?}"
        );
        assert_eq!(console::strip_ansi_codes(&coloured), plain);
        assert!(
            !plain.contains('\u{1b}') && !plain.contains(SEP),
            "{plain:?}"
        );
        assert!(plain.lines().all(|l| l == l.trim_end()), "{plain:?}");
    }

    #[test]
    fn an_empty_column_keeps_the_gap_and_control_characters_never_reach_the_terminal() {
        let table = Table::plain(
            &["", "name", "reason"],
            &[vec!["".into(), "a".into(), "two\nlines\u{1b}[2J".into()]],
        );
        assert_eq!(
            table.render(80, false),
            "  name  reason\n  a     two lines [2J"
        );
    }

    #[test]
    fn cut_text_ends_in_an_ellipsis_and_ids_in_a_prefix() {
        assert_eq!(shorten("abcdef", 4, Fit::Cut(2)), "abc…");
        assert_eq!(shorten("abcdef", 4, Fit::Id), "abcd");
        assert_eq!(shorten("abc", 4, Fit::Cut(2)), "abc");
    }
}
