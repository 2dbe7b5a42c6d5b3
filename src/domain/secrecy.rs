//! The secrecy guard: free text must never hold a Swedish personal identity number
//! (personnummer) or coordination number (samordningsnummer).
//!
//! A number is caught when it stands alone (no digit right before or after it) in one of
//! the shapes `YYMMDDNNNC`, `YYMMDD-NNNC`, `YYMMDD+NNNC`, `YYYYMMDDNNNC` or
//! `YYYYMMDD-NNNC`, its date part is a real month and day (day + 60 for a coordination
//! number), and its last digit is the Luhn check digit of the ten-digit form. Phone numbers
//! written the usual way (`070-123 45 67`), dates (`2018-10-15`) and amounts pass.

/// True if `text` holds something that is a personal identity or coordination number.
pub fn contains_personal_number(text: &str) -> bool {
    digit_groups(text).any(|group| is_personal_number(&group))
}

/// Runs of digits, joined by a single `-` or `+` that has digits on both sides.
fn digit_groups(text: &str) -> impl Iterator<Item = String> + '_ {
    let chars: Vec<char> = text.chars().collect();
    let mut groups = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut group = String::new();
        while i < chars.len() {
            let c = chars[i];
            let joins = matches!(c, '-' | '+')
                && !group.is_empty()
                && chars.get(i + 1).is_some_and(char::is_ascii_digit);
            if c.is_ascii_digit() || joins {
                group.push(c);
                i += 1;
            } else {
                break;
            }
        }
        groups.push(group);
    }
    groups.into_iter()
}

fn is_personal_number(group: &str) -> bool {
    let (date_part, serial) = match group.split_once(['-', '+']) {
        Some((date, serial)) => (date, serial),
        None if group.len() == 10 || group.len() == 12 => group.split_at(group.len() - 4),
        None => return false,
    };
    let all_digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if serial.len() != 4 || !all_digits(date_part) || !all_digits(serial) {
        return false;
    }
    let short_date = match date_part.len() {
        6 => date_part,
        8 if matches!(&date_part[..2], "18" | "19" | "20") => &date_part[2..],
        _ => return false,
    };
    plausible_date(short_date) && luhn_valid(&format!("{short_date}{serial}"))
}

/// `YYMMDD` with a real month and a day of 1–31, or 61–91 for a coordination number.
fn plausible_date(yymmdd: &str) -> bool {
    let month: u32 = yymmdd[2..4].parse().unwrap_or(0);
    let day: u32 = yymmdd[4..6].parse().unwrap_or(0);
    let day = if day > 60 { day - 60 } else { day };
    (1..=12).contains(&month) && (1..=31).contains(&day)
}

/// The Luhn check over ten digits, weights 2,1,2,1,… from the left.
fn luhn_valid(ten_digits: &str) -> bool {
    let sum: u32 = ten_digits
        .chars()
        .filter_map(|c| c.to_digit(10))
        .enumerate()
        .map(|(i, d)| {
            let product = if i % 2 == 0 { d * 2 } else { d };
            product / 10 + product % 10
        })
        .sum();
    ten_digits.len() == 10 && sum.is_multiple_of(10)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Skatteverket's well-known test numbers and hand-computed check digits.
    const VALID: &[&str] = &[
        "121212-1212",
        "1212121212",
        "19121212-1212",
        "191212121212",
        "121212+1212",
        "811228-9874",
        "19811228-9874",
        // coordination number: day 28 + 60 = 88
        "701063-2391",
        "197010632391",
    ];

    #[test]
    fn finds_valid_numbers_in_any_shape() {
        for number in VALID {
            assert!(
                contains_personal_number(number),
                "{number} should be caught"
            );
            let in_text = format!("Brukaren ({number}) ringde i går.");
            assert!(contains_personal_number(&in_text), "{in_text}");
        }
    }

    #[test]
    fn lets_wrong_check_digits_pass() {
        for number in ["121212-1213", "1212121219", "19121212-1211", "811228-9870"] {
            assert!(!contains_personal_number(number), "{number} is not valid");
        }
    }

    #[test]
    fn lets_look_alikes_pass() {
        for text in [
            "Ring 070-123 45 67 eller 08-508 000 00",
            "+46 70 123 45 67",
            "Mötet är 2018-10-15 kl 13.00",
            "20181015",
            "Budget 15 000 kr, 1 500 000 öre",
            "Diarienummer SN 2018/1234",
            "Kortnummer 4111111111111111",
            "121312-1212",   // month 13
            "121200-1212",   // day 0
            "12121212-1212", // eight digits not starting with a century
            "1212121-212",
        ] {
            assert!(!contains_personal_number(text), "{text} must pass");
        }
    }

    #[test]
    fn needs_digits_on_both_sides_to_join() {
        assert!(!contains_personal_number("121212- 1212"));
        assert!(!contains_personal_number("0121212-1212"));
    }
}
