//! CPU-heavy work (password hashing) run off the async threads, a few at a time.
//!
//! An argon2id hash takes ~19 MiB and a core for a moment. Without a bound, a flood of
//! sign-in attempts would start one on each of tokio's up to 512 blocking threads (~10 GB).
//! So the work runs on at most one thread per core, the rest wait their turn (a waiting
//! request costs next to nothing), and past a queue of `WAITING_PER_THREAD` per thread
//! the answer is at once 503 "try again" with `Retry-After`.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use tokio::sync::Semaphore;

use crate::error::AppError;

const WAITING_PER_THREAD: usize = 64;

/// A bounded pool for blocking work: `threads` at once, `queue` more waiting.
pub struct BlockingPool {
    running: Arc<Semaphore>,
    waiting: AtomicUsize,
    queue: usize,
}

/// Counts a request as waiting until it starts or gives up (a client that leaves).
struct Waiting<'a>(&'a AtomicUsize);

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl BlockingPool {
    pub fn new(threads: usize, queue: usize) -> Self {
        BlockingPool {
            running: Arc::new(Semaphore::new(threads.max(1))),
            waiting: AtomicUsize::new(0),
            queue,
        }
    }

    /// One thread per core of this machine (the app keeps one, `AppParts::password_hashing`).
    pub fn for_this_machine() -> Self {
        let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
        BlockingPool::new(threads, threads * WAITING_PER_THREAD)
    }

    /// Runs `work` on a blocking thread once one of the pool's is free; 503 when too many
    /// are waiting already, 500 when the work fails or panics.
    pub async fn run<T, E>(
        &self,
        work: impl FnOnce() -> Result<T, E> + Send + 'static,
    ) -> Result<T, AppError>
    where
        T: Send + 'static,
        E: std::fmt::Display + Send + 'static,
    {
        let waiting = Waiting(&self.waiting);
        if self.waiting.fetch_add(1, Ordering::SeqCst) >= self.queue {
            tracing::warn!("password hashing busy: request turned away");
            return Err(AppError::Unavailable);
        }
        let Ok(permit) = self.running.clone().acquire_owned().await else {
            return Err(AppError::Unavailable);
        };
        drop(waiting);
        let outcome = tokio::task::spawn_blocking(move || {
            let result = work();
            drop(permit);
            result
        })
        .await;
        match outcome {
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
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    /// Work that notes how many run at once and holds its thread a moment.
    fn counted(
        now: Arc<AtomicUsize>,
        most: Arc<AtomicUsize>,
    ) -> impl FnOnce() -> Result<(), String> {
        move || {
            let running = now.fetch_add(1, Ordering::SeqCst) + 1;
            most.fetch_max(running, Ordering::SeqCst);
            std::thread::sleep(Duration::from_millis(30));
            now.fetch_sub(1, Ordering::SeqCst);
            Ok(())
        }
    }

    /// Starts `jobs` counted jobs on `pool` at once; their answers, and the most that ran
    /// at the same time.
    async fn flood(pool: &Arc<BlockingPool>, jobs: usize) -> (Vec<Result<(), AppError>>, usize) {
        let (now, most) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let started: Vec<_> = (0..jobs)
            .map(|_| {
                let pool = pool.clone();
                let work = counted(now.clone(), most.clone());
                tokio::spawn(async move { pool.run(work).await })
            })
            .collect();
        let mut answers = Vec::new();
        for job in started {
            answers.push(job.await.unwrap());
        }
        (answers, most.load(Ordering::SeqCst))
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn no_more_than_the_pools_threads_run_at_once() {
        let pool = Arc::new(BlockingPool::new(2, 100));
        let (answers, most) = flood(&pool, 12).await;
        for answer in answers {
            assert!(answer.is_ok(), "every job ran, in its turn");
        }
        assert_eq!(most, 2);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn past_the_queue_requests_are_turned_away_at_once() {
        let pool = Arc::new(BlockingPool::new(1, 3));
        let (answers, _) = flood(&pool, 10).await;
        let mut busy = 0;
        for answer in answers {
            match answer {
                Ok(()) => {}
                Err(AppError::Unavailable) => busy += 1,
                Err(other) => panic!("{other:?}"),
            }
        }
        assert!(busy >= 5, "turned away: {busy}");
        assert_eq!(
            pool.waiting.load(Ordering::SeqCst),
            0,
            "nobody left counted"
        );
        // Once the flood is over, work runs again.
        assert!(pool.run(|| Ok::<_, String>(())).await.is_ok());
    }

    #[tokio::test]
    async fn failing_work_is_an_internal_error() {
        let pool = BlockingPool::new(1, 1);
        let failed = pool.run(|| Err::<(), _>("broken")).await;
        assert!(matches!(failed, Err(AppError::Internal)));
    }
}
