//! One module per command group; each command is args + context → report.

pub mod account;
pub mod auth;
pub mod completions;
pub mod doctor;
pub mod flow;
pub mod logout;
pub mod profile;
