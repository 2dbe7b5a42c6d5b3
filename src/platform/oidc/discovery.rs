//! The provider's metadata (`/.well-known/openid-configuration`) and signing keys (JWKS),
//! read when first needed and kept for a day; the keys also again when a token names a key
//! they lack (the provider rotated them).

use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{Algorithm, DecodingKey};
use tokio::sync::RwLock;

use super::OidcError;

/// How long the metadata is kept before it is read again.
const METADATA_FOR: std::time::Duration = std::time::Duration::from_secs(24 * 3600);

/// The keys are read again at most this often, however many unknown key ids come.
const KEYS_AT_MOST_EVERY: std::time::Duration = std::time::Duration::from_secs(60);

#[derive(Debug, Clone, serde::Deserialize)]
pub struct Metadata {
    pub issuer: String,
    pub authorization_endpoint: String,
    pub token_endpoint: String,
    pub jwks_uri: String,
}

pub struct Discovery {
    issuer: String,
    metadata: RwLock<Option<(Metadata, std::time::Instant)>>,
    keys: RwLock<Option<(JwkSet, std::time::Instant)>>,
}

impl Discovery {
    pub fn new(issuer: String) -> Self {
        Self {
            issuer,
            metadata: RwLock::new(None),
            keys: RwLock::new(None),
        }
    }

    pub async fn metadata(&self, http: &reqwest::Client) -> Result<Metadata, OidcError> {
        if let Some((metadata, read_at)) = self.metadata.read().await.as_ref()
            && read_at.elapsed() < METADATA_FOR
        {
            return Ok(metadata.clone());
        }
        let url = format!(
            "{}/.well-known/openid-configuration",
            self.issuer.trim_end_matches('/')
        );
        let metadata: Metadata = get_json(http, &url).await?;
        // OpenID Connect Discovery 4.3: the document must name the issuer it was read from.
        if metadata.issuer != self.issuer {
            return Err(OidcError::Refused(format!(
                "the discovery document names issuer {:?}, not {:?}",
                metadata.issuer, self.issuer
            )));
        }
        *self.metadata.write().await = Some((metadata.clone(), std::time::Instant::now()));
        Ok(metadata)
    }

    /// The key that signed a token with key id `kid` and algorithm `alg`.
    pub async fn key(
        &self,
        http: &reqwest::Client,
        kid: Option<&str>,
        alg: Algorithm,
    ) -> Result<DecodingKey, OidcError> {
        let cached = self.keys.read().await.clone();
        if let Some((keys, read_at)) =
            cached.filter(|(_, read_at)| read_at.elapsed() < METADATA_FOR)
        {
            match pick(&keys, kid, alg) {
                Some(key) => return key,
                None if read_at.elapsed() < KEYS_AT_MOST_EVERY => {
                    return Err(OidcError::Refused(format!("no signing key {kid:?}")));
                }
                None => {}
            }
        }
        let metadata = self.metadata(http).await?;
        let keys: JwkSet = get_json(http, &metadata.jwks_uri).await?;
        *self.keys.write().await = Some((keys.clone(), std::time::Instant::now()));
        pick(&keys, kid, alg)
            .unwrap_or_else(|| Err(OidcError::Refused(format!("no signing key {kid:?}"))))
    }
}

/// The key named `kid`, or the only key of the right kind when the token names none.
fn pick(
    keys: &JwkSet,
    kid: Option<&str>,
    alg: Algorithm,
) -> Option<Result<DecodingKey, OidcError>> {
    let jwk = match kid {
        Some(kid) => keys.find(kid)?,
        None => {
            let mut fitting = keys
                .keys
                .iter()
                .filter(|jwk| DecodingKey::from_jwk(jwk).is_ok_and(|k| k.family() == alg.family()));
            let only = fitting.next()?;
            if fitting.next().is_some() {
                return Some(Err(OidcError::Refused(
                    "the token names no key and the provider has several".to_owned(),
                )));
            }
            only
        }
    };
    Some(DecodingKey::from_jwk(jwk).map_err(|e| OidcError::Refused(format!("signing key: {e}"))))
}

async fn get_json<T: serde::de::DeserializeOwned>(
    http: &reqwest::Client,
    url: &str,
) -> Result<T, OidcError> {
    let response = http
        .get(url)
        .send()
        .await
        .map_err(|e| OidcError::Unreachable(format!("{url}: {e}")))?;
    let status = response.status();
    if !status.is_success() {
        return Err(OidcError::Unreachable(format!("{url}: {status}")));
    }
    response
        .json()
        .await
        .map_err(|e| OidcError::Unreachable(format!("{url}: {e}")))
}
