//! Paper ballots counted in the hall: each box is entered as totals per proposal, with the
//! number of ballots in it, who counted and a second person who confirms. A correction
//! replaces an entry only with a reason; the old figures stay on record.

use serde::{Deserialize, Serialize};

use super::super::text::{multi_line, single_line};
use super::super::{FieldErrors, Problem};

pub const MAX_BALLOTS_IN_BOX: i64 = 10_000;
const NAME_MAX: usize = 80;
const REASON_MAX: usize = 500;

/// The form as typed: `counts` in ballot order, one per proposal on the ballot.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PaperCountInput {
    pub box_name: String,
    pub ballots: String,
    pub counted_by: String,
    pub confirmed_by: String,
    pub counts: Vec<String>,
    /// Required when the entry corrects an earlier one.
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaperCount {
    pub box_name: String,
    pub ballots: u32,
    pub counted_by: String,
    pub confirmed_by: String,
    /// Votes per proposal, in ballot order.
    pub counts: Vec<u32>,
    pub reason: String,
}

/// The form field of the count for the proposal at `index` on the ballot.
pub fn count_field(index: usize) -> String {
    format!("counts_{index}")
}

fn number(input: &str, min: i64, max: i64) -> Result<u32, Problem> {
    let digits: String = input.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.is_empty() {
        return Err(Problem::Required);
    }
    let n: i64 = digits.parse().map_err(|_| Problem::NumberInvalid)?;
    if n < min || n > max {
        return Err(Problem::NumberOutOfRange { min, max });
    }
    u32::try_from(n).map_err(|_| Problem::NumberOutOfRange { min, max })
}

impl PaperCount {
    /// `proposals` on the ballot, each paper ballot holding at most `votes_per_voter`
    /// crosses (one per proposal); `correction` makes the reason required.
    pub fn parse(
        input: &PaperCountInput,
        proposals: usize,
        votes_per_voter: u8,
        correction: bool,
    ) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let box_name = errors.check("box_name", single_line(&input.box_name, 1, NAME_MAX));
        let ballots = errors.check("ballots", number(&input.ballots, 1, MAX_BALLOTS_IN_BOX));
        let counted_by = errors.check("counted_by", single_line(&input.counted_by, 2, NAME_MAX));
        let confirmed_by = errors.check(
            "confirmed_by",
            single_line(&input.confirmed_by, 2, NAME_MAX),
        );
        if let (Some(a), Some(b)) = (&counted_by, &confirmed_by)
            && a.to_lowercase() == b.to_lowercase()
        {
            errors.add("confirmed_by", Problem::SameCounter);
        }
        let mut counts = Vec::with_capacity(proposals);
        for index in 0..proposals {
            let typed = input.counts.get(index).map(String::as_str).unwrap_or("");
            let max = ballots.map_or(MAX_BALLOTS_IN_BOX, i64::from);
            counts.push(errors.check(&count_field(index), number(typed, 0, max)));
        }
        let reason = errors.check("reason", multi_line(&input.reason, REASON_MAX));
        if correction && reason.as_deref() == Some("") {
            errors.add("reason", Problem::Required);
        }
        let counts: Vec<u32> = counts.into_iter().flatten().collect();
        if let Some(ballots) = ballots
            && counts.len() == proposals
        {
            let crosses: u64 = counts.iter().map(|c| u64::from(*c)).sum();
            let most = u64::from(ballots) * u64::from(votes_per_voter);
            if crosses > most {
                errors.add(
                    "ballots",
                    Problem::MoreVotesThanBallots {
                        max: u32::try_from(most).unwrap_or(u32::MAX),
                    },
                );
            }
        }
        errors.into_result()?;
        Ok(PaperCount {
            box_name: box_name.unwrap_or_default(),
            ballots: ballots.unwrap_or_default(),
            counted_by: counted_by.unwrap_or_default(),
            confirmed_by: confirmed_by.unwrap_or_default(),
            counts,
            reason: reason.unwrap_or_default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(ballots: &str, counts: &[&str], counted: &str, confirmed: &str) -> PaperCountInput {
        PaperCountInput {
            box_name: "Låda 3, hall B".into(),
            ballots: ballots.into(),
            counted_by: counted.into(),
            confirmed_by: confirmed.into(),
            counts: counts.iter().map(|c| (*c).to_owned()).collect(),
            reason: String::new(),
        }
    }

    #[test]
    fn a_counted_box_parses() {
        let count = PaperCount::parse(
            &input("1 200", &["700", "0", "1 100"], "Eva", "Ali"),
            3,
            3,
            false,
        )
        .unwrap();
        assert_eq!(count.ballots, 1200);
        assert_eq!(count.counts, vec![700, 0, 1100]);
    }

    #[test]
    fn two_different_people_count_and_the_figures_must_add_up() {
        let errors =
            PaperCount::parse(&input("10", &["5", "11"], "Eva", " eva "), 2, 3, false).unwrap_err();
        assert_eq!(errors.for_field("confirmed_by"), Some(Problem::SameCounter));
        assert_eq!(
            errors.for_field("counts_1"),
            Some(Problem::NumberOutOfRange { min: 0, max: 10 })
        );
        let errors = PaperCount::parse(
            &input("2", &["2", "2", "2", "1"], "Eva", "Ali"),
            4,
            3,
            false,
        )
        .unwrap_err();
        assert_eq!(
            errors.for_field("ballots"),
            Some(Problem::MoreVotesThanBallots { max: 6 })
        );
        let errors = PaperCount::parse(&input("", &[""], "", "Ali"), 1, 3, false).unwrap_err();
        assert_eq!(errors.for_field("ballots"), Some(Problem::Required));
        assert_eq!(errors.for_field("counts_0"), Some(Problem::Required));
        assert_eq!(errors.for_field("counted_by"), Some(Problem::Required));
    }

    #[test]
    fn a_correction_needs_a_reason_and_names_pass_the_secrecy_rule() {
        let errors = PaperCount::parse(&input("3", &["1"], "Eva", "Ali"), 1, 3, true).unwrap_err();
        assert_eq!(errors.for_field("reason"), Some(Problem::Required));
        let mut typed = input("3", &["1"], "Eva 19121212-1212", "Ali");
        typed.reason = "Räknade fel".into();
        let errors = PaperCount::parse(&typed, 1, 3, true).unwrap_err();
        assert_eq!(
            errors.for_field("counted_by"),
            Some(Problem::PersonalIdentityNumber)
        );
    }
}
