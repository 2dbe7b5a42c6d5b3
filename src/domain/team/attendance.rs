//! Attendance at a session, per member: present, away or excused (anmält förhinder).

use serde::{Deserialize, Serialize};

use crate::domain::Problem;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Attendance {
    Present,
    Away,
    Excused,
}

impl Attendance {
    pub const ALL: [Attendance; 3] = [Attendance::Present, Attendance::Away, Attendance::Excused];

    pub fn as_str(self) -> &'static str {
        match self {
            Attendance::Present => "present",
            Attendance::Away => "away",
            Attendance::Excused => "excused",
        }
    }

    pub fn parse(input: &str) -> Result<Self, Problem> {
        match input.trim() {
            "" => Err(Problem::Required),
            s => Self::ALL
                .into_iter()
                .find(|a| a.as_str() == s)
                .ok_or(Problem::ChoiceInvalid),
        }
    }

    /// Reads the attendance form's marks, each `<person id>:<status>` (one radio group per
    /// member). A person marked twice keeps the last mark.
    pub fn parse_marks(marks: &[String]) -> Result<Vec<(String, Attendance)>, Problem> {
        let mut parsed: Vec<(String, Attendance)> = Vec::new();
        for mark in marks.iter().filter(|m| !m.trim().is_empty()) {
            let (person, status) = mark.trim().split_once(':').ok_or(Problem::ChoiceInvalid)?;
            let valid_id = !person.is_empty()
                && person.len() <= 64
                && person
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_');
            if !valid_id {
                return Err(Problem::ChoiceInvalid);
            }
            let status = Attendance::parse(status)?;
            parsed.retain(|(p, _)| p != person);
            parsed.push((person.to_owned(), status));
        }
        Ok(parsed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_marks_of_the_attendance_form() {
        let marks = vec![
            "anna:present".to_owned(),
            String::new(),
            "anneli:excused".to_owned(),
            "anna:away".to_owned(),
        ];
        assert_eq!(
            Attendance::parse_marks(&marks),
            Ok(vec![
                ("anneli".to_owned(), Attendance::Excused),
                ("anna".to_owned(), Attendance::Away)
            ])
        );
    }

    #[test]
    fn refuses_unknown_statuses_and_odd_ids() {
        for bad in [
            "anna:sick",
            "anna",
            "an na:present",
            ":present",
            "user:x:present",
        ] {
            assert!(Attendance::parse_marks(&[bad.to_owned()]).is_err(), "{bad}");
        }
    }
}
