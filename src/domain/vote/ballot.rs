//! One voter's choices: at least one, at most the vote's number of votes, at most one per
//! proposal, and only proposals on the ballot.

use serde::{Deserialize, Serialize};

use super::super::Problem;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ballot {
    /// Ids of the chosen proposals, in ballot order.
    choices: Vec<String>,
}

impl Ballot {
    /// `picks` as the form sends them (blank entries ignored), checked against the ids on
    /// the ballot (`on_ballot`, in ballot order) and the number of votes per voter.
    pub fn parse(picks: &[String], on_ballot: &[String], votes: u8) -> Result<Self, Problem> {
        let picks: Vec<&str> = picks
            .iter()
            .map(|p| p.trim())
            .filter(|p| !p.is_empty())
            .collect();
        if picks.is_empty() {
            return Err(Problem::ChooseAtLeastOne);
        }
        if picks.iter().any(|p| !on_ballot.iter().any(|id| id == p)) {
            return Err(Problem::ChoiceInvalid);
        }
        let choices: Vec<String> = on_ballot
            .iter()
            .filter(|id| picks.contains(&id.as_str()))
            .cloned()
            .collect();
        if choices.len() < picks.len() {
            return Err(Problem::OneVotePerProposal);
        }
        if choices.len() > usize::from(votes) {
            return Err(Problem::TooMany {
                max: u32::from(votes),
            });
        }
        Ok(Ballot { choices })
    }

    pub fn choices(&self) -> &[String] {
        &self.choices
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    const ON_BALLOT: [&str; 4] = ["a", "b", "c", "d"];

    #[test]
    fn up_to_the_allowed_number_is_a_ballot_in_ballot_order() {
        let ballot = Ballot::parse(&ids(&["c", "a", ""]), &ids(&ON_BALLOT), 3).unwrap();
        assert_eq!(ballot.choices(), ["a", "c"]);
        assert!(Ballot::parse(&ids(&["a", "b", "c"]), &ids(&ON_BALLOT), 3).is_ok());
    }

    #[test]
    fn too_many_none_or_unknown_choices_are_refused() {
        assert_eq!(
            Ballot::parse(&ids(&["a", "b", "c", "d"]), &ids(&ON_BALLOT), 3),
            Err(Problem::TooMany { max: 3 })
        );
        assert_eq!(
            Ballot::parse(&ids(&["", " "]), &ids(&ON_BALLOT), 3),
            Err(Problem::ChooseAtLeastOne)
        );
        assert_eq!(
            Ballot::parse(&ids(&["a", "x"]), &ids(&ON_BALLOT), 3),
            Err(Problem::ChoiceInvalid)
        );
    }

    #[test]
    fn two_votes_for_one_proposal_are_refused() {
        assert_eq!(
            Ballot::parse(&ids(&["a", "a"]), &ids(&ON_BALLOT), 3),
            Err(Problem::OneVotePerProposal)
        );
    }
}
