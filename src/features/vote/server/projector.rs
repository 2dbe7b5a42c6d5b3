//! The projector view: the join address and its QR code, ballots so far, and (when the
//! rules allow) the totals, which `live` keeps current.

use super::{ballot_ideas, existing_vote, join_url, live_tally};
use crate::error::AppError;
use crate::features::vote::Projector;
use crate::platform::{context, qr};

pub async fn projector(round_id: &str) -> Result<Projector, AppError> {
    let (row, vote) = existing_vote(round_id).await?;
    let state = context::state()?;
    let join = join_url(&state);
    Ok(Projector {
        round_id: row.id.clone(),
        round_name: row.name.clone(),
        qr_svg: qr::svg(&join, &join),
        join_url: join,
        ideas: ballot_ideas(&state, &vote).await?,
        tally: live_tally(&state, &row.id, &vote).await?,
    })
}
