//! Password hashing (argon2id), session tokens and the session cookie.

use argon2::Argon2;
use argon2::password_hash::rand_core::{OsRng, RngCore};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use sha2::{Digest, Sha256};

use crate::platform::session_queries::SESSION_DAYS;

pub const SESSION_COOKIE: &str = "idesluss_session";

pub fn hash_password(password: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    Ok(Argon2::default()
        .hash_password(password.as_bytes(), &salt)?
        .to_string())
}

pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Whether `hash` is a password hash at all: accounts that sign in only through the
/// identity provider, and erased ones, have none.
pub fn is_password_hash(hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| parsed.hash.is_some())
}

/// A hash to verify against when the e-mail is unknown, so that a wrong e-mail takes as
/// long as a wrong password and does not reveal which accounts exist.
pub fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| hash_password("not-a-real-password-ever").unwrap_or_default())
}

/// A new random session token (256 bits, hex) for the cookie.
pub fn new_session_token() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    to_hex(&bytes)
}

/// What the database stores for a token: its SHA-256, so a leaked database holds no
/// usable session.
pub fn token_hash(token: &str) -> String {
    to_hex(&Sha256::digest(token.as_bytes()))
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn session_cookie(token: &str, secure: bool) -> String {
    let max_age = SESSION_DAYS * 24 * 60 * 60;
    let secure = if secure { "; Secure" } else { "" };
    format!("{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}")
}

pub fn expired_session_cookie(secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}")
}

/// The value of cookie `name` in a `Cookie:` header.
pub fn cookie_value<'a>(header: &'a str, name: &str) -> Option<&'a str> {
    header.split(';').find_map(|pair| {
        let (key, value) = pair.trim().split_once('=')?;
        (key == name).then_some(value)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_verifies_only_the_right_password() {
        let hash = hash_password("kaffe-och-kanelbullar").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("kaffe-och-kanelbullar", &hash));
        assert!(!verify_password("kaffe-och-bullar", &hash));
        assert!(!verify_password("x", "not a hash"));
    }

    #[test]
    fn accounts_without_a_password_have_no_password_hash() {
        assert!(is_password_hash(
            &hash_password("kaffe-och-kanelbullar").unwrap()
        ));
        assert!(is_password_hash(dummy_hash()));
        for none in ["$argon2id$none", "$argon2id$erased", "", "not a hash"] {
            assert!(!is_password_hash(none), "{none}");
        }
    }

    #[test]
    fn tokens_are_random_and_hashes_differ_from_tokens() {
        let a = new_session_token();
        let b = new_session_token();
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert_ne!(token_hash(&a), a);
        assert_eq!(token_hash(&a), token_hash(&a));
    }

    #[test]
    fn cookie_has_the_safety_attributes() {
        let cookie = session_cookie("abc", false);
        assert!(cookie.contains("HttpOnly"));
        assert!(cookie.contains("SameSite=Lax"));
        assert!(!cookie.contains("Secure"));
        assert!(session_cookie("abc", true).ends_with("; Secure"));
    }

    #[test]
    fn reads_one_cookie_among_many() {
        let header = "a=1; idesluss_session=tok; idesluss_lang=en";
        assert_eq!(cookie_value(header, SESSION_COOKIE), Some("tok"));
        assert_eq!(cookie_value(header, "idesluss_lang"), Some("en"));
        assert_eq!(cookie_value(header, "missing"), None);
    }
}
