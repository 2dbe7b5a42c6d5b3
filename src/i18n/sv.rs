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
        T::PrivacyTitle => "Behandling av personuppgifter",
        T::PrivacyIntro => {
            "Idésluss används av socialförvaltningens medarbetare för att lämna idéer, bedöma dem, rösta och testa dem i team. Förvaltningen är personuppgiftsansvarig. Här står vad som sparas om dig, varför, hur länge och vem du frågar."
        }
        T::PrivacyWhatTitle => "Vad som sparas",
        T::PrivacyWhatAccount => {
            "Ditt konto: namn, e-postadress, roller och ett lösenord som bara sparas som ett hashvärde (argon2id), aldrig i klartext. Loggar du in med kommunens konto hämtas namn och bekräftad e-postadress därifrån, och inget lösenord sparas."
        }
        T::PrivacyWhatWork => {
            "Det du gör i tjänsten: förslag du lämnat eller står bakom, kommentarer, rådets bedömningar, anmälningar till Bootcampen, teammedlemskap, coachanteckningar, utgifter och kvitton, lärdomskort och uppföljningar, och notiser till dig."
        }
        T::PrivacyWhatTechnical => {
            "Tekniskt: inloggningar (bara ett hashvärde av nyckeln), räknare för missbruksskydd (bara hashvärden, inga adresser) och en logg över viktiga ändringar (vem, vad, när)."
        }
        T::PrivacyWhatNotBallots => {
            "Röster sparas aldrig ihop med vem som röstade: varken röstsedeln eller loggen säger vem som valde vad."
        }
        T::PrivacyWhyTitle => "Varför",
        T::PrivacyWhyText => {
            "För att driva förvaltningens idétestning (allmänt intresse och myndighetsutövningens stöd i arbetet): idéerna ska kunna följas från förslag till beslut och uppföljning, och det ska gå att se vem som beslutat vad."
        }
        T::PrivacyHowLongTitle => "Hur länge",
        T::PrivacyHowLongText => {
            "Inloggningar upphör efter åtta timmar utan aktivitet och senast efter 30 dagar. Coachens privata anteckningar raderas automatiskt ett år efter att omgångens uppföljning slutat (inställbart). Konton och det du skrivit finns kvar tills du eller en arrangör ber om radering; loggen sparas som underlag för revision."
        }
        T::PrivacySecrecyTitle => "Sekretesspärren",
        T::PrivacySecrecyText => {
            "Idésluss är inte till för uppgifter om brukare. Varje fritextfält stoppar text som liknar ett personnummer, med ett meddelande om varför. Skriv om brukare så att ingen kan kännas igen."
        }
        T::PrivacyRightsTitle => "Dina rättigheter",
        T::PrivacyRightsText => {
            "Du kan ladda ner allt som sparas om dig själv under Mina uppgifter. Vill du att något rättas eller raderas, vänd dig till Bootcampens arrangörer; de kan också ladda ner uppgifterna åt dig. Vid radering försvinner namn, e-post och lösenord; förslag och kommentarer finns kvar under \"Tidigare medarbetare\" om du inte ber att de tas bort. Frågor om behandlingen kan också ställas till förvaltningens dataskyddsombud, och klagomål till Integritetsskyddsmyndigheten (IMY)."
        }
        T::PrivacyFooterLink => "Personuppgifter",
        T::MyDataTitle => "Mina uppgifter",
        T::MyDataText => {
            "Här laddar du ner allt som sparas om dig: ditt konto och allt i tjänsten som nämner dig, som en läsbar JSON-fil."
        }
        T::MyDataDownload => "Ladda ner mina uppgifter (JSON)",
        T::PersonDataTitle => "Personuppgifter för en person",
        T::PersonDataDownload => "Ladda ner personens uppgifter (JSON)",
        T::EraseTitle => "Radera kontot",
        T::EraseText => {
            "Namn, e-post och lösenord raderas, liksom inloggningar, länkar, kalendernycklar, notiser och anmälningar. Förslag, bedömningar och kort finns kvar under \"Tidigare medarbetare\". Det går inte att ångra."
        }
        T::EraseComments => "Ta även bort personens kommentarer",
        T::EraseConfirm => "Jag förstår att raderingen inte går att ångra",
        T::EraseButton => "Radera kontot",
        T::Erased => "Kontot är raderat.",
        T::PersonDataLink => "Personuppgifter",
        T::AuditAccountErased => "Konto raderat",
        T::AuditPrivateNotesDeleted => "Privata anteckningar gallrade",
        T::AuditAccountMadeBySignIn => "Konto skapat vid inloggning med kommunens konto",
        T::AuditAccountLinkedToProvider => {
            "Konto kopplat till kommunens inloggning (lösenordet borttaget)"
        }
        T::AuditSignInRefused => "Inloggning med kommunens konto nekad",
        T::SignInWithProvider => "Logga in med kommunens konto",
        T::OrWithPassword => "Eller med e-post och lösenord (för dig utanför kommunen)",
        T::ProviderSignInTitle => "Inloggning med kommunens konto",
        T::ProviderSignInAgain => "Försök igen",
        T::ProviderSignUpHint => {
            "Arbetar du i kommunen? Logga in med kommunens konto i stället, så skapas ditt konto utan lösenord."
        }
        T::ProviderMakesAccounts => {
            "Här skapas konton när du loggar in med kommunens konto första gången. Lösenord används inte."
        }
        T::A11yTitle => "Tillgänglighetsredogörelse",
        T::A11yIntro => {
            "Idésluss drivs av kommunens socialförvaltning. Vi vill att så många som möjligt ska kunna använda tjänsten, på telefon och dator, med tangentbord, skärmläsare och förstoring. Den här redogörelsen beskriver hur Idésluss uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, kända brister och hur du kan rapportera problem så att vi kan åtgärda dem."
        }
        T::A11yHowTitle => "Hur tillgänglig är tjänsten?",
        T::A11yHowText => {
            "Tjänsten är delvis förenlig med lagen på grund av de brister som beskrivs nedan. Vi följer WCAG 2.1 på nivå AA (standarden EN 301 549)."
        }
        T::A11yKnownTitle => "Innehåll som inte är tillgängligt",
        T::A11yKnownSession => {
            "En inloggning avslutas efter åtta timmars inaktivitet utan förvarning, och då kan text som inte sparats behöva skrivas igen (WCAG 2.2.1, justerbar tidsgräns). Spara gärna utkast ofta."
        }
        T::A11yKnownUploads => {
            "Kvitton och andra filer som användare laddar upp (foton, pdf) kontrolleras inte för tillgänglighet. Belopp, datum och beskrivning finns alltid som text bredvid."
        }
        T::A11yKnownKeyboard => {
            "Vi har ännu inte gått igenom alla flöden med enbart tangentbord. De viktigaste flödena (lämna förslag, rösta, projektorn) testas automatiskt; övriga kan ha brister i fokusordningen."
        }
        T::A11yReportTitle => "Rapportera brister i tjänstens tillgänglighet",
        T::A11yReportText => {
            "Upplever du problem som inte beskrivs här, eller tycker du att vi inte uppfyller lagen? Berätta det i formuläret. Det går till Bootcampens arrangörer, som svarar inom två veckor om du lämnar kontaktuppgifter. Du behöver inte vara inloggad."
        }
        T::A11yPageLabel => "Sida eller funktion (valfritt)",
        T::A11yDescriptionLabel => "Vad fungerade inte?",
        T::A11yDescriptionHint => {
            "Beskriv vad du försökte göra och vad som hände. Skriv inte personnummer eller uppgifter om brukare."
        }
        T::A11yContactLabel => "Hur når vi dig? (valfritt)",
        T::A11ySend => "Skicka rapporten",
        T::A11ySent => "Tack! Rapporten har skickats till arrangörerna.",
        T::A11ySupervisionTitle => "Tillsyn",
        T::A11ySupervisionText => {
            "Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn för lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg och påtala det."
        }
        T::A11yDiggLink => "Anmäl till Digg (digg.se/tdosanmalan)",
        T::A11yTestedTitle => "Hur vi testat tjänsten",
        T::A11yTestedText => {
            "Vi har själva granskat tjänsten. Varje ändring testas automatiskt i en webbläsare med och utan JavaScript, där formulär, rubriker och knappar hittas via sina etiketter och roller, och röstsidan, startsidan och projektorn mäts med Lighthouse (100 av 100 för tillgänglighet). Redogörelsen uppdaterades senast den 6 december 2026."
        }
        T::A11yFooterLink => "Tillgänglighet",
        T::BarrierReportsTitle => "Rapporterade tillgänglighetsbrister",
        T::BarrierReportsEmpty => "Inga rapporter än.",
        T::BarrierHandled => "Hanterad",
        T::BarrierMarkHandled => "Markera som hanterad",
        T::BarrierAnonymous => "Inte inloggad",
        T::BarrierReportsLink => "Rapporterade tillgänglighetsbrister",
        T::AuditTitle => "Logg",
        T::AuditIntro => {
            "Vem som gjorde vad och när. Loggen kan bara läggas till, aldrig ändras eller raderas. Röstsedlar loggas utan namn."
        }
        T::AuditAt => "Tid",
        T::AuditActor => "Vem",
        T::AuditAction => "Händelse",
        T::AuditSubject => "Vad",
        T::AuditPerson => "Gäller person",
        T::AuditRound => "Omgång",
        T::AuditDetails => "Detaljer",
        T::AuditAllKinds => "Alla händelser",
        T::AuditFrom => "Från och med datum",
        T::AuditTo => "Till och med datum",
        T::AuditShow => "Visa",
        T::AuditDownload => "Ladda ner som CSV",
        T::AuditEmpty => "Inga händelser med det urvalet.",
        T::AuditFilterInvalid => {
            "Urvalet gick inte att läsa: välj en händelse i listan och datum som ÅÅÅÅ-MM-DD."
        }
        T::AuditFormerStaff => "Tidigare medarbetare",
        T::AuditNobody => "Ingen (anonymt)",
        T::AuditShowingNewest => "Visar de senaste 500. CSV-filen har alla.",
        T::AuditStageChanged => "Förslag flyttat",
        T::AuditVoteSaved => "Omröstning sparad",
        T::AuditVoteOpened => "Omröstning öppnad",
        T::AuditVoteClosed => "Omröstning stängd",
        T::AuditBallotsCast => "Röster lagda",
        T::AuditSelectionConfirmed => "Urval bekräftat",
        T::AuditCodesMade => "Röstkoder skapade",
        T::AuditRoleGranted => "Roll given",
        T::AuditRoleRevoked => "Roll borttagen",
        T::AuditSignUpRuleChanged => "Regel för konton ändrad",
        T::AuditBudgetChanged => "Budget ändrad",
        T::AuditExpenseDecided => "Utgift beslutad",
        T::AuditFollowUpDecided => "Beslut om uppföljning",
        T::AuditExported => "Export",
        T::AuditPasswordLinkMade => "Lösenordslänk skapad",
        T::AuditPasswordSetByLink => "Lösenord bytt via länk",
        T::PasswordLinkTitle => "Länk för nytt lösenord",
        T::PasswordLinkButton => "Nytt lösenord",
        T::BackToPeople => "Tillbaka till personer och roller",
        T::PasswordLinkIntro => {
            "Skapa en länk som personen öppnar för att välja ett nytt lösenord. Den gäller i en timme och kan användas en gång. När den används loggas personen ut på alla andra enheter. En ny länk ersätter den förra."
        }
        T::PasswordLinkMake => "Skapa ny länk",
        T::PasswordLinkMade => "Länken (gäller en timme, en gång)",
        T::PasswordLinkHandOver => {
            "Ge länken direkt till personen, till exempel i ett chattmeddelande till hens egen adress. Länken visas bara här, nu."
        }
        T::ResetTitle => "Välj ett nytt lösenord",
        T::ResetFor => "Kontot:",
        T::ResetSignsOutElsewhere => {
            "När du sparar loggas kontot ut på alla andra enheter, och du loggas in här."
        }
        T::ResetPasswordLabel => "Nytt lösenord",
        T::ResetButton => "Spara lösenordet och logga in",
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
        T::TryAgain => "Försök igen",
        T::UnavailableText => {
            "Idéslussen når inte sin databas just nu. Vänta några sekunder och försök igen."
        }
        T::UnavailableTitle => "Försök igen om en stund",
        T::BackHome => "Till startsidan",
        T::NavMyProposals => "Mina förslag",
        T::NavNotifications => "Notiser",
        T::UnreadSuffix => "olästa",
        T::BoardTitle => "Förslagstavla",
        T::OpenBoard => "Visa förslagstavlan",
        T::SubmitNewProposal => "Lämna ett förslag",
        T::NewProposalTitle => "Nytt förslag",
        T::EditProposalTitle => "Arbeta med förslaget",
        T::ProposalTitleLabel => "Rubrik",
        T::ProposalTitleHint => "En kort mening som säger vad idén är.",
        T::ProblemLabel => "Problemet – och för vem?",
        T::ProblemHint => "Vad fungerar inte i dag, för vem, och hur märks det? Minst 15 ord.",
        T::PerspectiveLabel => "Vems perspektiv utgår förslaget från?",
        T::PerspectiveServiceUsers => "Brukarnas",
        T::PerspectiveStaff => "Medarbetarnas",
        T::PerspectiveBoth => "Båda",
        T::IdeaLabel => "Idén",
        T::IdeaHint => "Vad vill du göra annorlunda? Minst 15 ord.",
        T::FirstTestLabel => "Vad skulle vi testa först?",
        T::FirstTestHint => {
            "Det minsta försöket som säger något, t.ex. en enhet i fyra veckor. Minst 8 ord."
        }
        T::SuccessSignalLabel => "Vad skulle visa att det fungerar?",
        T::SuccessSignalHint => "Ett konkret leveransmål, gärna med en siffra. Minst 8 ord.",
        T::CategoryLabel => "Föreslagen kategori",
        T::CategoryHint => {
            "Utforska: förstå problemet. Testa: pröva en lösning. Skala upp: sprid något som fungerar."
        }
        T::UnitLabel => "Verksamhet",
        T::CoProposersLabel => "Medförslagsställare (valfritt)",
        T::CoProposersHint => {
            "Kollegors e-postadresser, med komma emellan. De behöver ett konto här."
        }
        T::ChooseOne => "Välj …",
        T::SaveDraft => "Spara utkast",
        T::SubmitProposal => "Skicka in förslaget",
        T::ResubmitProposal => "Skicka in igen",
        T::DraftSaved => "Utkastet är sparat. Du hittar det under Mina förslag.",
        T::SecrecyNotice => {
            "Skriv aldrig personnummer eller något annat som kan peka ut en brukare."
        }
        T::SubmissionWindow => "Inlämning",
        T::SubmissionClosedNotice => {
            "Inlämningen är inte öppen nu. Du kan spara utkast och skicka in när den öppnar."
        }
        T::QuestionToYou => "Fråga till dig",
        T::GuideTitle => "Hur komplett är förslaget?",
        T::GuidePartsDone => "delar klara",
        T::GuideMissing => "saknas",
        T::GuideDone => "klar",
        T::Proposer => "Förslagsställare",
        T::CoProposers => "Tillsammans med",
        T::History => "Historik",
        T::CommentsTitle => "Frågor och kommentarer",
        T::NoComments => "Inga kommentarer ännu.",
        T::CommentLabel => "Skriv en fråga eller kommentar",
        T::SendComment => "Skicka",
        T::MoveTitle => "Flytta förslaget",
        T::ReasonLabel => "Motivering eller fråga",
        T::ReasonHint => "Krävs för en fråga och för rådets beslut. Förslagsställaren ser texten.",
        T::SentIn => "Förslaget är inskickat. Du får en notis när något händer.",
        T::Moved => "Förslaget har flyttats.",
        T::StageLabel => "Steg",
        T::ProposalBy => "av",
        T::FilterAll => "Alla",
        T::FilterSearch => "Sök i text",
        T::ApplyFilters => "Visa",
        T::ViewColumns => "Kolumner",
        T::ViewList => "Lista",
        T::ViewChoice => "Visa som",
        T::ProposalsShown => "förslag visas",
        T::NoCards => "Inga förslag.",
        T::TitleColumn => "Förslag",
        T::MyProposalsTitle => "Mina förslag",
        T::NoMyProposals => "Du har inga förslag ännu. Lämna ett från en omgångs sida.",
        T::LatestNote => "Senast",
        T::Updated => "Ändrad",
        T::NotificationsTitle => "Notiser",
        T::NoNotifications => "Inga notiser.",
        T::MarkAllRead => "Markera alla som lästa",
        T::NotifMovedTo => "flyttades till",
        T::NotifComment => "fick en ny kommentar",
        T::NewBadge => "Ny",
        T::Open => "Öppna",
        T::StageDraft => "Utkast",
        T::StageSubmitted => "Inskickat",
        T::StageNeedsDetail => "Behöver kompletteras",
        T::StageShortlisted => "Vidare till omröstning",
        T::StageNotShortlisted => "Inte vidare",
        T::StageOnBallot => "På valsedeln",
        T::StageSelected => "Valt",
        T::StageNotSelected => "Inte valt",
        T::StageInTest => "Testas",
        T::StageLearnings => "Lärdomar",
        T::StageFollowUp => "Uppföljning",
        T::ActionSubmit => "Skickade in",
        T::ActionResubmit => "Skickade in igen",
        T::ActionAskForDetail => "Be om mer detaljer",
        T::ActionShortlist => "Gå vidare (rådets beslut)",
        T::ActionDecline => "Gå inte vidare (rådets beslut)",
        T::ActionPutOnBallot => "Sätt på valsedeln",
        T::ActionSelect => "Markera som valt",
        T::ActionNotSelect => "Markera som inte valt",
        T::ActionStartTest => "Starta test",
        T::ActionRecordLearnings => "Till lärdomar",
        T::ActionStartFollowUp => "Till uppföljning",
        T::CouncilTitle => "Rådsmöte",
        T::OpenCouncil => "Till rådsmötet",
        T::CriteriaLabel => "Kriterier, ett per rad",
        T::CriteriaHint => "Högst sex. Rådet sätter 1–5 på varje kriterium.",
        T::SaveCriteria => "Spara kriterier",
        T::CriteriaLocked => "Kriterierna är låsta eftersom rådet har börjat sätta betyg.",
        T::CriteriaSaved => "Kriterierna är sparade.",
        T::ScoredByCount => "betyg",
        T::ScoredByYou => "Du har satt betyg",
        T::NotScoredByYou => "Du har inte satt betyg",
        T::ScoreThis => "Sätt betyg",
        T::SeeScores => "Se betyg och beslut",
        T::ScoreScaleHint => "1 = lite, 5 = mycket",
        T::CouncilComment => "Kommentar till rådet (valfri)",
        T::SaveScore => "Spara betyg",
        T::ScoreSaved => "Ditt betyg är sparat.",
        T::OthersHidden => "Du ser de andras betyg när du har satt ditt eget.",
        T::Mean => "Medel",
        T::Spread => "Spridning",
        T::CouncilScores => "Rådets betyg",
        T::Criterion => "Kriterium",
        T::CouncilMember => "Rådsmedlem",
        T::CommentColumn => "Kommentar",
        T::DecisionTitle => "Rådets beslut",
        T::NoCouncilProposals => "Inga inskickade förslag ännu.",
        T::NoScoresYet => "Inga betyg ännu.",
        T::SignupTitle => "Anmäl dig till ett testteam",
        T::SignupIntro => {
            "Du som vill vara med och testa idéer i bootcampen anmäler dig här. Du kan ändra din anmälan fram till att bootcampen börjar."
        }
        T::InterestsLabel => "Vad vill du helst testa?",
        T::AvailabilityLabel => "Hur mycket tid kan du lägga?",
        T::AvailHours => "Ett antal timmar i veckan",
        T::AvailIntensive => "Hela intensivveckan",
        T::HoursPerWeekLabel => "Timmar per vecka",
        T::HoursHint => {
            "Förra gången räckte två timmar i veckan inte långt; fyra ger tid att komma igång."
        }
        T::ManagerLabel => "Har din chef godkänt att du deltar?",
        T::ManagerAgreed => "Ja, chefen har godkänt",
        T::ManagerNotAgreed => "Nej, inte godkänt",
        T::ManagerNotAsked => "Inte frågat ännu",
        T::SignupNote => "Något mer? (valfritt)",
        T::SignupNoteHint => "Till exempel vilka förslag du helst vill testa.",
        T::SaveSignup => "Skicka anmälan",
        T::SignupSaved => {
            "Tack! Din anmälan är sparad. Du kan ändra den fram till att bootcampen börjar."
        }
        T::SignupClosedNotice => "Anmälan är stängd för den här omgången.",
        T::SignupsTitle => "Anmälningar till testteam",
        T::NoSignups => "Inga anmälningar ännu.",
        T::ExportCsv => "Ladda ner som CSV",
        T::OpenSignup => "Anmäl dig till ett testteam",
        T::OpenSignups => "Se anmälningar",
        T::SignedUpAt => "Anmäld",
        T::PersonColumn => "Person",
        T::VoteTitle => "Omröstning",
        T::OpenVoteAdmin => "Omröstning",
        T::GoVote => "Rösta",
        T::VoteSaved => "Omröstningen är sparad.",
        T::CodesMade => "Nya röstkoder:",
        T::NothingShortlistedYet => {
            "Inga förslag är kortlistade än. När rådet har kortlistat förslag kan du skapa omröstningen här."
        }
        T::NewVoteIntro => {
            "Omröstningen tar med alla kortlistade förslag. De flyttas till ”På röstsedeln” när du skapar den."
        }
        T::ShortlistHeading => "Kortlistade förslag",
        T::VoteRulesHeading => "Regler",
        T::CreateVote => "Skapa omröstningen",
        T::SaveVoteRules => "Spara reglerna",
        T::VotesPerVoterLabel => "Röster per person",
        T::VotesPerVoterHint => "Högst en röst per förslag. Tomt betyder 3.",
        T::WinnersPerCategoryLabel => "Vinnare per kategori",
        T::WinnersPerCategoryHint => {
            "Valfritt, till exempel 2. Tomt betyder att ni väljer fritt utifrån resultatet."
        }
        T::LiveTotalsLabel => "Visa resultatet live på projektorn medan omröstningen pågår",
        T::OpensAtLabel => "Öppnar",
        T::OpensAtHint => "Valfritt. Tomt: du öppnar med knappen.",
        T::ClosesAtLabel => "Stänger",
        T::ClosesAtHint => "Valfritt. Tomt: du stänger med knappen.",
        T::NotScheduled => "Inte bestämt",
        T::VoteNotOpenStatus => "Omröstningen har inte öppnat",
        T::VoteOpenStatus => "Omröstningen är öppen",
        T::VoteClosedStatus => "Omröstningen är stängd",
        T::OpenVoteNow => "Öppna omröstningen nu",
        T::CloseVoteNow => "Stäng omröstningen nu",
        T::BallotsCast => "Röster lagda",
        T::CodesUsed => "Röstkoder använda",
        T::StaffVoted => "Inloggade som röstat",
        T::OpenProjector => "Projektorvy",
        T::PrintCodes => "Skriv ut röstkoder",
        T::OpenResults => "Resultat",
        T::JoinAddressIs => "Adress att rösta på:",
        T::VoterCodesHeading => "Röstkoder",
        T::VoterCodesIntro => {
            "Röstkoder är för dem som inte loggar in. Varje kod räcker till en röst. Skapa så många som behövs och skriv ut korten."
        }
        T::CodeCountLabel => "Antal nya koder",
        T::CodeCountHint => "1–5 000 åt gången.",
        T::MakeCodes => "Skapa koder",
        T::OnBallotHeading => "På röstsedeln",
        T::Yes => "Ja",
        T::No => "Nej",
        T::PreviousSheet => "Föregående ark",
        T::NextSheet => "Nästa ark",
        T::NoCodesYet => "Inga röstkoder är skapade än.",
        T::CardsNumbered => "Kort",
        T::OfTotal => "av",
        T::PrintHint => {
            "Skriv ut med webbläsarens utskrift (Ctrl+P). Korten delas upp så att inget kort bryts mellan sidor."
        }
        T::YourVoterCode => "Din röstkod",
        T::ScanOrGoTo => "Skanna QR-koden eller gå till",
        T::CodeUsedMark => "använd",
        T::VoterCodeLabel => "Röstkod",
        T::VoterCodeHint => "Koden står på ditt kort, till exempel ABCD-EFGH.",
        T::JoinIntro => "Skriv koden från ditt röstkort, eller skanna QR-koden på kortet.",
        T::Continue => "Fortsätt",
        T::SignedInVoting => "Rösta som inloggad",
        T::VoteSignedIn => "Rösta",
        T::YouHaveVoted => "Du har röstat.",
        T::YourChoices => "Dina val",
        T::OfWord => "av",
        T::ChosenWord => "valda",
        T::BallotFixHint => r#"Ändra dina kryss och tryck på "Granska mitt val" igen."#,
        T::VoteWithCodeOnly => "I den här omröstningen röstar man med röstkod från ett kort.",
        T::CodesNotForYou => "Röstkoderna är till för den som inte har något konto.",
        T::VoteAccessLabel => r#"Vem får rösta"#,
        T::VoteAccessHint => {
            r#"Röstkoder når alla, även den som saknar konto eller röstar på papper, men en kod som lämnas vidare kan användas av någon annan. Konton ger en röst per konto, men bara så länge ingen har flera konton (se tillåtna e-postdomäner på sidan Personer). Med båda kan den som är inloggad inte använda en kod: koderna är till för den som saknar konto."#
        }
        T::VoteAccessCodes => r#"Bara röstkoder"#,
        T::VoteAccessAccounts => r#"Bara inloggade konton"#,
        T::VoteAccessBoth => r#"Båda: konton, och koder för den som saknar konto"#,
        T::BallotsByCode => r#"Röster med kod"#,
        T::BallotsByAccount => r#"Röster inloggad"#,
        T::CodesMadeWord => r#"koder gjorda"#,
        T::SignupRuleHeading => r#"Vem får skapa konto"#,
        T::SignupRuleIntro => {
            r#"Bara personer med en e-postadress i de tillåtna domänerna kan skapa konto själva. Så kan ingen skapa tio konton med privata adresser och rösta tio gånger. Lägg till enstaka adresser för den som inte har en adress i förvaltningen, till exempel en brukarutvecklare i rådet."#
        }
        T::SignupRuleOpen => {
            r#"Ingen domän är vald: vem som helst kan skapa konto, och en person kan skapa flera."#
        }
        T::ConfiguredDomains => r#"Från serverns inställning (IDESLUSS_ALLOWED_EMAIL_DOMAINS)"#,
        T::AllowedDomainsLabel => r#"Tillåtna e-postdomäner"#,
        T::AllowedDomainsHint => r#"En per rad, till exempel helsingborg.se."#,
        T::AllowedAddressesLabel => r#"Enstaka adresser som också får skapa konto"#,
        T::AllowedAddressesHint => r#"En e-postadress per rad."#,
        T::SaveSignupRule => r#"Spara"#,
        T::OutsideAccountsHeading => r#"Konton utanför reglerna"#,
        T::OutsideAccountsIntro => {
            r#"De här kontona skapades innan reglerna gällde eller med en adress som inte längre är tillåten. De fungerar fortfarande; gå igenom dem."#
        }
        T::NoOutsideAccounts => r#"Alla konton följer reglerna."#,
        T::Recused => r#"Jäviga"#,
        T::RecusedYou => r#"Du står bakom förslaget och bedömer det inte."#,
        T::ScoreIsFinalHint => {
            r#"Din bedömning är slutlig när du sparar den: sedan ser du de andras bedömningar och kan inte ändra din."#
        }
        T::PaperTitle => r#"Pappersröster"#,
        T::PaperIntro => {
            r#"Den som röstar på papper i salen lägger sin röstsedel i en låda. När en låda är räknad förs den in här: antal röstsedlar, röster per förslag, vem som räknade och en andra person som bekräftar. En rättelse kräver en anledning, och de gamla siffrorna syns kvar."#
        }
        T::PaperSaved => r#"Lådan är sparad."#,
        T::NewPaperHeading => r#"För in en räknad låda"#,
        T::CorrectPaperHeading => r#"Rätta"#,
        T::PaperClosedNote => r#"Nya lådor förs in medan omröstningen är öppen."#,
        T::PaperEntriesHeading => r#"Inräknade lådor med pappersröster"#,
        T::PaperBoxLabel => r#"Låda"#,
        T::PaperBoxHint => r#"Ett namn som står på lådan, till exempel "Låda 3, hall B"."#,
        T::PaperBallotsLabel => r#"Röstsedlar i lådan"#,
        T::PaperVotesLegend => r#"Röster per förslag"#,
        T::VotesForProposalNumber => r#"Röster, förslag"#,
        T::CountedByLabel => r#"Räknad av"#,
        T::ConfirmedByLabel => r#"Bekräftad av"#,
        T::ConfirmedByHint => r#"En annan person än den som räknade."#,
        T::CorrectionReasonLabel => r#"Varför rättas siffrorna?"#,
        T::SavePaperCount => r#"Spara lådan"#,
        T::NoPaperEntries => r#"Inga lådor är inräknade än."#,
        T::PaperReplaced => r#"Ersatt av en rättelse"#,
        T::PaperActive => r#"Räknas"#,
        T::CorrectPaper => r#"Rätta"#,
        T::ReasonWord => r#"Anledning"#,
        T::StatusWord => r#"Status"#,
        T::CountersWord => r#"Räknad / bekräftad av"#,
        T::EnteredWord => r#"Införd av"#,
        T::DigitalVotesLabel => r#"Digitala röster"#,
        T::PaperVotesLabel => r#"Pappersröster"#,
        T::DigitalWord => r#"digitala"#,
        T::PaperWord => r#"på papper"#,
        T::StageCountsLabel => "Alla steg med antal förslag",
        T::VotePhaseIs => r#"Omgångens omröstningsfas är"#,
        T::OpeningOutsidePhase => {
            r#"Öppnar du omröstningen nu kan man rösta en annan dag än den som har meddelats."#
        }
        T::VoteOpenNowHeading => r#"Omröstningen är öppen nu"#,
        T::PrintAllCodes => "Skriv ut alla koder",
        T::ReadWholeProposal => "Läs hela förslaget",
        T::BallotsInAll => "röster totalt",
        T::StartTime => "Starttid (TT:MM)",
        T::TeamsTitle => "Team",
        T::NavMyTeams => "Mina team",
        T::NavCoach => "Coach",
        T::CoOrganizerHeading => "Medorganisatör från förvaltningen",
        T::CoOrganizerHint => {
            "E-postadressen till medorganisatören. Lämna tomt för att ta bort. Medorganisatören ser och hjälper alla team i omgången."
        }
        T::CoOrganizerLabel => "Medorganisatör (e-post)",
        T::NoCoOrganizer => "Ingen medorganisatör är namngiven ännu.",
        T::SaveCoOrganizer => "Spara medorganisatör",
        T::SavedNotice => "Sparat.",
        T::WaitingForTeam => "Valda förslag utan team",
        T::NoWaiting => "Inga valda förslag väntar på ett team.",
        T::FormTeamLink => "Bilda team",
        T::NoTeamsYet => "Inga team ännu.",
        T::CoachLabel => "Coach",
        T::MembersLabel => "Deltagare",
        T::FormTeamTitle => "Bilda team",
        T::FormTeamIntro => {
            "Välj coach och deltagare. Förslagsställarna är förvalda. När du bildar teamet flyttas förslaget till \"Testas\", träffarna läggs in och alla får en notis."
        }
        T::ChooseCoach => "Välj en coach",
        T::NoCoaches => "Ingen har rollen coach ännu. Ge rollen under Personer först.",
        T::ProposerTag => "förslagsställare",
        T::PlacedWith => "Redan i",
        T::NotSignedUp => "Inte anmäld",
        T::OtherMembersLabel => "Fler deltagare (e-post)",
        T::OtherMembersHint => {
            "Den som inte har anmält sig men ska vara med: en e-postadress per rad."
        }
        T::PlannedSessions => "Träffar som läggs in",
        T::TeamBudget => "Budget",
        T::FormTeamButton => "Bilda teamet",
        T::TeamFormed => "Teamet är bildat. Förslaget testas nu.",
        T::CoOrganizerShort => "Medorganisatör",
        T::NextSession => "Nästa träff",
        T::NoNextSession => "Inga fler träffar planerade.",
        T::LastHandover => "Senaste överlämningen",
        T::NoHandoverYet => "Ingen överlämning är skriven ännu.",
        T::HandoverDid => "Det här gjorde vi",
        T::HandoverLearned => "Det här lärde vi oss",
        T::HandoverNext => "Vem gör vad till nästa gång",
        T::LineupChanged => "Laget har ändrats sedan förra träffen – läs överlämningen:",
        T::JoinedOn => "kom med",
        T::LeftOn => "lämnade",
        T::SessionsHeading => "Träffar",
        T::DateColumn => "Datum",
        T::TimeColumn => "Tid",
        T::AttendanceColumn => "Närvaro",
        T::HandoverColumn => "Överlämning",
        T::CancelledTag => "Inställd",
        T::MovedTag => "Flyttad",
        T::YesText => "Ja",
        T::NoText => "Nej",
        T::ManageMembers => "Ändra deltagare",
        T::FormerMembers => "Har lämnat teamet",
        T::SessionNumber => "Träff",
        T::PreviousHandover => "Förra träffens överlämning",
        T::AttendanceHeading => "Närvaro",
        T::PresentLabel => "Närvarande",
        T::AwayLabel => "Frånvarande",
        T::ExcusedLabel => "Anmält förhinder",
        T::SaveAttendance => "Spara närvaro",
        T::AttendanceSaved => "Närvaron är sparad.",
        T::HandoverHeading => "Överlämning",
        T::HandoverIntro => {
            "Skriv så att den som missade träffen hänger med på en minut. Inga personuppgifter om brukare."
        }
        T::SaveHandover => "Spara överlämningen",
        T::HandoverSaved => "Överlämningen är sparad.",
        T::MoveSessionHeading => "Flytta träffen",
        T::NewDate => "Nytt datum (ÅÅÅÅ-MM-DD)",
        T::StartsAtLabel => "Börjar (TT:MM)",
        T::EndsAtLabel => "Slutar (TT:MM)",
        T::SessionMovedNotice => "Träffen är flyttad.",
        T::CancelSessionHeading => "Ställ in träffen",
        T::SessionCancelledNotice => "Träffen är inställd.",
        T::SessionTrace => "Ändringar av träffen",
        T::MovedFrom => "Flyttad från",
        T::CancelledWas => "Inställd, planerad till",
        T::AddMemberHeading => "Lägg till en deltagare",
        T::EmailLabel => "E-post",
        T::AddMember => "Lägg till",
        T::RemoveMember => "Ta bort ur teamet",
        T::MembersSaved => "Deltagarna är ändrade.",
        T::CoachOverviewTitle => "Mina team som coach",
        T::AllTeamsTitle => "Alla team",
        T::SortBy => "Sortera efter:",
        T::SortNext => "nästa träff",
        T::SortTitle => "namn",
        T::SortFlags => "att göra",
        T::TeamColumn => "Team",
        T::HeldColumn => "Hållna träffar",
        T::FlagsColumn => "Att göra",
        T::FlagLineup => "Nya i laget",
        T::FlagHandover => "Överlämning saknas",
        T::NoFlags => "Inget just nu",
        T::NoTeamsToCoach => "Du är inte coach för något team ännu.",
        T::MyTeamsTitle => "Mina team",
        T::NoMyTeams => "Du är inte med i något team ännu.",
        T::ProposalLink => "Läs förslaget",
        T::BackToTeam => "Till teamet",
        T::WorkspaceOnly => {
            "Närvaro, överlämningar och anteckningar syns bara för teamet, dess coach och organisatörer."
        }
        T::NotifiedJoinedTeam => "du är med i teamet",
        T::NotifiedSessionTomorrow => "teamet träffas i morgon,",
        T::SessionsOf => "träffar",
        T::ChangeReasonLabel => "Anledning",
        T::CoachNotesHeading => "Coachanteckningar",
        T::NoNotesYet => "Inga anteckningar ännu.",
        T::NoteBody => "Anteckning",
        T::NoteBodyHint => "Skriv aldrig brukares namn, personnummer eller andra personuppgifter.",
        T::NoteVisibilityLabel => "Vem ser anteckningen?",
        T::VisibilityCoach => "Bara coachen och organisatörer",
        T::VisibilityTeam => "Hela teamet",
        T::SaveNote => "Spara anteckningen",
        T::NoteSaved => "Anteckningen är sparad.",
        T::PrivateTag => "Privat",
        T::SharedTag => "Delad med teamet",
        T::ReceiptTooLargeText => "Filen är för stor. Ett kvitto får vara högst 5 MB.",
        T::ReceiptMissingText => "Välj en fil med kvittot.",
        T::ReceiptTypeText => "Kvittot måste vara en JPEG-bild, en PNG-bild eller en PDF.",
        T::BudgetColumn => "Budget (kr)",
        T::SpentColumn => "Använt (kr)",
        T::PendingColumn => "Väntar på beslut (kr)",
        T::LeftColumn => "Kvar (kr)",
        T::LaggingColumn => "Ligger efter",
        T::BudgetTitle => "Budget",
        T::BudgetLeftSuffix => "kvar",
        T::BudgetSpentOf => "använt av",
        T::BudgetPendingNote => "väntar på en organisatörs godkännande",
        T::BudgetLagging => {
            "Bootcampen är mer än halvvägs och mindre än en tredjedel av budgeten är använd. Budgeten ska användas under bootcampen."
        }
        T::BudgetStatement => "Slutredovisning",
        T::BudgetUnspent => "Inte använt",
        T::ExpensesHeading => "Utgifter",
        T::NoExpenses => "Inga utgifter ännu.",
        T::ExpenseDate => "Datum (ÅÅÅÅ-MM-DD)",
        T::ExpenseAmount => "Belopp i kronor",
        T::ExpenseAmountHint => "Till exempel 1 234,50",
        T::ExpenseWhat => "Vad köptes?",
        T::ExpenseCategoryLabel => "Kategori",
        T::ExpensePaidBy => "Vem betalade?",
        T::ExpensePaidByHint => "Till exempel \"Anna, utlägg\" eller \"förvaltningens kort\".",
        T::LogExpense => "Spara utgiften",
        T::LogExpenseHeading => "Ny utgift",
        T::ExpenseLogged => "Utgiften är sparad.",
        T::ExpenseWaits => {
            "Utgiften går över budgeten och väntar på att en organisatör godkänner den. Den räknas inte förrän då."
        }
        T::CatMaterial => "Material",
        T::CatFood => "Mat och fika",
        T::CatTravel => "Resor",
        T::CatFees => "Avgifter",
        T::CatOther => "Övrigt",
        T::StatusApproved => "Godkänd",
        T::StatusPending => "Väntar på beslut",
        T::StatusRejected => "Avslagen",
        T::ApproveButton => "Godkänn",
        T::RejectButton => "Avslå",
        T::ExpenseDecided => "Beslutet är sparat.",
        T::ReceiptColumn => "Kvitto",
        T::DownloadReceipt => "Ladda ner kvittot",
        T::AttachReceipt => "Bifoga kvitto (JPEG, PNG eller PDF, högst 5 MB)",
        T::UploadReceipt => "Ladda upp kvittot",
        T::ReceiptSaved => "Kvittot är sparat.",
        T::ChangeBudgetHeading => "Ändra teamets budget",
        T::NewBudget => "Ny budget i kronor",
        T::ChangeBudget => "Ändra budgeten",
        T::BudgetChanged => "Budgeten är ändrad.",
        T::BudgetChangesHeading => "Ändringar av budgeten",
        T::SpendingChartTitle => "Använt under bootcampen",
        T::BudgetsTitle => "Teamens budgetar",
        T::TotalRow => "Totalt",
        T::OpenBudget => "Budget och utgifter",
        T::AmountColumn => "Belopp",
        T::StatusColumn => "Status",
        T::WhatColumn => "Vad",
        T::PaidByColumn => "Betalt av",
        T::BudgetLine => "Budget",
        T::TodayMarker => "I dag",
        T::FlagBudget => "Budgeten ligger efter",
        T::BudgetVsTimeColumn => "Budget använd / tid gången",
        T::MyCalendarTitle => "Min kalender",
        T::CalendarIntro => {
            "Prenumerera på adresserna nedan i Outlook (Lägg till kalender → Från internet) eller Google Kalender (Andra kalendrar → Från webbadress). Flyttade och inställda träffar uppdateras av sig själva."
        }
        T::MySessionsFeed => "Alla mina träffar",
        T::TeamFeeds => "Mina teams träffar",
        T::RoundFeeds => "Omgångarnas faser",
        T::DownloadIcs => "Ladda ner som .ics",
        T::CalendarSecret => {
            "Adresserna med din personliga nyckel är hemliga: den som har dem ser dina träffar. Har en adress kommit på villovägar, byt nyckel."
        }
        T::ResetCalendar => "Byt nyckel",
        T::ResetCalendarHint => "De gamla adresserna slutar då att fungera.",
        T::CalendarReset => "Nyckeln är bytt. Prenumerera på de nya adresserna.",
        T::AddToCalendar => "Lägg in i min kalender",
        T::NoFeeds => "Inga ännu.",
        T::TeamLink => "Teamet",
        T::ReceiptExistsText => "Utgiften har redan ett kvitto. Be coachen byta det om det är fel.",
        T::CardsLink => "Test- och lärdomskort",
        T::NotifiedDecision => "beslut om vad som händer nu",
        T::NotifiedActionAssigned => "du äger en uppföljningsåtgärd",
        T::NotifiedCheckinDue => "dags att lämna en kort lägesrapport",
        T::NotifiedActionOverdue => "din åtgärd är försenad",
        T::TestCardsHeading => "Testkort",
        T::LearningCardsHeading => "Lärdomskort",
        T::NewTestCard => "Nytt testkort",
        T::NewLearningCard => "Nytt lärdomskort",
        T::NoTestCards => "Inga testkort än.",
        T::NoLearningCards => "Inga lärdomskort än.",
        T::TestName => "Testets namn",
        T::TestOwner => "Ansvarig",
        T::TestDeadline => "Deadline",
        T::TestDuration => "Tidsåtgång",
        T::WeBelieve => "Vi tror att …",
        T::Critical => "Hur kritiskt",
        T::ToVerify => "För att verifiera det kommer vi att …",
        T::TestCost => "Kostnad",
        T::DataReliability => "Datans tillförlitlighet",
        T::AndMeasure => "och mäta …",
        T::WeAreRightIf => "Vi har rätt om …",
        T::StatusPlanned => "Planerat",
        T::StatusRunning => "Pågår",
        T::StatusDone => "Klart",
        T::TestResultLabel => "Resultat",
        T::ResultNone => "Inget resultat än",
        T::ResultConfirmed => "Bekräftad",
        T::ResultRefuted => "Motbevisad",
        T::ResultUnclear => "Oklart",
        T::Evidence => "Belägg: intervju- och observationsanteckningar",
        T::EvidenceHint => {
            "Aha-upplevelserna. Skriv aldrig personnummer eller annat som pekar ut en brukare."
        }
        T::RatingOf => "av 3",
        T::RatingLow => "1 – låg",
        T::RatingMid => "2 – medel",
        T::RatingHigh => "3 – hög",
        T::CardTitle => "Rubrik",
        T::WeBelieved => "Vi trodde att …",
        T::WeObserved => "Vi observerade …",
        T::WeLearned => "Av det lärde vi oss att …",
        T::ThereforeWeWill => "Därför kommer vi att …",
        T::BasedOnTests => "Testkort bakom lärdomen",
        T::LearningCardIntro => "En lärdom är något ni vet nu men inte visste förut.",
        T::SaveCard => "Spara kortet",
        T::CardSaved => "Kortet är sparat.",
        T::MoveToLearningsHint => {
            "När teamet har skrivit minst ett lärdomskort kan förslaget flyttas till lärdomar."
        }
        T::LibraryTitle => "Lärdomsbanken",
        T::LibraryIntro => {
            "Det som tidigare team vet nu men inte visste förut. Sök här innan ni börjar testa."
        }
        T::LibrarySearch => "Sök bland lärdomar",
        T::RoundLabel => "Omgång",
        T::NoLearningsFound => "Inga lärdomar hittades.",
        T::LearningsFound => "lärdomar",
        T::LibraryLink => "Lärdomar",
        T::ActionImport => "Importerat",
        T::ActionBringIn => "Inlagt från en tidigare omgång",
        T::OutcomeContinueTesting => "Fortsätt testa (t.ex. i förvaltningens labb)",
        T::OutcomePrototype => "Bygg en prototyp",
        T::OutcomeScaleUp => "Skala upp",
        T::OutcomePark => "Parkera",
        T::OutcomeStop => "Avsluta",
        T::ActionOpen => "Öppen",
        T::ActionDone => "Klar",
        T::ActionDropped => "Struken",
        T::Overdue => "Försenad",
        T::DroppedWhy => "Varför den ströks",
        T::DroppedWhyHint => "Krävs när åtgärden stryks.",
        T::CheckinAnswered => "Lägesrapport",
        T::ActionOwner => "Ansvarig",
        T::ActionDue => "Klart senast",
        T::CheckinsHeading => "Avstämningar",
        T::ActionHistory => "Historik",
        T::MonthsAfter => "månader efter bootcampen",
        T::CheckinWaiting => "Väntar på lägesrapport",
        T::CheckinLater => "Inte dags än",
        T::CheckinAnswerLabel => "Kort lägesrapport",
        T::CheckinAnswerHint => "Hur går det? Ett par meningar räcker.",
        T::SendCheckin => "Skicka lägesrapporten",
        T::ChangeActionStatus => "Ändra status",
        T::SaveStatus => "Spara status",
        T::DecisionSaved => "Beslutet är registrerat och förslaget har gått till uppföljning.",
        T::ActionAdded => {
            "Åtgärden är tillagd. Avstämningar är planerade 3, 6 och 12 månader efter bootcampen."
        }
        T::ActionSaved => "Sparat.",
        T::NoDecisionYet => "Inget beslut än.",
        T::NoActionsYet => "Inga uppföljningsåtgärder än.",
        T::CopiedFrom => "Inlagt från",
        T::BroughtInto => "Förslaget har tagits in i:",
        T::FollowUpTitle => "Vad händer nu?",
        T::DecisionHeading => "Beslut",
        T::ActionsHeading => "Uppföljningsåtgärder",
        T::DecidedBy => "Beslutat av",
        T::RationaleLabel => "Motivering",
        T::RationaleHint => {
            "Varför, och vad som händer nu. Det syns för förslagsställaren och teamet."
        }
        T::RecordDecisionButton => "Registrera beslutet",
        T::ActionWhat => "Vad ska göras",
        T::ActionOwnerEmail => "Ansvarig (e-post)",
        T::ActionOwnerHint => "En kollega med konto i Idesluss.",
        T::NewAction => "Ny åtgärd",
        T::AddAction => "Lägg till åtgärden",
        T::BringInHeading => "Ta in i en senare omgång",
        T::BringInHint => {
            "En kopia läggs in som inskickad i omgången och länkar hit; historiken och lärdomarna finns kvar här."
        }
        T::BringInButton => "Ta in förslaget",
        T::OpenFollowUp => "Visa uppföljningen",
        T::MyFollowUpTitle => "Min uppföljning",
        T::NoOwnActions => "Du äger inga uppföljningsåtgärder.",
        T::CheckinsWaitingForYou => "Avstämningar som väntar på din lägesrapport",
        T::OverdueTitle => "Försenad uppföljning",
        T::OverdueActions => "Försenade åtgärder",
        T::CheckinsWaiting => "Avstämningar utan svar",
        T::NothingLate => "Inget är försenat.",
        T::NavFollowUp => "Uppföljning",
        T::NavOverdue => "Försenat",
        T::RetroWorkedWell => "Det här funkade bra",
        T::RetroDidNotWork => "Det här funkade inte",
        T::RetroLearning => "Lärdomar",
        T::RetroDoDifferently => "Att göra annorlunda nästa gång",
        T::RetroRecommendation => "Rekommendationer till förvaltningen",
        T::RetroKindLabel => "Rubrik i retrospektiven",
        T::RetroHeadingLabel => "Kort rubrik (frivillig)",
        T::RetroTextLabel => "Text",
        T::PlusOneButton => "+1",
        T::RetroNoItems => "Inga punkter än.",
        T::RetroTitle => "Retrospektiv",
        T::RetroIntro => {
            "Vad tar vi med oss? Deltagare och coacher skriver, alla ger +1 till det de håller med om, och arrangören väljer vad som går in i omgångens rapport."
        }
        T::RetroNewItem => "Ny punkt",
        T::RetroAddButton => "Lägg till punkten",
        T::RetroInReport => "I rapporten",
        T::RetroReportWording => "I rapporten",
        T::PlusOnes => "röster",
        T::YouPlusOned => "du har gett +1",
        T::RetroLeaveOut => "Ta bort ur rapporten",
        T::RetroChoose => "Ta med i rapporten",
        T::RetroRewordSummary => "Ändra formuleringen i rapporten",
        T::RetroSaveWording => "Spara formuleringen",
        T::PresentationTitle => "Slutpresentation",
        T::ReportTitle => "Rapport",
        T::RoundResultsNav => "Omgångens resultat",
        T::PresentationNotPlanned => "Dag och plats är inte bestämda än.",
        T::StartPresentation => "Starta presentationsläget",
        T::PresentationOrder => "Ordning",
        T::NoSummaryYet => "Teamet har inte skrivit någon sammanfattning än.",
        T::WriteSummary => "Skriv teamets sammanfattning",
        T::OutcomeSummaryLabel => "Sammanfattning av utfallet",
        T::OutcomeSummaryHint => {
            "Två–fyra meningar: vad ni testade, vad ni lärde er och vad som händer nu."
        }
        T::SaveSummary => "Spara sammanfattningen",
        T::PresentationDate => "Dag",
        T::PresentationStarts => "Börjar",
        T::PresentationEnds => "Slutar",
        T::PresentationPlace => "Plats",
        T::PlanPresentation => "Planera slutpresentationen",
        T::PresentationOrderHint => "Skriv 1 för det team som börjar, 2 för nästa och så vidare.",
        T::SavePlan => "Spara planen",
        T::SlidesNav => "Bläddra",
        T::PreviousSlide => "Föregående",
        T::NextSlide => "Nästa",
        T::FullScreen => "Helskärm",
        T::LeavePresentation => "Lämna presentationsläget",
        T::SlidesKeysHint => "Piltangenterna och mellanslag bläddrar.",
        T::ReportWhatWeDid => "Vad vi gjorde",
        T::ReportProposals => "Förslagen och vad som händer nu",
        T::ReportTeam => "Team",
        T::ReportNothingChosen => "Inget valt till rapporten än.",
        T::ReportTeamLearnings => "Från teamens lärdomskort",
        T::ReportFigures => "Siffror",
        T::ReportFigure => "Mått",
        T::ReportCount => "Antal",
        T::ReportGenerated => "Skriven av Idesluss från det omgången registrerade,",
        T::ReportPrint => "Skriv ut",
        T::ReportDownloadMd => "Ladda ner som Markdown",
        T::ReportFunnel => "Från förslag till uppföljning",
        T::FunnelSubmitted => "Inskickade förslag",
        T::FunnelShortlisted => "Vidare från rådet",
        T::FunnelOnBallot => "På valsedeln",
        T::FunnelSelected => "Valda till test",
        T::FunnelTested => "Testade",
        T::FunnelFollowedUp => "Med beslut om vad som händer nu",
        T::FiguresBallots => "Avgivna röster",
        T::FiguresTeams => "Team",
        T::FiguresParticipants => "Medarbetare i team",
        T::FiguresCoaches => "Coacher",
        T::FiguresSessions => "Hållna träffar",
        T::FiguresBudget => "Budget",
        T::FiguresSpent => "Använt",
        T::NoCategory => "Utan kategori",
        T::DataTitle => "Exportera och importera",
        T::ExportHeading => "Exportera omgångens data",
        T::ExportIntro => {
            "CSV-filerna öppnas i Excel (semikolon, UTF-8). Kolumnnamnen är desamma i CSV och JSON. Enskilda röster och coachernas privata anteckningar exporteras aldrig."
        }
        T::ExportAllJson => "alla tabeller i en JSON-fil",
        T::ImportHeading => "Importera förslag från ett kalkylark",
        T::ImportIntro => {
            "Till exempel lapparna från en workshop, inskrivna i Excel. Förslagen läggs in som inskickade med ”importerat” i sin historik. Inget importeras förrän varje rad är rätt."
        }
        T::ImportFileLabel => "CSV-fil",
        T::ImportFileHint => {
            "Kolumner: Titel (krävs), Kategori (utforska, testa eller skala upp), Problem, Idé, Första test, Enhet, E-post (förslagsställarens konto). Semikolon eller komma; UTF-8 eller Excels Windows-1252."
        }
        T::ImportPreviewButton => "Förhandsgranska",
        T::ImportTooLargeText => "Filen är för stor (högst 2 MB).",
        T::ImportMissingText => "Välj en CSV-fil att ladda upp.",
        T::ImportHasProblems => {
            "Filen har fel och har inte importerats. Rätta raderna och ladda upp den igen."
        }
        T::ImportProblemsCaption => "Fel per rad",
        T::ImportLine => "Rad",
        T::ImportColumn => "Kolumn",
        T::ImportProblem => "Fel",
        T::ImportButton => "Importera",
        T::ProposalsWord => "förslag",
        T::ImportReady => "Allt ser rätt ut:",
        T::ImportPreviewCaption => "Förhandsgranskning",
        T::DashboardTitle => "Översikt",
        T::DashboardBudgets => "Budget använd per team",
        T::DashboardAllRounds => "alla omgångar",
        T::DashboardLate => "Försenat i uppföljningen",
        T::DashboardParticipation => "Deltagande",
        T::DashboardSubmitted => "Skickade in förslag",
        T::DashboardVoted => "Röstade med konto",
        T::DashboardInTeams => "Var med i ett team",
        T::NavDashboard => "Översikt",
        T::NewOwner => "Ny ansvarig",
        T::ChangeOwner => "Byt ansvarig",
        T::NoCheckinsLeft => "Inga avstämningar kvar: åtgärden lades till efter dem.",
        T::SaveOwner => "Spara ny ansvarig",
        T::ChooseUpTo => "Välj de förslag du vill ska testas, högst",
        T::ReviewChoices => "Granska mitt val",
        T::ConfirmHeading => "Stämmer ditt val?",
        T::CastBallotButton => "Ja, lägg min röst",
        T::ChangeChoices => "Ändra",
        T::ReceiptTitle => "Tack för din röst!",
        T::ReceiptStored => "Din röst är registrerad:",
        T::ChoicesWord => "val",
        T::ReceiptAnonymous => {
            "Rösten är anonym: den sparas utan namn och utan koppling till din kod."
        }
        T::ProjectorTitle => "Projektorvy",
        T::ProjectorGoTo => "Rösta i mobilen – gå till",
        T::ProjectorCodeHint => "Skanna QR-koden. Logga in eller skriv koden från ditt röstkort.",
        T::BallotsSoFar => "röster hittills",
        T::TotalsAfterClose => "Resultatet visas när omröstningen har stängt.",
        T::ChartVotesNote => "Staplarna visar antal röster per förslag.",
        T::ResultsTitle => "Resultat av omröstningen",
        T::ResultsNotFinal => "Omröstningen är inte stängd: siffrorna kan ändras.",
        T::PlaceLabel => "Plats",
        T::VotesLabel => "Röster",
        T::TiedLabel => "Delad plats",
        T::OutcomeLabel => "Utfall",
        T::OutcomeWinner => "Vald",
        T::OutcomeTied => "Lika – ni avgör",
        T::OutcomeOther => "Inte vald",
        T::SharedPlace => "delad",
        T::DownloadResultsCsv => "Ladda ner resultatet (CSV)",
        T::SelectionHeading => "Bekräfta urvalet",
        T::SelectionIntro => {
            "Kryssade förslag blir valda för test, övriga blir inte valda. Förslagsställarna får en notis."
        }
        T::SelectedProposals => "Valda förslag",
        T::ConfirmSelection => "Bekräfta urvalet",
        T::SelectionConfirmed => "Urvalet är bekräftat och förslagen har flyttats på tavlan.",
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
        Problem::PersonalIdentityNumber => "Texten innehåller ett personnummer eller \
            samordningsnummer. Brukares personuppgifter får inte skrivas här (sekretess). \
            Ta bort numret; resten av det du skrivit finns kvar."
            .into(),
        Problem::TooFewWords { min } => {
            format!("För tunt för ett team att börja från: skriv minst {min} ord.")
        }
        Problem::TooMany { max } => format!("Högst {max}."),
        Problem::UnknownColleague => {
            "Någon av adresserna hör inte till ett konto här. Be kollegan skapa ett konto först."
                .into()
        }
        Problem::SubmissionNotOpenYet { opens } => format!(
            "Det går inte att lämna in förslag ännu. Inlämningen öppnar {}.",
            sv_date(opens)
        ),
        Problem::SubmissionClosed { closed } => format!(
            "Inlämningen stängde {}. Spara gärna som utkast till nästa omgång.",
            sv_date(closed)
        ),
        Problem::StageChangeNotAllowed => {
            "Förslaget har redan flyttats till ett annat steg. Ladda om sidan.".into()
        }
        Problem::NotEditable => {
            "Förslaget kan bara ändras av förslagsställaren, som utkast eller när det \
             behöver kompletteras."
                .into()
        }
        Problem::ScoringClosed => {
            "Förslaget är inte längre inskickat, så rådets betyg kan inte ändras.".into()
        }
        Problem::CriteriaInUse => {
            "Kriterierna kan inte ändras när rådet redan har börjat sätta betyg.".into()
        }
        Problem::ChooseAtLeastOne => "Kryssa i minst ett alternativ.".into(),
        Problem::SignupClosed { closed } => format!(
            "Anmälan stängde {}, när bootcampen började.",
            sv_date(closed)
        ),
        Problem::VoterCodeInvalid => "Koden har 8 tecken: bokstäver och siffror, utan 0, O, 1 och I. Kontrollera koden på kortet.".into(),
        Problem::VoterCodeUnknown => "Det finns ingen sådan röstkod. Kontrollera koden på kortet.".into(),
        Problem::VoterCodeUsed => "Den här röstkoden har redan använts. Varje kod räcker till en röst.".into(),
        Problem::AlreadyVoted => "Du har redan röstat i den här omröstningen.".into(),
        Problem::OneVotePerProposal => "Högst en röst per förslag.".into(),
        Problem::VoteNotOpen => "Omröstningen har inte öppnat än.".into(),
        Problem::VoteClosed => "Omröstningen är stängd.".into(),
        Problem::VoteAlreadyOpened => "Omröstningen har redan öppnat, så reglerna kan inte ändras.".into(),
        Problem::NothingShortlisted => "Inga förslag är kortlistade, så det finns inget att rösta om.".into(),
        Problem::VoteExists => "Omgången har redan en omröstning.".into(),
        Problem::VoteNotClosed => "Stäng omröstningen innan du bekräftar urvalet.".into(),
        Problem::SelectionAlreadyConfirmed => "Urvalet är redan bekräftat.".into(),
        Problem::TimeInPast => "Tiden har redan passerat.".into(),
        Problem::EmailDomainInvalid => "Skriv en domän som helsingborg.se, en per rad.".into(),
        Problem::EmailDomainNotAllowed => "Konton kan bara skapas med en e-postadress i förvaltningens domän. Använd din jobbadress, eller be en arrangör att lägga till din adress.".into(),
        Problem::DecidedByVote => "Det här avgörs av omröstningen: förslag kommer upp på röstsedeln när omröstningen skapas och blir valda eller inte valda när arrangören bekräftar urvalet på omröstningens sida (Omröstning).".into(),
        Problem::VoteCodesOnly => "I den här omröstningen röstar man med röstkod. Skriv koden från ditt kort.".into(),
        Problem::VoteAccountsOnly => "I den här omröstningen röstar man inloggad med sitt konto, inte med röstkod. Logga in och rösta.".into(),
        Problem::CodesAreForPeopleWithoutAccount => "Du är inloggad: rösta med ditt konto. Röstkoderna är till för den som inte har något konto. Är det inte ditt konto, logga ut först.".into(),
        Problem::PasswordsTurnedOff => "Lösenord används inte här. Logga in med kommunens konto.".into(),
        Problem::ProviderLoginStale => "Inloggningen kunde inte slutföras: den hörde inte till en inloggning som startats i den här webbläsaren, var redan använd eller äldre än tio minuter. Börja om.".into(),
        Problem::ProviderCancelled => "Inloggningen avbröts hos kommunens inloggningstjänst.".into(),
        Problem::ProviderAnswerRefused => "Kommunens inloggningstjänst gav ett svar som inte kunde godtas. Börja om; händer det igen, kontakta en arrangör.".into(),
        Problem::ProviderEmailUnverified => "Kommunens inloggningstjänst gav ingen bekräftad e-postadress för ditt konto. Kontakta IT-supporten.".into(),
        Problem::ProviderEmailNotAllowed => "Din e-postadress hör inte till de domäner som får använda Idésluss. Be en arrangör att lägga till din adress.".into(),
        Problem::ProviderAccountTaken => "Kontot med din e-postadress hör till en annan person i kommunens inloggning (adressen kan ha haft en tidigare ägare). Kontakta en arrangör.".into(),
        Problem::PasswordLinkGone => "Länken gäller inte längre: den är redan använd, ersatt av en nyare eller äldre än en timme. Be en arrangör om en ny.".into(),
        Problem::CannotEraseSelf => "Du kan inte radera ditt eget konto här. Be en annan arrangör.".into(),
        Problem::TooManyCodeAttempts { retry_after } => format!("För många felaktiga koder har provats i omröstningen just nu. Vänta {retry_after} sekunder och försök igen."),
        Problem::TooManyAttempts { retry_after } => match retry_after.div_ceil(60) {
            ..=1 => format!("För många försök just nu. Vänta {retry_after} sekunder och försök igen."),
            minutes => format!("För många försök just nu. Vänta {minutes} minuter och försök igen."),
        },
        Problem::ScoreLocked => "Din bedömning är redan lämnad och låst: du har sett de andras bedömningar.".into(),
        Problem::SameCounter => "Den som bekräftar ska vara en annan person än den som räknade.".into(),
        Problem::PaperBoxExists => "Den här lådan är redan införd. Rätta den i listan i stället.".into(),
        Problem::PaperEntryReplaced => "Raden har redan rättats. Rätta den senaste versionen.".into(),
        Problem::MoreVotesThanBallots { max } => format!("Fler röster än röstsedlarna rymmer: högst {max}. Kontrollera siffrorna."),
        Problem::RecusedOwnProposal => "Du är jävig: du står bakom förslaget och bedömer det inte.".into(),
        Problem::TimeInvalid => "Skriv en tid som TT:MM, till exempel 13:00.".into(),
        Problem::MoneyZero => "Beloppet måste vara större än 0 kr.".into(),
        Problem::DateOutsideBootcamp { start, end } => format!("Välj en dag under bootcampen, {start} – {end}."),
        Problem::NotACoach => "Personen har inte rollen coach. Ge rollen under Personer först.".into(),
        Problem::TeamExists => "Förslaget har redan ett team.".into(),
        Problem::NotSelectedForTest => "Bara förslag som valts i omröstningen får ett team.".into(),
        Problem::AlreadyMember => "Personen är redan med i teamet.".into(),
        Problem::NotAMember => "Personen är inte med i teamet.".into(),
        Problem::SessionCancelled => "Träffen är inställd. Flytta den till en ny tid först.".into(),
        Problem::NoMembers => "Välj minst en deltagare till teamet.".into(),
        Problem::StartedByFormingTeam => "Testet startar när organisatören bildar förslagets team (omgångens sida, Team).".into(),
        Problem::LedgerBusy => "Någon annan skrev in en utgift samtidigt. Försök igen.".into(),
        Problem::AlreadyDecided => "Någon har redan beslutat om utgiften.".into(),
        Problem::ResultOnlyWhenDone => "Ett resultat anges när testet är klart: välj status Klart eller lämna resultatet tomt.".into(),
        Problem::NoLearningCard => "Teamet har inget lärdomskort än. Skriv minst ett lärdomskort innan förslaget flyttas till lärdomar.".into(),
        Problem::MovedByDecision => "Förslaget går till uppföljning när beslutet om vad som händer nu registreras.".into(),
        Problem::DecisionNeedsLearnings => "Beslutet registreras när teamets lärdomar är klara (förslaget ska stå i lärdomar).".into(),
        Problem::DecisionExists => "Förslaget har redan ett beslut.".into(),
        Problem::NotParked => "Bara ett parkerat förslag kan tas in i en senare omgång.".into(),
        Problem::AlreadyBroughtIn => "Förslaget är redan inlagt i den omgången.".into(),
        Problem::ActionClosed => "Åtgärden är redan klar eller struken.".into(),
        Problem::UnknownCategory => "Okänd kategori: skriv utforska, testa eller skala upp (eller lämna tomt).".into(),
        Problem::ImportNoTitleColumn => "Filen saknar en kolumn med rubriken Titel.".into(),
        Problem::ImportEmpty => "Filen innehåller inga förslag.".into(),
        Problem::ImportGone => "Förhandsvisningen är redan importerad eller borttagen. Ladda upp filen igen.".into(),
        Problem::AlreadyPlusOne => "Du har redan gett den här punkten +1.".into(),
        Problem::OwnItem => "Du kan inte ge din egen punkt +1.".into(),
        Problem::NotAParticipant => "Retrospektiven skrivs av omgångens deltagare, coacher och arrangörer.".into(),
        Problem::CheckinNotDue { due } => format!("Lägesrapporten lämnas från och med {due}."),
    }
}

fn sv_date(date: chrono::NaiveDate) -> String {
    super::I18n(super::Lang::Sv).date(date)
}

fn phase_name(phase: Phase) -> &'static str {
    super::I18n(super::Lang::Sv).phase(phase)
}

pub fn round_format(format: RoundFormat) -> String {
    match format {
        RoundFormat::Weekly {
            weekday,
            starts_at,
            hours_per_session,
            weeks,
        } => {
            let day = super::I18n(super::Lang::Sv).weekday(weekday);
            format!(
                "{day}ar kl. {}, {hours_per_session} h × {weeks} veckor",
                starts_at.format("%H:%M")
            )
        }
        RoundFormat::Intensive { days } => format!("En intensivvecka, {days} dagar"),
    }
}
