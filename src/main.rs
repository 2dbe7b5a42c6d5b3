//! The server binary: command line → settings → telemetry → startup (see `server::cli`).

use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    idesluss::startup::cli::run(std::env::args().skip(1).collect()).await
}
