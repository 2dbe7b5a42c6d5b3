//! Money in Swedish kronor, stored as integer öre so sums never round.

use serde::{Deserialize, Serialize};

use super::Problem;

/// The largest amount a single budget field accepts, in kronor.
pub const MAX_KRONOR: i64 = 10_000_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Default)]
pub struct Ore(pub i64);

impl Ore {
    /// Parses what a person types as kronor: `5000`, `5 000`, `5 000,50`, `5000.5 kr`.
    pub fn parse_kronor(input: &str) -> Result<Self, Problem> {
        let cleaned: String = input
            .trim()
            .trim_end_matches("kr")
            .trim_end_matches("SEK")
            .chars()
            .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
            .collect();
        if cleaned.is_empty() {
            return Err(Problem::Required);
        }
        if cleaned.starts_with('-') {
            return Err(Problem::MoneyNegative);
        }
        let (whole, fraction, has_separator) = match cleaned.split_once([',', '.']) {
            Some((w, f)) => (w, f, true),
            None => (cleaned.as_str(), "", false),
        };
        let digits_only = |s: &str| s.chars().all(|c| c.is_ascii_digit());
        if whole.is_empty()
            || !digits_only(whole)
            || !digits_only(fraction)
            || fraction.len() > 2
            || (has_separator && fraction.is_empty())
        {
            return Err(Problem::MoneyInvalid);
        }
        let too_large = Problem::MoneyTooLarge {
            max_kronor: MAX_KRONOR,
        };
        if whole.len() > 12 {
            return Err(too_large);
        }
        let kronor: i64 = whole.parse().map_err(|_| Problem::MoneyInvalid)?;
        let ore_part: i64 = match fraction.len() {
            0 => 0,
            1 => fraction.parse::<i64>().map_err(|_| Problem::MoneyInvalid)? * 10,
            _ => fraction.parse().map_err(|_| Problem::MoneyInvalid)?,
        };
        if kronor > MAX_KRONOR || (kronor == MAX_KRONOR && ore_part > 0) {
            return Err(too_large);
        }
        Ok(Ore(kronor * 100 + ore_part))
    }

    pub fn from_kronor(kronor: i64) -> Self {
        Ore(kronor * 100)
    }

    /// `5 000 kr` or `5 000,50 kr`, with a no-break space between groups as Swedish prints it.
    pub fn format_sek(self) -> String {
        format!("{} kr", self.format_number())
    }

    /// The amount without unit, as a form field shows it: `5 000` or `5 000,50`.
    pub fn format_number(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        let kronor = (abs / 100).to_string();
        let mut grouped = String::new();
        for (i, c) in kronor.chars().enumerate() {
            if i > 0 && (kronor.len() - i).is_multiple_of(3) {
                grouped.push('\u{a0}');
            }
            grouped.push(c);
        }
        match abs % 100 {
            0 => format!("{sign}{grouped}"),
            ore => format!("{sign}{grouped},{ore:02}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_ways_people_type_kronor() {
        assert_eq!(Ore::parse_kronor("5000"), Ok(Ore(500_000)));
        assert_eq!(Ore::parse_kronor("5 000"), Ok(Ore(500_000)));
        assert_eq!(Ore::parse_kronor("5\u{a0}000 kr"), Ok(Ore(500_000)));
        assert_eq!(Ore::parse_kronor("5000,50"), Ok(Ore(500_050)));
        assert_eq!(Ore::parse_kronor("5000.5"), Ok(Ore(500_050)));
        assert_eq!(Ore::parse_kronor("0"), Ok(Ore(0)));
        assert_eq!(Ore::parse_kronor("12 SEK"), Ok(Ore(1_200)));
    }

    #[test]
    fn refuses_bad_amounts() {
        assert_eq!(Ore::parse_kronor(""), Err(Problem::Required));
        assert_eq!(Ore::parse_kronor("-5"), Err(Problem::MoneyNegative));
        for bad in [
            "fem",
            "5,555",
            "5,",
            "1e5",
            ",5",
            "5.0.0",
            "5 000 000 kr kr",
        ] {
            assert_eq!(Ore::parse_kronor(bad), Err(Problem::MoneyInvalid), "{bad}");
        }
        let too_large = Err(Problem::MoneyTooLarge {
            max_kronor: MAX_KRONOR,
        });
        assert_eq!(Ore::parse_kronor("10000000,01"), too_large);
        assert_eq!(Ore::parse_kronor("99999999999999999999"), too_large);
        assert_eq!(Ore::parse_kronor("10000000"), Ok(Ore(1_000_000_000)));
    }

    #[test]
    fn formats_swedish_style() {
        assert_eq!(Ore(500_000).format_sek(), "5\u{a0}000 kr");
        assert_eq!(Ore(500_050).format_sek(), "5\u{a0}000,50 kr");
        assert_eq!(Ore(123_456_789).format_number(), "1\u{a0}234\u{a0}567,89");
        assert_eq!(Ore(5).format_number(), "0,05");
        assert_eq!(Ore(-100).format_number(), "-1");
    }

    #[test]
    fn format_then_parse_round_trips() {
        for ore in [0, 1, 99, 100, 500_050, 123_456_789] {
            assert_eq!(Ore::parse_kronor(&Ore(ore).format_number()), Ok(Ore(ore)));
        }
    }
}
