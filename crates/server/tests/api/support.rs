//! Test support: each test gets its own acctd (crates/testkit: a manual clock, the
//! file courier and a fresh database, SQLite in a temp dir or a new PostgreSQL
//! database when ACCTD_TEST_POSTGRES_URL is set), stopped when dropped.

use acct_api::StartFlow;
use acct_client::ClientError;

pub use acct_testkit::TestServer;

/// A sign-up by phone with nothing else given.
pub fn phone_signup(phone: &str) -> StartFlow {
    StartFlow::Signup {
        phone: Some(phone.into()),
        email: None,
        password: None,
        name: None,
        device_name: None,
    }
}

/// The API error code of a failed call.
pub fn code_of<T: std::fmt::Debug>(r: Result<T, ClientError>) -> acct_api::ErrorCode {
    match r {
        Err(e) => e.code().unwrap_or_else(|| panic!("not an API error: {e}")),
        Ok(v) => panic!("expected an error, got {v:?}"),
    }
}

pub fn error_of<T: std::fmt::Debug>(r: Result<T, ClientError>) -> ClientError {
    match r {
        Err(e) => e,
        Ok(v) => panic!("expected an error, got {v:?}"),
    }
}

pub const PASSWORD: &str = "violet-Quartz-91";
