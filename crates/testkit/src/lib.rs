// Test support reads its own settings (ACCTD_TEST_*) and the wall clock, as the
// test crate roots do; the clock and config rules are for the shipped binaries.
#![allow(clippy::disallowed_methods)]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test support: a panic is the failure report
//! One way for every test suite to start acctd, and to be sure it stops.
//!
//! - [`TestServer`]: acctd inside the test process, on its own runtime thread, with a
//!   temp database (SQLite, or a fresh PostgreSQL database when
//!   `ACCTD_TEST_POSTGRES_URL` is set), the file courier, a manual clock and a free
//!   loopback port. It answers before `start` returns, and is stopped on drop.
//! - [`AcctdProcess`]: the real `acctd` binary, started from a command line the test
//!   writes; killed and reaped on drop (also when the test panics), and its pid
//!   recorded under `ACCTD_TEST_PID_DIR` so `scripts/test.sh` can check that no acctd
//!   outlived the suite.
//! - [`apache::Apache`]: Apache httpd with mod_auth_openidc, a relying party with its
//!   own config and port, stopped on drop.
//! - [`browser::Browser`] and [`TestServer::app_sign_in`]: a grant to a client made
//!   through acctd's sign-in and consent pages, as a person's browser makes it.
//! - [`approve_device`] / [`deny_device`]: a browser answering a device code (RFC 8628)
//!   through acctd's pages.

pub mod apache;
pub mod browser;
pub mod chromium;
mod device;
mod flows;
mod oidc;
mod outbox;
mod pids;
mod postgres;
mod process;
mod server;

pub use device::{approve_device, deny_device};
pub use oidc::AppTokens;
pub use outbox::{courier_messages, settle};
pub use pids::{recorded, still_running, PID_DIR_VAR};
pub use postgres::{fresh_postgres_database, postgres_admin_url};
pub use process::AcctdProcess;
pub use server::{Builder, ServerDir, TestServer};
