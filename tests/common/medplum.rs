//! A real FHIR R4 server on loopback for the tests that send to one: Medplum's router over
//! its in-memory repository (`tests/fhir/server.mjs`), with the packages from npm that
//! `scripts/install-deps --test` installs into `target/test-node`.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};

/// The Medplum server, or `None` (a failure under CI) when Node or its packages are missing.
pub struct Medplum {
    child: Child,
    /// Its base URL, ending in `/`.
    pub url: String,
}

impl Medplum {
    /// Starts it (requiring `token` as a bearer token, if given).
    pub fn start(token: Option<&str>) -> Option<Self> {
        let packages = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/test-node");
        let ready = packages.join("node_modules/@medplum/fhir-router").is_dir()
            && Command::new("node").arg("--version").output().is_ok();
        if !ready {
            assert!(
                std::env::var_os("CI").is_none(),
                "node or the Medplum packages are missing under CI (scripts/install-deps --test)"
            );
            eprintln!("skipping: no node or Medplum packages (scripts/install-deps --test)");
            return None;
        }
        // Beside its packages, so that Node finds them.
        let script = packages.join("server.mjs");
        std::fs::copy(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fhir/server.mjs"),
            &script,
        )
        .expect("copy the server");
        let mut command = Command::new("node");
        command.arg(&script).stdout(Stdio::piped());
        if let Some(token) = token {
            command.args(["--token", token]);
        }
        let mut child = command.spawn().expect("node starts");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("LISTENING");
        let port = line
            .trim()
            .strip_prefix("LISTENING ")
            .unwrap_or_else(|| panic!("the server said {line:?}"));
        Some(Self {
            child,
            url: format!("http://127.0.0.1:{port}/"),
        })
    }

    /// A GET of `path` under the base URL, as JSON.
    pub fn get(&self, path: &str) -> serde_json::Value {
        let body = ureq_get(&format!("{}{path}", self.url));
        serde_json::from_str(&body).expect("JSON")
    }
}

impl Drop for Medplum {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A GET with nothing but the standard library, as a test's own client.
fn ureq_get(url: &str) -> String {
    let rest = url.strip_prefix("http://").expect("http");
    let (host, path) = rest.split_once('/').expect("a path");
    let mut stream = std::net::TcpStream::connect(host).expect("connects");
    write!(
        stream,
        "GET /{path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .expect("asks");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("reads");
    let (_, body) = answer.split_once("\r\n\r\n").expect("a body");
    // Node answers in chunks: one chunk, or the body as it is.
    match body.split_once("\r\n") {
        Some((size, rest)) if usize::from_str_radix(size.trim(), 16).is_ok() => {
            let size = usize::from_str_radix(size.trim(), 16).expect("size");
            rest[..size].to_owned()
        }
        _ => body.to_owned(),
    }
}
