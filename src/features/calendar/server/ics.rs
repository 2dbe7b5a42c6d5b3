//! Writing the feeds: every event gets a stable UID (and a DTSTAMP), so a calendar that
//! reads the feed again updates its events instead of adding copies; a moved session keeps
//! its UID with a higher SEQUENCE, a cancelled one says STATUS:CANCELLED.

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use icalendar::{Calendar, Component, Event, EventLike, EventStatus};

use crate::domain::stockholm::to_utc;

/// A session of a team, as a feed shows it.
pub struct SessionEvent {
    pub id: String,
    pub summary: String,
    pub description: String,
    pub date: NaiveDate,
    pub starts_at: NaiveTime,
    pub ends_at: NaiveTime,
    pub sequence: u32,
    pub cancelled: bool,
}

/// A whole-day span (a round's phase).
pub struct DayEvent {
    pub uid: String,
    pub summary: String,
    pub description: String,
    pub first: NaiveDate,
    pub last: NaiveDate,
}

pub fn calendar(name: &str) -> Calendar {
    let mut calendar = Calendar::empty();
    calendar
        .append_property(("VERSION", "2.0"))
        .append_property(("PRODID", "-//Idesluss//Idéslussens bootcamp//SV"))
        .append_property(("CALSCALE", "GREGORIAN"))
        .append_property(("METHOD", "PUBLISH"))
        .append_property(("X-WR-CALNAME", name))
        .append_property(("X-WR-TIMEZONE", "Europe/Stockholm"));
    calendar
}

/// Text as it may go into a feed: line breaks as `\n` (the writer escapes those, not `\r`).
fn clean(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

pub fn add_session(calendar: &mut Calendar, session: &SessionEvent, stamp: DateTime<Utc>) {
    let status = if session.cancelled {
        EventStatus::Cancelled
    } else {
        EventStatus::Confirmed
    };
    calendar.push(
        Event::new()
            .uid(&format!("session-{}@idesluss", session.id))
            .timestamp(stamp)
            .starts(to_utc(session.date, session.starts_at))
            .ends(to_utc(session.date, session.ends_at))
            .summary(&clean(&session.summary))
            .description(&clean(&session.description))
            .sequence(session.sequence)
            .status(status)
            .done(),
    );
}

pub fn add_days(calendar: &mut Calendar, span: &DayEvent, stamp: DateTime<Utc>) {
    calendar.push(
        Event::new()
            .uid(&span.uid)
            .timestamp(stamp)
            .starts(span.first)
            // DTEND of a whole-day event is the day after the last.
            .ends(span.last + Duration::days(1))
            .summary(&clean(&span.summary))
            .description(&clean(&span.description))
            .done(),
    );
}

/// DTSTAMP: when this copy of the feed was made, to the second.
pub fn stamp_now() -> DateTime<Utc> {
    let now = Utc::now();
    DateTime::from_timestamp(now.timestamp(), 0).unwrap_or(now)
}
