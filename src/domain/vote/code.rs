//! Single-use voter codes for people without an account: eight characters from an alphabet
//! without look-alikes (no 0/O, 1/I), shown as `ABCD-EFGH`. 32⁸ ≈ 10¹² codes, so guessing
//! one of a few thousand printed codes is hopeless.

use serde::{Deserialize, Serialize};

use super::super::Problem;

/// 32 characters: A–Z without I and O, and 2–9.
pub const ALPHABET: &[u8; 32] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
pub const CODE_LEN: usize = 8;
/// Codes made at one time (a hall of about 2,000, with room to spare).
pub const MAX_CODES_AT_ONCE: i64 = 5000;

/// How many codes to make, as typed.
pub fn parse_code_count(input: &str) -> Result<u32, Problem> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(Problem::Required);
    }
    let n: i64 = trimmed.parse().map_err(|_| Problem::NumberInvalid)?;
    if !(1..=MAX_CODES_AT_ONCE).contains(&n) {
        return Err(Problem::NumberOutOfRange {
            min: 1,
            max: MAX_CODES_AT_ONCE,
        });
    }
    u32::try_from(n).map_err(|_| Problem::NumberInvalid)
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct VoterCode(String);

impl VoterCode {
    /// Reads a code as typed: any case, spaces and dashes ignored.
    pub fn parse(input: &str) -> Result<Self, Problem> {
        let code: String = input
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if code.is_empty() {
            return Err(Problem::Required);
        }
        let known = code.bytes().all(|b| ALPHABET.contains(&b));
        if code.len() != CODE_LEN || !known {
            return Err(Problem::VoterCodeInvalid);
        }
        Ok(VoterCode(code))
    }

    /// A code from eight random bytes (each byte picks one of 32 characters, evenly,
    /// since 256 is a multiple of 32).
    pub fn from_random(bytes: [u8; CODE_LEN]) -> Self {
        VoterCode(
            bytes
                .iter()
                .map(|b| char::from(ALPHABET[usize::from(b % 32)]))
                .collect(),
        )
    }

    /// The code without separator, as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The code as printed: `ABCD-EFGH`.
    pub fn display(&self) -> String {
        format!("{}-{}", &self.0[..4], &self.0[4..])
    }
}

/// Compares two byte strings in time that depends only on their lengths, not on where
/// they first differ.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_codes_are_normalised() {
        let code = VoterCode::parse(" abcd-efgh ").unwrap();
        assert_eq!(code.as_str(), "ABCDEFGH");
        assert_eq!(code.display(), "ABCD-EFGH");
        assert_eq!(VoterCode::parse("AB CD EF GH").unwrap(), code);
    }

    #[test]
    fn look_alikes_and_wrong_lengths_are_refused() {
        assert_eq!(VoterCode::parse(""), Err(Problem::Required));
        assert_eq!(VoterCode::parse("ABCD-EFG"), Err(Problem::VoterCodeInvalid));
        assert_eq!(
            VoterCode::parse("ABCD-EFGHJ"),
            Err(Problem::VoterCodeInvalid)
        );
        for look_alike in ["ABCD-EFG0", "ABCD-EFGO", "ABCD-EFG1", "ABCD-EFGI"] {
            assert_eq!(
                VoterCode::parse(look_alike),
                Err(Problem::VoterCodeInvalid),
                "{look_alike}"
            );
        }
        assert_eq!(
            VoterCode::parse("ABCD-EFGÅ"),
            Err(Problem::VoterCodeInvalid)
        );
    }

    #[test]
    fn random_codes_use_only_the_alphabet_and_parse_back() {
        let code = VoterCode::from_random([0, 31, 32, 255, 100, 7, 8, 200]);
        assert_eq!(code.as_str().len(), CODE_LEN);
        assert_eq!(VoterCode::parse(&code.display()), Ok(code.clone()));
        assert_eq!(&code.as_str()[..2], "A9");
    }

    #[test]
    fn code_counts_are_whole_numbers_in_range() {
        assert_eq!(parse_code_count(" 2000 "), Ok(2000));
        assert_eq!(parse_code_count(""), Err(Problem::Required));
        assert_eq!(parse_code_count("tio"), Err(Problem::NumberInvalid));
        for out in ["0", "5001", "-3"] {
            assert_eq!(
                parse_code_count(out),
                Err(Problem::NumberOutOfRange { min: 1, max: 5000 })
            );
        }
    }

    #[test]
    fn constant_time_comparison_is_equality() {
        assert!(constant_time_eq(b"ABCDEFGH", b"ABCDEFGH"));
        assert!(!constant_time_eq(b"ABCDEFGH", b"ABCDEFGJ"));
        assert!(!constant_time_eq(b"ABCDEFGH", b"ABCDEFG"));
    }
}
