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

/// A title wrapped at word boundaries into at most `lines` lines of `width` characters;
/// only what still does not fit is cut, with `…`.
pub fn wrap_title(title: &str, width: usize, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut words = title.split_whitespace().peekable();
    while let Some(word) = words.next() {
        let needed = if current.is_empty() {
            word.chars().count()
        } else {
            current.chars().count() + 1 + word.chars().count()
        };
        if needed <= width || current.is_empty() && out.len() + 1 == lines {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
            continue;
        }
        if out.len() + 1 == lines {
            current.push_str(" …");
            out.push(current);
            return out;
        }
        out.push(std::mem::take(&mut current));
        current.push_str(word);
        if words.peek().is_none() {
            break;
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out.into_iter()
        .map(|line| {
            if line.chars().count() > width + 2 {
                let cut: String = line.chars().take(width.saturating_sub(1)).collect();
                format!("{}…", cut.trim_end())
            } else {
                line
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_titles_wrap_to_two_lines_before_they_are_cut() {
        let title = "Fortbildning inom till exempel psykisk ohälsa och missbruk, som går att \
                     tillämpa direkt i möten med brukare";
        let lines = wrap_title(title, 34, 2);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0], "Fortbildning inom till exempel");
        assert!(lines[1].starts_with("psykisk ohälsa och missbruk,"));
        assert!(lines[1].ends_with('…'));
        assert_eq!(
            wrap_title("Kort titel", 34, 2),
            vec!["Kort titel".to_owned()]
        );
        assert_eq!(
            wrap_title("Ungas upplevelse av att ta till våld", 34, 2),
            vec![
                "Ungas upplevelse av att ta till".to_owned(),
                "våld".to_owned()
            ]
        );
    }

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
