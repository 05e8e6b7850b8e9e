//! The activity table shared by `acctl activity` and `acctl support account activity`.

use acct_api::ActivityItem;

use crate::context::Context;
use crate::output::{relative_to, rfc3339, Cell, Column, Table};

fn dash(v: &Option<String>) -> String {
    v.clone().unwrap_or_else(|| "-".into())
}

/// A terminal table that fits the width (the client and reason are cut first,
/// then device, method and IP left out; outcome coloured when colour is on),
/// or tab-separated lines with RFC 3339 times when piped.
pub fn render(ctx: &Context, items: &[ActivityItem]) -> Table {
    let now = crate::clock::now();
    let columns = vec![
        Column::new("when"),
        Column::new("event"),
        Column::new("outcome"),
        Column::new("method").optional(3),
        Column::new("ip").optional(2),
        Column::cut("device", 10).optional(4),
        Column::cut("client", 12).optional(5),
        Column::cut("reason", 12).optional(1),
    ];
    let rows = items
        .iter()
        .map(|i| {
            let color = match i.outcome.as_str() {
                "success" => Some(console::Color::Green),
                "failure" => Some(console::Color::Red),
                _ => None,
            };
            // Events are past: a little clock skew must not read "in 3 s".
            let when = if ctx.out.stdout_tty {
                relative_to(i.at.min(now), now)
            } else {
                rfc3339(i.at)
            };
            vec![
                Cell::from(when),
                Cell::from(i.kind.as_str()),
                Cell::colored(i.outcome.as_str(), color),
                Cell::from(dash(&i.method)),
                Cell::from(dash(&i.ip)),
                Cell::from(dash(&i.device_name)),
                Cell::from(dash(&i.user_agent)),
                Cell::from(dash(&i.reason)),
            ]
        })
        .collect();
    Table { columns, rows }
}
