//! The six phases of a round, in order, each with a start and an end date.
//! A phase may be a single day (start = end); phases may not overlap.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::{FieldErrors, Problem};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Phase {
    Submission,
    Council,
    Vote,
    Bootcamp,
    FinalPresentation,
    FollowUp,
}

impl Phase {
    pub const ALL: [Phase; 6] = [
        Phase::Submission,
        Phase::Council,
        Phase::Vote,
        Phase::Bootcamp,
        Phase::FinalPresentation,
        Phase::FollowUp,
    ];

    /// The stem of the form fields for this phase: `<key>_start` and `<key>_end`.
    pub fn key(self) -> &'static str {
        match self {
            Phase::Submission => "submission",
            Phase::Council => "council",
            Phase::Vote => "vote",
            Phase::Bootcamp => "bootcamp",
            Phase::FinalPresentation => "final",
            Phase::FollowUp => "follow_up",
        }
    }

    pub fn start_field(self) -> &'static str {
        match self {
            Phase::Submission => "submission_start",
            Phase::Council => "council_start",
            Phase::Vote => "vote_start",
            Phase::Bootcamp => "bootcamp_start",
            Phase::FinalPresentation => "final_start",
            Phase::FollowUp => "follow_up_start",
        }
    }

    pub fn end_field(self) -> &'static str {
        match self {
            Phase::Submission => "submission_end",
            Phase::Council => "council_end",
            Phase::Vote => "vote_end",
            Phase::Bootcamp => "bootcamp_end",
            Phase::FinalPresentation => "final_end",
            Phase::FollowUp => "follow_up_end",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhaseSpan {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl PhaseSpan {
    pub fn contains(self, day: NaiveDate) -> bool {
        self.start <= day && day <= self.end
    }
}

/// All six phases, known to be in order and not overlapping.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schedule {
    spans: Vec<PhaseSpan>,
}

/// Where a round stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ScheduleStatus {
    NotStarted,
    InPhase(Phase),
    Between { next: Phase },
    Finished,
}

pub fn parse_date(input: &str) -> Result<NaiveDate, Problem> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(Problem::Required);
    }
    trimmed
        .parse::<NaiveDate>()
        .map_err(|_| Problem::DateInvalid)
}

impl Schedule {
    /// Builds a schedule from (start, end) text per phase, in `Phase::ALL` order, and names
    /// the field of every problem: a missing or unreadable date, an end before its start,
    /// a phase starting before the previous one has ended.
    pub fn parse(dates: &[(String, String); 6]) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut spans: Vec<Option<PhaseSpan>> = Vec::with_capacity(6);
        for (phase, (start, end)) in Phase::ALL.into_iter().zip(dates.iter()) {
            let start = errors.check(phase.start_field(), parse_date(start));
            let end = errors.check(phase.end_field(), parse_date(end));
            let span = match (start, end) {
                (Some(start), Some(end)) if end < start => {
                    errors.add(phase.end_field(), Problem::EndBeforeStart);
                    None
                }
                (Some(start), Some(end)) => Some(PhaseSpan { start, end }),
                _ => None,
            };
            spans.push(span);
        }
        for i in 1..spans.len() {
            if let (Some(previous), Some(current)) = (spans[i - 1], spans[i])
                && current.start <= previous.end
            {
                errors.add(
                    Phase::ALL[i].start_field(),
                    Problem::StartsBeforePreviousEnds {
                        previous: Phase::ALL[i - 1],
                    },
                );
            }
        }
        errors.into_result()?;
        Ok(Self {
            spans: spans.into_iter().flatten().collect(),
        })
    }

    pub fn span(&self, phase: Phase) -> PhaseSpan {
        let index = Phase::ALL.iter().position(|p| *p == phase).unwrap_or(0);
        self.spans[index]
    }

    pub fn phases(&self) -> impl Iterator<Item = (Phase, PhaseSpan)> + '_ {
        Phase::ALL.into_iter().zip(self.spans.iter().copied())
    }

    pub fn first_day(&self) -> NaiveDate {
        self.spans[0].start
    }

    pub fn last_day(&self) -> NaiveDate {
        self.spans[self.spans.len() - 1].end
    }

    pub fn status_on(&self, day: NaiveDate) -> ScheduleStatus {
        if day < self.first_day() {
            return ScheduleStatus::NotStarted;
        }
        if day > self.last_day() {
            return ScheduleStatus::Finished;
        }
        for (phase, span) in self.phases() {
            if span.contains(day) {
                return ScheduleStatus::InPhase(phase);
            }
            if day < span.start {
                return ScheduleStatus::Between { next: phase };
            }
        }
        ScheduleStatus::Finished
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn dates(list: [(&str, &str); 6]) -> [(String, String); 6] {
        list.map(|(a, b)| (a.to_owned(), b.to_owned()))
    }

    fn autumn_2018() -> [(String, String); 6] {
        dates([
            ("2018-08-20", "2018-09-09"),
            ("2018-09-12", "2018-09-12"),
            ("2018-09-27", "2018-09-28"),
            ("2018-10-12", "2018-11-09"),
            ("2018-11-16", "2018-11-16"),
            ("2018-11-19", "2019-02-28"),
        ])
    }

    #[test]
    fn field_names_follow_the_phase_key() {
        for phase in Phase::ALL {
            assert_eq!(phase.start_field(), format!("{}_start", phase.key()));
            assert_eq!(phase.end_field(), format!("{}_end", phase.key()));
        }
    }

    #[test]
    fn accepts_ordered_phases_including_single_days() {
        let schedule = Schedule::parse(&autumn_2018()).unwrap();
        assert_eq!(schedule.first_day(), d("2018-08-20"));
        assert_eq!(schedule.last_day(), d("2019-02-28"));
        assert_eq!(
            schedule.span(Phase::Bootcamp),
            PhaseSpan {
                start: d("2018-10-12"),
                end: d("2018-11-09")
            }
        );
    }

    #[test]
    fn names_the_end_field_when_end_is_before_start() {
        let mut input = autumn_2018();
        input[3].1 = "2018-10-01".into();
        let errors = Schedule::parse(&input).unwrap_err();
        assert_eq!(
            errors.for_field("bootcamp_end"),
            Some(Problem::EndBeforeStart)
        );
    }

    #[test]
    fn names_the_start_field_of_an_overlapping_phase() {
        let mut input = autumn_2018();
        input[1].0 = "2018-09-09".into(); // council starts the day submission ends
        let errors = Schedule::parse(&input).unwrap_err();
        assert_eq!(
            errors.for_field("council_start"),
            Some(Problem::StartsBeforePreviousEnds {
                previous: Phase::Submission
            })
        );
        assert_eq!(errors.0.len(), 1);
    }

    #[test]
    fn reports_missing_and_unreadable_dates_per_field() {
        let mut input = autumn_2018();
        input[0].0 = "".into();
        input[5].1 = "2019-02-30".into();
        let errors = Schedule::parse(&input).unwrap_err();
        assert_eq!(
            errors.for_field("submission_start"),
            Some(Problem::Required)
        );
        assert_eq!(
            errors.for_field("follow_up_end"),
            Some(Problem::DateInvalid)
        );
    }

    #[test]
    fn status_follows_the_calendar() {
        let schedule = Schedule::parse(&autumn_2018()).unwrap();
        assert_eq!(
            schedule.status_on(d("2018-01-01")),
            ScheduleStatus::NotStarted
        );
        assert_eq!(
            schedule.status_on(d("2018-08-20")),
            ScheduleStatus::InPhase(Phase::Submission)
        );
        assert_eq!(
            schedule.status_on(d("2018-09-10")),
            ScheduleStatus::Between {
                next: Phase::Council
            }
        );
        assert_eq!(
            schedule.status_on(d("2018-11-16")),
            ScheduleStatus::InPhase(Phase::FinalPresentation)
        );
        assert_eq!(
            schedule.status_on(d("2019-03-01")),
            ScheduleStatus::Finished
        );
    }
}
