//! Ballots cast with codes at the same moment are stored together: a group of them in one
//! transaction (one query to read, one commit to disk) instead of one each. A ballot is
//! answered only after its group is committed, so an acknowledged ballot is still on disk.
//!
//! At a quiet moment a group is the one ballot, stored at once. While a group is being
//! stored, the ballots arriving meanwhile wait and become the next group: the busier the
//! hall, the larger the groups, and the less each ballot costs.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tokio::sync::oneshot;

use crate::features::vote::server::queries::{self as repo, CastError, CodeBallot};
use crate::platform::db::Db;

/// The most ballots stored in one transaction.
const LARGEST_GROUP: usize = 200;

type Answer = oneshot::Sender<Result<(), CastError>>;

struct Waiting {
    vote: String,
    ballot: CodeBallot,
    answer: Answer,
}

#[derive(Default)]
struct Queue {
    waiting: Vec<Waiting>,
    /// Whether a task is storing groups now (it takes the waiting ballots when done).
    storing: bool,
}

/// The ballots waiting to be stored (one per app instance).
#[derive(Default)]
pub struct CastQueue {
    queue: Mutex<Queue>,
}

impl CastQueue {
    /// Stores one ballot cast with a code (by its hash) in the vote `vote`, with others
    /// cast at the same moment; answers once it is on disk or refused.
    pub async fn cast(
        self: &Arc<Self>,
        db: &Db,
        vote: &str,
        code_hash: &str,
        choices: &[String],
    ) -> Result<(), CastError> {
        let (answer, answered) = oneshot::channel();
        let start_storing = {
            let mut queue = self.lock();
            queue.waiting.push(Waiting {
                vote: vote.to_owned(),
                ballot: CodeBallot::new(code_hash, choices),
                answer,
            });
            !std::mem::replace(&mut queue.storing, true)
        };
        if start_storing {
            // Its own task: no voter's request waits for other voters' groups, and a
            // voter who leaves does not stop the storing.
            tokio::spawn(store_while_waiting(self.clone(), db.clone()));
        }
        answered.await.unwrap_or(Err(CastError::Interrupted))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Queue> {
        self.queue.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The next group to store (up to `LARGEST_GROUP`), or none, and then storing ends.
    fn next_group(&self) -> Vec<Waiting> {
        let mut queue = self.lock();
        if queue.waiting.is_empty() {
            queue.storing = false;
            return Vec::new();
        }
        let take = queue.waiting.len().min(LARGEST_GROUP);
        queue.waiting.drain(..take).collect()
    }
}

/// Ends the storing if the task stops early (a panic): the waiting ballots are answered
/// "interrupted" (their senders dropped) and the next ballot starts a new task.
struct StoringGuard(Arc<CastQueue>);

impl Drop for StoringGuard {
    fn drop(&mut self) {
        let mut queue = self.0.lock();
        if queue.storing {
            queue.storing = false;
            queue.waiting.clear();
        }
    }
}

async fn store_while_waiting(queue: Arc<CastQueue>, db: Db) {
    let guard = StoringGuard(queue);
    loop {
        let group = guard.0.next_group();
        if group.is_empty() {
            return;
        }
        let mut by_vote: HashMap<String, Vec<Waiting>> = HashMap::new();
        for waiting in group {
            by_vote
                .entry(waiting.vote.clone())
                .or_default()
                .push(waiting);
        }
        for (vote, group) in by_vote {
            store_group(&db, &vote, group).await;
        }
    }
}

/// Stores one vote's group and answers each ballot. If the group fails for a reason other
/// than the vote's state, each ballot is stored on its own, so that one ballot's problem
/// is not every ballot's.
async fn store_group(db: &Db, vote: &str, group: Vec<Waiting>) {
    let ballots: Vec<CodeBallot> = group.iter().map(|w| w.ballot.clone()).collect();
    match repo::cast_with_codes(db, vote, &ballots).await {
        Ok(stored) => {
            for (waiting, stored) in group.into_iter().zip(stored) {
                let _ = waiting.answer.send(if stored {
                    Ok(())
                } else {
                    Err(CastError::CodeUsed)
                });
            }
        }
        Err(CastError::Db(error)) if group.len() > 1 => {
            tracing::warn!(%error, ballots = group.len(), "a group of ballots failed; storing each alone");
            for waiting in group {
                let alone = repo::cast_with_codes(db, vote, std::slice::from_ref(&waiting.ballot))
                    .await
                    .and_then(|stored| match stored.first() {
                        Some(true) => Ok(()),
                        _ => Err(CastError::CodeUsed),
                    });
                let _ = waiting.answer.send(alone);
            }
        }
        Err(failure) => {
            for waiting in group {
                let _ = waiting.answer.send(Err(failure.clone()));
            }
        }
    }
}
