//! The report's screens: the printable page, its funnel chart, and the wording both the
//! page and the Markdown download use.

pub mod funnel;
pub mod report;
pub mod text;
