//! Accounts and their roles.

use surrealdb::types::{RecordId, SurrealValue};

use crate::domain::{Email, PersonName, Role};
use crate::platform::db::{Db, first_real_error, is_unique_violation};
use crate::platform::db_error::{is_retryable, is_thrown};

#[derive(Debug, Clone, SurrealValue)]
pub struct UserRow {
    pub id: String,
    pub name: String,
    pub email: String,
    pub roles: Vec<String>,
}

#[derive(Debug, Clone, SurrealValue)]
pub struct CredentialsRow {
    pub id: String,
    pub password_hash: String,
    /// Whom the identity provider knows this account as (`<issuer>#<sub>`), once linked.
    pub provider_subject: Option<String>,
}

impl UserRow {
    pub fn roles(&self) -> Vec<Role> {
        let mut roles: Vec<Role> = self
            .roles
            .iter()
            .filter_map(|r| Role::parse(r).ok())
            .collect();
        roles.sort();
        roles
    }
}

pub enum CreateUserError {
    EmailTaken,
    Db(surrealdb::Error),
}

const USER_FIELDS: &str = "record::id(id) AS id, name, email, roles";

pub async fn create(
    db: &Db,
    name: &PersonName,
    email: &Email,
    password_hash: String,
    roles: &[Role],
) -> Result<String, CreateUserError> {
    let roles: Vec<String> = roles.iter().map(|r| r.as_str().to_owned()).collect();
    let result = db
        .query(
            "CREATE user CONTENT { name: $name, email: $email, password_hash: $hash, roles: $roles } \
             RETURN VALUE record::id(id)",
        )
        .bind(("name", name.as_str().to_owned()))
        .bind(("email", email.as_str().to_owned()))
        .bind(("hash", password_hash))
        .bind(("roles", roles))
        .await
        .and_then(|mut response| response.take::<Option<String>>(0));
    match result {
        Ok(Some(id)) => Ok(id),
        Ok(None) => Err(CreateUserError::Db(surrealdb::Error::internal(
            "CREATE user returned nothing".to_owned(),
        ))),
        Err(e) if is_unique_violation(&e) => Err(CreateUserError::EmailTaken),
        Err(e) => Err(CreateUserError::Db(e)),
    }
}

/// The password of an account that signs in only through the identity provider: no
/// argon2 hash at all, so no password matches it.
pub const NO_PASSWORD: &str = "$argon2id$none";

/// Links account `id` to the person the identity provider knows as `subject`. The first
/// time, the password the account was made with goes (anyone could have typed that address
/// at sign-up before its owner came), and so do its sessions, password links and calendar
/// keys, and the name becomes the provider's (`name`, when it has one); all in one
/// transaction. Returns whether it was the first time.
pub async fn link_to_provider(
    db: &Db,
    id: &str,
    subject: &str,
    name: Option<&PersonName>,
) -> Result<bool, surrealdb::Error> {
    let mut response = db
        .query(
            "BEGIN TRANSACTION;
             LET $first = (UPDATE $user SET provider_since = time::now(), provider_subject = $subject,
                 password_hash = $none, name = $name ?? name
                 WHERE provider_since = NONE RETURN VALUE id);
             IF array::len($first) > 0 {
                 DELETE session WHERE user = $user;
                 DELETE password_reset WHERE user = $user;
                 DELETE calendar_token WHERE user = $user;
             } ELSE {
                 UPDATE $user SET provider_subject = $subject RETURN NONE;
             };
             COMMIT TRANSACTION;
             RETURN array::len($first) > 0;",
        )
        .bind(("user", RecordId::new("user", id)))
        .bind(("subject", subject.to_owned()))
        .bind(("none", NO_PASSWORD))
        .bind(("name", name.map(|n| n.as_str().to_owned())))
        .await?
        .check()?;
    let last = response.num_statements().saturating_sub(1);
    let first: Option<bool> = response.take(last)?;
    Ok(first.unwrap_or(false))
}

/// Gives account `id` the address `email` (the identity provider's, after a change of name
/// there); false when another account has it, and nothing changes.
pub async fn follow_email(db: &Db, id: &str, email: &Email) -> Result<bool, surrealdb::Error> {
    let result = db
        .query("UPDATE $user SET email = $email WHERE email != $email RETURN NONE")
        .bind(("user", RecordId::new("user", id)))
        .bind(("email", email.as_str().to_owned()))
        .await
        .and_then(|response| response.check());
    match result {
        Ok(_) => Ok(true),
        Err(e) if is_unique_violation(&e) => Ok(false),
        Err(e) => Err(e),
    }
}

/// The account linked to the identity provider's `subject`, if any.
pub async fn by_provider_subject(
    db: &Db,
    subject: &str,
) -> Result<Option<String>, surrealdb::Error> {
    db.query("SELECT VALUE record::id(id) FROM user WHERE provider_subject = $subject LIMIT 1")
        .bind(("subject", subject.to_owned()))
        .await?
        .take::<Vec<String>>(0)
        .map(|ids| ids.into_iter().next())
}

pub async fn credentials_by_email(
    db: &Db,
    email: &Email,
) -> Result<Option<CredentialsRow>, surrealdb::Error> {
    db.query(
        "SELECT record::id(id) AS id, password_hash, provider_subject FROM user \
         WHERE email = $email LIMIT 1",
    )
    .bind(("email", email.as_str().to_owned()))
    .await?
    .take(0)
}

pub async fn by_id(db: &Db, id: &str) -> Result<Option<UserRow>, surrealdb::Error> {
    db.query(format!("SELECT {USER_FIELDS} FROM $user"))
        .bind(("user", RecordId::new("user", id)))
        .await?
        .take(0)
}

pub async fn list(db: &Db) -> Result<Vec<UserRow>, surrealdb::Error> {
    db.query(format!("SELECT {USER_FIELDS} FROM user ORDER BY name ASC"))
        .await?
        .take(0)
}

/// Adds or removes one role; returns the user as it is afterwards, or `None` if no such user.
pub async fn set_role(
    db: &Db,
    id: &str,
    role: Role,
    granted: bool,
) -> Result<Option<UserRow>, surrealdb::Error> {
    let change = if granted {
        "UPDATE $user SET roles = array::union(roles, [$role])"
    } else {
        "UPDATE $user SET roles = array::complement(roles, [$role])"
    };
    db.query(format!("{change}; SELECT {USER_FIELDS} FROM $user;"))
        .bind(("user", RecordId::new("user", id)))
        .bind(("role", role.as_str().to_owned()))
        .await?
        .take(1)
}

pub enum RoleChangeError {
    /// Revoking would leave no organizer.
    LastOrganizer,
    Db(surrealdb::Error),
}

const LAST_ORGANIZER: &str = "last_organizer";

/// Adds or removes one role in one transaction that also checks, after the change, that
/// an organizer remains (two organizers revoking each other at once cannot both succeed).
/// Returns the user as it is afterwards, or `None` if no such user.
pub async fn change_role(
    db: &Db,
    id: &str,
    role: Role,
    granted: bool,
) -> Result<Option<UserRow>, RoleChangeError> {
    let change = if granted {
        "array::union(roles, [$role])"
    } else {
        "array::complement(roles, [$role])"
    };
    // Every role change also writes the one `role_lock` record: two changes at once then
    // clash (one is retried and sees the other), instead of each counting the organizers
    // in its own snapshot and both revoking.
    let statements = format!(
        "BEGIN TRANSACTION;
         UPSERT role_lock:organizers SET changed_at = time::now() RETURN NONE;
         UPDATE $user SET roles = {change} RETURN NONE;
         IF count(SELECT id FROM user WHERE 'organizer' IN roles) < 1 {{ THROW '{LAST_ORGANIZER}'; }};
         COMMIT TRANSACTION;
         SELECT {USER_FIELDS} FROM $user;"
    );
    let mut attempt = 0;
    loop {
        attempt += 1;
        let mut response = db
            .query(statements.as_str())
            .bind(("user", RecordId::new("user", id)))
            .bind(("role", role.as_str().to_owned()))
            .await
            .map_err(RoleChangeError::Db)?;
        match first_real_error(&mut response) {
            None => {
                // The SELECT after the transaction is the last statement.
                let last = response.num_statements().saturating_sub(1);
                return response.take(last).map_err(RoleChangeError::Db);
            }
            Some(e) if is_thrown(&e, LAST_ORGANIZER) => {
                return Err(RoleChangeError::LastOrganizer);
            }
            Some(e) if is_retryable(&e) && attempt < 10 => {
                tokio::time::sleep(std::time::Duration::from_millis(5 * attempt)).await;
            }
            Some(e) => return Err(RoleChangeError::Db(e)),
        }
    }
}

pub async fn count_with_role(db: &Db, role: Role) -> Result<i64, surrealdb::Error> {
    let count: Option<i64> = db
        .query("RETURN count(SELECT id FROM user WHERE $role IN roles)")
        .bind(("role", role.as_str().to_owned()))
        .await?
        .take(0)?;
    Ok(count.unwrap_or(0))
}

#[derive(Debug, Clone, SurrealValue)]
pub struct EmailIdRow {
    pub id: String,
    pub email: String,
}

/// The accounts with these e-mail addresses (unknown addresses are simply absent).
pub async fn ids_by_emails(db: &Db, emails: &[Email]) -> Result<Vec<EmailIdRow>, surrealdb::Error> {
    let emails: Vec<String> = emails.iter().map(|e| e.as_str().to_owned()).collect();
    db.query("SELECT record::id(id) AS id, email FROM user WHERE email IN $emails")
        .bind(("emails", emails))
        .await?
        .take(0)
}
