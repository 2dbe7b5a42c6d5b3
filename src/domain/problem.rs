//! What can be wrong with a piece of input. The UI turns each into a sentence in the
//! reader's language (`crate::i18n`), so the domain never holds display text.

use serde::{Deserialize, Serialize};

use super::round::Phase;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Problem {
    Required,
    TooLong { max: u32 },
    TooShort { min: u32 },
    ControlCharacters,
    EmailInvalid,
    EmailTaken,
    PasswordTooShort { min: u32 },
    PasswordTooLong { max: u32 },
    PasswordTooCommon,
    PasswordContainsEmail,
    WrongCredentials,
    DateInvalid,
    EndBeforeStart,
    StartsBeforePreviousEnds { previous: Phase },
    MoneyInvalid,
    MoneyNegative,
    MoneyTooLarge { max_kronor: i64 },
    NumberInvalid,
    NumberOutOfRange { min: i64, max: i64 },
    ChoiceInvalid,
    RoundNameTaken,
    LastOrganizer,
}
