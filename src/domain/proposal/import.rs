//! Importing a round's proposals from a spreadsheet (the 500 post-its of a workshop typed
//! into Excel): the file's text (UTF-8 with or without a byte order mark, or Windows-1252 as
//! Excel saves "CSV (semikolonavgränsad)"), its cells (`;` or `,`, quotes, a `sep=` line),
//! the columns by their Swedish or English names, and each row's problems by field.

use serde::{Deserialize, Serialize};

use super::input::{LONG_TEXT_MAX, SHORT_TEXT_MAX, TITLE_MAX, TITLE_MIN, UNIT_MAX};
use crate::domain::text::{multi_line, optional_single_line, single_line};
use crate::domain::{Category, Email, Problem};

/// At most this many proposals in one file.
pub const MAX_ROWS: usize = 2000;

/// The Windows-1252 characters of bytes 0x80–0x9F (the rest is Latin-1); unused bytes
/// become U+FFFD.
const CP1252_HIGH: [char; 32] = [
    '€', '\u{fffd}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{fffd}', 'Ž',
    '\u{fffd}', '\u{fffd}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{fffd}',
    'ž', 'Ÿ',
];

/// UTF-16 as Excel's "Unicode text" saves it (little-endian after its byte order mark).
fn utf16(bytes: &[u8], little_endian: bool) -> String {
    let units: Vec<u16> = bytes
        .chunks_exact(2)
        .map(|pair| {
            if little_endian {
                u16::from_le_bytes([pair[0], pair[1]])
            } else {
                u16::from_be_bytes([pair[0], pair[1]])
            }
        })
        .collect();
    String::from_utf16_lossy(&units)
}

/// The file's text: UTF-16 after its byte order mark, UTF-8 (a byte order mark dropped),
/// else Windows-1252.
pub fn decode(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(b"\xff\xfe") {
        return utf16(rest, true);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        return utf16(rest, false);
    }
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => bytes
            .iter()
            .map(|&b| match b {
                0x80..=0x9f => CP1252_HIGH[usize::from(b - 0x80)],
                _ => char::from(b),
            })
            .collect(),
    }
}

/// The cells of each non-empty row, with the line of the file it starts on. The
/// delimiter is a tab, `;` or `,`, whichever the first line has most of outside quotes (or
/// as a `sep=` line says). Quoted cells may hold the delimiter, line breaks and `""`.
pub fn cells(text: &str) -> Vec<(u32, Vec<String>)> {
    let mut text = text;
    let mut delimiter = None;
    let mut line: u32 = 1;
    if let Some(rest) = text.strip_prefix("sep=") {
        delimiter = rest.chars().next();
        text = rest.split_once('\n').map_or("", |(_, after)| after);
        line = 2;
    }
    let delimiter = delimiter.unwrap_or_else(|| guess_delimiter(text));
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut starts_on = line;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\n' {
            line += 1;
        }
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            '"' if quoted => quoted = false,
            '"' if cell.is_empty() => quoted = true,
            c if c == delimiter && !quoted => row.push(std::mem::take(&mut cell)),
            '\r' if !quoted => {}
            '\n' if !quoted => {
                row.push(std::mem::take(&mut cell));
                push_row(&mut rows, starts_on, std::mem::take(&mut row));
                starts_on = line;
            }
            c => cell.push(c),
        }
    }
    row.push(cell);
    push_row(&mut rows, starts_on, row);
    rows
}

fn push_row(rows: &mut Vec<(u32, Vec<String>)>, line: u32, row: Vec<String>) {
    if row.iter().any(|c| !c.trim().is_empty()) {
        rows.push((line, row));
    }
}

fn guess_delimiter(text: &str) -> char {
    let first = text.lines().next().unwrap_or("");
    let (mut tabs, mut semicolons, mut commas, mut quoted) = (0, 0, 0, false);
    for c in first.chars() {
        match c {
            '"' => quoted = !quoted,
            '\t' if !quoted => tabs += 1,
            ';' if !quoted => semicolons += 1,
            ',' if !quoted => commas += 1,
            _ => {}
        }
    }
    if tabs > semicolons && tabs > commas {
        '\t'
    } else if commas > semicolons {
        ','
    } else {
        ';'
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Column {
    Title,
    Category,
    Problem,
    Idea,
    FirstTest,
    Unit,
    Proposer,
}

impl Column {
    /// The field name problems are reported under.
    pub fn field(self) -> &'static str {
        match self {
            Column::Title => "title",
            Column::Category => "category",
            Column::Problem => "problem",
            Column::Idea => "idea",
            Column::FirstTest => "first_test",
            Column::Unit => "unit",
            Column::Proposer => "proposer",
        }
    }

    /// The column a header names, in Swedish or English, in any case.
    pub fn from_header(header: &str) -> Option<Column> {
        let name = header.trim().to_lowercase();
        Some(match name.as_str() {
            "titel" | "title" | "rubrik" | "förslag" | "forslag" => Column::Title,
            "kategori" | "category" => Column::Category,
            "problem" | "problemet" => Column::Problem,
            "idé" | "ide" | "idea" | "idén" | "beskrivning" | "description" => Column::Idea,
            "första test" | "forsta test" | "första testet" | "first test" | "first_test" => {
                Column::FirstTest
            }
            "enhet" | "unit" | "verksamhet" => Column::Unit,
            "förslagsställare" | "forslagsstallare" | "e-post" | "epost" | "email" | "e-mail"
            | "proposer" => Column::Proposer,
            _ => return None,
        })
    }
}

/// A category as a spreadsheet may say it: the product's names in Swedish or English.
pub fn parse_category(input: &str) -> Result<Option<Category>, Problem> {
    let name = input.trim().to_lowercase();
    Ok(Some(match name.as_str() {
        "" => return Ok(None),
        "utforska" | "explore" => Category::Explore,
        "testa" | "test" => Category::Test,
        "skala upp" | "skala" | "scale" | "scale up" => Category::Scale,
        _ => return Err(Problem::UnknownCategory),
    }))
}

/// One proposal from the file, parsed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportedProposal {
    pub title: String,
    pub category: Option<Category>,
    pub problem: String,
    pub idea: String,
    pub first_test: String,
    pub unit: String,
    pub proposer: Option<Email>,
}

/// A problem in the file: its line (1 is the header), the field and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowProblem {
    pub line: u32,
    pub field: String,
    pub problem: Problem,
}

/// The file read: every row's proposal, or every problem found.
pub fn read(bytes: &[u8]) -> Result<Vec<ImportedProposal>, Vec<RowProblem>> {
    let problem = |line: u32, field: &str, problem| RowProblem {
        line,
        field: field.to_owned(),
        problem,
    };
    let mut rows = cells(&decode(bytes)).into_iter();
    let Some((header_line, header)) = rows.next() else {
        return Err(vec![problem(1, "file", Problem::ImportEmpty)]);
    };
    let columns: Vec<Option<Column>> = header.iter().map(|h| Column::from_header(h)).collect();
    if !columns.contains(&Some(Column::Title)) {
        return Err(vec![problem(
            header_line,
            "title",
            Problem::ImportNoTitleColumn,
        )]);
    }
    let rows: Vec<(u32, Vec<String>)> = rows.collect();
    if rows.is_empty() {
        return Err(vec![problem(header_line + 1, "file", Problem::ImportEmpty)]);
    }
    if rows.len() > MAX_ROWS {
        return Err(vec![problem(
            header_line + 1,
            "file",
            Problem::TooMany {
                max: MAX_ROWS as u32,
            },
        )]);
    }
    let mut proposals = Vec::with_capacity(rows.len());
    let mut problems = Vec::new();
    for (line, row) in &rows {
        let line = *line;
        let value = |column: Column| -> &str {
            columns
                .iter()
                .position(|c| *c == Some(column))
                .and_then(|at| row.get(at))
                .map_or("", String::as_str)
        };
        let mut check = |column: Column, parsed: Result<String, Problem>| match parsed {
            Ok(v) => v,
            Err(p) => {
                problems.push(problem(line, column.field(), p));
                String::new()
            }
        };
        let title = check(
            Column::Title,
            single_line(value(Column::Title), TITLE_MIN, TITLE_MAX),
        );
        let problem_text = check(
            Column::Problem,
            multi_line(value(Column::Problem), LONG_TEXT_MAX),
        );
        let idea = check(Column::Idea, multi_line(value(Column::Idea), LONG_TEXT_MAX));
        let first_test = check(
            Column::FirstTest,
            multi_line(value(Column::FirstTest), SHORT_TEXT_MAX),
        );
        let unit = check(
            Column::Unit,
            optional_single_line(value(Column::Unit), UNIT_MAX),
        );
        let category = parse_category(value(Column::Category)).unwrap_or_else(|p| {
            problems.push(problem(line, Column::Category.field(), p));
            None
        });
        let proposer = match value(Column::Proposer).trim() {
            "" => None,
            typed => match Email::parse(typed) {
                Ok(email) => Some(email),
                Err(p) => {
                    problems.push(problem(line, Column::Proposer.field(), p));
                    None
                }
            },
        };
        proposals.push(ImportedProposal {
            title,
            category,
            problem: problem_text,
            idea,
            first_test,
            unit,
            proposer,
        });
    }
    if problems.is_empty() {
        Ok(proposals)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_utf8_with_a_byte_order_mark_and_windows_1252() {
        assert_eq!(decode(b"\xef\xbb\xbfTitel;\xc3\xa5"), "Titel;å");
        // "Förslag – väntrum" as Excel's Windows-1252 saves it.
        assert_eq!(decode(b"F\xf6rslag \x96 v\xe4ntrum"), "Förslag – väntrum");
        assert_eq!(decode(b"\x80"), "€");
    }

    fn rows(text: &str) -> Vec<(u32, Vec<String>)> {
        cells(text)
    }

    fn row(line: u32, cells: &[&str]) -> (u32, Vec<String>) {
        (line, cells.iter().map(|c| (*c).to_owned()).collect())
    }

    #[test]
    fn splits_semicolons_commas_tabs_quotes_and_line_breaks() {
        assert_eq!(
            rows("Titel;Kategori\r\n\"Sms; före\";testa\r\n\r\n"),
            vec![
                row(1, &["Titel", "Kategori"]),
                row(2, &["Sms; före", "testa"])
            ]
        );
        assert_eq!(
            rows("title,unit\n\"Två\nrader, \"\"citat\"\"\",Mottagning\nNästa,X\n"),
            vec![
                row(1, &["title", "unit"]),
                row(2, &["Två\nrader, \"citat\"", "Mottagning"]),
                row(4, &["Nästa", "X"]),
            ]
        );
        assert_eq!(
            rows("sep=,\nTitel,Enhet\n\nA;B,C\n"),
            vec![row(2, &["Titel", "Enhet"]), row(4, &["A;B", "C"])]
        );
        assert_eq!(rows("Titel\tEnhet\nA;B\tC\n")[1], row(2, &["A;B", "C"]));
    }

    #[test]
    fn reads_excels_unicode_text() {
        let mut bytes = vec![0xff, 0xfe];
        for unit in "Titel\tEnhet\nVäntrum\tMottagning\n".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        let read = read(&bytes).unwrap();
        assert_eq!(read[0].title, "Väntrum");
        assert_eq!(read[0].unit, "Mottagning");
    }

    #[test]
    fn a_blank_line_does_not_shift_the_reported_line() {
        let problems = read(b"Titel;Kategori\n\nBra rubrik;testa\n;bygga\n").unwrap_err();
        assert_eq!(problems[0].line, 4);
        assert_eq!(problems[0].field, "title");
    }

    #[test]
    fn a_good_file_gives_every_proposal() {
        let file = "Titel;Kategori;Problem;Enhet;E-post\n\
                    Sms före första besöket;Testa;Många uteblir;Mottagning;anna@kommun.se\n\
                    Fika med grannar;;;;\n";
        let read = read(file.as_bytes()).unwrap();
        assert_eq!(read.len(), 2);
        assert_eq!(read[0].category, Some(Category::Test));
        assert_eq!(
            read[0].proposer.as_ref().map(Email::as_str),
            Some("anna@kommun.se")
        );
        assert_eq!(read[1].category, None);
    }

    #[test]
    fn every_bad_row_is_reported_by_line_and_field() {
        let file = "Titel;Kategori;Problem;E-post\n\
                    ;testa;;\n\
                    Bra idé om väntrum;bygga;;\n\
                    Brukaren 19811218-9876 vill;;;\n\
                    Ny blankett för ansökan;;;inte-en-adress\n";
        let problems = read(file.as_bytes()).unwrap_err();
        let found: Vec<(u32, &str, Problem)> = problems
            .iter()
            .map(|p| (p.line, p.field.as_str(), p.problem))
            .collect();
        assert_eq!(
            found,
            vec![
                (2, "title", Problem::Required),
                (3, "category", Problem::UnknownCategory),
                (4, "title", Problem::PersonalIdentityNumber),
                (5, "proposer", Problem::EmailInvalid),
            ]
        );
    }

    #[test]
    fn a_file_without_titles_or_rows_is_refused() {
        assert_eq!(
            read(b"Kategori;Problem\ntesta;x\n").unwrap_err()[0].problem,
            Problem::ImportNoTitleColumn
        );
        assert_eq!(
            read(b"Titel\n").unwrap_err()[0].problem,
            Problem::ImportEmpty
        );
        assert_eq!(read(b"").unwrap_err()[0].problem, Problem::ImportEmpty);
    }
}
