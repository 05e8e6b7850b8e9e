//! The unit of work: the one transaction a domain operation that writes does all
//! its writes in. `Store::begin()` opens it; its methods (here and in each concept's
//! file) are the store's writes, and the reads a decision inside it rests on.
//! Methods on `Store` itself are reads, or single statements that are a unit of
//! work on their own (counters, compare-and-set claims); each such one says so.

use sqlx::{Any, AnyConnection, Transaction};

use super::{Backend, Store};

/// One open write transaction. Commit it with [`Uow::commit`]; dropped without a
/// commit (an error returned with `?`, a lost race) it rolls back, so nothing of a
/// half-done operation is kept.
pub struct Uow {
    tx: Transaction<'static, Any>,
}

impl Store {
    /// Opens a unit of work. On SQLite it takes the write lock up front
    /// (`BEGIN IMMEDIATE`): a deferred read-to-write upgrade fails with SQLITE_BUSY
    /// and ignores the busy timeout. On PostgreSQL a plain transaction; races there
    /// are settled by the compare-and-set statements inside it.
    pub async fn begin(&self) -> Result<Uow, sqlx::Error> {
        let tx = match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        };
        Ok(Uow { tx })
    }
}

impl Uow {
    /// The transaction's connection, for the statements of the store's files.
    pub(super) fn conn(&mut self) -> &mut AnyConnection {
        &mut self.tx
    }

    /// Makes every write of the unit permanent at once.
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        self.tx.commit().await
    }

    /// Drops every write of the unit (the same as dropping it, but waits for it).
    pub async fn rollback(self) -> Result<(), sqlx::Error> {
        self.tx.rollback().await
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    /// Where `call(` is followed by a number: a column read by position.
    fn positional(line: &str, call: &str) -> bool {
        line.match_indices(call).any(|(i, _)| {
            line[i + call.len()..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
        })
    }

    /// Rows are decoded by column name (`sqlx::FromRow` row structs): a read by
    /// position breaks silently when a column list changes. And no store method
    /// opens a transaction of its own: writes go through a [`super::Uow`] (the
    /// activity export's read-only snapshot and the migrations' own unit aside).
    #[test]
    fn the_store_reads_by_name_and_opens_no_transaction_of_its_own() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/store");
        let mut found = Vec::new();
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            let text = std::fs::read_to_string(&path).unwrap();
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or("");
                if ["try_get(", ".get(", "get_ref("]
                    .iter()
                    .any(|call| positional(code, call))
                    || code.contains("try_get::<") && positional(code, ">(")
                {
                    found.push(format!(
                        "{name}:{}: reads a column by position: {line}",
                        n + 1
                    ));
                }
                let opens = code.contains(".begin(") || code.contains("begin_with(");
                let allowed =
                    ["uow.rs", "activity_export.rs", "migrate.rs"].contains(&name.as_str());
                if opens && !allowed {
                    found.push(format!(
                        "{name}:{}: opens its own transaction: {line}",
                        n + 1
                    ));
                }
            }
        }
        assert!(found.is_empty(), "{}", found.join("\n"));
    }
}
