//! The rule shared by short one-line texts (names, titles): whitespace collapsed, a length
//! range in characters, no control characters.

use super::Problem;

pub fn single_line(input: &str, min: usize, max: usize) -> Result<String, Problem> {
    let text = input.split_whitespace().collect::<Vec<_>>().join(" ");
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
    if text.chars().any(char::is_control) {
        return Err(Problem::ControlCharacters);
    }
    Ok(text)
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
}
