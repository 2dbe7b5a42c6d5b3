//! The rounds of the demo data (and of benchmarks and tests): one open for proposals now.

use chrono::{Days, NaiveDate};

use crate::domain::round::{NewRound, RoundInput};
use crate::platform::db::DbSetupError;

/// An intensive-week round whose submission phase is open on `today`.
pub fn open_round(today: NaiveDate) -> RoundInput {
    let day = |offset: u64| {
        today
            .checked_add_days(Days::new(offset))
            .unwrap_or(today)
            .to_string()
    };
    let started = today
        .checked_sub_days(Days::new(14))
        .unwrap_or(today)
        .to_string();
    RoundInput {
        name: "Bootcamp – intensivvecka".into(),
        format: "intensive".into(),
        intensive_days: "5".into(),
        budget_kronor: "10000".into(),
        submission_start: started,
        submission_end: day(30),
        council_start: day(37),
        council_end: day(37),
        vote_start: day(51),
        vote_end: day(52),
        bootcamp_start: day(65),
        bootcamp_end: day(69),
        final_start: day(72),
        final_end: day(72),
        follow_up_start: day(73),
        follow_up_end: day(163),
        ..Default::default()
    }
}

pub fn parse_demo_round(input: &RoundInput) -> Result<NewRound, DbSetupError> {
    NewRound::parse(input).map_err(|e| {
        surrealdb::Error::internal(format!("demo round breaks the rules: {e:?}")).into()
    })
}
