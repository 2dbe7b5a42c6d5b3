//! The Swedish ⇄ English switch: remembered in a cookie for a year.

use leptos::prelude::*;

use crate::error::AppError;

#[server(prefix = "/api", endpoint = "set_language")]
pub async fn set_language(lang: String) -> Result<(), AppError> {
    use crate::domain::{FieldErrors, Problem};
    use crate::i18n::{LANG_COOKIE, Lang};
    use crate::platform::context;

    let lang = Lang::from_code(&lang).ok_or_else(|| {
        AppError::invalid(FieldErrors::single("lang", Problem::ChoiceInvalid), vec![])
    })?;
    let secure = context::state()?.secure_cookies;
    let secure = if secure { "; Secure" } else { "" };
    context::set_cookie(&format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax{secure}",
        lang.code()
    ));
    Ok(())
}
