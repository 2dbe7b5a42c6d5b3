//! Live views' wake-up calls within one app instance: each vote has a counter that goes up
//! when the database tells of a new ballot, paper count or change of the vote (see
//! `features::vote::server::news`, which hears the changes of every instance); live views
//! wait on it.

use std::collections::HashMap;
use std::sync::Mutex;

use tokio::sync::watch;

#[derive(Default)]
pub struct LiveVotes {
    counters: Mutex<HashMap<String, watch::Sender<u64>>>,
}

impl LiveVotes {
    /// Something changed in vote `id`.
    pub fn bump(&self, id: &str) {
        let counters = self.counters.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(counter) = counters.get(id) {
            counter.send_modify(|n| *n = n.wrapping_add(1));
        }
    }

    /// Something may have changed in any vote (news may have been missed).
    pub fn bump_all(&self) {
        let counters = self.counters.lock().unwrap_or_else(|e| e.into_inner());
        for counter in counters.values() {
            counter.send_modify(|n| *n = n.wrapping_add(1));
        }
    }

    /// A receiver that wakes after each change of vote `id`.
    pub fn subscribe(&self, id: &str) -> watch::Receiver<u64> {
        let mut counters = self.counters.lock().unwrap_or_else(|e| e.into_inner());
        counters
            .entry(id.to_owned())
            .or_insert_with(|| watch::channel(0).0)
            .subscribe()
    }
}

#[cfg(test)]
mod tests {
    use super::LiveVotes;

    #[tokio::test]
    async fn subscribers_wake_on_a_bump_of_their_vote_only() {
        let live = LiveVotes::default();
        let mut mine = live.subscribe("a");
        let other = live.subscribe("b");
        live.bump("a");
        mine.changed().await.unwrap();
        assert_eq!(*mine.borrow_and_update(), 1);
        assert!(!other.has_changed().unwrap());
        live.bump("nobody-listens");
    }
}
