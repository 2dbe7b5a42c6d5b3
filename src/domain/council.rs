//! The council meeting (rådsmöte): the criteria an organizer sets per round, a council
//! member's scores (1–5 per criterion, with a comment), and the summary the organizer
//! reads side by side.

use serde::{Deserialize, Serialize};

use super::text::{multi_line, single_line};
use super::{FieldErrors, Problem};

pub const MAX_CRITERIA: usize = 6;
pub const CRITERION_MAX_LEN: usize = 80;
pub const COMMENT_MAX: usize = 1000;

/// The criteria a round starts with (the defaults, in the product's language).
pub const DEFAULT_CRITERIA: [&str; 3] = [
    "Värde för brukarna",
    "Går att testa inom bootcampen",
    "Tydlighet",
];

/// One criterion per line, 1 to `MAX_CRITERIA` of them; blank lines are skipped.
pub fn parse_criteria(input: &str) -> Result<Vec<String>, Problem> {
    let mut criteria = Vec::new();
    for line in input.lines().filter(|l| !l.trim().is_empty()) {
        criteria.push(single_line(line, 3, CRITERION_MAX_LEN)?);
    }
    if criteria.is_empty() {
        return Err(Problem::Required);
    }
    if criteria.len() > MAX_CRITERIA {
        return Err(Problem::TooMany {
            max: MAX_CRITERIA as u32,
        });
    }
    Ok(criteria)
}

/// The scoring form: a score per criterion slot (as many as the round has criteria are
/// used) and one comment.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ScoreInput {
    pub score_1: String,
    pub score_2: String,
    pub score_3: String,
    pub score_4: String,
    pub score_5: String,
    pub score_6: String,
    pub comment: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Score {
    /// One score 1–5 per criterion, in the round's order.
    pub scores: Vec<u8>,
    pub comment: String,
}

impl ScoreInput {
    pub fn slot(&self, index: usize) -> &str {
        match index {
            0 => &self.score_1,
            1 => &self.score_2,
            2 => &self.score_3,
            3 => &self.score_4,
            4 => &self.score_5,
            _ => &self.score_6,
        }
    }

    /// The form field of criterion `index` (0-based).
    pub fn field(index: usize) -> &'static str {
        [
            "score_1", "score_2", "score_3", "score_4", "score_5", "score_6",
        ][index.min(5)]
    }
}

impl Score {
    /// Scores for `criteria` criteria: each 1–5; the comment is optional.
    pub fn parse(input: &ScoreInput, criteria: usize) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let scores: Vec<Option<u8>> = (0..criteria.min(MAX_CRITERIA))
            .map(|i| errors.check(ScoreInput::field(i), parse_score(input.slot(i))))
            .collect();
        let comment = errors.check("comment", multi_line(&input.comment, COMMENT_MAX));
        match (scores.into_iter().collect::<Option<Vec<u8>>>(), comment) {
            (Some(scores), Some(comment)) if errors.is_empty() => Ok(Score { scores, comment }),
            _ => Err(errors),
        }
    }
}

fn parse_score(input: &str) -> Result<u8, Problem> {
    match input.trim() {
        "" => Err(Problem::Required),
        s => match s.parse::<u8>() {
            Ok(n @ 1..=5) => Ok(n),
            _ => Err(Problem::NumberOutOfRange { min: 1, max: 5 }),
        },
    }
}

/// How the council scored one criterion: mean and spread (lowest, highest).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct CriterionSummary {
    pub mean: f32,
    pub lowest: u8,
    pub highest: u8,
}

/// Per criterion, over the scores given (each a score per criterion).
pub fn summarise(scores: &[Vec<u8>], criteria: usize) -> Vec<Option<CriterionSummary>> {
    (0..criteria)
        .map(|i| {
            let values: Vec<u8> = scores.iter().filter_map(|s| s.get(i).copied()).collect();
            let lowest = *values.iter().min()?;
            let highest = *values.iter().max()?;
            let mean = values.iter().map(|v| f32::from(*v)).sum::<f32>() / values.len() as f32;
            Some(CriterionSummary {
                mean,
                lowest,
                highest,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn criteria_are_lines_within_limits() {
        assert_eq!(
            parse_criteria("Värde för brukarna\n\n  Tydlighet  \n"),
            Ok(vec!["Värde för brukarna".into(), "Tydlighet".into()])
        );
        assert_eq!(parse_criteria(" \n"), Err(Problem::Required));
        assert_eq!(parse_criteria("ab"), Err(Problem::TooShort { min: 3 }));
        let seven = (1..=7)
            .map(|i| format!("Kriterium {i}"))
            .collect::<Vec<_>>()
            .join("\n");
        assert_eq!(parse_criteria(&seven), Err(Problem::TooMany { max: 6 }));
        assert!(parse_criteria(&DEFAULT_CRITERIA.join("\n")).is_ok());
    }

    #[test]
    fn every_criterion_needs_a_score_from_one_to_five() {
        let input = ScoreInput {
            score_1: "5".into(),
            score_2: "0".into(),
            score_4: "9".into(),
            comment: "Bra!".into(),
            ..Default::default()
        };
        let errors = Score::parse(&input, 3).unwrap_err();
        assert_eq!(
            errors.for_field("score_2"),
            Some(Problem::NumberOutOfRange { min: 1, max: 5 })
        );
        assert_eq!(errors.for_field("score_3"), Some(Problem::Required));
        assert_eq!(
            errors.for_field("score_4"),
            None,
            "only the round's criteria count"
        );
        let ok = ScoreInput {
            score_2: "3".into(),
            score_3: "1".into(),
            ..input
        };
        assert_eq!(
            Score::parse(&ok, 3).unwrap(),
            Score {
                scores: vec![5, 3, 1],
                comment: "Bra!".into()
            }
        );
    }

    #[test]
    fn comments_obey_the_secrecy_guard() {
        let input = ScoreInput {
            score_1: "4".into(),
            comment: "Som för 121212-1212".into(),
            ..Default::default()
        };
        assert_eq!(
            Score::parse(&input, 1).unwrap_err().for_field("comment"),
            Some(Problem::PersonalIdentityNumber)
        );
    }

    #[test]
    fn summary_has_mean_and_spread_per_criterion() {
        let summary = summarise(&[vec![5, 2], vec![3, 2], vec![4, 5]], 2);
        let first = summary[0].unwrap();
        assert_eq!((first.lowest, first.highest), (3, 5));
        assert!((first.mean - 4.0).abs() < 1e-6);
        assert_eq!(summary[1].unwrap().highest, 5);
        assert_eq!(summarise(&[], 2), vec![None, None]);
    }
}
