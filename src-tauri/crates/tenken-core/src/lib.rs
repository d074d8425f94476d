//! tenken-core: the domain of the information-security self-inspection.
//!
//! Everything here is pure: values in, values out. No files, no database, no
//! window. The store, the CLI and the desktop app carry data in and out and
//! ask this crate what it means. Errors name a message of the Fluent
//! catalogue (see [`message`]), never a sentence.

pub mod aggregate;
pub mod answer;
pub mod assessment;
pub mod attribute;
pub mod audit;
pub mod campaign;
pub mod demo;
pub mod department;
pub mod department_edit;
pub mod evidence;
pub mod fiscal;
pub mod follow_up;
pub mod history;
pub mod mapping;
pub mod message;
pub mod onsite;
pub mod passphrase;
pub mod questionnaire;
pub mod report;
pub mod review;
pub mod role;
pub mod scaffold;
pub mod schedule;
pub mod sheet;
pub mod shipped;
pub mod staff;
pub mod staff_ward;
pub mod text;
pub mod theme;
pub mod tier;

pub use answer::{Answer, AnswerInput, AnswerMap, AnswerValue};
pub use attribute::{Attribute, Audience, Scope};
pub use campaign::SectionState;
pub use department::Department;
pub use fiscal::FiscalYear;
pub use message::{Describe, Message};
pub use questionnaire::{CheckMethod, Item, Questionnaire, Section};
pub use tier::Tier;
