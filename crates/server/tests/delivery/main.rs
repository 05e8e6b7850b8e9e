#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)] // test code: a panic is the failure report
//! Delivery: SMTP to a real mail server, the SMS webhook to a real HTTP receiver,
//! and the outbox across two real replicas on PostgreSQL. The in-process tests run
//! on SQLite, or on PostgreSQL when ACCTD_TEST_POSTGRES_URL is set; the replica
//! test needs PostgreSQL and is skipped (with a notice) without it.

mod enumeration;
mod give_up;
mod replicas;
mod smtp;
mod support;
mod webhook;
