//! Local time in Sweden (Europe/Stockholm) to UTC, for calendar feeds: CET (UTC+1), and
//! CEST (UTC+2) from the last Sunday of March to the last Sunday of October, switching at
//! 01:00 UTC (the EU rule since 1996). Written out instead of a time-zone database: the
//! app only ever needs this one zone.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc};

fn last_sunday(year: i32, month: u32) -> Option<NaiveDate> {
    let first_of_next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    let last = first_of_next.pred_opt()?;
    let back = last.weekday().num_days_from_sunday();
    last.checked_sub_signed(Duration::days(i64::from(back)))
}

/// Whether summer time is in force at this UTC instant.
fn is_summer_time(utc: NaiveDateTime) -> bool {
    let year = utc.year();
    let switch = |month| last_sunday(year, month).and_then(|d| d.and_hms_opt(1, 0, 0));
    match (switch(3), switch(10)) {
        (Some(start), Some(end)) => start <= utc && utc < end,
        _ => false,
    }
}

/// The UTC instant of a Swedish wall-clock time. In the hour that does not exist (spring)
/// the time is read as winter time; in the hour that repeats (autumn), as summer time.
pub fn to_utc(date: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
    let local = date.and_time(time);
    let as_summer = local - Duration::hours(2);
    let utc = if is_summer_time(as_summer) {
        as_summer
    } else {
        local - Duration::hours(1)
    };
    DateTime::from_naive_utc_and_offset(utc, Utc)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(date: &str, time: &str) -> String {
        to_utc(
            date.parse().unwrap(),
            NaiveTime::parse_from_str(time, "%H:%M").unwrap(),
        )
        .format("%Y-%m-%dT%H:%MZ")
        .to_string()
    }

    #[test]
    fn winter_is_one_hour_ahead_and_summer_two() {
        assert_eq!(at("2018-11-09", "13:00"), "2018-11-09T12:00Z");
        assert_eq!(at("2018-10-12", "13:00"), "2018-10-12T11:00Z");
        assert_eq!(at("2027-01-15", "09:00"), "2027-01-15T08:00Z");
        assert_eq!(at("2027-07-01", "09:00"), "2027-07-01T07:00Z");
    }

    #[test]
    fn the_switch_days_follow_the_last_sundays() {
        // 2018: summer time from 25 March to 28 October.
        assert_eq!(last_sunday(2018, 3).unwrap().to_string(), "2018-03-25");
        assert_eq!(last_sunday(2018, 10).unwrap().to_string(), "2018-10-28");
        assert_eq!(
            last_sunday(2018, 10).unwrap().weekday(),
            chrono::Weekday::Sun
        );
        assert_eq!(at("2018-03-24", "13:00"), "2018-03-24T12:00Z");
        assert_eq!(at("2018-03-25", "13:00"), "2018-03-25T11:00Z");
        assert_eq!(at("2018-10-27", "13:00"), "2018-10-27T11:00Z");
        assert_eq!(at("2018-10-28", "13:00"), "2018-10-28T12:00Z");
        // The repeated hour reads as summer time; the missing one as winter time.
        assert_eq!(at("2018-10-28", "02:30"), "2018-10-28T00:30Z");
        assert_eq!(at("2018-03-25", "02:30"), "2018-03-25T01:30Z");
    }
}
