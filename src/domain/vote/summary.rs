//! The one-line summary a ballot shows under each title: the idea's first sentence, cut at
//! a word boundary.

pub const SUMMARY_MAX: usize = 140;

pub fn one_line(text: &str) -> String {
    let first_line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let sentence = first_line
        .char_indices()
        .find(|(i, c)| {
            matches!(c, '.' | '!' | '?') && first_line[i + c.len_utf8()..].starts_with(' ')
        })
        .map(|(i, c)| &first_line[..i + c.len_utf8()])
        .unwrap_or(first_line);
    if sentence.chars().count() <= SUMMARY_MAX {
        return sentence.to_owned();
    }
    let mut cut: String = sentence.chars().take(SUMMARY_MAX).collect();
    if let Some(space) = cut.rfind(' ') {
        cut.truncate(space);
    }
    format!("{} …", cut.trim_end_matches([',', ';', ':']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_the_first_sentence() {
        assert_eq!(
            one_line("Ett gemensamt väntrum. Där finns fika.\nMer text"),
            "Ett gemensamt väntrum."
        );
        assert_eq!(one_line("\n  Kort idé utan punkt"), "Kort idé utan punkt");
        assert_eq!(
            one_line("Version 2.0 av mallen. Sedan"),
            "Version 2.0 av mallen."
        );
    }

    #[test]
    fn cuts_long_sentences_at_a_word() {
        let long = "ord ".repeat(60);
        let summary = one_line(&long);
        assert!(summary.ends_with(" …"));
        assert!(summary.chars().count() <= SUMMARY_MAX + 2);
        assert!(!summary.contains("or …"));
    }
}
