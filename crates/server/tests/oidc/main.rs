#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report
//! The OpenID provider against a relying party nobody here wrote: the `openidconnect`
//! crate (its own JOSE code) discovers acctd, sends the browser to the authorization
//! endpoint, and verifies what comes back. The browser is a plain HTTP client that
//! posts the sign-in and consent pages' forms as a browser would (`browser.rs`).

#[path = "../api/support.rs"]
#[allow(dead_code)]
mod support;

mod browser;
mod chromium;
mod chromium_device;
mod code_flow;
mod device;
mod keys;
mod races;
mod refusals;
mod rp;
mod two_step;
