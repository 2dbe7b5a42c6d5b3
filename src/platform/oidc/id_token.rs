//! The ID token: checked against the provider's key, issuer, our client id, its expiry and
//! the nonce this sign-in sent; then read for the person's e-mail and name.

use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde::Deserialize;

use super::{OidcError, OidcSettings};

/// Signatures made with the provider's private key; never a shared secret (`HS256`), so a
/// token cannot be forged with anything the app knows.
const ALLOWED: &[Algorithm] = &[
    Algorithm::RS256,
    Algorithm::RS384,
    Algorithm::RS512,
    Algorithm::PS256,
    Algorithm::PS384,
    Algorithm::PS512,
    Algorithm::ES256,
    Algorithm::ES384,
    Algorithm::EdDSA,
];

/// What the app reads from a checked ID token.
#[derive(Debug, Clone, Deserialize)]
pub struct IdClaims {
    pub sub: String,
    #[serde(default)]
    nonce: Option<String>,
    #[serde(default)]
    azp: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    /// `true` when the provider has checked that the person owns the address (some send
    /// it as a string).
    #[serde(default)]
    email_verified: Option<serde_json::Value>,
    /// Microsoft Entra ID's "e-mail domain owner verified" (an optional claim), since
    /// Entra sends no `email_verified`.
    #[serde(default)]
    xms_edov: Option<serde_json::Value>,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    given_name: Option<String>,
    #[serde(default)]
    family_name: Option<String>,
}

fn is_true(value: &Option<serde_json::Value>) -> bool {
    match value {
        Some(serde_json::Value::Bool(b)) => *b,
        Some(serde_json::Value::String(s)) => s.eq_ignore_ascii_case("true"),
        _ => false,
    }
}

impl IdClaims {
    /// The e-mail address, if the provider vouches that it is the person's.
    pub fn verified_email(&self) -> Option<&str> {
        let verified = is_true(&self.email_verified) || is_true(&self.xms_edov);
        self.email.as_deref().filter(|_| verified)
    }

    /// The person's name as the provider has it: `name`, else given and family names.
    pub fn full_name(&self) -> Option<String> {
        let given = [self.given_name.as_deref(), self.family_name.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        self.name
            .clone()
            .filter(|n| !n.trim().is_empty())
            .or_else(|| (!given.trim().is_empty()).then_some(given))
    }
}

pub fn verify(
    token: &str,
    key: &DecodingKey,
    alg: Algorithm,
    settings: &OidcSettings,
    nonce: &str,
) -> Result<IdClaims, OidcError> {
    if !ALLOWED.contains(&alg) {
        return Err(OidcError::Refused(format!("ID token signed with {alg:?}")));
    }
    let mut validation = Validation::new(alg);
    validation.set_issuer(&[&settings.issuer]);
    validation.set_audience(&[&settings.client_id]);
    validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
    let claims = jsonwebtoken::decode::<IdClaims>(token, key, &validation)
        .map_err(|e| OidcError::Refused(format!("ID token: {e}")))?
        .claims;
    if claims.nonce.as_deref() != Some(nonce) {
        return Err(OidcError::Refused("ID token: wrong nonce".to_owned()));
    }
    if claims
        .azp
        .as_deref()
        .is_some_and(|azp| azp != settings.client_id)
    {
        return Err(OidcError::Refused(
            "ID token: issued to another client".to_owned(),
        ));
    }
    Ok(claims)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(json: serde_json::Value) -> IdClaims {
        serde_json::from_value(json).unwrap()
    }

    #[test]
    fn an_email_counts_only_when_verified() {
        let verified =
            claims(serde_json::json!({"sub": "1", "email": "a@kommun.se", "email_verified": true}));
        assert_eq!(verified.verified_email(), Some("a@kommun.se"));
        let as_text = claims(
            serde_json::json!({"sub": "1", "email": "a@kommun.se", "email_verified": "true"}),
        );
        assert_eq!(as_text.verified_email(), Some("a@kommun.se"));
        let entra =
            claims(serde_json::json!({"sub": "1", "email": "a@kommun.se", "xms_edov": true}));
        assert_eq!(entra.verified_email(), Some("a@kommun.se"));
        let unverified = claims(
            serde_json::json!({"sub": "1", "email": "a@kommun.se", "email_verified": false}),
        );
        assert_eq!(unverified.verified_email(), None);
        let silent = claims(serde_json::json!({"sub": "1", "email": "a@kommun.se"}));
        assert_eq!(silent.verified_email(), None);
    }

    #[test]
    fn the_name_falls_back_to_given_and_family_names() {
        let named = claims(serde_json::json!({"sub": "1", "name": "Anna Berg"}));
        assert_eq!(named.full_name().as_deref(), Some("Anna Berg"));
        let parts =
            claims(serde_json::json!({"sub": "1", "given_name": "Anna", "family_name": "Berg"}));
        assert_eq!(parts.full_name().as_deref(), Some("Anna Berg"));
        let none = claims(serde_json::json!({"sub": "1", "name": " "}));
        assert_eq!(none.full_name(), None);
    }

    // Test keys made for these tests only (Ed25519, `openssl genpkey -algorithm ed25519`).
    const PROVIDER_KEY: &str = "-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEIOyQp1WAvwCSIRJEi76z+imfPS22CwPBOPawsNRYRHn9
-----END PRIVATE KEY-----";
    const PROVIDER_PUBLIC: &str = "-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEALQEIUBzrd1/oGSUUH75QXpT0KfBgE+DK8oh3ezU21HU=
-----END PUBLIC KEY-----";
    const OTHER_PUBLIC: &str = "-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAwHCsrh58jZZlHINkUX7gFWUer/9vFToDjIoacB28O3A=
-----END PUBLIC KEY-----";

    fn settings() -> OidcSettings {
        OidcSettings {
            issuer: "https://idp.example".to_owned(),
            client_id: "idesluss".to_owned(),
            client_secret: "secret".to_owned(),
        }
    }

    fn signed(claims: serde_json::Value) -> String {
        let key = jsonwebtoken::EncodingKey::from_ed_pem(PROVIDER_KEY.as_bytes()).unwrap();
        jsonwebtoken::encode(&jsonwebtoken::Header::new(Algorithm::EdDSA), &claims, &key).unwrap()
    }

    fn token(change: impl FnOnce(&mut serde_json::Value)) -> String {
        let mut claims = serde_json::json!({
            "iss": "https://idp.example", "aud": "idesluss", "sub": "42",
            "exp": jsonwebtoken::get_current_timestamp() + 300,
            "nonce": "n-1", "email": "a@kommun.se", "email_verified": true,
        });
        change(&mut claims);
        signed(claims)
    }

    fn check(token: &str, public: &str, nonce: &str) -> Result<IdClaims, OidcError> {
        let key = DecodingKey::from_ed_pem(public.as_bytes()).unwrap();
        verify(token, &key, Algorithm::EdDSA, &settings(), nonce)
    }

    #[test]
    fn only_a_token_from_the_provider_for_us_and_this_sign_in_passes() {
        let good = check(&token(|_| {}), PROVIDER_PUBLIC, "n-1").unwrap();
        assert_eq!(good.verified_email(), Some("a@kommun.se"));
        let refused = |token: &str, public: &str, nonce: &str| {
            matches!(check(token, public, nonce), Err(OidcError::Refused(_)))
        };
        assert!(refused(&token(|_| {}), OTHER_PUBLIC, "n-1"), "another key");
        assert!(
            refused(&token(|_| {}), PROVIDER_PUBLIC, "n-2"),
            "another nonce"
        );
        assert!(refused(
            &token(|c| c["aud"] = "other-app".into()),
            PROVIDER_PUBLIC,
            "n-1"
        ));
        assert!(refused(
            &token(|c| c["iss"] = "https://evil.example".into()),
            PROVIDER_PUBLIC,
            "n-1"
        ));
        assert!(
            refused(
                &token(|c| c["exp"] = 1_000_000.into()),
                PROVIDER_PUBLIC,
                "n-1"
            ),
            "expired"
        );
        assert!(refused(
            &token(|c| c["azp"] = "other-app".into()),
            PROVIDER_PUBLIC,
            "n-1"
        ));
        let no_nonce = token(|c| {
            c.as_object_mut().unwrap().remove("nonce");
        });
        assert!(refused(&no_nonce, PROVIDER_PUBLIC, "n-1"));
        let mut tampered = token(|_| {});
        tampered.insert(tampered.find('.').unwrap() + 2, 'x');
        assert!(
            refused(&tampered, PROVIDER_PUBLIC, "n-1"),
            "changed after signing"
        );
    }

    #[test]
    fn a_token_signed_with_a_shared_secret_is_refused() {
        // Signed with the client secret, everything else right: refused all the same.
        let claims = serde_json::json!({
            "iss": "https://idp.example", "aud": "idesluss", "sub": "42",
            "exp": jsonwebtoken::get_current_timestamp() + 300, "nonce": "n-1",
        });
        let secret = jsonwebtoken::EncodingKey::from_secret(b"secret");
        let header = jsonwebtoken::Header::new(Algorithm::HS256);
        let token = jsonwebtoken::encode(&header, &claims, &secret).unwrap();
        let key = DecodingKey::from_secret(b"secret");
        let refused = verify(&token, &key, Algorithm::HS256, &settings(), "n-1");
        assert!(matches!(refused, Err(OidcError::Refused(why)) if why.contains("HS256")));
    }
}
