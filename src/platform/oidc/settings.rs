//! The provider's settings, all three or none.

use super::OidcSettings;
use crate::platform::settings::Lookup;

const ISSUER: &str = "IDESLUSS_OIDC_ISSUER";
const CLIENT_ID: &str = "IDESLUSS_OIDC_CLIENT_ID";
const CLIENT_SECRET: &str = "IDESLUSS_OIDC_CLIENT_SECRET";

impl OidcSettings {
    /// `None` when no issuer is set; an error when it is not an https address (plain http
    /// only on this machine, for tests) or the client id or secret is missing.
    pub fn from_lookup(vars: Lookup) -> Result<Option<Self>, String> {
        let read = |name: &str| {
            vars(name)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let Some(issuer) = read(ISSUER) else {
            if read(CLIENT_ID).is_some() {
                return Err(format!("{CLIENT_ID} is set but {ISSUER} is not"));
            }
            return Ok(None);
        };
        let url = reqwest::Url::parse(&issuer).ok();
        let loopback = url
            .as_ref()
            .and_then(|u| u.host_str())
            .is_some_and(|h| matches!(h, "127.0.0.1" | "localhost" | "[::1]"));
        let usable = url.as_ref().is_some_and(|u| {
            (u.scheme() == "https" || (u.scheme() == "http" && loopback))
                && u.query().is_none()
                && u.fragment().is_none()
        });
        if !usable {
            return Err(format!(
                "{ISSUER} must be the provider's https address, like \
                 https://login.microsoftonline.com/<tenant id>/v2.0, not {issuer:?}"
            ));
        }
        let client_id = read(CLIENT_ID).ok_or_else(|| format!("{ISSUER} needs {CLIENT_ID}"))?;
        let client_secret =
            read(CLIENT_SECRET).ok_or_else(|| format!("{ISSUER} needs {CLIENT_SECRET}"))?;
        Ok(Some(Self {
            issuer,
            client_id,
            client_secret,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(vars: &[(&str, &str)]) -> Result<Option<OidcSettings>, String> {
        let vars: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        OidcSettings::from_lookup(&move |name| {
            vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
        })
    }

    #[test]
    fn all_three_or_none() {
        assert_eq!(read(&[]), Ok(None));
        let full = read(&[
            (ISSUER, "https://login.microsoftonline.com/abc/v2.0"),
            (CLIENT_ID, "idesluss"),
            (CLIENT_SECRET, "s3cret"),
        ])
        .unwrap()
        .unwrap();
        assert_eq!(full.issuer, "https://login.microsoftonline.com/abc/v2.0");
        assert!(
            !format!("{full:?}").contains("s3cret"),
            "the secret is never logged"
        );
        assert!(read(&[(ISSUER, "https://idp.kommun.se"), (CLIENT_ID, "x")]).is_err());
        assert!(read(&[(CLIENT_ID, "x")]).is_err());
    }

    #[test]
    fn the_issuer_is_https_except_on_this_machine() {
        let with = |issuer: &str| {
            read(&[(ISSUER, issuer), (CLIENT_ID, "x"), (CLIENT_SECRET, "y")]).map(|s| s.is_some())
        };
        assert_eq!(with("http://127.0.0.1:3190"), Ok(true));
        assert!(with("http://idp.kommun.se").is_err());
        assert!(with("idp.kommun.se").is_err());
        assert!(with("https://idp.kommun.se/?tenant=1").is_err());
    }
}
