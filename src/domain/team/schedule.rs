//! The session plan a round's format gives every team: weekly sessions on one weekday
//! (the seed's Fridays 13:00–15:00 × 5), or one intensive week of full days.

use chrono::{Datelike, Duration, NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use crate::domain::round::{PhaseSpan, RoundFormat, Weekday};

/// A full day of an intensive week.
pub const FULL_DAY: (u32, u32) = (9, 16);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedSession {
    pub date: NaiveDate,
    pub starts_at: NaiveTime,
    pub ends_at: NaiveTime,
}

fn chrono_weekday(day: Weekday) -> chrono::Weekday {
    match day {
        Weekday::Monday => chrono::Weekday::Mon,
        Weekday::Tuesday => chrono::Weekday::Tue,
        Weekday::Wednesday => chrono::Weekday::Wed,
        Weekday::Thursday => chrono::Weekday::Thu,
        Weekday::Friday => chrono::Weekday::Fri,
    }
}

fn is_weekend(day: NaiveDate) -> bool {
    matches!(day.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun)
}

/// `start + hours`, kept on the same day (a late start ends at 23:59 at the latest).
pub fn end_of(start: NaiveTime, hours: u8) -> NaiveTime {
    let (end, wrapped) = start.overflowing_add_signed(Duration::hours(i64::from(hours)));
    if wrapped != 0 {
        NaiveTime::from_hms_opt(23, 59, 0).unwrap_or(start)
    } else {
        end
    }
}

/// Every session of a team, in order, all within the bootcamp's dates.
pub fn plan_sessions(format: RoundFormat, bootcamp: PhaseSpan) -> Vec<PlannedSession> {
    match format {
        RoundFormat::Weekly {
            weekday,
            starts_at,
            hours_per_session,
            weeks,
        } => {
            let target = chrono_weekday(weekday);
            let first = bootcamp
                .start
                .iter_days()
                .take(7)
                .find(|d| d.weekday() == target);
            first
                .into_iter()
                .flat_map(|first| (0..i64::from(weeks)).map(move |w| first + Duration::weeks(w)))
                .filter(|d| bootcamp.contains(*d))
                .map(|date| PlannedSession {
                    date,
                    starts_at,
                    ends_at: end_of(starts_at, hours_per_session),
                })
                .collect()
        }
        RoundFormat::Intensive { days } => {
            let (start, end) = FULL_DAY;
            let starts_at = NaiveTime::from_hms_opt(start, 0, 0).unwrap_or_default();
            let ends_at = NaiveTime::from_hms_opt(end, 0, 0).unwrap_or_default();
            bootcamp
                .start
                .iter_days()
                .take_while(|d| *d <= bootcamp.end)
                .filter(|d| !is_weekend(*d))
                .take(usize::from(days))
                .map(|date| PlannedSession {
                    date,
                    starts_at,
                    ends_at,
                })
                .collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn time(h: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, 0, 0).unwrap()
    }

    #[test]
    fn the_seeds_fridays_thirteen_to_fifteen_five_times() {
        let format = RoundFormat::Weekly {
            weekday: Weekday::Friday,
            starts_at: time(13),
            hours_per_session: 2,
            weeks: 5,
        };
        // The 2018 bootcamp: Friday 12 October to Friday 9 November.
        let span = PhaseSpan {
            start: day("2018-10-12"),
            end: day("2018-11-09"),
        };
        let plan = plan_sessions(format, span);
        let dates: Vec<String> = plan.iter().map(|s| s.date.to_string()).collect();
        assert_eq!(
            dates,
            [
                "2018-10-12",
                "2018-10-19",
                "2018-10-26",
                "2018-11-02",
                "2018-11-09"
            ]
        );
        assert!(
            plan.iter()
                .all(|s| s.starts_at == time(13) && s.ends_at == time(15))
        );
    }

    #[test]
    fn weekly_starts_on_the_first_such_weekday_and_stays_in_the_bootcamp() {
        let format = RoundFormat::Weekly {
            weekday: Weekday::Monday,
            starts_at: time(9),
            hours_per_session: 3,
            weeks: 10,
        };
        // Starts on a Wednesday; only four Mondays fit.
        let span = PhaseSpan {
            start: day("2027-03-10"),
            end: day("2027-04-06"),
        };
        let plan = plan_sessions(format, span);
        assert_eq!(plan.len(), 4);
        assert_eq!(plan[0].date, day("2027-03-15"));
        assert_eq!(plan[3].date, day("2027-04-05"));
        assert_eq!(plan[0].ends_at, time(12));
    }

    #[test]
    fn intensive_week_is_consecutive_weekdays_of_full_days() {
        let format = RoundFormat::Intensive { days: 5 };
        // Starts on a Thursday: Thu, Fri, then Mon–Wed.
        let span = PhaseSpan {
            start: day("2027-03-11"),
            end: day("2027-03-31"),
        };
        let plan = plan_sessions(format, span);
        let dates: Vec<String> = plan.iter().map(|s| s.date.to_string()).collect();
        assert_eq!(
            dates,
            [
                "2027-03-11",
                "2027-03-12",
                "2027-03-15",
                "2027-03-16",
                "2027-03-17"
            ]
        );
        assert!(
            plan.iter()
                .all(|s| s.starts_at == time(9) && s.ends_at == time(16))
        );
    }

    #[test]
    fn a_late_start_ends_the_same_day() {
        let late = NaiveTime::from_hms_opt(20, 0, 0).unwrap();
        assert_eq!(end_of(late, 8), NaiveTime::from_hms_opt(23, 59, 0).unwrap());
    }
}
