//! The proposal form as typed (`ProposalInput`, all text) and as accepted (`Proposal`).
//! A draft needs only a title; a submission must also pass the completeness minimum.

use serde::{Deserialize, Serialize};

use super::{Completeness, Perspective};
use crate::domain::text::{multi_line, single_line};
use crate::domain::{Category, Email, FieldErrors, Problem};

pub const TITLE_MIN: usize = 5;
pub const TITLE_MAX: usize = 120;
pub const LONG_TEXT_MAX: usize = 4000;
pub const SHORT_TEXT_MAX: usize = 2000;
pub const UNIT_MAX: usize = 100;
pub const MAX_CO_PROPOSERS: usize = 5;

/// Exactly the fields of the proposal form; also the arguments of the server functions.
/// A field left out counts as empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProposalInput {
    pub title: String,
    /// The problem, and for whom.
    pub problem: String,
    /// `service_users`, `staff` or `both`
    pub perspective: String,
    pub idea: String,
    /// What we would test first.
    pub first_test: String,
    /// What would show that it works: a concrete delivery goal.
    pub success_signal: String,
    /// `explore`, `test` or `scale`
    pub category: String,
    /// The unit (verksamhet) the proposal comes from.
    pub unit: String,
    /// Colleagues' e-mail addresses, separated by commas, spaces or lines.
    pub co_proposers: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    pub title: String,
    pub problem: String,
    pub perspective: Option<Perspective>,
    pub idea: String,
    pub first_test: String,
    pub success_signal: String,
    pub category: Option<Category>,
    pub unit: String,
    pub co_proposers: Vec<Email>,
}

impl Proposal {
    /// A draft: the title is required, everything typed must be well-formed.
    pub fn parse_draft(input: &ProposalInput) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let proposal = parse_fields(input, &mut errors);
        match proposal {
            Some(proposal) if errors.is_empty() => Ok(proposal),
            _ => Err(errors),
        }
    }

    /// A submission: well-formed and complete. Each field gets at most one problem, the
    /// well-formedness one first.
    pub fn parse_submission(input: &ProposalInput) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let proposal = parse_fields(input, &mut errors);
        for missing in Completeness::of(input).problems().0 {
            if errors.for_field(&missing.field).is_none() {
                errors.0.push(missing);
            }
        }
        match proposal {
            Some(proposal) if errors.is_empty() => Ok(proposal),
            _ => Err(errors),
        }
    }
}

fn parse_fields(input: &ProposalInput, errors: &mut FieldErrors) -> Option<Proposal> {
    let title = errors.check("title", single_line(&input.title, TITLE_MIN, TITLE_MAX));
    let problem = errors.check("problem", multi_line(&input.problem, LONG_TEXT_MAX));
    let perspective = errors.check(
        "perspective",
        optional(&input.perspective, Perspective::parse),
    );
    let idea = errors.check("idea", multi_line(&input.idea, LONG_TEXT_MAX));
    let first_test = errors.check("first_test", multi_line(&input.first_test, SHORT_TEXT_MAX));
    let success_signal = errors.check(
        "success_signal",
        multi_line(&input.success_signal, SHORT_TEXT_MAX),
    );
    let category = errors.check("category", optional(&input.category, Category::parse));
    let unit = errors.check(
        "unit",
        optional(&input.unit, |s| single_line(s, 2, UNIT_MAX)).map(Option::unwrap_or_default),
    );
    let co_proposers = errors.check("co_proposers", parse_co_proposers(&input.co_proposers));
    Some(Proposal {
        title: title?,
        problem: problem?,
        perspective: perspective?,
        idea: idea?,
        first_test: first_test?,
        success_signal: success_signal?,
        category: category?,
        unit: unit?,
        co_proposers: co_proposers?,
    })
}

fn optional<T>(
    input: &str,
    parse: impl Fn(&str) -> Result<T, Problem>,
) -> Result<Option<T>, Problem> {
    if input.trim().is_empty() {
        Ok(None)
    } else {
        parse(input).map(Some)
    }
}

/// E-mail addresses separated by commas, semicolons, spaces or line breaks; duplicates
/// dropped.
pub fn parse_co_proposers(input: &str) -> Result<Vec<Email>, Problem> {
    let mut emails: Vec<Email> = Vec::new();
    for part in input.split([',', ';', ' ', '\n', '\r', '\t']) {
        if part.trim().is_empty() {
            continue;
        }
        let email = Email::parse(part)?;
        if !emails.contains(&email) {
            emails.push(email);
        }
    }
    if emails.len() > MAX_CO_PROPOSERS {
        return Err(Problem::TooMany {
            max: MAX_CO_PROPOSERS as u32,
        });
    }
    Ok(emails)
}

impl ProposalInput {
    /// The form pre-filled from a stored proposal, for editing.
    pub fn from_proposal(proposal: &Proposal) -> Self {
        ProposalInput {
            title: proposal.title.clone(),
            problem: proposal.problem.clone(),
            perspective: proposal
                .perspective
                .map(|p| p.as_str().to_owned())
                .unwrap_or_default(),
            idea: proposal.idea.clone(),
            first_test: proposal.first_test.clone(),
            success_signal: proposal.success_signal.clone(),
            category: proposal
                .category
                .map(|c| c.as_str().to_owned())
                .unwrap_or_default(),
            unit: proposal.unit.clone(),
            co_proposers: proposal
                .co_proposers
                .iter()
                .map(|e| e.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn complete_input() -> ProposalInput {
        ProposalInput {
            title: "Sms-påminnelse före första besöket".into(),
            problem: "Många som fått en första tid hos försörjningsstöd kommer inte, och \
                      platsen står tom medan andra väntar i flera veckor på en tid."
                .into(),
            perspective: "both".into(),
            idea: "Ett sms två dagar före besöket med tid, adress, vad man ska ta med och \
                   ett nummer att ringa om tiden inte passar, så att tiden kan ges bort."
                .into(),
            first_test: "Skicka påminnelser manuellt till alla nybesök på en enhet i fyra veckor."
                .into(),
            success_signal: "Uteblivna första besök minskar från 30 till under 15 procent \
                             under testet."
                .into(),
            category: "test".into(),
            unit: "Försörjningsstöd Nord".into(),
            co_proposers: "kim@example.se, ali@example.se".into(),
        }
    }

    #[test]
    fn a_complete_proposal_is_accepted_for_submission() {
        let proposal = Proposal::parse_submission(&complete_input()).unwrap();
        assert_eq!(proposal.category, Some(Category::Test));
        assert_eq!(proposal.perspective, Some(Perspective::Both));
        assert_eq!(proposal.co_proposers.len(), 2);
        assert_eq!(
            ProposalInput::from_proposal(&proposal).title,
            complete_input().title
        );
    }

    #[test]
    fn a_draft_needs_only_a_title() {
        let input = ProposalInput {
            title: "Bättre väntrum".into(),
            ..Default::default()
        };
        let draft = Proposal::parse_draft(&input).unwrap();
        assert_eq!(draft.category, None);
        let errors = Proposal::parse_submission(&input).unwrap_err();
        assert_eq!(errors.for_field("idea"), Some(Problem::Required));
        assert_eq!(errors.for_field("title"), None);
        assert_eq!(
            Proposal::parse_draft(&ProposalInput::default())
                .unwrap_err()
                .for_field("title"),
            Some(Problem::Required)
        );
    }

    #[test]
    fn malformed_fields_are_named_once() {
        let input = ProposalInput {
            category: "utforska".into(),
            co_proposers: "kim@example.se, inte-en-adress".into(),
            problem: "Brukaren 121212-1212 väntar".into(),
            ..complete_input()
        };
        let errors = Proposal::parse_submission(&input).unwrap_err();
        assert_eq!(errors.for_field("category"), Some(Problem::ChoiceInvalid));
        assert_eq!(
            errors.for_field("co_proposers"),
            Some(Problem::EmailInvalid)
        );
        assert_eq!(
            errors.for_field("problem"),
            Some(Problem::PersonalIdentityNumber)
        );
        assert_eq!(errors.0.iter().filter(|e| e.field == "problem").count(), 1);
    }

    #[test]
    fn co_proposers_are_deduplicated_and_limited() {
        let list = parse_co_proposers("a@x.se;\nA@x.se  b@x.se").unwrap();
        assert_eq!(list.len(), 2);
        let many = (0..6)
            .map(|i| format!("p{i}@x.se"))
            .collect::<Vec<_>>()
            .join(",");
        assert_eq!(parse_co_proposers(&many), Err(Problem::TooMany { max: 5 }));
    }
}
