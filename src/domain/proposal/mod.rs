//! Proposals (förslag): the form, the completeness guide and the stage machine.

pub mod completeness;
pub mod import;
pub mod input;
pub mod perspective;
pub mod stage;
pub mod window;

pub use completeness::{Completeness, Part, PartStatus};
pub use input::{Proposal, ProposalInput};
pub use perspective::Perspective;
pub use stage::{Actor, Stage, StageAction};
