//! acct-api: the types that cross the wire between `acctl`/`acct-client` and `acctd`.
//!
//! Defined once here so the client and the server cannot drift apart. No I/O.

pub mod account;
pub mod activity;
pub mod apps;
pub mod contact;
pub mod error;
pub mod flow;
pub mod language;
pub mod recovery;
pub mod report;
pub mod secret;
pub mod session;
pub mod text;

pub use account::*;
pub use activity::*;
pub use apps::*;
pub use contact::*;
pub use error::*;
pub use flow::*;
pub use language::{Language, LanguageSetting, UnknownLanguage, LANGUAGES};
pub use recovery::*;
pub use report::*;
pub use secret::Secret;
pub use session::*;
pub use text::{clean_name, clean_optional_name, is_hidden_char};

/// The API's version prefix; every route lives below it.
pub const API_PREFIX: &str = "/v1";

/// Header carrying the request id on every response (and echoed from requests).
pub const REQUEST_ID_HEADER: &str = "x-request-id";
