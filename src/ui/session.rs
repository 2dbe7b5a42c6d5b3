//! Who is signed in, as a resource every page can read. It is fetched again on each
//! navigation (path or query), so signing in or out (which redirects) shows at once, and
//! so does the bell's count after an action that redirects (e.g. "mark all as read").

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::error::AppError;
use crate::features::accounts::{CurrentUser, fetch_current_user};

pub type UserResult = Result<Option<CurrentUser>, AppError>;

#[derive(Clone, Copy)]
pub struct UserResource(pub Resource<UserResult>);

#[component]
pub fn SessionProvider(children: Children) -> impl IntoView {
    let location = use_location();
    let user = Resource::new(
        move || (location.pathname.get(), location.search.get()),
        |_| fetch_current_user(),
    );
    provide_context(UserResource(user));
    children()
}

pub fn use_user() -> Resource<UserResult> {
    expect_context::<UserResource>().0
}
