//! Work that arrives at the same moment is done together: while one batch is being worked,
//! the requests arriving meanwhile wait and become the next batch (up to a largest size).
//! At a quiet moment a batch is the one request, done at once; the busier it is, the larger
//! the batches, and the less each request costs (one query, one commit, for many).
//!
//! The batches are worked in their own task, one after another: no request waits for
//! another request's client, and a client who leaves does not stop the work.

use std::future::Future;
use std::sync::{Arc, Mutex, MutexGuard};

use tokio::sync::oneshot;

struct Queue<T, R> {
    waiting: Vec<(T, oneshot::Sender<R>)>,
    /// Whether a task is working batches now (it takes the waiting requests when done).
    working: bool,
}

/// The requests waiting for the next batch, of one kind (one per app instance).
pub struct Batches<T, R> {
    queue: Mutex<Queue<T, R>>,
    largest: usize,
}

impl<T: Send + 'static, R: Send + 'static> Batches<T, R> {
    /// Batches of at most `largest` requests.
    pub fn new(largest: usize) -> Self {
        Self {
            queue: Mutex::new(Queue {
                waiting: Vec::new(),
                working: false,
            }),
            largest: largest.max(1),
        }
    }

    /// Does `request` in the next batch: `work` gets the batch's requests and answers each,
    /// in the same order. `None` when the work stopped before answering this one (it
    /// panicked, or answered fewer). The `work` of the request that finds no batch under
    /// way works every batch until the queue is empty, so all callers pass the same work.
    pub async fn submit<W, Fut>(self: &Arc<Self>, request: T, work: W) -> Option<R>
    where
        W: Fn(Vec<T>) -> Fut + Send + 'static,
        Fut: Future<Output = Vec<R>> + Send + 'static,
    {
        let (answer, answered) = oneshot::channel();
        let start_working = {
            let mut queue = self.lock();
            queue.waiting.push((request, answer));
            !std::mem::replace(&mut queue.working, true)
        };
        if start_working {
            tokio::spawn(work_while_waiting(self.clone(), work));
        }
        answered.await.ok()
    }

    fn lock(&self) -> MutexGuard<'_, Queue<T, R>> {
        self.queue.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The next batch (oldest first), or none, and then the working ends.
    fn next_batch(&self) -> Vec<(T, oneshot::Sender<R>)> {
        let mut queue = self.lock();
        if queue.waiting.is_empty() {
            queue.working = false;
            return Vec::new();
        }
        let take = queue.waiting.len().min(self.largest);
        queue.waiting.drain(..take).collect()
    }
}

/// Ends the working if the task stops early (a panic): the waiting requests are answered
/// `None` (their senders dropped) and the next request starts a new task.
struct WorkingGuard<T, R>(Arc<Batches<T, R>>);

impl<T, R> Drop for WorkingGuard<T, R> {
    fn drop(&mut self) {
        let mut queue = self.0.queue.lock().unwrap_or_else(|e| e.into_inner());
        if queue.working {
            queue.working = false;
            queue.waiting.clear();
        }
    }
}

async fn work_while_waiting<T, R, W, Fut>(batches: Arc<Batches<T, R>>, work: W)
where
    T: Send + 'static,
    R: Send + 'static,
    W: Fn(Vec<T>) -> Fut,
    Fut: Future<Output = Vec<R>>,
{
    let guard = WorkingGuard(batches);
    loop {
        let batch = guard.0.next_batch();
        if batch.is_empty() {
            return;
        }
        let (requests, answers): (Vec<T>, Vec<_>) = batch.into_iter().unzip();
        let results = work(requests).await;
        for (answer, result) in answers.into_iter().zip(results) {
            let _ = answer.send(result);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    #[tokio::test]
    async fn requests_arriving_while_a_batch_is_worked_go_together() {
        let batches = Arc::new(Batches::<u32, u32>::new(100));
        let sizes = Arc::new(Mutex::new(Vec::new()));
        let work = {
            let sizes = sizes.clone();
            move |batch: Vec<u32>| {
                sizes.lock().unwrap().push(batch.len());
                async move {
                    tokio::time::sleep(Duration::from_millis(20)).await;
                    batch.into_iter().map(|n| n * 10).collect()
                }
            }
        };
        let answers = futures::future::join_all((0..50).map(|n| {
            let (batches, work) = (batches.clone(), work.clone());
            async move { batches.submit(n, work).await }
        }))
        .await;
        assert_eq!(answers, (0..50).map(|n| Some(n * 10)).collect::<Vec<_>>());
        let sizes = sizes.lock().unwrap().clone();
        assert_eq!(sizes.iter().sum::<usize>(), 50);
        assert!(sizes.len() < 50, "some went together: {sizes:?}");
        // Quiet again: the next request is a batch of its own, worked at once.
        assert_eq!(batches.submit(7, work).await, Some(70));
    }

    #[tokio::test]
    async fn a_batch_is_never_larger_than_the_largest() {
        let batches = Arc::new(Batches::<u32, ()>::new(3));
        let largest = Arc::new(AtomicUsize::new(0));
        let work = {
            let largest = largest.clone();
            move |batch: Vec<u32>| {
                largest.fetch_max(batch.len(), Ordering::SeqCst);
                async move {
                    tokio::task::yield_now().await;
                    vec![(); batch.len()]
                }
            }
        };
        let answers = futures::future::join_all((0..20).map(|n| {
            let (batches, work) = (batches.clone(), work.clone());
            async move { batches.submit(n, work).await }
        }))
        .await;
        assert!(answers.iter().all(Option::is_some));
        assert!(largest.load(Ordering::SeqCst) <= 3);
    }

    #[tokio::test]
    async fn work_that_stops_early_answers_none_and_the_next_request_is_worked() {
        let batches = Arc::new(Batches::<u32, u32>::new(10));
        let short = |_batch: Vec<u32>| async { Vec::new() };
        assert_eq!(batches.submit(1, short).await, None);
        let panics = |_batch: Vec<u32>| async {
            panic!("the work failed");
            #[allow(unreachable_code)]
            Vec::new()
        };
        assert_eq!(batches.submit(2, panics).await, None);
        let works = |batch: Vec<u32>| async move { batch };
        assert_eq!(batches.submit(3, works).await, Some(3));
    }
}
