//! The six test teams of the autumn 2018 Bootcamp as the seed story tells them: members
//! (and the new line-up in week 3), coaches, handovers, absences, coach notes and expenses.
//! Loaded by `teams_2018`.

/// The five Friday sessions, 13:00–15:00.
pub const SESSION_DAYS: [&str; 5] = [
    "2018-10-12",
    "2018-10-19",
    "2018-10-26",
    "2018-11-02",
    "2018-11-09",
];
pub const SIGNED_UP_ON: &str = "2018-10-10";
pub const SIGNED_UP_REASON: &str = "Anmäld till bootcampen";
pub const BUDGET_ORE: i64 = 500_000;

/// Idéslussen's coaches, one per category.
pub const COACHES: [(&str, &str); 3] = [
    ("explore", "Lina Sandberg"),
    ("test", "Oskar Wennberg"),
    ("scale", "Elin Hagström"),
];

pub const COACH_ONLY: &str = "coach";
pub const SHARED: &str = "team";

/// A session's handover: what the team did, what it learned, its next steps.
pub type Handover = [&'static str; 3];

/// A coach note: written on the day of session `.0` (0-based), shown with that session
/// (`ON_SESSION`) or only on the team page (`ON_TEAM`), its visibility and its text.
pub struct Note(pub usize, pub bool, pub &'static str, pub &'static str);
pub const ON_SESSION: bool = true;
pub const ON_TEAM: bool = false;

/// Date, amount in öre, category, what, paid by, entered by (member index). All approved.
pub struct Expense(
    pub &'static str,
    pub i64,
    pub &'static str,
    pub &'static str,
    pub &'static str,
    pub usize,
);

/// One test team, in the order of `STORY_2018`; its coach is its category's.
pub struct DemoTeam {
    pub members: &'static [&'static str],
    /// Members who joined after the start: member, day, reason.
    pub joined_later: &'static [(usize, &'static str, &'static str)],
    /// Members who left: member, day, reason.
    pub left: &'static [(usize, &'static str, &'static str)],
    /// Session (0-based), member, status; everyone else in the team that day was present.
    pub absences: &'static [(usize, usize, &'static str)],
    pub handovers: [Handover; 5],
    pub notes: &'static [Note],
    pub expenses: &'static [Expense],
}

#[rustfmt::skip]
pub const TEAMS: [DemoTeam; 6] = [
    // 0: the chat (explore)
    DemoTeam {
        members: &["Fatima Rahimi", "Jonas Lindgren", "Sofia Holm"],
        joined_later: &[], left: &[],
        absences: &[(2, 1, "excused"), (4, 2, "away")],
        handovers: [
            ["Gick igenom förslaget och skrev en intervjuguide med tio frågor.",
             "Vi vet nästan ingenting om hur brukarna själva vill höra av sig.",
             "Fatima frågar mottagningen om vi får sitta i väntrummet."],
            ["Intervjuade fem brukare i väntrummet och tre kollegor i mottagningen.",
             "Aha: många skriver hellre än ringer, om de vet att en handläggare svarar.",
             "Jonas sitter med i telefontiden på tisdag. Fler intervjuer med unga."],
            ["Fyra nya intervjuer. Sorterade citaten i trygghet, tillgänglighet och ton.",
             "Trygghet går före snabbhet: man vill veta vem som läser det man skriver.",
             "Sofia skissar resan från första kontakt till svar."],
            ["Visade resan för två brukarutvecklare, som lade till väntan på svar.",
             "",
             "Skriva insikterna på en sida och välja tre enheter att visa dem för."],
            ["Skrev sammanställningen: sju insikter med citat och en bild av resan.",
             "Utan trygghet blir en chatt en kanal till där man känner sig osäker.",
             "Visa insikterna för enheterna och fråga om intresse för en prototyp."],
        ],
        notes: &[
            Note(0, ON_SESSION, SHARED, "Intervjuguiden är ett stöd, inte ett formulär. Låt \
                                         brukarna prata."),
            Note(2, ON_TEAM, COACH_ONLY, "Gruppen vill landa i en lösning (en chatt) redan nu. \
                                          Håll kvar dem i utforskandet en vecka till."),
        ],
        expenses: &[
            Expense("2018-10-19", 34_500, "food", "Fika vid intervjuerna", "Fatima, utlägg", 0),
            Expense("2018-10-26", 60_000, "other", "Biobiljetter, tack", "Förvaltningens kort", 1),
            Expense("2018-11-02", 8_900, "material", "Post-it, blädderblock", "Sofia, utlägg", 2),
        ],
    },
    // 1: young people and violence (explore)
    DemoTeam {
        members: &["Mikael Strand", "Karin Dahl", "Ibrahim Yusuf"],
        joined_later: &[], left: &[],
        absences: &[(1, 0, "excused")],
        handovers: [
            ["Gick igenom vad utredningar, polis och skola vet. De ungas röst saknas.",
             "Våra frågor måste låta som ett samtal, inte som ett förhör.",
             "Ibrahim frågar fältassistenterna. Karin skriver samtalsguiden."],
            ["Två samtal med unga som själva ville berätta, och en kväll med fältarna.",
             "Aha: våldet går fort, efter en lång tid av stress som vuxna inte ser.",
             "En kväll till på fritidsgården. Prata med skolkuratorn."],
            ["Fritidsgården och skolkuratorn. Ritade före, under och efter på väggen.",
             "Det är i \"före\" som vuxna har en chans, och där finns vi sällan.",
             "Mikael tar fram hur citaten kan visas utan att någon känns igen."],
            ["Sorterade insikterna i fem teman. Länge oklart vart det ledde, nu en bild.",
             "Utan färdig plan kunde vi följa det som de unga faktiskt tog upp.",
             "Förbereda sista passet: vad skulle vi kunna testa?"],
            ["Tre idéer att testa, bland annat en vuxen på plats på kvällarna.",
             "",
             "Träffa Idéslussen i december och välja en idé att testa."],
        ],
        notes: &[
            Note(1, ON_SESSION, COACH_ONLY, "Gruppen ville att jag skulle ge svaret. Jag lät \
                                             bli; det gick bättre när de tog sig fram själva."),
            Note(3, ON_SESSION, SHARED, "Inga citat får gå att koppla till en person: ta bort \
                                         platser och detaljer."),
        ],
        expenses: &[
            Expense("2018-10-19", 14_400, "travel", "Bussbiljetter", "Ibrahim, utlägg", 2),
            Expense("2018-10-26", 42_000, "food", "Pizza på fritidsgården", "Karin, utlägg", 1),
            Expense("2018-11-09", 6_500, "material", "Blädderblock, pennor", "Mikael, utlägg", 0),
        ],
    },
    // 2: shorter assessments (test)
    DemoTeam {
        members: &["Anna Lundberg", "Anneli Forsberg"],
        joined_later: &[], left: &[],
        absences: &[(3, 1, "excused")],
        handovers: [
            ["Kartlade en vanlig utredning steg för steg på väggen.",
             "Brukaren berättar samma historia fyra gånger för tre olika personer.",
             "Anna listar frågorna som upprepas. Anneli bokar två kollegor."],
            ["Intervjuade två handläggare och strök dubbla frågor i mallen.",
             "Mycket upprepning beror på att vi inte läser det som står i akten.",
             "Pröva den kortare mallen i två nya utredningar."],
            ["Gick igenom de två utredningarna: den ena gick fortare, den andra fastnade.",
             "Brukaren behöver få höra vad vi redan vet, och kunna rätta det.",
             "Lägga till en sådan inledning och pröva i två utredningar till."],
            ["Två utredningar till. En brukarutvecklare läste mallen och rättade språket.",
             "Aha: en brukare sa \"skönt att slippa börja om från början\".",
             "Skriva ihop vad vi ändrat och varför."],
            ["Skrev ihop testet: fyra utredningar, färre frågor, en ny inledning.",
             "Det går att korta, men fler kollegor måste arbeta likadant.",
             "Anna och Anneli fortsätter i Lab 3.0, med stöd av Idéslussen."],
        ],
        notes: &[
            Note(0, ON_SESSION, SHARED, "Kartan på väggen är guld. Fotografera den innan \
                                         någon städar!"),
            Note(2, ON_TEAM, COACH_ONLY, "De är bara två och ensamma om testet på sin enhet. \
                                          Fråga chefen om fler kan vara med."),
            Note(4, ON_TEAM, SHARED, "Ta med de fyra utredningarna till Lab 3.0, inte bara \
                                      mallen."),
        ],
        expenses: &[
            Expense("2018-10-19", 22_000, "material", "Utskrifter", "Förvaltningens kort", 0),
            Expense("2018-10-26", 28_500, "food", "Fika till intervjuerna", "Anneli, utlägg", 1),
            Expense("2018-11-02", 90_000, "fees", "Arvode, brukarutvecklare", "Faktura", 0),
        ],
    },
    // 3: further training (test): Maja leaves and Jhana joins before week 3
    DemoTeam {
        members: &["Anette Sjöström", "Helena Engström", "Maja Nyberg", "Jhana Karimi"],
        joined_later: &[(3, "2018-10-23", "Tar Majas plats i gruppen.")],
        left: &[(2, "2018-10-22", "Har bytt till en annan enhet och hinner inte vara med.")],
        absences: &[(1, 0, "excused"), (4, 1, "away")],
        handovers: [
            ["Listade möten där vi känner oss osäkra; de flesta gäller kris och psykisk ohälsa.",
             "Vi saknar inte fler kurser, utan kunskap som går att använda nästa dag.",
             "Maja frågar kollegor vad de vill lära sig. Helena letar föreläsare."],
            ["Gick igenom svar från åtta kollegor och tre förslag på föreläsare.",
             "Krishantering kom först hos nästan alla, före missbruk.",
             "Kontakta två föreläsare om en kort föreläsning på en arbetsplatsträff."],
            ["Ny i gruppen: Jhana ersätter Maja. Första halvtimmen gick åt till att Jhana \
              fick ta del av enkätsvaren och kontakterna med föreläsarna.",
             "Överlämningar tar tid; en sida om var vi står hade sparat en halvtimme.",
             "Anette bokar föreläsaren till APT den 1 november. Jhana gör utvärderingen."],
            ["Föreläsningen om krishantering hölls i går för 22 kollegor. Läste utvärderingen.",
             "Aha: kollegorna tog med sig två frågor att ställa i ett akut samtal, inte teorin.",
             "Fråga tre deltagare om de har använt frågorna i ett möte."],
            ["Tre kollegor har använt frågorna i möten. Skrev hur vi följer upp.",
             "En kort föreläsning fungerar om någon följer upp efter en vecka.",
             "Boka en föreläsare i krishantering i januari/februari och bjuda in."],
        ],
        notes: &[
            Note(2, ON_SESSION, COACH_ONLY, "Ny laguppställning mitt i. Föreslå en statussida \
                                             som gruppen uppdaterar varje fredag, så går nästa \
                                             överlämning fortare."),
            Note(2, ON_SESSION, SHARED, "Välkommen Jhana! Statussidan ligger i gruppens mapp."),
            Note(3, ON_TEAM, SHARED, "Arvodet tog det mesta av budgeten. Resten räcker till \
                                      tryck."),
        ],
        expenses: &[
            Expense("2018-10-19", 12_000, "material", "Tryck av enkäten", "Helena, utlägg", 1),
            Expense("2018-11-01", 350_000, "fees", "Föreläsararvode, krishantering", "Faktura", 0),
            Expense("2018-11-01", 45_000, "food", "Fika, föreläsningen", "Förvaltningens kort", 3),
            Expense("2018-11-09", 8_500, "material", "Utskrift, utvärdering", "Jhana, utlägg", 3),
        ],
    },
    // 4: case management (scale)
    DemoTeam {
        members: &["Carin Ekström", "Ann Bergqvist", "Alexandra Wikström"],
        joined_later: &[], left: &[],
        absences: &[(2, 2, "away"), (3, 0, "excused")],
        handovers: [
            ["Gick igenom var case management används i dag och vem som vill arbeta så.",
             "Metoden finns på ett ställe men är okänd för de flesta andra enheter.",
             "Carin bokar samtal med två kollegor som har arbetat med metoden."],
            ["Intervjuade två erfarna kollegor och ritade vad kontaktpersonen gör först.",
             "Aha: det svåra är inte metoden utan att andra enheter släpper ansvar.",
             "Ann listar vilka enheter en familj brukar ha kontakt med."],
            ["Räknade på två påhittade men typiska ärenden: upp till sju kontakter.",
             "",
             "Hitta två familjer som vill pröva en ansvarig kontaktperson."],
            ["Pratade med två enhetschefer om en samordnande kontaktperson: ett ja, ett kanske.",
             "Att skala upp tar längre tid än att testa; cheferna vill se något först.",
             "Alexandra skriver en enkel överenskommelse för två familjer."],
            ["Gick igenom överenskommelsen och vad som behövs för att börja.",
             "Vi behöver stöd med uppföljningen för att våga börja.",
             "Testa med två familjer. Idéslussen följer upp vilket stöd som behövs."],
        ],
        notes: &[
            Note(1, ON_SESSION, SHARED, "Skriv ner vad kollegorna sa om att släppa ansvar; \
                                         det är kärnan."),
            Note(3, ON_SESSION, COACH_ONLY, "Gruppen väntar sig att jag ska lära ut hur man \
                                             skalar upp. Fortsätt ställa frågorna tillbaka."),
        ],
        expenses: &[
            Expense("2018-10-19", 31_000, "food", "Lunch med två kollegor", "Carin, utlägg", 0),
            Expense("2018-11-02", 25_600, "travel", "Resor till enhetscheferna", "Ann, utlägg", 1),
            Expense("2018-11-09", 39_800, "material", "Två böcker om metoden", "Faktura", 2),
        ],
    },
    // 5: treatment at home (scale): it lagged
    DemoTeam {
        members: &["Joachim Falk", "Veronica Åberg"],
        joined_later: &[], left: &[],
        absences: &[(1, 0, "excused"), (3, 1, "away")],
        handovers: [
            ["Pratade om vad en hemmahosare är och om arbetssättets långa historia här.",
             "Vi har olika bilder av vad ordet betyder.",
             "Joachim letar rätt på gamla utvärderingar."],
            ["Bara Veronica på plats. Läste två äldre utvärderingar av arbetssättet.",
             "Arbetssättet lades ner av ekonomiska skäl, inte för att det inte fungerade.",
             "Boka samtal med en kollega som har arbetat som hemmahosare."],
            ["Började med att återberätta förra veckan. Samtal med en f.d. hemmahosare.",
             "Aha: behandlingen hemma fungerade bäst när samma person kom varje gång.",
             "Intervjua en enhetschef om vad som skulle krävas i dag."],
            ["Enhetschefen kunde inte komma, så Joachim skrev ihop det vi vet hittills.",
             "",
             "Ny tid med enhetschefen."],
            ["Sammanfattade på två sidor historien och vad som fungerade.",
             "Många kollegor är intresserade, men ingen äger frågan.",
             "Sammanställa lärdomarna och visa dem för kollegor som vill veta mer."],
        ],
        notes: &[
            Note(1, ON_SESSION, COACH_ONLY, "Halva gruppen borta. Två timmar i veckan blir \
                                             sårbart för en grupp på två."),
            Note(2, ON_SESSION, SHARED, "Börja varje gång med fem minuters återblick, så \
                                         behöver ingen gissa."),
            Note(4, ON_TEAM, COACH_ONLY, "Kom aldrig upp i fart, men insikterna är värdefulla. \
                                          Följ upp i december."),
        ],
        expenses: &[
            Expense("2018-10-16", 12_800, "travel", "Resa till stadsarkivet", "Joachim, utlägg", 0),
            Expense("2018-10-26", 18_500, "food", "Fika vid samtalet", "Veronica, utlägg", 1),
        ],
    },
];
