//! Who may make an account by themselves: people with an address in one of the allowed
//! e-mail domains (e.g. `helsingborg.se`), plus single addresses an organizer lets in
//! (a service-user developer on the council without a municipal address). With no domain
//! set, anyone may sign up.

use serde::{Deserialize, Serialize};

use super::{Email, Problem};

const MAX_ENTRIES: usize = 200;

/// A domain as typed (`@Helsingborg.se` or `helsingborg.se`), lower-cased, without `@`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct EmailDomain(String);

impl EmailDomain {
    pub fn parse(input: &str) -> Result<Self, Problem> {
        let domain = input.trim().trim_start_matches('@').to_lowercase();
        if domain.is_empty() {
            return Err(Problem::Required);
        }
        let labels_ok = domain.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
        if !domain.contains('.') || domain.len() > 253 || !labels_ok {
            return Err(Problem::EmailDomainInvalid);
        }
        Ok(Self(domain))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Entries typed one a line (or separated by commas or spaces); empty lines are skipped.
fn entries(input: &str) -> impl Iterator<Item = &str> {
    input
        .split(|c: char| c == '\n' || c == ',' || c.is_whitespace())
        .map(str::trim)
        .filter(|e| !e.is_empty())
}

fn checked_len<T>(list: Vec<T>) -> Result<Vec<T>, Problem> {
    if list.len() > MAX_ENTRIES {
        Err(Problem::TooMany {
            max: MAX_ENTRIES as u32,
        })
    } else {
        Ok(list)
    }
}

/// A list of domains; duplicates are dropped.
pub fn parse_domains(input: &str) -> Result<Vec<EmailDomain>, Problem> {
    let mut list: Vec<EmailDomain> = Vec::new();
    for entry in entries(input) {
        let domain = EmailDomain::parse(entry)?;
        if !list.contains(&domain) {
            list.push(domain);
        }
    }
    checked_len(list)
}

/// A list of single addresses; duplicates are dropped.
pub fn parse_addresses(input: &str) -> Result<Vec<Email>, Problem> {
    let mut list: Vec<Email> = Vec::new();
    for entry in entries(input) {
        let email = Email::parse(entry)?;
        if !list.contains(&email) {
            list.push(email);
        }
    }
    checked_len(list)
}

/// The rule as it stands: domains from the configuration and from organizers, and the
/// addresses organizers let in.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountPolicy {
    pub domains: Vec<String>,
    pub addresses: Vec<String>,
}

impl AccountPolicy {
    /// Whether anyone may sign up (no domain is set).
    pub fn is_open(&self) -> bool {
        self.domains.is_empty()
    }

    pub fn allows(&self, email: &Email) -> bool {
        self.is_open()
            || self.domains.iter().any(|d| d == email.domain())
            || self.addresses.iter().any(|a| a == email.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn email(s: &str) -> Email {
        Email::parse(s).unwrap()
    }

    #[test]
    fn domains_are_normalised_and_checked() {
        assert_eq!(
            EmailDomain::parse(" @Helsingborg.SE ").unwrap().as_str(),
            "helsingborg.se"
        );
        assert_eq!(
            EmailDomain::parse("localhost"),
            Err(Problem::EmailDomainInvalid)
        );
        assert_eq!(
            EmailDomain::parse("a..se"),
            Err(Problem::EmailDomainInvalid)
        );
        assert_eq!(
            EmailDomain::parse("-a.se"),
            Err(Problem::EmailDomainInvalid)
        );
        assert_eq!(
            EmailDomain::parse("a b.se"),
            Err(Problem::EmailDomainInvalid)
        );
        let list = parse_domains("helsingborg.se\n@skola.helsingborg.se, helsingborg.se").unwrap();
        assert_eq!(list.len(), 2);
        assert_eq!(
            parse_domains("ok.se\nnot a domain"),
            Err(Problem::EmailDomainInvalid)
        );
        assert!(parse_domains("").unwrap().is_empty());
    }

    #[test]
    fn only_allowed_domains_and_addresses_may_sign_up() {
        let open = AccountPolicy::default();
        assert!(open.is_open() && open.allows(&email("vem@gmail.com")));
        let policy = AccountPolicy {
            domains: vec!["helsingborg.se".into()],
            addresses: vec!["brukarutvecklare@gmail.com".into()],
        };
        assert!(policy.allows(&email("Anna.Svensson@Helsingborg.se")));
        assert!(policy.allows(&email("brukarutvecklare@gmail.com")));
        assert!(!policy.allows(&email("anna@gmail.com")));
        // A look-alike domain that only ends the same way is not the domain.
        assert!(!policy.allows(&email("anna@fakehelsingborg.se")));
        assert!(!policy.allows(&email("anna@helsingborg.se.evil.com")));
    }

    #[test]
    fn address_lists_refuse_bad_addresses() {
        assert_eq!(parse_addresses("a@b.se, nope"), Err(Problem::EmailInvalid));
        assert_eq!(parse_addresses("a@b.se a@b.se").unwrap().len(), 1);
    }
}
