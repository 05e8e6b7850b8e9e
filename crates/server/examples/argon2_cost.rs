//! Measures one argon2id hash at the service's default parameters, and prints the
//! sign-in bound for this machine: cores ÷ time per hash (used by scripts/bench-server.sh).

use std::time::Instant;

use acctd::config::PasswordSettings;
use acctd::domain::passwords::Hasher;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let hasher = Hasher::new(&PasswordSettings::default())?;
    let stored = hasher.hash("violet-Quartz-91").await?;
    let n = 20;
    let start = Instant::now();
    for _ in 0..n {
        hasher.verify("violet-Quartz-91", Some(&stored)).await?;
    }
    let per = start.elapsed().as_secs_f64() / f64::from(n);
    let cores = std::thread::available_parallelism().map_or(1, |c| c.get());
    println!(
        "argon2id m=19456 t=2 p=1: {:.1} ms per verify; bound {:.0} sign-ins/s on {cores} cores",
        per * 1000.0,
        cores as f64 / per
    );
    Ok(())
}
