//! Proposals (table `idea`): their texts, the board's rows, and the proposer's list.
//! Stage changes live in `idea_events`, the thread in `comments`.

// `Value` is needed in scope by the derive of `#[surreal(flatten)]` fields.
use surrealdb::types::{RecordId, SurrealValue, Value};

use crate::domain::proposal::{Proposal, ProposalInput};
use crate::platform::db::Db;

/// The texts of a proposal as stored.
#[derive(Debug, Clone, SurrealValue)]
pub struct IdeaTexts {
    pub title: String,
    pub problem: String,
    pub perspective: Option<String>,
    pub description: String,
    pub first_test: String,
    pub success_signal: String,
    pub category: Option<String>,
    pub unit: String,
    pub co_proposers: Vec<RecordId>,
}

impl IdeaTexts {
    pub fn from_domain(proposal: &Proposal, co_proposer_ids: Vec<RecordId>) -> Self {
        IdeaTexts {
            title: proposal.title.clone(),
            problem: proposal.problem.clone(),
            perspective: proposal.perspective.map(|p| p.as_str().to_owned()),
            description: proposal.idea.clone(),
            first_test: proposal.first_test.clone(),
            success_signal: proposal.success_signal.clone(),
            category: proposal.category.map(|c| c.as_str().to_owned()),
            unit: proposal.unit.clone(),
            co_proposers: co_proposer_ids,
        }
    }
}

/// One card of the board.
#[derive(Debug, Clone, SurrealValue)]
pub struct CardRow {
    pub id: String,
    pub title: String,
    pub category: Option<String>,
    pub unit: String,
    pub stage: String,
    pub proposer_name: Option<String>,
}

/// A whole proposal, for its page.
#[derive(Debug, Clone, SurrealValue)]
pub struct IdeaRow {
    pub id: String,
    pub round_id: String,
    pub round_name: String,
    pub title: String,
    pub problem: String,
    pub perspective: Option<String>,
    pub description: String,
    pub first_test: String,
    pub success_signal: String,
    pub category: Option<String>,
    pub unit: String,
    pub stage: String,
    pub proposer: Option<RecordId>,
    pub proposer_name: Option<String>,
    pub co_proposers: Vec<RecordId>,
    pub co_proposer_names: Vec<String>,
    pub co_proposer_emails: Vec<String>,
}

impl IdeaRow {
    /// The proposer and co-proposers: the people a proposal belongs to.
    pub fn owners(&self) -> Vec<RecordId> {
        self.proposer
            .iter()
            .chain(self.co_proposers.iter())
            .cloned()
            .collect()
    }

    /// The stored texts as the form shows them.
    pub fn to_input(&self) -> ProposalInput {
        ProposalInput {
            title: self.title.clone(),
            problem: self.problem.clone(),
            perspective: self.perspective.clone().unwrap_or_default(),
            idea: self.description.clone(),
            first_test: self.first_test.clone(),
            success_signal: self.success_signal.clone(),
            category: self.category.clone().unwrap_or_default(),
            unit: self.unit.clone(),
            co_proposers: self.co_proposer_emails.join(", "),
        }
    }

    pub fn is_owned_by(&self, user_id: &str) -> bool {
        let me = RecordId::new("user", user_id);
        self.owners().contains(&me)
    }

    /// The proposers to notify about something `user_id` did (everyone but them).
    pub fn owners_except(&self, user_id: &str) -> Vec<RecordId> {
        let me = RecordId::new("user", user_id);
        self.owners().into_iter().filter(|p| *p != me).collect()
    }
}

/// One line of "Mina förslag".
#[derive(Debug, Clone, SurrealValue)]
pub struct MineRow {
    pub id: String,
    pub round_name: String,
    pub title: String,
    pub stage: String,
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

pub fn idea_id(id: &str) -> RecordId {
    RecordId::new("idea", id)
}

#[derive(Debug, Clone, SurrealValue)]
struct NewIdea {
    #[surreal(flatten)]
    texts: IdeaTexts,
    round: RecordId,
    proposer: Option<RecordId>,
    stage: String,
}

#[derive(Debug, Clone, SurrealValue)]
struct ChangedTexts {
    #[surreal(flatten)]
    texts: IdeaTexts,
    updated_at: chrono::DateTime<chrono::Utc>,
}

/// Stores a new proposal in `stage` (a draft, or a seed of the demo data).
pub async fn create_in_stage(
    db: &Db,
    round_id: &str,
    proposer: Option<RecordId>,
    texts: IdeaTexts,
    stage: &str,
) -> Result<String, surrealdb::Error> {
    let id: Option<String> = db
        .query("CREATE idea CONTENT $idea RETURN VALUE record::id(id)")
        .bind((
            "idea",
            NewIdea {
                texts,
                round: RecordId::new("round", round_id),
                proposer,
                stage: stage.to_owned(),
            },
        ))
        .await?
        .take(0)?;
    id.ok_or_else(|| surrealdb::Error::internal("CREATE idea returned nothing".to_owned()))
}

/// Stores a new proposal that is sent in at once, with its history line, in one
/// transaction: it never exists as a half-sent draft.
pub async fn create_sent_in(
    db: &Db,
    round_id: &str,
    proposer: RecordId,
    texts: IdeaTexts,
    action: &str,
    to: &str,
) -> Result<String, surrealdb::Error> {
    let id = RecordId::new("idea", crate::platform::ids::new_key());
    let mut response = db
        .query(
            "BEGIN TRANSACTION;
             CREATE $id CONTENT $idea RETURN NONE;
             CREATE idea_event SET idea = $id, action = $action, from_stage = 'draft', \
                 to_stage = $to, by = $by, reason = '';
             COMMIT TRANSACTION;",
        )
        .bind(("id", id.clone()))
        .bind((
            "idea",
            NewIdea {
                texts,
                round: RecordId::new("round", round_id),
                proposer: Some(proposer.clone()),
                stage: to.to_owned(),
            },
        ))
        .bind(("action", action.to_owned()))
        .bind(("to", to.to_owned()))
        .bind(("by", proposer))
        .await?;
    if let Some(error) = crate::platform::db::first_real_error(&mut response) {
        return Err(error);
    }
    Ok(crate::platform::ids::key_of(&id))
}

/// Replaces the texts of a proposal that is still in `stage`; `Ok(false)` when it is not.
pub async fn update_texts(
    db: &Db,
    id: &str,
    stage: &str,
    texts: IdeaTexts,
) -> Result<bool, surrealdb::Error> {
    let updated: Option<String> = db
        .query("UPDATE $id MERGE $texts WHERE stage = $stage RETURN VALUE record::id(id)")
        .bind(("id", idea_id(id)))
        .bind((
            "texts",
            ChangedTexts {
                texts,
                updated_at: chrono::Utc::now(),
            },
        ))
        .bind(("stage", stage.to_owned()))
        .await?
        .take(0)?;
    Ok(updated.is_some())
}

const IDEA_FIELDS: &str = "record::id(id) AS id, record::id(round) AS round_id, \
    round.name AS round_name, title, problem, perspective, description, first_test, \
    success_signal, category, unit, stage, proposer, proposer.name AS proposer_name, \
    co_proposers, co_proposers.*.name AS co_proposer_names, \
    co_proposers.*.email AS co_proposer_emails";

pub async fn by_id(db: &Db, id: &str) -> Result<Option<IdeaRow>, surrealdb::Error> {
    db.query(format!("SELECT {IDEA_FIELDS} FROM ONLY $id"))
        .bind(("id", idea_id(id)))
        .await?
        .take(0)
}

/// The round's proposals that have left the draft stage, oldest first; with `words`,
/// only those whose title, problem or idea contains every word (case-insensitive).
pub async fn cards_of_round(
    db: &Db,
    round_id: &str,
    words: &[String],
) -> Result<Vec<CardRow>, surrealdb::Error> {
    let search: String = (0..words.len())
        .map(|i| {
            format!(
                " AND string::contains(string::lowercase(string::join(' ', title, problem, \
                 description)), $w{i})"
            )
        })
        .collect();
    let mut query = db
        .query(format!(
            "SELECT record::id(id) AS id, title, category, unit, stage, \
             proposer.name AS proposer_name, created_at \
             FROM idea WHERE round = $round AND stage != 'draft'{search} ORDER BY created_at ASC"
        ))
        .bind(("round", RecordId::new("round", round_id)));
    for (i, word) in words.iter().enumerate() {
        query = query.bind((format!("w{i}"), word.clone()));
    }
    query.await?.take(0)
}

/// Every proposal the person proposed or co-proposed, newest change first.
pub async fn of_person(db: &Db, user_id: &str) -> Result<Vec<MineRow>, surrealdb::Error> {
    db.query(
        "SELECT record::id(id) AS id, round.name AS round_name, title, stage, updated_at \
         FROM idea WHERE proposer = $me OR co_proposers CONTAINS $me ORDER BY updated_at DESC",
    )
    .bind(("me", RecordId::new("user", user_id)))
    .await?
    .take(0)
}

/// Title and category of a round's proposals, for the round page.
#[derive(Debug, Clone, SurrealValue)]
pub struct TitleRow {
    pub id: String,
    pub title: String,
    pub category: Option<String>,
}

pub async fn titles_of_round(db: &Db, round_id: &str) -> Result<Vec<TitleRow>, surrealdb::Error> {
    db.query(
        "SELECT record::id(id) AS id, title, category, created_at FROM idea \
         WHERE round = $round AND stage != 'draft' ORDER BY created_at ASC",
    )
    .bind(("round", RecordId::new("round", round_id)))
    .await?
    .take(0)
}
