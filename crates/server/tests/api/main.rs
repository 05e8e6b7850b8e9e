#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)] // test code: a panic is the failure report
//! API tests against a real acctd on a loopback port. The same suite is the store
//! conformance suite: it runs on SQLite, and on PostgreSQL when
//! ACCTD_TEST_POSTGRES_URL is set (see README).

mod account;
mod activity_export;
mod admin_clients;
mod apps;
mod at_rest;
mod codes;
mod connections;
mod credentials;
mod errors;
mod factors;
mod language;
mod legacy_flows;
mod login;
mod newcomer;
mod proof;
mod recognition;
mod recovery;
mod report;
mod sign_out;
mod signin_guards;
mod signup;
mod staff;
mod support;
mod ticket_races;
mod tokens;
mod two_step_signin;
mod uow_races;
