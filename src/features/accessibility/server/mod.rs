//! Storing and listing reported barriers.

use surrealdb::types::{RecordId, SurrealValue};

use crate::domain::text::{multi_line, optional_single_line};
use crate::domain::{FieldErrors, Problem};
use crate::error::AppError;
use crate::features::accessibility::BarrierReport;
use crate::platform::clock::local_time;
use crate::platform::context::{self, SignedIn};
use crate::platform::rate_limits::Counted;

pub const DESCRIPTION_MAX: usize = 2000;

pub async fn report(page: &str, description: &str, contact: &str) -> Result<(), AppError> {
    let echo = vec![
        ("page".to_owned(), page.to_owned()),
        ("description".to_owned(), description.to_owned()),
        ("contact".to_owned(), contact.to_owned()),
    ];
    let mut errors = FieldErrors::new();
    let page = errors.check("page", optional_single_line(page, 300));
    let description = errors.check(
        "description",
        multi_line(description, DESCRIPTION_MAX).and_then(|d| {
            if d.is_empty() {
                Err(Problem::Required)
            } else {
                Ok(d)
            }
        }),
    );
    let contact = errors.check("contact", optional_single_line(contact, 200));
    let (Some(page), Some(description), Some(contact)) = (page, description, contact) else {
        return Err(AppError::invalid(errors, echo));
    };
    let state = context::state()?;
    context::rate_counter(&state)
        .take(Counted::BarrierReportPerAddress, &context::client_address())
        .await?
        .or_refuse("description", &echo)?;
    let reporter = context::current_user().await?;
    state
        .db
        .query(
            "CREATE barrier_report SET page = $page, description = $description, \
             contact = $contact, reporter = $reporter RETURN NONE",
        )
        .bind(("page", page))
        .bind(("description", description))
        .bind(("contact", contact))
        .bind(("reporter", reporter.map(|u| RecordId::new("user", u.id))))
        .await?
        .check()?;
    tracing::info!("accessibility barrier reported");
    Ok(())
}

#[derive(Debug, Clone, SurrealValue)]
struct ReportRow {
    id: String,
    at: chrono::DateTime<chrono::Utc>,
    page: String,
    description: String,
    contact: String,
    reporter: Option<String>,
    handled: bool,
}

pub async fn list() -> Result<Vec<BarrierReport>, AppError> {
    let state = context::state()?;
    let rows: Vec<ReportRow> = state
        .db
        .query(
            "SELECT record::id(id) AS id, at, page, description, contact,
                 reporter.name AS reporter, handled_at != NONE AS handled
             FROM barrier_report ORDER BY handled ASC, at DESC LIMIT 500",
        )
        .await?
        .take(0)?;
    Ok(rows
        .into_iter()
        .map(|row| BarrierReport {
            id: row.id,
            at: local_time(row.at).format("%Y-%m-%d %H:%M").to_string(),
            page: row.page,
            description: row.description,
            contact: row.contact,
            reporter: row.reporter,
            handled: row.handled,
        })
        .collect())
}

pub async fn mark_handled(organizer: &SignedIn, id: &str) -> Result<(), AppError> {
    let state = context::state()?;
    let updated: Vec<RecordId> = state
        .db
        .query(
            "UPDATE $report SET handled_at = time::now(), handled_by = $by \
             WHERE handled_at = NONE RETURN VALUE id",
        )
        .bind(("report", RecordId::new("barrier_report", id)))
        .bind(("by", RecordId::new("user", organizer.id.clone())))
        .await?
        .take(0)?;
    if updated.is_empty() {
        let exists: Vec<RecordId> = state
            .db
            .query("SELECT VALUE id FROM $report")
            .bind(("report", RecordId::new("barrier_report", id)))
            .await?
            .take(0)?;
        if exists.is_empty() {
            return Err(AppError::NotFound);
        }
    }
    Ok(())
}
