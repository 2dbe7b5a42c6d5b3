//! The real SurrealDB server, started as its own process by the multi-instance tests and
//! `vote_bench --instances`. It takes the `surreal` command line, for example:
//!
//!     surreal-test-server start --bind 127.0.0.1:8000 --user root --pass root memory
//!     surreal-test-server start --bind 127.0.0.1:8000 --user root --pass root surrealkv://data
//!
//! SIGTERM stops it gracefully.

// The server's deeply nested types need more room than the default when built for release.
#![recursion_limit = "256"]

use std::process::ExitCode;

fn main() -> ExitCode {
    surrealdb_server::init(surrealdb_server::core::CommunityComposer())
}
