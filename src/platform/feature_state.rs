//! What features keep for the life of the app (a cache, a queue), without the platform
//! knowing them: one value per type, put in at startup, looked up by type.

use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::sync::Arc;

#[derive(Default, Clone)]
pub struct FeatureState {
    values: HashMap<TypeId, Arc<dyn Any + Send + Sync>>,
}

impl FeatureState {
    /// Keeps `value` (replacing an earlier value of the same type).
    pub fn with<T: Any + Send + Sync>(mut self, value: T) -> Self {
        self.values.insert(TypeId::of::<T>(), Arc::new(value));
        self
    }

    /// The value of type `T`, if one was put in.
    pub fn get<T: Any + Send + Sync>(&self) -> Option<Arc<T>> {
        self.values.get(&TypeId::of::<T>())?.clone().downcast().ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq)]
    struct Counter(u32);

    #[test]
    fn a_value_is_found_by_its_type() {
        let state = FeatureState::default().with(Counter(3)).with("text");
        assert_eq!(state.get::<Counter>().as_deref(), Some(&Counter(3)));
        assert_eq!(state.get::<&str>().as_deref(), Some(&"text"));
        assert!(state.get::<u8>().is_none());
        let replaced = state.with(Counter(4));
        assert_eq!(replaced.get::<Counter>().map(|c| c.0), Some(4));
    }
}
