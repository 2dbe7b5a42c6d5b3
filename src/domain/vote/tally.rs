//! Results per category: proposals by votes, shared places shown as ties, and — when the
//! vote has a number of winners per category — who is in, and where a tie straddles the
//! last place so that the organizer has to decide.

use serde::{Deserialize, Serialize};

use super::super::Category;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Candidate {
    pub id: String,
    pub title: String,
    pub category: Category,
    /// Digital and paper votes together: what the ranking uses.
    pub votes: u32,
    /// The part of `votes` counted from paper ballots.
    #[serde(default)]
    pub paper: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    /// Within the number of winners.
    Winner,
    /// Tied for the last winning place with more proposals than places left.
    TiedForLastPlace,
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResultRow {
    pub candidate: Candidate,
    /// 1 for the most votes; proposals with equal votes share a place (1, 1, 3).
    pub place: u32,
    /// Shares its place with another proposal.
    pub tied: bool,
    pub outcome: Outcome,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryResult {
    pub category: Category,
    pub rows: Vec<ResultRow>,
}

/// Groups the candidates by category (in `Category::ALL` order, empty ones left out) and
/// ranks each group by votes, then title.
pub fn results(candidates: &[Candidate], winners: Option<u8>) -> Vec<CategoryResult> {
    Category::ALL
        .into_iter()
        .filter_map(|category| {
            let mut group: Vec<&Candidate> = candidates
                .iter()
                .filter(|c| c.category == category)
                .collect();
            if group.is_empty() {
                return None;
            }
            group.sort_by(|a, b| b.votes.cmp(&a.votes).then_with(|| a.title.cmp(&b.title)));
            Some(CategoryResult {
                category,
                rows: rank(&group, winners),
            })
        })
        .collect()
}

fn rank(sorted: &[&Candidate], winners: Option<u8>) -> Vec<ResultRow> {
    let votes_at = |i: usize| sorted[i].votes;
    let cut = winners.map(usize::from).filter(|n| *n > 0);
    sorted
        .iter()
        .map(|candidate| {
            let ahead = sorted.iter().filter(|c| c.votes > candidate.votes).count();
            let equal = sorted.iter().filter(|c| c.votes == candidate.votes).count();
            let outcome = match cut {
                None => Outcome::Other,
                Some(n) if n >= sorted.len() => Outcome::Winner,
                Some(n) => {
                    let last_place_votes = votes_at(n - 1);
                    if candidate.votes > last_place_votes {
                        Outcome::Winner
                    } else if candidate.votes < last_place_votes {
                        Outcome::Other
                    } else if ahead + equal <= n {
                        Outcome::Winner
                    } else {
                        Outcome::TiedForLastPlace
                    }
                }
            };
            ResultRow {
                candidate: (*candidate).clone(),
                place: u32::try_from(ahead + 1).unwrap_or(u32::MAX),
                tied: equal > 1,
                outcome,
            }
        })
        .collect()
}

/// The proposals a confirmed selection starts from: every clear winner (ties are left for
/// the organizer to decide).
pub fn clear_winners(results: &[CategoryResult]) -> Vec<String> {
    results
        .iter()
        .flat_map(|group| &group.rows)
        .filter(|row| row.outcome == Outcome::Winner)
        .map(|row| row.candidate.id.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(id: &str, category: Category, votes: u32) -> Candidate {
        Candidate {
            id: id.into(),
            title: format!("Förslag {id}"),
            category,
            votes,
            paper: 0,
        }
    }

    fn outcomes(group: &CategoryResult) -> Vec<(&str, u32, bool, Outcome)> {
        group
            .rows
            .iter()
            .map(|r| (r.candidate.id.as_str(), r.place, r.tied, r.outcome))
            .collect()
    }

    #[test]
    fn groups_by_category_and_ranks_by_votes() {
        let all = [
            candidate("a", Category::Test, 5),
            candidate("b", Category::Explore, 9),
            candidate("c", Category::Test, 12),
        ];
        let results = results(&all, Some(1));
        assert_eq!(results.len(), 2);
        assert_eq!(results[0].category, Category::Explore);
        assert_eq!(
            outcomes(&results[1]),
            [
                ("c", 1, false, Outcome::Winner),
                ("a", 2, false, Outcome::Other)
            ]
        );
        assert_eq!(clear_winners(&results), ["b", "c"]);
    }

    #[test]
    fn a_tie_across_the_last_place_is_shown_and_left_open() {
        let all = [
            candidate("a", Category::Scale, 10),
            candidate("b", Category::Scale, 7),
            candidate("c", Category::Scale, 7),
            candidate("d", Category::Scale, 2),
        ];
        let results = results(&all, Some(2));
        assert_eq!(
            outcomes(&results[0]),
            [
                ("a", 1, false, Outcome::Winner),
                ("b", 2, true, Outcome::TiedForLastPlace),
                ("c", 2, true, Outcome::TiedForLastPlace),
                ("d", 4, false, Outcome::Other),
            ]
        );
        assert_eq!(clear_winners(&results), ["a"]);
    }

    #[test]
    fn a_tie_that_fits_the_places_wins_outright() {
        let all = [
            candidate("a", Category::Explore, 4),
            candidate("b", Category::Explore, 4),
            candidate("c", Category::Explore, 1),
        ];
        let results = results(&all, Some(2));
        assert_eq!(
            outcomes(&results[0]),
            [
                ("a", 1, true, Outcome::Winner),
                ("b", 1, true, Outcome::Winner),
                ("c", 3, false, Outcome::Other),
            ]
        );
    }

    #[test]
    fn without_a_number_of_winners_ties_still_show() {
        let all = [
            candidate("a", Category::Test, 3),
            candidate("b", Category::Test, 3),
        ];
        let results = results(&all, None);
        assert_eq!(
            outcomes(&results[0]),
            [
                ("a", 1, true, Outcome::Other),
                ("b", 1, true, Outcome::Other)
            ]
        );
        assert!(clear_winners(&results).is_empty());
    }

    #[test]
    fn fewer_proposals_than_places_all_win() {
        let all = [candidate("a", Category::Test, 0)];
        assert_eq!(results(&all, Some(2))[0].rows[0].outcome, Outcome::Winner);
    }
}
