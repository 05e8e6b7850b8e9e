//! The HTTP front: an accept loop over hyper's HTTP/1 server that keeps slow
//! and idle clients from holding the service (issue 14 item 13).
//!
//! - a header-read timeout (hyper's), which also bounds how long a kept-alive
//!   connection may wait for its next request;
//! - an idle timeout: no byte read or written for that long closes the
//!   connection, whatever state it is in (a client that stopped reading);
//! - a cap on open connections per client address, counted in this process
//!   (connections belong to one replica);
//! - a drain deadline: on shutdown, connections get that long to finish their
//!   request, then they are closed and `run` returns.

use std::collections::HashMap;
use std::future::Future;
use std::io;
use std::net::{IpAddr, Ipv6Addr};
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::extract::ConnectInfo;
use axum::Router;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinSet;
use tokio::time::Instant;
use tower::ServiceExt;

use crate::config::HttpSettings;

/// Serves `router` on `listener` until `shutdown` resolves, then drains for at
/// most `settings.drain_timeout` and closes whatever is still open.
pub async fn run(
    listener: TcpListener,
    router: Router,
    settings: &HttpSettings,
    shutdown: impl Future<Output = ()>,
) {
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(secs(settings.header_read_timeout))
        .keep_alive(true);
    let idle = secs(settings.idle_timeout);
    let caps = Arc::new(PerClient::new(settings.max_connections_per_ip));
    let graceful = GracefulShutdown::new();
    let mut tasks = JoinSet::new();
    tokio::pin!(shutdown);
    loop {
        let (stream, addr) = tokio::select! {
            biased;
            () = &mut shutdown => break,
            // Reap finished connections so the set holds only open ones.
            Some(_) = tasks.join_next(), if !tasks.is_empty() => continue,
            accepted = listener.accept() => match accepted {
                Ok(pair) => pair,
                Err(e) => {
                    accept_failed(e).await;
                    continue;
                }
            },
        };
        let Some(slot) = PerClient::take(&caps, addr.ip()) else {
            // Over the cap: closed before a byte is read; costs no task.
            tracing::debug!(client = %addr.ip(), "connection refused: too many open from this address");
            continue;
        };
        let _ = stream.set_nodelay(true);
        let activity = Arc::new(Activity::new());
        let io = TokioIo::new(Watched {
            inner: stream,
            activity: activity.clone(),
        });
        let router = router.clone();
        // Handlers read the client address from ConnectInfo (routes/extract.rs).
        let service = hyper::service::service_fn(move |mut req: hyper::Request<Incoming>| {
            req.extensions_mut().insert(ConnectInfo(addr));
            router.clone().oneshot(req)
        });
        let conn = graceful.watch(builder.serve_connection(io, service));
        tasks.spawn(async move {
            let _slot = slot;
            tokio::select! {
                done = conn => if let Err(e) = done {
                    tracing::debug!(error = %e, "connection ended with an error");
                },
                () = activity.idle_for(idle) => {
                    tracing::debug!(client = %addr.ip(), "closing a connection idle for {idle:?}");
                }
            }
        });
    }
    drop(listener);
    drain(graceful, tasks, secs(settings.drain_timeout)).await;
}

/// Asks every connection to finish (idle ones close at once), waits at most
/// `deadline`, then closes the rest.
async fn drain(graceful: GracefulShutdown, mut tasks: JoinSet<()>, deadline: Duration) {
    let open = graceful.count();
    if open > 0 {
        tracing::info!(open, "draining open connections for at most {deadline:?}");
    }
    if tokio::time::timeout(deadline, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!(
            still_open = tasks.len(),
            "drain deadline of {deadline:?} passed: closing the connections still open"
        );
    }
    tasks.shutdown().await;
}

/// Like axum's listener: a reset before accept is the client's business; anything
/// else (out of file descriptors) is logged and retried after a pause.
async fn accept_failed(e: io::Error) {
    use io::ErrorKind::*;
    if matches!(
        e.kind(),
        ConnectionAborted | ConnectionRefused | ConnectionReset
    ) {
        return;
    }
    tracing::error!(error = %e, "accept failed; retrying in a second");
    tokio::time::sleep(Duration::from_secs(1)).await;
}

/// At least a second: a zero timeout would close every connection at once.
fn secs(s: u64) -> Duration {
    Duration::from_secs(s.max(1))
}

/// Open connections per client address. IPv6 clients usually hold a whole /64,
/// so they are counted per /64; IPv4-mapped addresses count as IPv4.
struct PerClient {
    max: usize,
    open: Mutex<HashMap<IpAddr, usize>>,
}

/// One counted connection; uncounted when dropped (the connection's task ends,
/// or is aborted at the drain deadline).
struct Slot {
    caps: Arc<PerClient>,
    key: IpAddr,
}

impl PerClient {
    fn new(max: usize) -> Self {
        Self {
            max,
            open: Mutex::new(HashMap::new()),
        }
    }

    fn take(caps: &Arc<Self>, ip: IpAddr) -> Option<Slot> {
        let key = client_key(ip);
        let mut open = caps.open.lock().unwrap_or_else(|e| e.into_inner());
        let n = open.entry(key).or_insert(0);
        if caps.max > 0 && *n >= caps.max {
            return None;
        }
        *n += 1;
        Some(Slot {
            caps: caps.clone(),
            key,
        })
    }

    #[cfg(test)]
    fn open(&self, ip: IpAddr) -> usize {
        let open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        open.get(&client_key(ip)).copied().unwrap_or(0)
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut open = self.caps.open.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(n) = open.get_mut(&self.key) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                open.remove(&self.key);
            }
        }
    }
}

fn client_key(ip: IpAddr) -> IpAddr {
    match ip.to_canonical() {
        IpAddr::V6(v6) => IpAddr::V6(Ipv6Addr::from(u128::from(v6) & !0u128 << 64)),
        v4 => v4,
    }
}

/// When a connection last moved a byte.
struct Activity {
    start: Instant,
    last_ms: AtomicU64,
}

impl Activity {
    fn new() -> Self {
        Self {
            start: Instant::now(),
            last_ms: AtomicU64::new(0),
        }
    }

    fn touch(&self) {
        let ms = u64::try_from(self.start.elapsed().as_millis()).unwrap_or(u64::MAX);
        self.last_ms.store(ms, Ordering::Relaxed);
    }

    /// Resolves once nothing has moved for `limit`.
    async fn idle_for(&self, limit: Duration) {
        loop {
            let last = self.start + Duration::from_millis(self.last_ms.load(Ordering::Relaxed));
            let deadline = last + limit;
            if Instant::now() >= deadline {
                return;
            }
            tokio::time::sleep_until(deadline).await;
        }
    }
}

/// A socket that records its activity.
struct Watched {
    inner: TcpStream,
    activity: Arc<Activity>,
}

impl AsyncRead for Watched {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let polled = Pin::new(&mut self.inner).poll_read(cx, buf);
        if matches!(polled, Poll::Ready(Ok(()))) && buf.filled().len() > before {
            self.activity.touch();
        }
        polled
    }
}

impl AsyncWrite for Watched {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.inner).poll_write(cx, buf);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            self.activity.touch();
        }
        polled
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.inner).poll_write_vectored(cx, bufs);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            self.activity.touch();
        }
        polled
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cap_counts_per_address_and_frees_on_drop() {
        let caps = Arc::new(PerClient::new(2));
        let a: IpAddr = "192.0.2.1".parse().unwrap();
        let b: IpAddr = "192.0.2.2".parse().unwrap();
        let one = PerClient::take(&caps, a).unwrap();
        let _two = PerClient::take(&caps, a).unwrap();
        assert!(PerClient::take(&caps, a).is_none(), "third from a");
        assert!(PerClient::take(&caps, b).is_some(), "b has its own count");
        drop(one);
        assert_eq!(caps.open(a), 1);
        assert!(PerClient::take(&caps, a).is_some(), "a slot came free");
    }

    #[test]
    fn ipv6_counts_per_64_and_mapped_ipv4_as_ipv4() {
        let caps = Arc::new(PerClient::new(1));
        let _x = PerClient::take(&caps, "2001:db8:1:2::1".parse().unwrap()).unwrap();
        assert!(PerClient::take(&caps, "2001:db8:1:2:ffff::9".parse().unwrap()).is_none());
        assert!(PerClient::take(&caps, "2001:db8:1:3::1".parse().unwrap()).is_some());
        let _v4 = PerClient::take(&caps, "198.51.100.7".parse().unwrap()).unwrap();
        assert!(PerClient::take(&caps, "::ffff:198.51.100.7".parse().unwrap()).is_none());
    }

    #[test]
    fn zero_means_no_cap() {
        let caps = Arc::new(PerClient::new(0));
        let ip: IpAddr = "192.0.2.1".parse().unwrap();
        let held: Vec<_> = (0..1000)
            .map(|_| PerClient::take(&caps, ip).unwrap())
            .collect();
        assert_eq!(caps.open(ip), held.len());
    }
}
