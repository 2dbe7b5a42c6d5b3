//! Codes looked up at the same moment (a hall opening the ballot page, then casting) are
//! read together: one query for a batch of them, each vote among them read once, instead of
//! a query each (`platform::batches`). A quiet moment's batch is the one code, read at once.

use std::sync::Arc;

use crate::features::vote::server::queries::{self as repo, CodeWithVote};
use crate::platform::batches::Batches;
use crate::platform::db::Db;

/// The most codes read in one query.
const LARGEST_BATCH: usize = 200;

type Found = Result<Option<CodeWithVote>, surrealdb::Error>;

/// The code lookups waiting to be read (one per app instance).
pub struct CodeLookups(Arc<Batches<String, Found>>);

impl Default for CodeLookups {
    fn default() -> Self {
        Self(Arc::new(Batches::new(LARGEST_BATCH)))
    }
}

impl CodeLookups {
    /// The code with this hash and its vote, read with the others asked at the same moment.
    /// `None` for no such code, and if the reading stopped before answering (the caller
    /// then takes the careful way, which reads again).
    pub async fn find(&self, db: &Db, hash: String) -> Found {
        let db = db.clone();
        self.0
            .submit(hash, move |hashes| read_batch(db.clone(), hashes))
            .await
            .unwrap_or(Ok(None))
    }
}

async fn read_batch(db: Db, hashes: Vec<String>) -> Vec<Found> {
    match repo::codes_with_votes(&db, &hashes).await {
        Ok(found) => found.into_iter().map(Ok).collect(),
        Err(error) => vec![Err(error); hashes.len()],
    }
}
