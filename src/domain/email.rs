//! An e-mail address, trimmed and lower-cased so that one person has one account.

use serde::{Deserialize, Serialize};

use super::Problem;

const MAX_LEN: usize = 254;

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Email(String);

impl Email {
    pub fn parse(input: &str) -> Result<Self, Problem> {
        let email = input.trim().to_lowercase();
        if email.is_empty() {
            return Err(Problem::Required);
        }
        if email.chars().count() > MAX_LEN {
            return Err(Problem::TooLong {
                max: MAX_LEN as u32,
            });
        }
        let Some((local, domain)) = email.split_once('@') else {
            return Err(Problem::EmailInvalid);
        };
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && !domain.contains('@');
        let no_odd_chars = !email
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | ',' | ';'));
        if local.is_empty() || !domain_ok || !no_odd_chars {
            return Err(Problem::EmailInvalid);
        }
        Ok(Self(email))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The part after `@`, lower-cased.
    pub fn domain(&self) -> &str {
        self.0.rsplit('@').next().unwrap_or_default()
    }

    pub fn local_part(&self) -> &str {
        self.0.split('@').next().unwrap_or_default()
    }
}

impl std::fmt::Display for Email {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_and_normalises_a_normal_address() {
        let email = Email::parse("  Anna.Berg@Kommun.SE ").unwrap();
        assert_eq!(email.as_str(), "anna.berg@kommun.se");
        assert_eq!(email.local_part(), "anna.berg");
    }

    #[test]
    fn empty_is_required() {
        assert_eq!(Email::parse("   "), Err(Problem::Required));
    }

    #[test]
    fn refuses_malformed_addresses() {
        for bad in [
            "anna",
            "anna@",
            "@kommun.se",
            "anna@kommun",
            "anna@.se",
            "anna@kommun.",
            "anna@kom..mun.se",
            "an na@kommun.se",
            "anna@kommun@se.se",
            "<anna@kommun.se>",
        ] {
            assert_eq!(Email::parse(bad), Err(Problem::EmailInvalid), "{bad}");
        }
    }

    #[test]
    fn refuses_too_long() {
        let long = format!("{}@kommun.se", "a".repeat(250));
        assert_eq!(Email::parse(&long), Err(Problem::TooLong { max: 254 }));
    }
}
