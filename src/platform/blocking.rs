//! CPU-heavy work (password hashing) run off the async threads.

use crate::error::AppError;

/// Runs CPU-heavy work (password hashing) off the async threads.
pub async fn blocking<T, E>(
    work: impl FnOnce() -> Result<T, E> + Send + 'static,
) -> Result<T, AppError>
where
    T: Send + 'static,
    E: std::fmt::Display + Send + 'static,
{
    match tokio::task::spawn_blocking(work).await {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(error)) => {
            tracing::error!(%error, "blocking task failed");
            Err(AppError::Internal)
        }
        Err(error) => {
            tracing::error!(%error, "blocking task panicked");
            Err(AppError::Internal)
        }
    }
}
