//! Passwords: `NewPassword` is one strong enough to set; `Password` is one typed to sign in.

use super::{Email, Problem};

pub const MIN_LEN: usize = 10;
pub const MAX_LEN: usize = 200;

/// A few of the most used passwords that pass the length rule.
const COMMON: &[&str] = &[
    "1234567890",
    "12345678910",
    "123456789012",
    "0987654321",
    "qwertyuiop",
    "password123",
    "password1234",
    "losenord123",
    "lösenord123",
    "sommar2024!",
    "sommaren2024",
    "iloveyou123",
    "abcdefghij",
    "asdfghjkl1",
    "qwerty12345",
];

/// A password that meets the rules for a new account. Never serialised or logged.
pub struct NewPassword(String);

impl NewPassword {
    pub fn parse(input: &str, email: Option<&Email>) -> Result<Self, Problem> {
        let len = input.chars().count();
        if len == 0 {
            return Err(Problem::Required);
        }
        if len < MIN_LEN {
            return Err(Problem::PasswordTooShort {
                min: MIN_LEN as u32,
            });
        }
        if len > MAX_LEN {
            return Err(Problem::PasswordTooLong {
                max: MAX_LEN as u32,
            });
        }
        let lower = input.to_lowercase();
        let first = input.chars().next();
        let one_repeated_char = input.chars().all(|c| Some(c) == first);
        if one_repeated_char || COMMON.contains(&lower.as_str()) {
            return Err(Problem::PasswordTooCommon);
        }
        if let Some(email) = email {
            let local = email.local_part();
            if local.chars().count() >= 4 && lower.contains(local) {
                return Err(Problem::PasswordContainsEmail);
            }
        }
        Ok(Self(input.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// A password typed at sign-in: only checked for presence and a sane length.
pub struct Password(String);

impl Password {
    pub fn parse(input: &str) -> Result<Self, Problem> {
        if input.is_empty() {
            return Err(Problem::Required);
        }
        if input.chars().count() > MAX_LEN {
            return Err(Problem::PasswordTooLong {
                max: MAX_LEN as u32,
            });
        }
        Ok(Self(input.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn email() -> Email {
        Email::parse("anneli.svensson@kommun.se").unwrap()
    }

    #[test]
    fn accepts_a_long_uncommon_password() {
        assert!(NewPassword::parse("kaffe-och-kanelbullar", Some(&email())).is_ok());
    }

    #[test]
    fn refuses_short_empty_and_long() {
        assert_eq!(NewPassword::parse("", None).unwrap_err(), Problem::Required);
        assert_eq!(
            NewPassword::parse("kort1234", None).unwrap_err(),
            Problem::PasswordTooShort { min: 10 }
        );
        assert_eq!(
            NewPassword::parse(&"x1".repeat(101), None).unwrap_err(),
            Problem::PasswordTooLong { max: 200 }
        );
    }

    #[test]
    fn refuses_common_and_repeated() {
        assert_eq!(
            NewPassword::parse("Password123", None).unwrap_err(),
            Problem::PasswordTooCommon
        );
        assert_eq!(
            NewPassword::parse("aaaaaaaaaaaa", None).unwrap_err(),
            Problem::PasswordTooCommon
        );
    }

    #[test]
    fn refuses_password_containing_the_email_name() {
        assert_eq!(
            NewPassword::parse("Anneli.Svensson2026", Some(&email())).unwrap_err(),
            Problem::PasswordContainsEmail
        );
    }

    #[test]
    fn sign_in_password_only_needs_presence() {
        assert_eq!(Password::parse("").unwrap_err(), Problem::Required);
        assert!(Password::parse("x").is_ok());
    }

    #[test]
    fn debug_hides_the_secret() {
        let p = NewPassword::parse("kaffe-och-kanelbullar", None).unwrap();
        assert_eq!(format!("{p:?}"), "NewPassword(***)");
    }
}
