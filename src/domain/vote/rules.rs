//! The rules of one vote, as the organizer sets them: votes per voter (default 3, at most
//! one per proposal), winners per category (optional; the seed had two in each of three),
//! whether totals show live, and an optional schedule (local times).

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::super::round::format::parse_count;
use super::super::{FieldErrors, Problem};
use super::access::VoteAccess;

pub const DEFAULT_VOTES_PER_VOTER: u8 = 3;
pub const MAX_VOTES_PER_VOTER: i64 = 10;
pub const MAX_WINNERS_PER_CATEGORY: i64 = 10;

/// The rules form as typed. A checked box sends `on`; times are `YYYY-MM-DDTHH:MM`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct VoteRulesInput {
    pub votes_per_voter: String,
    pub winners_per_category: String,
    pub live_totals: String,
    pub opens_at: String,
    pub closes_at: String,
    /// `codes`, `accounts` or `both` (empty: both).
    pub access: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoteRules {
    pub votes_per_voter: u8,
    pub winners_per_category: Option<u8>,
    pub live_totals: bool,
    pub opens_at: Option<NaiveDateTime>,
    pub closes_at: Option<NaiveDateTime>,
    pub access: VoteAccess,
}

impl Default for VoteRules {
    fn default() -> Self {
        VoteRules {
            votes_per_voter: DEFAULT_VOTES_PER_VOTER,
            winners_per_category: None,
            live_totals: true,
            opens_at: None,
            closes_at: None,
            access: VoteAccess::default(),
        }
    }
}

const TIME_FORMATS: [&str; 3] = ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"];

/// A local date and time as a `datetime-local` input sends it; empty is `None`.
pub fn parse_time(input: &str) -> Result<Option<NaiveDateTime>, Problem> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    TIME_FORMATS
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(trimmed, format).ok())
        .map(Some)
        .ok_or(Problem::DateInvalid)
}

/// The form value of a time: what `parse_time` reads back.
pub fn time_input(at: Option<NaiveDateTime>) -> String {
    at.map(|t| t.format("%Y-%m-%dT%H:%M").to_string())
        .unwrap_or_default()
}

impl VoteRules {
    pub fn parse(input: &VoteRulesInput) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let votes_per_voter = if input.votes_per_voter.trim().is_empty() {
            Some(DEFAULT_VOTES_PER_VOTER)
        } else {
            errors.check(
                "votes_per_voter",
                parse_count(&input.votes_per_voter, 1, MAX_VOTES_PER_VOTER),
            )
        };
        let winners_per_category = if input.winners_per_category.trim().is_empty() {
            Some(None)
        } else {
            errors
                .check(
                    "winners_per_category",
                    parse_count(&input.winners_per_category, 1, MAX_WINNERS_PER_CATEGORY),
                )
                .map(Some)
        };
        let opens_at = errors.check("opens_at", parse_time(&input.opens_at));
        let closes_at = errors.check("closes_at", parse_time(&input.closes_at));
        if let (Some(Some(opens)), Some(Some(closes))) = (opens_at, closes_at)
            && closes <= opens
        {
            errors.add("closes_at", Problem::EndBeforeStart);
        }
        let access = errors.check("access", VoteAccess::parse(&input.access));
        errors.into_result()?;
        Ok(VoteRules {
            votes_per_voter: votes_per_voter.unwrap_or(DEFAULT_VOTES_PER_VOTER),
            winners_per_category: winners_per_category.flatten(),
            live_totals: !input.live_totals.trim().is_empty(),
            opens_at: opens_at.flatten(),
            closes_at: closes_at.flatten(),
            access: access.unwrap_or_default(),
        })
    }
}

impl VoteRulesInput {
    pub fn from_rules(rules: &VoteRules) -> Self {
        VoteRulesInput {
            votes_per_voter: rules.votes_per_voter.to_string(),
            winners_per_category: rules
                .winners_per_category
                .map(|n| n.to_string())
                .unwrap_or_default(),
            live_totals: if rules.live_totals {
                "on".into()
            } else {
                String::new()
            },
            opens_at: time_input(rules.opens_at),
            closes_at: time_input(rules.closes_at),
            access: rules.access.as_str().to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(votes: &str, winners: &str, opens: &str, closes: &str) -> VoteRulesInput {
        VoteRulesInput {
            votes_per_voter: votes.into(),
            winners_per_category: winners.into(),
            live_totals: "on".into(),
            opens_at: opens.into(),
            closes_at: closes.into(),
            access: String::new(),
        }
    }

    #[test]
    fn empty_form_gives_the_defaults() {
        let rules = VoteRules::parse(&input("", "", "", "")).unwrap();
        assert_eq!(rules.votes_per_voter, 3);
        assert_eq!(rules.winners_per_category, None);
        assert!(rules.live_totals);
        assert_eq!(rules.opens_at, None);
        assert_eq!(rules.access, VoteAccess::Both);
    }

    #[test]
    fn access_is_read_and_an_unknown_one_is_refused() {
        let mut form = input("", "", "", "");
        form.access = "codes".into();
        assert_eq!(VoteRules::parse(&form).unwrap().access, VoteAccess::Codes);
        form.access = "everyone".into();
        let errors = VoteRules::parse(&form).unwrap_err();
        assert_eq!(errors.for_field("access"), Some(Problem::ChoiceInvalid));
    }

    #[test]
    fn the_seed_rules_parse_and_round_trip() {
        let rules =
            VoteRules::parse(&input("3", "2", "2018-10-05T09:00", "2018-10-05T09:30")).unwrap();
        assert_eq!(rules.winners_per_category, Some(2));
        assert_eq!(
            VoteRulesInput::from_rules(&rules).opens_at,
            "2018-10-05T09:00"
        );
        assert_eq!(
            VoteRules::parse(&VoteRulesInput::from_rules(&rules)),
            Ok(rules)
        );
    }

    #[test]
    fn out_of_range_and_unreadable_values_name_their_fields() {
        let errors = VoteRules::parse(&input("0", "x", "igår", "")).unwrap_err();
        assert_eq!(
            errors.for_field("votes_per_voter"),
            Some(Problem::NumberOutOfRange { min: 1, max: 10 })
        );
        assert_eq!(
            errors.for_field("winners_per_category"),
            Some(Problem::NumberInvalid)
        );
        assert_eq!(errors.for_field("opens_at"), Some(Problem::DateInvalid));
        let errors = VoteRules::parse(&input("11", "", "", "")).unwrap_err();
        assert_eq!(
            errors.for_field("votes_per_voter"),
            Some(Problem::NumberOutOfRange { min: 1, max: 10 })
        );
    }

    #[test]
    fn closing_must_come_after_opening() {
        let errors =
            VoteRules::parse(&input("3", "", "2018-10-05T09:30", "2018-10-05T09:30")).unwrap_err();
        assert_eq!(errors.for_field("closes_at"), Some(Problem::EndBeforeStart));
    }
}
