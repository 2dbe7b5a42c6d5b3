//! Problems attached to the form field they belong to.

use serde::{Deserialize, Serialize};

use super::Problem;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// The `name` of the form field, e.g. `"email"` or `"council_start"`.
    pub field: String,
    pub problem: Problem,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldErrors(pub Vec<FieldError>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn single(field: &str, problem: Problem) -> Self {
        let mut errors = Self::new();
        errors.add(field, problem);
        errors
    }

    pub fn add(&mut self, field: &str, problem: Problem) {
        self.0.push(FieldError {
            field: field.to_owned(),
            problem,
        });
    }

    /// Keeps the parsed value, or records the problem under `field` and returns `None`.
    pub fn check<T>(&mut self, field: &str, parsed: Result<T, Problem>) -> Option<T> {
        match parsed {
            Ok(value) => Some(value),
            Err(problem) => {
                self.add(field, problem);
                None
            }
        }
    }

    pub fn for_field(&self, field: &str) -> Option<Problem> {
        self.0.iter().find(|e| e.field == field).map(|e| e.problem)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn into_result(self) -> Result<(), FieldErrors> {
        if self.is_empty() { Ok(()) } else { Err(self) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_records_problem_under_field() {
        let mut errors = FieldErrors::new();
        assert_eq!(errors.check::<u8>("a", Ok(1)), Some(1));
        assert_eq!(errors.check::<u8>("b", Err(Problem::Required)), None);
        assert_eq!(errors.for_field("b"), Some(Problem::Required));
        assert_eq!(errors.for_field("a"), None);
        assert!(errors.into_result().is_err());
    }

    #[test]
    fn empty_errors_are_ok() {
        assert!(FieldErrors::new().into_result().is_ok());
    }
}
