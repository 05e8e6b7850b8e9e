//! Files in the config dir: private to the user (0700 dirs, 0600 files),
//! written atomically, and locked while read-modified-written, so parallel
//! acctl runs never lose each other's updates.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{CliError, Result};

/// The config dir (or a folder in it), private to the user.
pub fn create_private_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(|e| CliError::file(dir, "create", e))
    }
    #[cfg(not(unix))]
    {
        std::fs::create_dir_all(dir).map_err(|e| CliError::file(dir, "create", e))
    }
}

/// Writes a file only the user can read, atomically (temp file + rename).
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let write = || -> std::io::Result<()> {
        let mut f = opts.open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    };
    write().map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        CliError::file(path, "write", e)
    })
}

/// The lock beside a file: `.name.lock`.
pub fn lock_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.lock"))
}

/// An exclusive lock held until the returned file is dropped.
pub fn lock_file(path: &Path) -> Result<File> {
    let mut opts = std::fs::OpenOptions::new();
    opts.create(true).truncate(false).write(true);
    // Private like everything in the config dir (doctor flags anything else).
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    let file = opts
        .open(path)
        .map_err(|e| CliError::file(path, "open", e))?;
    // File::lock is std since 1.89, the workspace rust-version.
    file.lock().map_err(|e| CliError::file(path, "lock", e))?;
    Ok(file)
}
