//! Proposals of the demo data: the seed story's six, and a few on the open round's board,
//! sent in by demo colleagues who cannot sign in (their passwords are random).

use surrealdb::types::RecordId;

use crate::domain::proposal::{Proposal, ProposalInput};
use crate::domain::{Email, PersonName, Role};
use crate::features::proposals::server::history::{self as idea_events, Move, MoveError};
use crate::features::proposals::server::ideas::{self, IdeaTexts};
use crate::platform::auth;
use crate::platform::db::{Db, DbSetupError};
use crate::platform::users::{self, CreateUserError};

pub fn seed_texts(title: &str, category: &str) -> IdeaTexts {
    IdeaTexts {
        title: title.to_owned(),
        problem: String::new(),
        perspective: None,
        description: String::new(),
        first_test: String::new(),
        success_signal: String::new(),
        category: Some(category.to_owned()),
        unit: String::new(),
        co_proposers: Vec::new(),
    }
}

struct DemoProposal {
    by: usize,
    input: fn() -> ProposalInput,
    /// A coach's question that sent it back, if any.
    question: Option<&'static str>,
}

/// Name, e-mail, roles. The last one is the coach who asks questions.
const COLLEAGUES: [(&str, &str, &[Role]); 3] = [
    ("Maria Lindqvist", "maria.lindqvist@demo.idesluss.se", &[]),
    ("Johan Berg", "johan.berg@demo.idesluss.se", &[]),
    ("Sara Ek", "sara.ek@demo.idesluss.se", &[Role::Coach]),
];
const COACH: usize = 2;

const DEMO_PROPOSALS: [DemoProposal; 3] = [
    DemoProposal {
        by: 0,
        input: sms_reminder,
        question: None,
    },
    DemoProposal {
        by: 1,
        input: drop_in_hours,
        question: Some(
            "Vilka familjer tänker ni er först, och hur vet vi efter fyra veckor om det fungerat?",
        ),
    },
    DemoProposal {
        by: 0,
        input: shared_plan,
        question: None,
    },
];

fn sms_reminder() -> ProposalInput {
    ProposalInput {
        title: "Sms-påminnelse före första besöket".into(),
        problem: "Många som fått en första tid hos försörjningsstöd kommer inte. Platsen står \
                  tom medan andra väntar i veckor, och den som uteblir får börja om från början."
            .into(),
        perspective: "both".into(),
        idea: "Ett sms två dagar före besöket med tid, adress, vad man ska ta med och ett \
               nummer att ringa om tiden inte passar, så att tiden kan ges till någon annan."
            .into(),
        first_test: "Skicka påminnelser manuellt till alla nybesök på en enhet under fyra veckor."
            .into(),
        success_signal: "Andelen uteblivna första besök sjunker från 30 till under 15 procent \
                         under testet."
            .into(),
        category: "test".into(),
        unit: "Försörjningsstöd".into(),
        co_proposers: String::new(),
    }
}

fn drop_in_hours() -> ProposalInput {
    ProposalInput {
        title: "Öppen mottagning för familjer en eftermiddag i veckan".into(),
        problem: "Familjer som vill ha stöd behöver ofta vänta på en bokad tid".into(),
        perspective: "service_users".into(),
        idea: "En eftermiddag i veckan kan familjer komma in utan tid och träffa en socionom \
               för råd, stöd och hjälp att hitta rätt insats i förvaltningen."
            .into(),
        first_test: "Håll öppet varje tisdag under en månad på familjecentralen.".into(),
        success_signal: "Minst tio familjer kommer, och de flesta säger att de fick hjälp direkt."
            .into(),
        category: "explore".into(),
        unit: "Barn och familj".into(),
        co_proposers: String::new(),
    }
}

fn shared_plan() -> ProposalInput {
    ProposalInput {
        title: "En gemensam plan i stället för tre".into(),
        problem: "Brukare med insatser från både missbruksvården och socialpsykiatrin har ofta \
                  tre planer som säger olika saker, och berättar samma historia många gånger."
            .into(),
        perspective: "both".into(),
        idea: "Samordnad individuell plan skrivs tillsammans med brukaren vid ett enda möte där \
               alla berörda enheter deltar, och blir den plan som alla arbetar efter."
            .into(),
        first_test: "Pröva ett gemensamt planeringsmöte med fem brukare som själva vill delta."
            .into(),
        success_signal: "Fem planer skrivna på ett möte var, och brukarna upplever att de slapp \
                         upprepa sig."
            .into(),
        category: "scale".into(),
        unit: "Vuxen".into(),
        co_proposers: String::new(),
    }
}

fn demo_err(what: String) -> DbSetupError {
    surrealdb::Error::internal(what).into()
}

async fn create_colleague(
    db: &Db,
    name: &str,
    email: &str,
    roles: &[Role],
) -> Result<String, DbSetupError> {
    let name = PersonName::parse(name).map_err(|e| demo_err(format!("{e:?}")))?;
    let email = Email::parse(email).map_err(|e| demo_err(format!("{e:?}")))?;
    let hash =
        auth::hash_password(&auth::new_session_token()).map_err(|e| demo_err(e.to_string()))?;
    users::create(db, &name, &email, hash, roles)
        .await
        .map_err(|e| match e {
            CreateUserError::Db(e) => e.into(),
            CreateUserError::EmailTaken => demo_err(format!("{} exists", email.as_str())),
        })
}

pub async fn load(db: &Db, round_id: &str) -> Result<(), DbSetupError> {
    let mut colleagues = Vec::new();
    for (name, email, roles) in COLLEAGUES {
        colleagues.push(create_colleague(db, name, email, roles).await?);
    }
    for demo in DEMO_PROPOSALS {
        let proposal = Proposal::parse_draft(&(demo.input)())
            .map_err(|e| demo_err(format!("demo proposal breaks the rules: {e:?}")))?;
        let by = &colleagues[demo.by];
        let texts = IdeaTexts::from_domain(&proposal, Vec::new());
        let proposer = Some(RecordId::new("user", by.as_str()));
        let id = ideas::create_in_stage(db, round_id, proposer, texts, "draft").await?;
        let mut moves = vec![("submit", "draft", "submitted", by.as_str(), "")];
        if let Some(question) = demo.question {
            let coach = colleagues[COACH].as_str();
            moves.push((
                "ask_for_detail",
                "submitted",
                "needs_detail",
                coach,
                question,
            ));
        }
        for (action, from, to, by, reason) in moves {
            let change = Move {
                idea: &id,
                action,
                from,
                to,
                by,
                reason,
                texts: None,
                notify: Vec::new(),
            };
            idea_events::record(db, change).await.map_err(|e| match e {
                MoveError::Db(e) => DbSetupError::from(e),
                MoveError::StageChanged => demo_err("demo stage changed".into()),
            })?;
        }
    }
    Ok(())
}
