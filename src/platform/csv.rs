//! CSV as Swedish spreadsheets open it: semicolons, every cell quoted, UTF-8 with a byte
//! order mark, and cells that a spreadsheet would run as a formula made inert.

pub fn document(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = String::from('\u{feff}');
    out.push_str(&line(header.iter().map(|h| h.to_string())));
    for row in rows {
        out.push_str(&line(row.iter().cloned()));
    }
    out
}

fn line(cells: impl Iterator<Item = String>) -> String {
    let mut line = cells.map(|c| cell(&c)).collect::<Vec<_>>().join(";");
    line.push_str("\r\n");
    line
}

fn cell(value: &str) -> String {
    let inert = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    format!("\"{}\"", inert.replace('"', "\"\""))
}

/// A CSV document as a download named `filename`.
pub fn attachment(body: String, filename: &str) -> axum::response::Response {
    crate::platform::downloads::attachment(body, "text/csv; charset=utf-8", filename)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_cells_and_defuses_formulas() {
        let csv = document(
            &["Namn", "Kommentar"],
            &[vec!["Åsa \"Ö\" Berg".into(), "=HYPERLINK(\"x\")".into()]],
        );
        assert!(csv.starts_with('\u{feff}'));
        assert!(csv.contains("\"Namn\";\"Kommentar\"\r\n"));
        assert!(csv.contains("\"Åsa \"\"Ö\"\" Berg\";\"'=HYPERLINK(\"\"x\"\")\"\r\n"));
    }
}
