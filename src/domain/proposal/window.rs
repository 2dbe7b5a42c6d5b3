//! When a proposal may be sent in: a first submission during the round's submission
//! phase; a resubmission (after "needs more detail") until the council phase ends, so the
//! council can still consider it.

use chrono::NaiveDate;

use super::StageAction;
use crate::domain::Problem;
use crate::domain::round::{Phase, Schedule};

pub fn check_send_in(
    schedule: &Schedule,
    action: StageAction,
    today: NaiveDate,
) -> Result<(), Problem> {
    let submission = schedule.span(Phase::Submission);
    let last_day = match action {
        StageAction::Resubmit => schedule.span(Phase::Council).end,
        _ => submission.end,
    };
    if today < submission.start {
        Err(Problem::SubmissionNotOpenYet {
            opens: submission.start,
        })
    } else if today > last_day {
        Err(Problem::SubmissionClosed { closed: last_day })
    } else {
        Ok(())
    }
}

/// Whether the submission phase is open on `today` (for the page's notice).
pub fn is_open(schedule: &Schedule, today: NaiveDate) -> bool {
    check_send_in(schedule, StageAction::Submit, today).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::round::NewRound;
    use crate::domain::round::input::tests::valid as round_input;

    fn schedule() -> Schedule {
        NewRound::parse(&round_input()).unwrap().schedule
    }

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn submission_only_inside_the_phase() {
        let s = schedule();
        let span = s.span(Phase::Submission);
        assert_eq!(
            check_send_in(&s, StageAction::Submit, span.start.pred_opt().unwrap()),
            Err(Problem::SubmissionNotOpenYet { opens: span.start })
        );
        assert!(check_send_in(&s, StageAction::Submit, span.start).is_ok());
        assert!(check_send_in(&s, StageAction::Submit, span.end).is_ok());
        assert_eq!(
            check_send_in(&s, StageAction::Submit, span.end.succ_opt().unwrap()),
            Err(Problem::SubmissionClosed { closed: span.end })
        );
        assert!(!is_open(&s, day("1999-01-01")));
    }

    #[test]
    fn resubmission_until_the_council_ends() {
        let s = schedule();
        let council_end = s.span(Phase::Council).end;
        assert!(check_send_in(&s, StageAction::Resubmit, council_end).is_ok());
        assert_eq!(
            check_send_in(&s, StageAction::Resubmit, council_end.succ_opt().unwrap()),
            Err(Problem::SubmissionClosed {
                closed: council_end
            })
        );
    }
}
