//! Record ids: checking the ones that arrive from URLs and forms, and making new ones.

use surrealdb::types::{RecordId, RecordIdKey};

use crate::error::AppError;

/// Record keys are alphanumeric; anything else cannot name a record, so it is not found.
pub fn checked_id(id: &str) -> Result<&str, AppError> {
    let id = id.trim();
    if id.is_empty() || id.len() > 64 || !id.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(AppError::NotFound);
    }
    Ok(id)
}

/// A new random record key: 20 characters of a–z and 0–9 (about 103 bits).
pub fn new_key() -> String {
    use argon2::password_hash::rand_core::{OsRng, RngCore};
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut bytes = [0u8; 20];
    OsRng.fill_bytes(&mut bytes);
    bytes
        .iter()
        .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
        .collect()
}

/// The string key of a record id (all keys here are strings).
pub fn key_of(id: &RecordId) -> String {
    match &id.key {
        RecordIdKey::String(key) => key.clone(),
        other => format!("{other:?}"),
    }
}
