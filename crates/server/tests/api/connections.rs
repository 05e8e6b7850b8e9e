//! Slow and idle clients on a real socket (issue 14 item 13): the header-read
//! and idle timeouts close them, a per-address cap bounds them, and shutdown
//! ends within its drain deadline even while they hold connections open.
//! Bounds are generous: these tests check that things end, not how fast.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use acctd::Config;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};

use crate::support::*;

/// Well above every short setting below, well below the 10-60 s defaults.
const BOUND: Duration = Duration::from_secs(15);

fn addr_of(url: &str) -> SocketAddr {
    url.trim_start_matches("http://").parse().unwrap()
}

/// A connection from `from` (another loopback address is another client).
async fn connect_from(from: &str, to: SocketAddr) -> TcpStream {
    let socket = TcpSocket::new_v4().unwrap();
    socket.bind(format!("{from}:0").parse().unwrap()).unwrap();
    socket.connect(to).await.unwrap()
}

/// Reads until the server closes (EOF or reset); `None` if it did not within `BOUND`.
async fn until_closed(stream: &mut TcpStream) -> Option<Vec<u8>> {
    let mut got = Vec::new();
    let read = tokio::time::timeout(BOUND, async {
        let mut buf = [0u8; 4096];
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(n) => got.extend_from_slice(&buf[..n]),
            }
        }
    })
    .await;
    read.ok().map(|()| got)
}

const HALF_LINE: &[u8] = b"GET /v1/me HT";
const HEALTHZ: &[u8] = b"GET /healthz HTTP/1.1\r\nhost: acctd\r\n\r\n";

/// SECURITY (issue 14 item 13): half a request line no longer holds a connection open.
#[tokio::test]
async fn a_half_sent_request_line_is_closed_after_the_header_timeout() {
    let s = TestServer::with(|c| c.http.header_read_timeout = 1).await;
    let mut slow = TcpStream::connect(addr_of(&s.url)).await.unwrap();
    slow.write_all(HALF_LINE).await.unwrap();
    let started = Instant::now();
    let got = until_closed(&mut slow).await;
    assert!(got.is_some(), "still open after {:?}", started.elapsed());
    // The service still answers everyone else. A new client: the shared one's pooled
    // connection is itself closed by the 1 s header timeout, perhaps at this moment.
    let fresh = acct_client::Client::new(&s.url, acct_client::ClientOptions::default()).unwrap();
    fresh.service_info().await.unwrap();
}

/// SECURITY (issue 14 item 13): a connection that moves no byte is closed after the
/// idle timeout, even when the header timeout alone would keep it longer.
#[tokio::test]
async fn a_silent_connection_is_closed_after_the_idle_timeout() {
    let s = TestServer::with(|c| {
        c.http.header_read_timeout = 60;
        c.http.idle_timeout = 1;
    })
    .await;
    let mut kept = TcpStream::connect(addr_of(&s.url)).await.unwrap();
    kept.write_all(HEALTHZ).await.unwrap();
    let got = until_closed(&mut kept).await.expect("closed when idle");
    assert!(
        String::from_utf8_lossy(&got).starts_with("HTTP/1.1 200"),
        "the request was answered before: {}",
        String::from_utf8_lossy(&got)
    );
    let mut silent = TcpStream::connect(addr_of(&s.url)).await.unwrap();
    silent.write_all(HALF_LINE).await.unwrap();
    assert!(
        until_closed(&mut silent).await.is_some(),
        "half a line, then silence"
    );
}

/// SECURITY (issue 14 item 13): one address cannot hold more than its share of
/// connections; others, and that address once it closes one, are still served.
#[tokio::test]
async fn connections_beyond_the_per_address_cap_are_closed_and_others_served() {
    let s = TestServer::with(|c| {
        c.http.max_connections_per_ip = 3;
        c.http.header_read_timeout = 60;
    })
    .await;
    let to = addr_of(&s.url);
    let mut held = Vec::new();
    for _ in 0..3 {
        let mut c = connect_from("127.0.0.5", to).await;
        c.write_all(HALF_LINE).await.unwrap();
        held.push(c);
    }
    let mut over = connect_from("127.0.0.5", to).await;
    let _ = over.write_all(HEALTHZ).await;
    let got = until_closed(&mut over).await.expect("the 4th is closed");
    assert!(
        !String::from_utf8_lossy(&got).contains("200"),
        "the 4th was served: {}",
        String::from_utf8_lossy(&got)
    );
    // Other addresses are not affected.
    s.client_from("127.0.0.6").service_info().await.unwrap();
    s.client.service_info().await.unwrap();
    // Closing one frees its slot (the server notices the close asynchronously).
    drop(held.pop());
    let deadline = Instant::now() + BOUND;
    loop {
        let mut again = connect_from("127.0.0.5", to).await;
        let _ = again.write_all(HEALTHZ).await;
        let mut buf = [0u8; 12];
        let served = tokio::time::timeout(Duration::from_secs(5), again.read_exact(&mut buf))
            .await
            .is_ok_and(|r| r.is_ok() && &buf == b"HTTP/1.1 200");
        if served {
            break;
        }
        assert!(Instant::now() < deadline, "the freed slot was never reused");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// SECURITY (issue 14 item 13): shutdown finishes within the drain deadline while
/// clients hold half a request line and half a request body.
#[tokio::test]
async fn shutdown_ends_within_the_drain_deadline_despite_half_open_connections() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::for_tests(dir.path());
    config.http.drain_timeout = 1;
    config.http.header_read_timeout = 60;
    config.http.idle_timeout = 60;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let to = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(acctd::serve(listener, config, async move {
        let _ = stopped.await;
    }));
    let client = acct_client::Client::new(&format!("http://{to}"), Default::default()).unwrap();
    client.service_info().await.unwrap();
    let mut line = TcpStream::connect(to).await.unwrap();
    line.write_all(HALF_LINE).await.unwrap();
    // Headers done, body promised and never sent: the handler waits on it.
    let mut body = TcpStream::connect(to).await.unwrap();
    body.write_all(
        b"POST /v1/flows HTTP/1.1\r\nhost: acctd\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{\"kind\":",
    )
    .await
    .unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let started = Instant::now();
    stop.send(()).unwrap();
    let done = tokio::time::timeout(BOUND, server).await;
    assert!(
        matches!(done, Ok(Ok(Ok(())))),
        "serve did not end within {BOUND:?}: {done:?}"
    );
    assert!(started.elapsed() < BOUND);
    assert!(until_closed(&mut line).await.is_some());
    assert!(until_closed(&mut body).await.is_some());
}
