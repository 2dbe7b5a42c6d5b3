//! Ballots cast with codes at the same moment are stored together: a group of them in one
//! transaction (one query to read, one commit to disk) instead of one each. A ballot is
//! answered only after its group is committed, so an acknowledged ballot is still on disk.
//!
//! At a quiet moment a group is the one ballot, stored at once. While a group is being
//! stored, the ballots arriving meanwhile wait and become the next group: the busier the
//! hall, the larger the groups, and the less each ballot costs (`platform::batches`).

use crate::domain::audit::AuditAction;
use crate::platform::audit::{self, Entry};
use std::collections::HashMap;
use std::sync::Arc;

use crate::features::vote::server::queries::{self as repo, CastError, CodeBallot};
use crate::platform::batches::Batches;
use crate::platform::db::Db;

/// The most ballots stored in one transaction.
const LARGEST_GROUP: usize = 200;

/// A ballot waiting for its group: the vote's key and the ballot.
type Waiting = (String, CodeBallot);

/// The ballots waiting to be stored (one per app instance).
pub struct CastQueue(Arc<Batches<Waiting, Result<(), CastError>>>);

impl Default for CastQueue {
    fn default() -> Self {
        Self(Arc::new(Batches::new(LARGEST_GROUP)))
    }
}

impl CastQueue {
    /// Stores one ballot cast with a code (by its hash) in the vote `vote`, with others
    /// cast at the same moment; answers once it is on disk or refused.
    pub async fn cast(
        &self,
        db: &Db,
        vote: &str,
        code_hash: &str,
        choices: &[String],
    ) -> Result<(), CastError> {
        let db = db.clone();
        let ballot = (vote.to_owned(), CodeBallot::new(code_hash, choices));
        self.0
            .submit(ballot, move |group| store_groups(db.clone(), group))
            .await
            .unwrap_or(Err(CastError::Interrupted))
    }
}

/// Stores a group of ballots, one transaction per vote among them; the answers in the
/// group's order.
async fn store_groups(db: Db, group: Vec<Waiting>) -> Vec<Result<(), CastError>> {
    let mut answers: Vec<Result<(), CastError>> = vec![Err(CastError::Interrupted); group.len()];
    let mut by_vote: HashMap<String, Vec<(usize, CodeBallot)>> = HashMap::new();
    for (at, (vote, ballot)) in group.into_iter().enumerate() {
        by_vote.entry(vote).or_default().push((at, ballot));
    }
    for (vote, ballots) in by_vote {
        let (places, ballots): (Vec<usize>, Vec<CodeBallot>) = ballots.into_iter().unzip();
        let stored = store_group(&db, &vote, &ballots).await;
        log_ballots(&db, &vote, stored.iter().filter(|s| s.is_ok()).count()).await;
        for (at, answer) in places.into_iter().zip(stored) {
            answers[at] = answer;
        }
    }
    answers
}

/// Tells the audit log that `count` ballots were cast in the vote of round `vote`: never
/// by whom (nobody is named, and a group's ballots are one entry).
pub async fn log_ballots(db: &Db, vote: &str, count: usize) {
    if count > 0 {
        let entry = Entry::new(AuditAction::BallotsCast, None, format!("vote:{vote}"))
            .in_round(vote)
            .details(count.to_string());
        audit::record(db, entry).await;
    }
}

/// Stores one vote's group; an answer for each ballot. If the group fails for a reason
/// other than the vote's state, each ballot is stored on its own, so that one ballot's
/// problem is not every ballot's.
async fn store_group(db: &Db, vote: &str, ballots: &[CodeBallot]) -> Vec<Result<(), CastError>> {
    let code_used = |stored: bool| {
        if stored {
            Ok(())
        } else {
            Err(CastError::CodeUsed)
        }
    };
    match repo::cast_with_codes(db, vote, ballots).await {
        Ok(stored) => stored.into_iter().map(code_used).collect(),
        Err(CastError::Db(error)) if ballots.len() > 1 => {
            tracing::warn!(%error, ballots = ballots.len(), "a group of ballots failed; storing each alone");
            let mut answers = Vec::with_capacity(ballots.len());
            for ballot in ballots {
                let alone = repo::cast_with_codes(db, vote, std::slice::from_ref(ballot))
                    .await
                    .and_then(|stored| code_used(stored.first() == Some(&true)));
                answers.push(alone);
            }
            answers
        }
        Err(failure) => vec![Err(failure); ballots.len()],
    }
}
