#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! The OpenID provider against a relying party nobody here wrote: the `openidconnect`
//! crate (its own JOSE code) discovers acctd, sends the browser to the authorization
//! endpoint, and verifies what comes back. The browser is a plain HTTP client that
//! posts the sign-in and consent pages' forms as a browser would (`browser.rs`).
//! `apache.rs` does the same with Apache httpd and mod_auth_openidc as the relying
//! party.

#[path = "../api/support.rs"]
#[allow(dead_code)]
mod support;

mod apache;
// The browser is shared with the API and CLI suites (they make grants the same way).
use acct_testkit::browser;
mod chromium;
mod chromium_device;
mod code_flow;
mod device;
mod device_two_step;
mod keys;
mod races;
mod refusals;
mod rp;
mod two_step;
