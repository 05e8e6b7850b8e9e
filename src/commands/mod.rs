//! One module per command group; each command is args + context → report.

pub mod account;
pub mod activity;
pub mod activity_export;
pub mod activity_report;
pub mod activity_table;
pub mod admin;
pub mod apps;
pub mod auth;
pub mod completions;
pub mod deletion;
pub mod devices;
pub mod doctor;
pub mod email;
pub mod flow;
pub mod language;
pub mod logout;
pub mod password;
pub mod phone;
pub mod profile;
pub mod recover;
pub mod resume;
pub mod security;
pub mod support;
pub mod two_step;
pub mod web_login;
