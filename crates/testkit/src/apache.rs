//! Apache httpd with mod_auth_openidc (Debian's `apache2` and
//! `libapache2-mod-auth-openidc`) as a relying party nobody here wrote: a
//! self-contained config in a temp dir (its own ServerRoot, pid file, logs, runtime
//! dir and port on 127.0.0.1), never the system's /etc/apache2 or port 80.
//!
//! It protects `/protected/` (a server-side include printing `REMOTE_USER`) and serves
//! a public `/loggedout.html`. Started in the foreground in its own process group;
//! dropping it stops it (SIGTERM: the parent stops its children), killing the group
//! if it does not end in time, also when the test panics.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const APACHE: &str = "/usr/sbin/apache2";
pub const MODULES: &str = "/usr/lib/apache2/modules";
const OPENIDC: &str = "mod_auth_openidc.so";
/// How long `start` waits for the first answer, and a drop for a graceful stop.
const WITHIN: Duration = Duration::from_secs(20);
/// How much of the error log a failure shows.
const LOG_TAIL: usize = 120;

/// What to install, when apache2 or the module is missing.
pub fn missing() -> Option<String> {
    let module = Path::new(MODULES).join(OPENIDC);
    if Path::new(APACHE).exists() && module.exists() {
        return None;
    }
    Some(format!(
        "{APACHE} or {} is missing: install them with `apt-get install -y apache2 libapache2-mod-auth-openidc`",
        module.display()
    ))
}

/// False (the test skips, with a notice saying what to install) when apache2 or the
/// module is missing; under CI (`CI=true`) a missing one fails the test instead.
pub fn available() -> bool {
    let Some(what) = missing() else {
        return true;
    };
    let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    assert!(
        !ci,
        "{what} (CI=true: the Apache relying-party test must run)"
    );
    eprintln!("skipped: {what}; set CI=true to make this fail");
    false
}

/// A loopback port free now (the relying party's address must be known before the
/// provider that registers its redirect URI starts).
pub fn free_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    l.local_addr().expect("local address").port()
}

/// The relying party's settings.
pub struct OidcSite<'a> {
    /// The provider's issuer (`public_url`): discovery is read from below it.
    pub issuer: &'a str,
    pub client_id: &'a str,
    pub client_secret: &'a str,
    /// `client_secret_post` or `client_secret_basic`; `None`: mod_auth_openidc picks
    /// from discovery's `token_endpoint_auth_methods_supported`.
    pub token_endpoint_auth: Option<&'a str>,
    /// S256 PKCE on top of the client secret (mod_auth_openidc's default is none).
    pub pkce: bool,
    pub scope: &'a str,
    pub port: u16,
}

impl OidcSite<'_> {
    pub fn origin(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
    pub fn redirect_uri(&self) -> String {
        redirect_uri(self.port)
    }
    pub fn logged_out(&self) -> String {
        logged_out(self.port)
    }
}

pub fn redirect_uri(port: u16) -> String {
    format!("http://127.0.0.1:{port}/protected/redirect_uri")
}

pub fn logged_out(port: u16) -> String {
    format!("http://127.0.0.1:{port}/loggedout.html")
}

/// One running Apache.
pub struct Apache {
    /// `http://127.0.0.1:<port>`.
    pub url: String,
    child: Child,
    dir: tempfile::TempDir,
}

impl Apache {
    /// Writes the config and starts Apache; returns once it answers. Panics with its
    /// error log if it exits or does not answer.
    pub fn start(site: &OidcSite) -> Apache {
        let dir = tempfile::tempdir().expect("temp dir");
        // Run as root, Apache serves as another user (`User`): it must read the pages.
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755))
            .expect("chmod");
        let docs = dir.path().join("htdocs");
        std::fs::create_dir_all(docs.join("protected")).expect("htdocs");
        std::fs::write(
            docs.join("protected/index.shtml"),
            "<html><body><p>REMOTE_USER=<!--#echo var=\"REMOTE_USER\" --></p></body></html>\n",
        )
        .expect("protected page");
        std::fs::write(
            docs.join("loggedout.html"),
            "<html><body><p>You are signed out.</p></body></html>\n",
        )
        .expect("logged-out page");
        let conf = dir.path().join("httpd.conf");
        std::fs::write(&conf, config(dir.path(), site)).expect("httpd.conf");
        let out = std::fs::File::create(dir.path().join("stderr.log")).expect("stderr.log");
        let child = Command::new(APACHE)
            .arg("-f")
            .arg(&conf)
            .arg("-DFOREGROUND")
            .env_clear()
            .env("PATH", "/usr/sbin:/usr/bin:/sbin:/bin")
            .stdin(Stdio::null())
            .stdout(out.try_clone().expect("stderr.log"))
            .stderr(out)
            // Its own group: a stop that times out kills the children with it.
            .process_group(0)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {APACHE}: {e}"));
        let mut apache = Apache {
            url: site.origin(),
            child,
            dir,
        };
        apache.wait_until_it_answers(site.port);
        apache
    }

    fn wait_until_it_answers(&mut self, port: u16) {
        let until = Instant::now() + WITHIN;
        while Instant::now() < until {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("apache2 exited ({status}):\n{}", self.logs());
            }
            if answers(port) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!(
            "apache2 did not answer on port {port} within {WITHIN:?}:\n{}",
            self.logs()
        );
    }

    /// Its stderr and the end of its error log (mod_auth_openidc logs at debug).
    pub fn logs(&self) -> String {
        let read = |name: &str| {
            let text = std::fs::read_to_string(self.dir.path().join(name)).unwrap_or_default();
            let lines: Vec<&str> = text.lines().collect();
            lines[lines.len().saturating_sub(LOG_TAIL)..].join("\n")
        };
        format!(
            "--- apache2 stderr\n{}\n--- error_log (last {LOG_TAIL} lines)\n{}",
            read("stderr.log"),
            read("error.log")
        )
    }

    /// The whole error log.
    pub fn error_log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("error.log")).unwrap_or_default()
    }

    pub fn dir(&self) -> PathBuf {
        self.dir.path().to_path_buf()
    }

    /// Stops it (SIGTERM to the parent, which stops its children) and reaps it; the
    /// whole group is killed if it is still there after the grace.
    pub fn stop(&mut self) {
        if matches!(self.child.try_wait(), Ok(Some(_))) {
            return;
        }
        let pid = self.child.id().to_string();
        let _ = Command::new("kill").args(["-TERM", &pid]).status();
        let until = Instant::now() + WITHIN;
        while Instant::now() < until {
            if matches!(self.child.try_wait(), Ok(Some(_))) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{pid}")])
            .status();
        let _ = self.child.wait();
    }
}

impl Drop for Apache {
    fn drop(&mut self) {
        self.stop();
    }
}

/// One HTTP/1.0 request for the public page: 200 once a worker serves.
fn answers(port: u16) -> bool {
    let Ok(mut s) = TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    let _ = s.set_read_timeout(Some(Duration::from_secs(2)));
    if s.write_all(b"GET /loggedout.html HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
        .is_err()
    {
        return false;
    }
    let mut head = [0u8; 12];
    s.read_exact(&mut head).is_ok() && head.ends_with(b"200")
}

/// Root (owner of /proc/self) cannot serve: Apache drops to `User`.
fn is_root() -> bool {
    std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
}

fn config(dir: &Path, site: &OidcSite) -> String {
    let d = dir.display();
    let m = MODULES;
    let modules = [
        ("mpm_event", "mod_mpm_event"),
        ("authn_core", "mod_authn_core"),
        ("authz_core", "mod_authz_core"),
        ("authz_user", "mod_authz_user"),
        ("auth_openidc", "mod_auth_openidc"),
        ("include", "mod_include"),
        ("mime", "mod_mime"),
        ("dir", "mod_dir"),
    ]
    .iter()
    .map(|(name, file)| format!("LoadModule {name}_module {m}/{file}.so\n"))
    .collect::<String>();
    let user = if is_root() {
        "User www-data\nGroup www-data\n"
    } else {
        ""
    };
    let pkce = if site.pkce {
        "OIDCPKCEMethod S256\n"
    } else {
        ""
    };
    let auth = site
        .token_endpoint_auth
        .map(|a| format!("OIDCProviderTokenEndpointAuth {a}\n"))
        .unwrap_or_default();
    let port = site.port;
    format!(
        r#"# Written by acct-testkit (apache.rs): nothing here reads /etc/apache2.
ServerRoot "{d}"
ServerName 127.0.0.1
Listen 127.0.0.1:{port}
PidFile "{d}/httpd.pid"
ErrorLog "{d}/error.log"
LogLevel warn auth_openidc:debug
DefaultRuntimeDir "{d}"
Mutex file:{d} default
{modules}{user}
StartServers 1
ServerLimit 1
ThreadsPerChild 16
MaxRequestWorkers 16
MinSpareThreads 1
MaxSpareThreads 16
DocumentRoot "{d}/htdocs"
TypesConfig /dev/null
AddType text/html .html .shtml
DirectoryIndex index.shtml index.html

OIDCProviderMetadataURL {issuer}/.well-known/openid-configuration
OIDCClientID {client_id}
OIDCClientSecret {client_secret}
{auth}{pkce}OIDCRedirectURI {redirect}
OIDCCryptoPassphrase acct-testkit-apache-{port}
OIDCRemoteUserClaim sub
OIDCScope "{scope}"

<Location /protected>
  AuthType openid-connect
  Require valid-user
  Options +Includes
  AddOutputFilter INCLUDES .shtml
</Location>
"#,
        issuer = site.issuer,
        client_id = site.client_id,
        client_secret = site.client_secret,
        redirect = site.redirect_uri(),
        scope = site.scope,
    )
}
