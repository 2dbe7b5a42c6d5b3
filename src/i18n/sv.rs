//! Svenska: the product's first language.

use super::T;
use crate::domain::Problem;
use crate::domain::round::{Phase, RoundFormat};

pub const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];

pub fn text(key: T) -> &'static str {
    match key {
        T::AppName => "Idesluss",
        T::AppTagline => "Idéslussens Bootcamp för socialförvaltningen",
        T::SkipToContent => "Hoppa till innehållet",
        T::MainNavLabel => "Huvudmeny",
        T::NavHome => "Start",
        T::NavRounds => "Omgångar",
        T::NavPeople => "Personer",
        T::NavSignIn => "Logga in",
        T::NavSignUp => "Skapa konto",
        T::SignOut => "Logga ut",
        T::SignedInAs => "Inloggad som",
        T::SwitchLanguage => "In English",
        T::SwitchLanguageLabel => "Switch to English",
        T::FooterText => {
            "Idesluss – idéer som testas på riktigt. Skriv aldrig brukares personuppgifter här."
        }
        T::Loading => "Laddar …",
        T::HomeTitle => "Bootcamp för nya arbetssätt",
        T::HomeIntro => {
            "Lämna förslag, rösta på medarbetardagarna och testa idéer i små team med en coach från Idéslussen."
        }
        T::CurrentRound => "Aktuell omgång",
        T::NoRoundsYet => "Det finns ingen omgång ännu.",
        T::PhaseTimeline => "Tidslinje",
        T::StatusNotStarted => "Har inte börjat",
        T::StatusInPhase => "Pågår nu:",
        T::StatusBetween => "Nästa steg:",
        T::StatusFinished => "Avslutad",
        T::PhaseNow => "pågår",
        T::PhaseDone => "klar",
        T::PhaseComing => "kommande",
        T::OtherRounds => "Alla omgångar",
        T::PhaseSubmission => "Förslag lämnas in",
        T::PhaseCouncil => "Rådsmöte",
        T::PhaseVote => "Omröstning på medarbetardagarna",
        T::PhaseBootcamp => "Bootcamp",
        T::PhaseFinal => "Slutpresentation",
        T::PhaseFollowUp => "Uppföljning",
        T::CategoryExplore => "Utforska",
        T::CategoryTest => "Testa",
        T::CategoryScale => "Skala upp",
        T::RoleStaff => "Medarbetare",
        T::RoleCouncilMember => "Rådsmedlem",
        T::RoleCoach => "Coach",
        T::RoleOrganizer => "Organisatör",
        T::Monday => "måndag",
        T::Tuesday => "tisdag",
        T::Wednesday => "onsdag",
        T::Thursday => "torsdag",
        T::Friday => "fredag",
        T::RoundsTitle => "Omgångar",
        T::NewRound => "Ny omgång",
        T::EditRound => "Redigera omgång",
        T::RoundName => "Namn",
        T::RoundFormatLabel => "Upplägg",
        T::FormatWeekly => "Veckoträffar",
        T::FormatIntensive => "En intensivvecka",
        T::Weekday => "Veckodag",
        T::SessionHours => "Timmar per träff",
        T::Weeks => "Antal veckor",
        T::IntensiveDays => "Antal dagar (intensivvecka)",
        T::DefaultBudget => "Budget per team (kr)",
        T::DefaultBudgetHint => "Pengar som teamet ska använda under Bootcamp, t.ex. 5 000.",
        T::PhaseDates => "Datum för varje fas",
        T::PhaseStart => "Från",
        T::PhaseEnd => "Till",
        T::CreateRound => "Skapa omgång",
        T::SaveRound => "Spara ändringar",
        T::RoundSaved => "Omgången är sparad.",
        T::RoundIdeas => "Förslag",
        T::NoIdeasYet => "Inga förslag ännu.",
        T::Edit => "Redigera",
        T::Format => "Upplägg",
        T::SignUpTitle => "Skapa konto",
        T::SignInTitle => "Logga in",
        T::Name => "Namn",
        T::Email => "E-post",
        T::Password => "Lösenord",
        T::PasswordHint => "Minst 10 tecken. En mening du minns fungerar bra.",
        T::CreateAccount => "Skapa konto",
        T::SignInButton => "Logga in",
        T::NoAccountYet => "Inget konto än? Skapa ett",
        T::HaveAccount => "Har du redan ett konto? Logga in",
        T::PeopleTitle => "Personer och roller",
        T::PeopleIntro => "Alla inloggade är medarbetare. Roller ger fler rättigheter.",
        T::Roles => "Roller",
        T::Grant => "Ge roll",
        T::Revoke => "Ta bort roll",
        T::FormHasErrors => "Något behöver rättas. Se fälten som är markerade nedan.",
        T::ErrorTitle => "Något gick fel",
        T::NotFoundTitle => "Sidan finns inte",
        T::NotFoundText => "Vi hittar inte det du letar efter. Kontrollera adressen.",
        T::ForbiddenTitle => "Du saknar behörighet",
        T::ForbiddenText => "Den här sidan kräver en roll som du inte har. Fråga en organisatör.",
        T::SignInRequiredTitle => "Logga in först",
        T::SignInRequiredText => "Du behöver vara inloggad för att se den här sidan.",
        T::ConflictText => "Det här krockar med något som redan finns.",
        T::BadRequestText => "Förfrågan kunde inte tolkas.",
        T::InternalErrorText => "Ett oväntat fel inträffade. Försök igen om en stund.",
        T::BackHome => "Till startsidan",
    }
}

pub fn problem(problem: Problem) -> String {
    match problem {
        Problem::Required => "Fältet måste fyllas i.".into(),
        Problem::TooLong { max } => format!("Högst {max} tecken."),
        Problem::TooShort { min } => format!("Minst {min} tecken."),
        Problem::ControlCharacters => "Innehåller otillåtna tecken.".into(),
        Problem::EmailInvalid => "Skriv en e-postadress, till exempel namn@kommun.se.".into(),
        Problem::EmailTaken => {
            "Det finns redan ett konto med den e-postadressen. Logga in i stället.".into()
        }
        Problem::PasswordTooShort { min } => format!("Lösenordet måste ha minst {min} tecken."),
        Problem::PasswordTooLong { max } => format!("Lösenordet får ha högst {max} tecken."),
        Problem::PasswordTooCommon => {
            "Lösenordet är för vanligt och lätt att gissa. Välj ett annat.".into()
        }
        Problem::PasswordContainsEmail => "Lösenordet får inte innehålla din e-postadress.".into(),
        Problem::WrongCredentials => "Fel e-post eller lösenord.".into(),
        Problem::DateInvalid => "Skriv ett datum som ÅÅÅÅ-MM-DD.".into(),
        Problem::EndBeforeStart => "Slutdatumet är före startdatumet.".into(),
        Problem::StartsBeforePreviousEnds { previous } => format!(
            "Fasen börjar innan \"{}\" har slutat. Faserna får inte överlappa.",
            phase_name(previous)
        ),
        Problem::MoneyInvalid => {
            "Skriv ett belopp i kronor, till exempel 5 000 eller 5 000,50.".into()
        }
        Problem::MoneyNegative => "Beloppet kan inte vara negativt.".into(),
        Problem::MoneyTooLarge { max_kronor } => format!("Högst {max_kronor} kr."),
        Problem::NumberInvalid => "Skriv ett heltal.".into(),
        Problem::NumberOutOfRange { min, max } => format!("Skriv ett tal från {min} till {max}."),
        Problem::ChoiceInvalid => "Välj ett av alternativen.".into(),
        Problem::RoundNameTaken => "Det finns redan en omgång med det namnet.".into(),
        Problem::LastOrganizer => {
            "Det måste finnas minst en organisatör. Ge rollen till någon annan först.".into()
        }
    }
}

fn phase_name(phase: Phase) -> &'static str {
    super::I18n(super::Lang::Sv).phase(phase)
}

pub fn round_format(format: RoundFormat) -> String {
    match format {
        RoundFormat::Weekly {
            weekday,
            hours_per_session,
            weeks,
        } => {
            let day = super::I18n(super::Lang::Sv).weekday(weekday);
            format!("{day}ar, {hours_per_session} h × {weeks} veckor")
        }
        RoundFormat::Intensive { days } => format!("En intensivvecka, {days} dagar"),
    }
}
