//! The profile and server a recovery command talks to.

use crate::context::Context;
use crate::error::Result;
use crate::profiles::{load_profiles, ProfileFile};

/// The profile and server a recovery command talks to.
pub struct Where {
    pub file: ProfileFile,
    pub profile: String,
    pub server: String,
}

pub fn target(ctx: &Context) -> Result<Where> {
    let dir = ctx.config_dir()?;
    let file = load_profiles(&dir)?;
    let profile = ctx.profile_name(&file)?;
    let server = ctx.server(file.profiles.get(&profile));
    Ok(Where {
        file,
        profile,
        server,
    })
}
