//! One module per command group; each command is args + context → report.

pub mod account;
pub mod activity;
pub mod auth;
pub mod completions;
pub mod deletion;
pub mod devices;
pub mod doctor;
pub mod email;
pub mod flow;
pub mod logout;
pub mod password;
pub mod phone;
pub mod profile;
pub mod security;
pub mod two_step;
