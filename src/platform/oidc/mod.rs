//! Signing in with the municipality's identity provider over OpenID Connect: the
//! authorization code flow with PKCE, a `state` bound to the browser and a `nonce` bound to
//! the ID token, whose signature is checked against the provider's published keys. Only
//! the protocol lives here; who may sign in, and as whom, is the accounts feature's.

mod discovery;
mod id_token;
pub mod logins;
mod pkce;
mod settings;

pub use id_token::IdClaims;
pub use pkce::LoginSecrets;

use discovery::Discovery;

/// `IDESLUSS_OIDC_ISSUER`, `_CLIENT_ID` and `_CLIENT_SECRET` (`OidcSettings::from_lookup`).
#[derive(Clone, PartialEq, Eq)]
pub struct OidcSettings {
    /// `https://login.microsoftonline.com/<tenant>/v2.0`, exactly as the provider names itself.
    pub issuer: String,
    pub client_id: String,
    pub client_secret: String,
}

impl std::fmt::Debug for OidcSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OidcSettings")
            .field("issuer", &self.issuer)
            .field("client_id", &self.client_id)
            .finish_non_exhaustive()
    }
}

/// Why a sign-in with the provider did not go through.
#[derive(Debug, thiserror::Error)]
pub enum OidcError {
    /// The provider did not answer, or answered with a server error: try again later.
    #[error("the identity provider is unreachable: {0}")]
    Unreachable(String),
    /// The provider's answer cannot be trusted or used (a refused code, a token with the
    /// wrong signature, audience, issuer or nonce).
    #[error("the identity provider's answer was refused: {0}")]
    Refused(String),
}

/// The relying party: one per app, shared by every request; it keeps the provider's
/// metadata and keys once read.
pub struct Provider {
    settings: OidcSettings,
    http: reqwest::Client,
    discovery: Discovery,
}

/// What the provider is asked for: an ID token with the e-mail and name.
const SCOPE: &str = "openid email profile";

/// How long the app waits for the provider at each request.
const PROVIDER_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

impl Provider {
    pub fn new(settings: OidcSettings) -> Self {
        let http = reqwest::Client::builder()
            .timeout(PROVIDER_TIMEOUT)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap_or_default();
        Self {
            discovery: Discovery::new(settings.issuer.clone()),
            settings,
            http,
        }
    }

    pub fn issuer(&self) -> &str {
        &self.settings.issuer
    }

    /// Where to send the browser to sign in; the provider sends it back to `redirect_uri`
    /// with a code and `secrets.state`.
    pub async fn authorization_url(
        &self,
        secrets: &LoginSecrets,
        redirect_uri: &str,
    ) -> Result<String, OidcError> {
        let metadata = self.discovery.metadata(&self.http).await?;
        let mut url = reqwest::Url::parse(&metadata.authorization_endpoint)
            .map_err(|e| OidcError::Refused(format!("authorization endpoint: {e}")))?;
        url.query_pairs_mut()
            .append_pair("response_type", "code")
            .append_pair("client_id", &self.settings.client_id)
            .append_pair("redirect_uri", redirect_uri)
            .append_pair("scope", SCOPE)
            .append_pair("state", &secrets.state)
            .append_pair("nonce", &secrets.nonce)
            .append_pair("code_challenge", &secrets.challenge())
            .append_pair("code_challenge_method", "S256");
        Ok(url.into())
    }

    /// Trades the code for an ID token and checks it: signature, issuer, audience, expiry
    /// and `nonce`. Returns its claims.
    pub async fn sign_in(
        &self,
        code: &str,
        verifier: &str,
        nonce: &str,
        redirect_uri: &str,
    ) -> Result<IdClaims, OidcError> {
        let metadata = self.discovery.metadata(&self.http).await?;
        let token = self
            .token_request(&metadata.token_endpoint, code, verifier, redirect_uri)
            .await?;
        let header = jsonwebtoken::decode_header(&token)
            .map_err(|e| OidcError::Refused(format!("ID token header: {e}")))?;
        let key = self
            .discovery
            .key(&self.http, header.kid.as_deref(), header.alg)
            .await?;
        id_token::verify(&token, &key, header.alg, &self.settings, nonce)
    }

    async fn token_request(
        &self,
        endpoint: &str,
        code: &str,
        verifier: &str,
        redirect_uri: &str,
    ) -> Result<String, OidcError> {
        #[derive(serde::Deserialize)]
        struct TokenResponse {
            id_token: Option<String>,
        }
        let response = self
            .http
            .post(endpoint)
            .basic_auth(
                form_encoded(&self.settings.client_id),
                Some(form_encoded(&self.settings.client_secret)),
            )
            .form(&[
                ("grant_type", "authorization_code"),
                ("code", code),
                ("redirect_uri", redirect_uri),
                ("code_verifier", verifier),
            ])
            .send()
            .await
            .map_err(|e| OidcError::Unreachable(format!("token endpoint: {e}")))?;
        let status = response.status();
        if status.is_server_error() {
            return Err(OidcError::Unreachable(format!("token endpoint: {status}")));
        }
        if !status.is_success() {
            let body = response.text().await.unwrap_or_default();
            return Err(OidcError::Refused(format!(
                "token endpoint: {status}: {}",
                body.chars().take(300).collect::<String>()
            )));
        }
        response
            .json::<TokenResponse>()
            .await
            .map_err(|e| OidcError::Refused(format!("token response: {e}")))?
            .id_token
            .ok_or_else(|| OidcError::Refused("no ID token in the token response".to_owned()))
    }
}

/// The client id and secret as HTTP Basic wants them for OAuth (RFC 6749 2.3.1): each
/// form-encoded first.
fn form_encoded(value: &str) -> String {
    reqwest::Url::parse_with_params("x:", &[("v", value)])
        .ok()
        .and_then(|url| url.query().map(|q| q.trim_start_matches("v=").to_owned()))
        .unwrap_or_else(|| value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_credentials_are_form_encoded_for_basic_auth() {
        assert_eq!(form_encoded("idesluss"), "idesluss");
        assert_eq!(form_encoded("a b:c"), "a+b%3Ac");
    }
}
