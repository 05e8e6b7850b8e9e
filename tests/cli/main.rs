//! acctl end to end: the real binary against a real in-process acctd.
//!
//! One binary (see support.rs); each test owns a sandbox, so they run in parallel.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)] // tests own their environment and clock

mod activity_export;
mod admin_client;
mod apps;
mod browser;
mod completions;
mod credentials;
mod deletion;
mod devices_activity;
mod failures;
mod interactive;
mod language;
mod man;
mod network;
mod newcomer;
mod offline;
mod origin;
mod prompts;
mod quickstart;
mod recover;
mod remedies;
mod report;
mod session;
mod signin;
mod staff;
mod staff_bulk;
mod support;
mod tables;
mod two_step;
mod two_step_enrol;
mod two_step_signin;
mod web_login;
