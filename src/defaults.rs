//! What acctl uses when nothing is configured (a leaf: errors name these too).

pub const DEFAULT_SERVER: &str = "http://127.0.0.1:8720";
pub const DEFAULT_PROFILE: &str = "default";
