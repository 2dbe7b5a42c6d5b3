//! Whether a vote takes ballots. Opening and closing are times: "open now" and "close now"
//! set them to the present, a schedule sets them ahead, so one rule covers both.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum VoteStatus {
    /// Not opened yet (maybe scheduled to open).
    NotOpen,
    Open,
    /// Closed for good: the ballots are frozen.
    Closed,
}

impl VoteStatus {
    /// The status at `now` of a vote that opens at `opens` and closes at `closes`.
    pub fn at<T: PartialOrd>(opens: Option<&T>, closes: Option<&T>, now: &T) -> Self {
        if closes.is_some_and(|c| c <= now) {
            VoteStatus::Closed
        } else if opens.is_some_and(|o| o <= now) {
            VoteStatus::Open
        } else {
            VoteStatus::NotOpen
        }
    }
}

#[cfg(test)]
mod tests {
    use super::VoteStatus;

    #[test]
    fn unscheduled_vote_is_not_open() {
        assert_eq!(VoteStatus::at::<i32>(None, None, &5), VoteStatus::NotOpen);
    }

    #[test]
    fn opens_at_its_time_and_closes_at_its_time() {
        assert_eq!(
            VoteStatus::at(Some(&10), Some(&20), &9),
            VoteStatus::NotOpen
        );
        assert_eq!(VoteStatus::at(Some(&10), Some(&20), &10), VoteStatus::Open);
        assert_eq!(VoteStatus::at(Some(&10), Some(&20), &19), VoteStatus::Open);
        assert_eq!(
            VoteStatus::at(Some(&10), Some(&20), &20),
            VoteStatus::Closed
        );
        assert_eq!(VoteStatus::at(Some(&10), None, &1000), VoteStatus::Open);
    }

    #[test]
    fn a_closing_time_wins_even_without_an_opening() {
        assert_eq!(VoteStatus::at(None, Some(&3), &5), VoteStatus::Closed);
    }
}
