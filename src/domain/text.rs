//! The rules shared by every free text: one-line texts (names, titles) and longer texts
//! (descriptions, comments). Both refuse control characters and personal identity numbers
//! (see `secrecy`).

use super::Problem;
use super::secrecy::contains_personal_number;

/// Whitespace collapsed, `min..=max` characters, no control characters.
pub fn single_line(input: &str, min: usize, max: usize) -> Result<String, Problem> {
    let text = input.split_whitespace().collect::<Vec<_>>().join(" ");
    check_length(&text, min, max)?;
    if text.chars().any(char::is_control) {
        return Err(Problem::ControlCharacters);
    }
    check_secrecy(&text)?;
    Ok(text)
}

/// Like `single_line`, but empty is fine (`Ok("")`): an optional one-line field.
pub fn optional_single_line(input: &str, max: usize) -> Result<String, Problem> {
    match single_line(input, 1, max) {
        Err(Problem::Required) => Ok(String::new()),
        other => other,
    }
}

/// Trimmed, line breaks normalised to `\n`, at most `max` characters; tabs and line breaks
/// are the only control characters allowed. An empty text is `Ok("")`: callers decide
/// whether a field is required.
pub fn multi_line(input: &str, max: usize) -> Result<String, Problem> {
    let text = input.replace("\r\n", "\n").replace('\r', "\n");
    let text = text.trim().to_owned();
    if text.chars().count() > max {
        return Err(Problem::TooLong { max: max as u32 });
    }
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(Problem::ControlCharacters);
    }
    check_secrecy(&text)?;
    Ok(text)
}

/// Words in a text, for "is this thin?" rules.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

fn check_length(text: &str, min: usize, max: usize) -> Result<(), Problem> {
    let len = text.chars().count();
    if len == 0 {
        return Err(Problem::Required);
    }
    if len < min {
        return Err(Problem::TooShort { min: min as u32 });
    }
    if len > max {
        return Err(Problem::TooLong { max: max as u32 });
    }
    Ok(())
}

fn check_secrecy(text: &str) -> Result<(), Problem> {
    if contains_personal_number(text) {
        Err(Problem::PersonalIdentityNumber)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapses_whitespace_and_checks_length() {
        assert_eq!(single_line("  a   b ", 1, 10), Ok("a b".to_owned()));
        assert_eq!(single_line(" \n ", 1, 10), Err(Problem::Required));
        assert_eq!(single_line("ab", 3, 10), Err(Problem::TooShort { min: 3 }));
        assert_eq!(single_line("abcd", 1, 3), Err(Problem::TooLong { max: 3 }));
        assert_eq!(
            single_line("a\u{7}b", 1, 10),
            Err(Problem::ControlCharacters)
        );
    }

    #[test]
    fn refuses_personal_numbers_in_any_text() {
        assert_eq!(
            single_line("Samtal med 121212-1212", 1, 100),
            Err(Problem::PersonalIdentityNumber)
        );
        assert_eq!(
            multi_line("Rad ett\nBrukare 19121212-1212 sa", 1000),
            Err(Problem::PersonalIdentityNumber)
        );
        assert!(multi_line("Ring 070-123 45 67", 1000).is_ok());
    }

    #[test]
    fn multi_line_keeps_line_breaks_and_allows_empty() {
        assert_eq!(multi_line(" a\r\nb \r", 10), Ok("a\nb".to_owned()));
        assert_eq!(multi_line("   ", 10), Ok(String::new()));
        assert_eq!(multi_line("abcdef", 5), Err(Problem::TooLong { max: 5 }));
        assert_eq!(multi_line("a\u{0}b", 5), Err(Problem::ControlCharacters));
    }

    #[test]
    fn counts_words_not_punctuation() {
        assert_eq!(word_count("Vi ska  testa - en sak."), 5);
        assert_eq!(word_count(""), 0);
    }
}
