//! The retrospective screen.

pub mod retro;

use crate::domain::retro::RetroKind;
use crate::i18n::{I18n, T};

pub fn kind_name(i18n: I18n, kind: RetroKind) -> &'static str {
    i18n.t(match kind {
        RetroKind::WorkedWell => T::RetroWorkedWell,
        RetroKind::DidNotWork => T::RetroDidNotWork,
        RetroKind::Learning => T::RetroLearning,
        RetroKind::DoDifferently => T::RetroDoDifferently,
        RetroKind::Recommendation => T::RetroRecommendation,
    })
}
