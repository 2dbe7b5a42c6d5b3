//! Line-up changes between two sessions, so that the handover gets read: who joined and
//! who left after the last session, up to and including the day of this one.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One membership, as far as line-up changes care.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    pub name: String,
    pub joined_on: NaiveDate,
    pub left_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineupChange {
    pub name: String,
    pub joined: bool,
    pub on: NaiveDate,
}

/// Joins and leaves after `since` (the last session's day) up to `until` (this session's
/// day, or today), oldest first.
pub fn changes_between(
    members: &[Membership],
    since: NaiveDate,
    until: NaiveDate,
) -> Vec<LineupChange> {
    let within = |day: NaiveDate| since < day && day <= until;
    let mut changes: Vec<LineupChange> = members
        .iter()
        .flat_map(|m| {
            let joined = within(m.joined_on).then(|| LineupChange {
                name: m.name.clone(),
                joined: true,
                on: m.joined_on,
            });
            let left = m.left_on.filter(|d| within(*d)).map(|on| LineupChange {
                name: m.name.clone(),
                joined: false,
                on,
            });
            joined.into_iter().chain(left)
        })
        .collect();
    changes.sort_by(|a, b| a.on.cmp(&b.on).then_with(|| a.name.cmp(&b.name)));
    changes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn the_seeds_new_line_up_in_week_three() {
        let members = vec![
            Membership {
                name: "Anette".into(),
                joined_on: day("2018-10-01"),
                left_on: Some(day("2018-10-22")),
            },
            Membership {
                name: "Helena".into(),
                joined_on: day("2018-10-01"),
                left_on: None,
            },
            Membership {
                name: "Jhana".into(),
                joined_on: day("2018-10-23"),
                left_on: None,
            },
        ];
        // Between week 2 (19 Oct) and week 3 (26 Oct).
        let changes = changes_between(&members, day("2018-10-19"), day("2018-10-26"));
        assert_eq!(
            changes,
            vec![
                LineupChange {
                    name: "Anette".into(),
                    joined: false,
                    on: day("2018-10-22")
                },
                LineupChange {
                    name: "Jhana".into(),
                    joined: true,
                    on: day("2018-10-23")
                },
            ]
        );
        // Nothing changed between week 3 and week 4.
        assert!(changes_between(&members, day("2018-10-26"), day("2018-11-02")).is_empty());
    }
}
