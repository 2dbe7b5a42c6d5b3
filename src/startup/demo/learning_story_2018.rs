//! What the six test teams of the autumn 2018 Bootcamp recorded about their learning, as the
//! seed article tells it: test cards and learning cards, each outcome summary for the final
//! presentation, the "Vad händer nu?" decision with its follow-up actions and check-ins,
//! and the round's retrospective. Loaded by `learnings_2018`.

/// A Strategyzer test card. `owner` is a member's name from `team_story_2018` (or the coach's).
pub struct DemoTestCard {
    pub name: &'static str,
    pub owner: &'static str,
    /// `YYYY-MM-DD`, within 2018-10-12..=2018-11-09.
    pub deadline: &'static str,
    pub duration: &'static str,
    /// "Vi tror att …"
    pub hypothesis: &'static str,
    /// How critical the hypothesis is, 1..=3.
    pub critical: u8,
    /// "För att verifiera det kommer vi att …"
    pub test: &'static str,
    /// Cost of the test, 1..=3.
    pub cost: u8,
    /// How reliable the data is, 1..=3.
    pub reliability: u8,
    /// "och mäta …"
    pub metric: &'static str,
    /// "Vi har rätt om …"
    pub criteria: &'static str,
    /// `planned`, `running` or `done` (all six teams ended, so mostly `done`).
    pub status: &'static str,
    /// `confirmed`, `refuted`, `unclear`, or "" when not done.
    pub result: &'static str,
    /// Interview and observation notes: the "aha" moments (no service user can be identified).
    pub evidence: &'static str,
}

/// A Strategyzer learning card, linked to the team's test cards behind it (0-based indices
/// into the same team's `test_cards`).
pub struct DemoLearningCard {
    pub title: &'static str,
    /// "Vi trodde att …"
    pub believed: &'static str,
    /// "Vi observerade …"
    pub observed: &'static str,
    /// "Av det lärde vi oss att …"
    pub learned: &'static str,
    /// "Därför kommer vi att …"
    pub therefore: &'static str,
    pub tests: &'static [usize],
    /// `YYYY-MM-DD`, within the bootcamp.
    pub on: &'static str,
}

/// A follow-up action. `owner` is a member's or coach's name from `team_story_2018`.
pub struct DemoAction {
    pub what: &'static str,
    pub owner: &'static str,
    /// `YYYY-MM-DD`
    pub due: &'static str,
    /// `open`, `done` or `dropped`.
    pub status: &'static str,
    /// Why it was dropped ("" otherwise).
    pub why: &'static str,
    /// Answered check-ins: (due date, the owner's short status). Check-ins fall 3, 6 and 12
    /// months after the bootcamp ended (2019-02-09, 2019-05-09, 2019-11-09); give answers to
    /// some of them only, so the demo also has unanswered ones.
    pub checkins: &'static [(&'static str, &'static str)],
}

/// What one team recorded, in the order of `STORY_2018`.
pub struct DemoTeamLearning {
    pub test_cards: &'static [DemoTestCard],
    pub learning_cards: &'static [DemoLearningCard],
    /// The team's outcome summary for the final presentation, 2–4 sentences.
    pub outcome_summary: &'static str,
    /// `continue_testing`, `prototype`, `scale_up`, `park` or `stop`.
    pub outcome: &'static str,
    /// The decision's rationale: the seed's "Vad händer nu?" paragraph for this proposal,
    /// word for word.
    pub rationale: &'static str,
    pub actions: &'static [DemoAction],
}

/// A retrospective item: its kind (`worked_well`, `did_not_work`, `learning`,
/// `do_differently`, `recommendation`), a short heading ("" when the seed has none), its text,
/// how many +1 it got, and whether the organizer chose it for the report.
pub struct RetroItem(
    pub &'static str,
    pub &'static str,
    pub &'static str,
    pub u32,
    pub bool,
);

pub const FINAL_PRESENTATION_DATE: &str = "2018-11-16";
pub const FINAL_PRESENTATION_TIME: &str = "13:00";
pub const FINAL_PRESENTATION_PLACE: &str = "Stora hörsalen, Stadshuset, plan 1";
/// The order of the teams' slots (indices into `STORY_2018`): by category as at the
/// kick-off, and within each category the team that was ready first went first.
pub const PRESENTATION_ORDER: [usize; 6] = [1, 0, 3, 2, 5, 4];
/// Decisions were taken on this day.
pub const DECIDED_ON: &str = "2018-11-19";

pub const LEARNINGS_2018: [DemoTeamLearning; 6] = [
    // 0: the chat (explore)
    DemoTeamLearning {
        test_cards: &[
            DemoTestCard {
                name: "Väntrumsintervjuer om digital kontakt",
                owner: "Fatima Rahimi",
                deadline: "2018-10-26",
                duration: "två veckor",
                hypothesis: "brukare som väntar hos mottagningen hellre skulle skriva till sin \
                             handläggare än ringa, om de visste att någon svarar.",
                critical: 3,
                test: "intervjua ett tiotal brukare i väntrummet och tre kollegor i mottagningen \
                       med intervjuguiden.",
                cost: 1,
                reliability: 2,
                metric: "hur många som själva säger att de hellre skriver än ringer, och varför.",
                criteria: "minst hälften av brukarna säger att de hellre skriver.",
                status: "done",
                result: "confirmed",
                evidence: "Nio brukare intervjuade i väntrummet (fem den 19 oktober, fyra den 26 \
                           oktober) och tre kollegor i mottagningen. Inga namn antecknade. Sex \
                           av nio skriver hellre än ringer, om de vet att en handläggare svarar. \
                           En brukare: \"Jag ringer inte, jag kommer aldrig fram före lunch.\" \
                           Aha: det handlar inte om tekniken utan om att slippa kön och att \
                           kunna tänka efter innan man svarar.",
            },
            DemoTestCard {
                name: "En förmiddag i telefontiden",
                owner: "Jonas Lindgren",
                deadline: "2018-10-26",
                duration: "en förmiddag",
                hypothesis: "en stor del av samtalen till mottagningen är enkla frågor som lika \
                             gärna kunde besvaras skriftligt.",
                critical: 2,
                test: "sitta med i mottagningens telefontid en förmiddag och anteckna vad varje \
                       samtal handlar om, utan uppgifter om vem som ringer.",
                cost: 1,
                reliability: 2,
                metric: "andelen samtal som gäller tider, blanketter eller hur det går i ärendet.",
                criteria: "minst en tredjedel av samtalen gäller sådana enkla frågor.",
                status: "done",
                result: "unclear",
                evidence: "Fjorton samtal under förmiddagen. Fem började som en fråga om en \
                           blankett eller en tid, men tre av dem blev något helt annat efter en \
                           stund. Aha: det enkla samtalet är ofta en väg in till det svåra, och \
                           det hade kanske aldrig skrivits i en chatt. Vi kan inte dela upp \
                           samtalen i enkla och svåra så lätt som vi trodde.",
            },
            DemoTestCard {
                name: "Resan från första kontakt till svar",
                owner: "Sofia Holm",
                deadline: "2018-11-02",
                duration: "en vecka",
                hypothesis: "det viktigaste i digital kontakt är att veta vem som läser det man \
                             skriver, mer än att få ett snabbt svar.",
                critical: 3,
                test: "visa en skiss av resan från första kontakt till svar för två \
                       brukarutvecklare och be dem markera var de skulle känna sig osäkra.",
                cost: 1,
                reliability: 2,
                metric: "var på resan de markerar osäkerhet och vad markeringarna gäller.",
                criteria: "de flesta markeringarna gäller vem som läser och vad som händer med \
                           texten, inte hur fort svaret kommer.",
                status: "done",
                result: "confirmed",
                evidence: "Två brukarutvecklare gick igenom resan den 2 november. De flesta \
                           markeringar gällde vem som läser och om texten hamnar i akten. De \
                           lade till ett steg som vi hade missat, väntan på svar: \"Då sitter \
                           man och tittar på skärmen och undrar om man har skrivit fel.\"",
            },
        ],
        learning_cards: &[DemoLearningCard {
            title: "Trygghet går före snabbhet",
            believed: "brukare främst vill kontakta oss digitalt för att slippa telefonkön och \
                       få snabbare svar.",
            observed: "att många hellre skriver än ringer, men bara om de vet vem som läser, vad \
                       som händer med det de skriver och när svaret kommer. Väntan på svar gjorde \
                       dem mest osäkra.",
            learned: "en chatt utan tydlig avsändare och svarstid blir ännu en kanal där brukaren \
                      känner sig osäker, och att ett enkelt samtal ofta är vägen in till det \
                      svåra.",
            therefore: "skriva insikterna på en sida, visa dem för tre enheter och fråga om det \
                        finns intresse för en prototyp som börjar i tryggheten och inte i \
                        tekniken.",
            tests: &[0, 1, 2],
            on: "2018-11-09",
        }],
        outcome_summary: "Vi har intervjuat nio brukare och tre kollegor och suttit med i \
                          mottagningens telefontid. Många skriver hellre än ringer, men bara om \
                          de vet vem som läser och när svaret kommer. Trygghet går före \
                          snabbhet, och vi har sammanfattat det i sju insikter med citat och en \
                          bild av resan från första kontakt till svar.",
        // Not `prototype` yet: the seed only proposes showing the insights to the units and
        // collecting feedback to see *whether* there is interest in a prototype, so the idea
        // stays in testing until that feedback is in.
        outcome: "continue_testing",
        rationale: "Förslaget är att teamet borde presentera insikterna från utforskningen till \
                    socialförvaltningens enheter och hämta in feedback, om det finns intresse \
                    att ta idén vidare till en prototyp.",
        actions: &[
            DemoAction {
                what: "Presentera insikterna för tre av förvaltningens enheter och samla in \
                       synpunkter",
                owner: "Fatima Rahimi",
                due: "2019-02-28",
                status: "done",
                why: "",
                checkins: &[
                    (
                        "2019-02-09",
                        "Visat för mottagningen och ekonomiskt bistånd. Familjeenheten i \
                         slutet av februari.",
                    ),
                    (
                        "2019-05-09",
                        "Alla tre enheterna har sett insikterna. Två vill vara med om det blir \
                         en prototyp.",
                    ),
                ],
            },
            DemoAction {
                what: "Fråga ledningsgruppen om det finns intresse att ta idén vidare till en \
                       prototyp",
                owner: "Lina Sandberg",
                due: "2019-06-30",
                status: "open",
                why: "",
                checkins: &[],
            },
        ],
    },
    // 1: young people and violence (explore)
    DemoTeamLearning {
        test_cards: &[
            DemoTestCard {
                name: "Samtal med unga som har använt våld",
                owner: "Karin Dahl",
                deadline: "2018-10-19",
                duration: "en vecka",
                hypothesis: "unga som har använt våld vill berätta om det med egna ord, om \
                             samtalet inte känns som ett förhör.",
                critical: 3,
                test: "samtala med två ungdomar som redan har kontakt med oss och själva vill \
                       berätta, med en samtalsguide utan ja- och nej-frågor.",
                cost: 1,
                reliability: 2,
                metric: "om de berättar om vad som hände före, under och efter, och hur länge \
                         samtalet håller i sig.",
                criteria: "båda berättar mer om det som hände före våldet än de har gjort i \
                           utredningssamtalen.",
                status: "done",
                result: "confirmed",
                evidence: "Två samtal, inga namn, platser eller datum antecknade. Båda pratade \
                           länge och mest om tiden före. Aha: våldet går fort, men det kommer \
                           efter en lång tid av stress som vuxna inte ser. En av dem: \"Ingen \
                           frågade hur jag hade det innan.\"",
            },
            DemoTestCard {
                name: "Kvällar med fältassistenterna och på fritidsgården",
                owner: "Ibrahim Yusuf",
                deadline: "2018-10-26",
                duration: "två kvällar",
                hypothesis: "de vuxna som möter unga på kvällarna ser tecknen före våldet, men \
                             vet inte vart de ska vända sig.",
                critical: 2,
                test: "följa med fältassistenterna en kväll, vara på fritidsgården en kväll och \
                       prata med skolkuratorn (deltagande observation).",
                cost: 1,
                reliability: 2,
                metric: "hur ofta de vuxna kan beskriva stress och konflikter som de såg i \
                         förväg.",
                criteria: "de vuxna kan ge flera exempel på tecken före våldet.",
                status: "done",
                result: "confirmed",
                evidence: "En kväll med fältarna, en kväll på fritidsgården och ett samtal med \
                           skolkuratorn. Alla kunde beskriva stämningen innan det small, men \
                           ingen från socialtjänsten fanns på plats då. Aha: det är i \"före\" \
                           som vuxna har en chans, och där finns vi sällan.",
            },
        ],
        learning_cards: &[
            DemoLearningCard {
                title: "Utan färdig plan hörde vi mer",
                believed: "vi behövde en tydlig plan för samtalen för att få ut något av dem.",
                observed: "att samtalen gav mest när vi följde det som de unga själva tog upp, \
                           och att arbetet länge kändes oklart innan teman växte fram.",
                learned: "de ungas egna ord leder till andra insikter än utredningarna, och att \
                          vi måste tåla att inte veta vart det leder.",
                therefore: "sortera insikterna i teman först och välja idéer att testa sist.",
                tests: &[0],
                on: "2018-11-02",
            },
            DemoLearningCard {
                title: "Före våldet finns vi inte",
                believed: "vi främst behövde förstå vad som händer när de unga tar till våld.",
                observed: "att våldet går fort, efter en lång tid av stress som vuxna runt de \
                           unga ofta ser, men att socialtjänsten sällan är på plats då.",
                learned: "det är i tiden före våldet som vuxna har en chans att göra skillnad.",
                therefore: "ta med tre idéer till Idéslussen, bland annat en vuxen på plats på \
                            kvällarna, och välja en att testa.",
                tests: &[0, 1],
                on: "2018-11-09",
            },
        ],
        outcome_summary: "Vi har samtalat med unga som har använt våld och varit med \
                          fältassistenterna och på fritidsgården på kvällarna. Våldet går fort, \
                          men det kommer efter en lång tid av stress som vuxna ofta ser. Det är \
                          före våldet som vuxna har en chans, och där finns socialtjänsten \
                          sällan. Vi har tre idéer att testa, bland annat en vuxen på plats på \
                          kvällarna.",
        outcome: "prototype",
        rationale: "Teamet samlade bra insikter och kan troligtvis samarbeta med Idéslussen för \
                    att skapa något att testa.",
        actions: &[
            DemoAction {
                what: "Välja en av de tre idéerna tillsammans med Idéslussen",
                owner: "Mikael Strand",
                due: "2018-12-14",
                status: "done",
                why: "",
                checkins: &[(
                    "2019-02-09",
                    "Vi valde en vuxen på plats på fritidsgården på kvällarna. Start i mars.",
                )],
            },
            DemoAction {
                what: "Testa en vuxen från socialtjänsten på fritidsgården två kvällar i veckan",
                owner: "Ibrahim Yusuf",
                due: "2019-06-30",
                status: "open",
                why: "",
                checkins: &[(
                    "2019-05-09",
                    "Åtta kvällar genomförda. Fältarna vill fortsätta, men vi behöver få tiden \
                     avsatt i schemat.",
                )],
            },
        ],
    },
    // 2: shorter assessments (test)
    DemoTeamLearning {
        test_cards: &[
            DemoTestCard {
                name: "En kortare mall utan dubbla frågor",
                owner: "Anna Lundberg",
                deadline: "2018-10-26",
                duration: "en vecka",
                hypothesis: "en mall utan de frågor som upprepas gör utredningen kortare utan \
                             att bedömningen blir sämre.",
                critical: 3,
                test: "stryka de dubbla frågorna i mallen och pröva den i två nya utredningar.",
                cost: 1,
                reliability: 2,
                metric: "tiden till färdig utredning och hur många frågor brukaren fick svara på \
                         två gånger.",
                criteria: "båda utredningarna blir klara fortare än våra vanliga.",
                status: "done",
                result: "refuted",
                evidence: "Två utredningar. Den ena blev klar fortare än vanligt. Den andra \
                           fastnade när brukaren inte kände igen det som stod i akten och vi \
                           fick börja om. Aha: mallen var inte hela problemet; brukaren visste \
                           inte vad vi redan visste.",
            },
            DemoTestCard {
                name: "Brukaren läser och rättar det vi redan vet",
                owner: "Anneli Forsberg",
                deadline: "2018-11-09",
                duration: "två veckor",
                hypothesis: "brukaren slipper upprepa sig om hen får höra vad vi redan vet och \
                             kan rätta det vid första mötet.",
                critical: 3,
                test: "inleda två nya utredningar med en kort sammanfattning av det vi vet, som \
                       brukaren får läsa och rätta, efter att en brukarutvecklare har läst \
                       språket.",
                cost: 2,
                reliability: 2,
                metric: "om brukaren säger att hen fick upprepa sig, och hur mycket som rättades \
                         i sammanfattningen.",
                criteria: "båda brukarna säger att de inte behövde börja om från början.",
                status: "done",
                result: "confirmed",
                evidence: "Två utredningar med den nya inledningen. Brukarutvecklaren gjorde \
                           språket enklare och strök myndighetsord. Båda brukarna rättade något \
                           i sammanfattningen. Aha: en brukare sa \"skönt att slippa börja om \
                           från början\".",
            },
        ],
        learning_cards: &[DemoLearningCard {
            title: "Brukaren ska få höra vad vi redan vet",
            believed: "det var de dubbla frågorna i mallen som gjorde utredningarna långa.",
            observed: "att den kortare mallen bara hjälpte ibland, men att brukarna slapp börja \
                       om när de fick läsa och rätta det vi redan visste.",
            learned: "upprepningen mest beror på att vi inte delar det som står i akten med \
                      brukaren, och att det bara går att korta om fler kollegor arbetar likadant.",
            therefore: "fortsätta testa i Lab 3.0 tillsammans med fler kollegor och ta med de \
                        fyra utredningarna, inte bara mallen.",
            tests: &[0, 1],
            on: "2018-11-09",
        }],
        outcome_summary: "Vi har testat en kortare utredning i fyra nya utredningar: färre \
                          frågor och en inledning där brukaren får läsa och rätta det vi redan \
                          vet. Brukarna slapp börja om från början, men en kortare mall räckte \
                          inte ensam. Det går att korta utredningarna, men fler kollegor måste \
                          arbeta likadant.",
        outcome: "continue_testing",
        rationale: "Anna och Anneli vill jobba vidare med socialförvaltningens test för \
                    samskapande, ”Lab 3.0” och eventuellt ta stöd av Idéslussen. Fortsatta \
                    tester kommer att göras inom Lab 3.0.",
        actions: &[
            DemoAction {
                what: "Ta med de fyra utredningarna och den nya inledningen till Lab 3.0",
                owner: "Anna Lundberg",
                due: "2019-01-31",
                status: "done",
                why: "",
                checkins: &[(
                    "2019-02-09",
                    "Presenterat i Lab 3.0 i januari. Två utredare från en annan enhet vill \
                     testa inledningen i vår.",
                )],
            },
            DemoAction {
                what: "Boka stöd från Idéslussen till nästa testomgång",
                owner: "Anneli Forsberg",
                due: "2019-03-31",
                status: "dropped",
                why: "Lab 3.0 har egna handledare för samskapande, så vi behövde inte stödet \
                      från Idéslussen.",
                checkins: &[],
            },
        ],
    },
    // 3: further training (test): Maja left and Jhana joined before week 3
    DemoTeamLearning {
        test_cards: &[
            DemoTestCard {
                name: "Vilket ämne vill kollegorna ha?",
                owner: "Maja Nyberg",
                deadline: "2018-10-19",
                duration: "en vecka",
                hypothesis: "kollegorna helst vill ha fortbildning om missbruk, eftersom det är \
                             det vi möter oftast.",
                critical: 2,
                test: "fråga kollegor på flera enheter vilket ämne de helst vill ha och i vilka \
                       möten de känner sig osäkra.",
                cost: 1,
                reliability: 2,
                metric: "vilket ämne som flest sätter först.",
                criteria: "missbruk kommer först hos flest kollegor.",
                status: "done",
                result: "refuted",
                evidence: "Svar från åtta kollegor på tre enheter. Krishantering kom först hos \
                           nästan alla, före missbruk. Aha: osäkerheten sitter i de akuta \
                           samtalen där man inte vet vad man ska säga, inte i kunskapen om \
                           droger.",
            },
            DemoTestCard {
                name: "En kort föreläsning om krishantering på APT",
                owner: "Anette Sjöström",
                deadline: "2018-11-01",
                duration: "två veckor",
                hypothesis: "en kort föreläsning på en arbetsplatsträff ger något som kollegorna \
                             kan använda redan i nästa möte med en brukare.",
                critical: 3,
                test: "boka en föreläsare i krishantering till APT den 1 november och låta \
                       deltagarna svara på en kort utvärdering direkt efteråt.",
                cost: 3,
                reliability: 1,
                metric: "hur många som i utvärderingen nämner något konkret de ska prova.",
                criteria: "minst hälften av deltagarna nämner något konkret.",
                status: "done",
                result: "confirmed",
                evidence: "22 kollegor deltog och 19 svarade på utvärderingen, som Jhana \
                           sammanställde. 16 nämnde något konkret. Aha: kollegorna tog med sig \
                           två frågor att ställa i ett akut samtal, inte teorin.",
            },
            DemoTestCard {
                name: "Används det en vecka senare?",
                owner: "Jhana Karimi",
                deadline: "2018-11-09",
                duration: "en vecka",
                hypothesis: "kollegorna använder det de lärde sig i ett möte med en brukare \
                             inom en vecka.",
                critical: 3,
                test: "fråga tre deltagare en vecka efter föreläsningen om de har använt \
                       frågorna i ett möte.",
                cost: 1,
                reliability: 2,
                metric: "hur många som kan ge ett exempel från ett riktigt möte.",
                criteria: "minst två av tre kan ge ett exempel.",
                status: "done",
                result: "confirmed",
                evidence: "Alla tre hade använt frågorna. En kollega ställde den första frågan \
                           till en förälder i kris och märkte att samtalet blev lugnare. Inga \
                           uppgifter om brukarna antecknades. Aha: någon måste fråga efteråt, \
                           annars glöms det bort.",
            },
        ],
        learning_cards: &[
            DemoLearningCard {
                title: "Krishantering före missbruk",
                believed: "kollegorna helst ville ha fortbildning om missbruk.",
                observed: "att nästan alla satte krishantering först, och att det är de akuta \
                           samtalen som gör dem osäkra.",
                learned: "fortbildningen ska utgå från de möten där kollegorna känner sig \
                          osäkra, inte från de ämnen som är vanligast.",
                therefore: "boka en kort föreläsning om krishantering på en arbetsplatsträff.",
                tests: &[0],
                on: "2018-10-19",
            },
            DemoLearningCard {
                title: "Någon måste följa upp",
                believed: "en bra föreläsning räcker för att kollegorna ska göra annorlunda i \
                           mötena.",
                observed: "att kollegorna tog med sig två konkreta frågor, och att de vi \
                           frågade efter en vecka hade använt dem i möten.",
                learned: "en kort föreläsning fungerar när den ger något att prova direkt och \
                          någon följer upp efter en vecka.",
                therefore: "boka en föreläsare i krishantering i januari/februari, bjuda in fler \
                            enheter och följa upp en vecka efteråt.",
                tests: &[1, 2],
                on: "2018-11-09",
            },
        ],
        outcome_summary: "Kollegorna ville helst ha fortbildning i krishantering, inte i \
                          missbruk som vi trodde. En kort föreläsning på en arbetsplatsträff \
                          samlade 22 kollegor, och en vecka senare hade de tre vi frågade \
                          använt frågorna i möten med brukare. En kort föreläsning fungerar när \
                          någon följer upp efteråt.",
        outcome: "scale_up",
        rationale: "Anette, Helena o Jhana håller på att boka in en föreläsare i krishantering i \
                    januari/februari och att bjuda in föreläsningsdeltagare.",
        actions: &[
            DemoAction {
                what: "Boka föreläsare i krishantering",
                owner: "Anette Sjöström",
                due: "2019-01-31",
                status: "done",
                why: "",
                checkins: &[(
                    "2019-02-09",
                    "Föreläsaren är bokad till den 14 februari och lokalen är klar.",
                )],
            },
            DemoAction {
                what: "Bjuda in föreläsningsdeltagare från alla enheter och följa upp efter en \
                       vecka",
                owner: "Helena Engström",
                due: "2019-02-28",
                status: "done",
                why: "",
                checkins: &[
                    (
                        "2019-02-09",
                        "48 anmälda från sju enheter. Jhana gör uppföljningsfrågorna.",
                    ),
                    (
                        "2019-05-09",
                        "41 kom. Efter en vecka hade de flesta som svarade använt frågorna.",
                    ),
                    (
                        "2019-11-09",
                        "Två nya föreläsningar i höst, nu på fler enheters APT.",
                    ),
                ],
            },
        ],
    },
    // 4: case management (scale)
    DemoTeamLearning {
        test_cards: &[
            DemoTestCard {
                name: "Erfarna kollegor om case management",
                owner: "Carin Ekström",
                deadline: "2018-10-19",
                duration: "en vecka",
                hypothesis: "det svåra med att sprida case management är att lära sig metoden.",
                critical: 3,
                test: "intervjua två kollegor som redan arbetar enligt metoden om vad som var \
                       svårast att komma igång med.",
                cost: 1,
                reliability: 2,
                metric: "vad de beskriver som det största hindret.",
                criteria: "båda beskriver metoden i sig som det svåraste.",
                status: "done",
                result: "refuted",
                evidence: "Två intervjuer över lunch. Båda sa att metoden går att lära sig på \
                           några veckor. Aha: det svåra är att andra enheter släpper ansvar \
                           till kontaktpersonen. \"Alla vill samordna, ingen vill bli \
                           samordnad.\"",
            },
            DemoTestCard {
                name: "Hur många kontakter har en familj?",
                owner: "Ann Bergqvist",
                deadline: "2018-10-26",
                duration: "en vecka",
                hypothesis: "familjer med stöd från flera enheter har fler kontakter än de själva \
                             kan hålla ihop.",
                critical: 2,
                test: "räkna kontakterna i två påhittade men typiska ärenden, byggda på vanliga \
                       mönster och utan uppgifter från verkliga familjer.",
                cost: 1,
                reliability: 1,
                metric: "antalet handläggare och behandlare som en familj har samtidigt.",
                criteria: "en familj har fler än fyra kontakter samtidigt.",
                status: "done",
                result: "confirmed",
                evidence: "Upp till sju kontakter samtidigt på fyra enheter. Aha: i båda \
                           ärendena var det familjen själv som höll ihop planerna och berättade \
                           för alla vad de andra hade sagt.",
            },
            DemoTestCard {
                name: "Säger enhetscheferna ja?",
                owner: "Ann Bergqvist",
                deadline: "2018-11-02",
                duration: "en vecka",
                hypothesis: "enhetscheferna låter en kontaktperson samordna insatserna för en \
                             familj, även när insatserna ligger på deras enhet.",
                critical: 3,
                test: "prata med två enhetschefer om att pröva en samordnande kontaktperson för \
                       två familjer.",
                cost: 1,
                reliability: 2,
                metric: "hur många chefer som säger ja och vad de vill se först.",
                criteria: "båda cheferna säger ja.",
                status: "done",
                result: "unclear",
                evidence: "Ett ja och ett kanske. Chefen som sa kanske vill se hur det går för \
                           en familj först. Aha: att skala upp tar längre tid än att testa; \
                           cheferna vill se något innan de släpper ansvar.",
            },
        ],
        learning_cards: &[
            DemoLearningCard {
                title: "Familjen samordnar själv",
                believed: "de många kontakterna mest var ett problem för oss som arbetar med \
                           familjen.",
                observed: "att en familj kan ha upp till sju kontakter på fyra enheter, och att \
                           det är familjen som håller ihop dem.",
                learned: "en ansvarig kontaktperson gör störst skillnad för familjer som har \
                          kontakt med flera enheter.",
                therefore: "leta efter två familjer med kontakt med flera enheter som vill \
                            pröva en ansvarig kontaktperson.",
                tests: &[1],
                on: "2018-10-26",
            },
            DemoLearningCard {
                title: "Det svåra är att släppa ansvar",
                believed: "det svåra med att sprida case management var att lära sig metoden.",
                observed: "att kollegorna lärde sig metoden snabbt, men att andra enheter har \
                           svårt att släppa ansvar och att en av två chefer ville se något \
                           först.",
                learned: "ett arbetssätt sprids först när någon har visat att det fungerar här, \
                          och att vi behöver stöd med uppföljningen för att våga börja.",
                therefore: "testa med två familjer enligt en enkel överenskommelse och be \
                            Idéslussen följa upp vilket stöd vi behöver.",
                tests: &[0, 2],
                on: "2018-11-09",
            },
        ],
        outcome_summary: "Case management fungerar där det redan används, men det svåra är \
                          inte metoden utan att andra enheter släpper ansvar. En familj kan ha \
                          upp till sju kontakter samtidigt. En av två enhetschefer sa ja till \
                          att pröva och den andra vill se något först, så vi börjar med två \
                          familjer.",
        outcome: "continue_testing",
        rationale: "Carin, Ann och Alexandra testar case management med två familjer. \
                    Idéslussen ska följa upp och se vilka sorts stöd teamet behöver för att \
                    genomföra ett test.",
        actions: &[
            DemoAction {
                what: "Starta testet med en ansvarig kontaktperson för två familjer",
                owner: "Carin Ekström",
                due: "2019-03-31",
                status: "open",
                why: "",
                checkins: &[
                    (
                        "2019-02-09",
                        "En familj har börjat. Den andra tackade nej, vi letar en familj till.",
                    ),
                    (
                        "2019-05-09",
                        "Två familjer är med sedan mars. Färre möten, men enheterna släpper \
                         ansvar långsamt.",
                    ),
                ],
            },
            DemoAction {
                what: "Följa upp vilket stöd teamet behöver för att genomföra testet",
                owner: "Elin Hagström",
                due: "2019-02-28",
                status: "done",
                why: "",
                checkins: &[(
                    "2019-02-09",
                    "Träffat teamet. De behöver en enkel mall för uppföljning och en chef som \
                     står bakom testet.",
                )],
            },
        ],
    },
    // 5: treatment at home (scale): it lagged
    DemoTeamLearning {
        test_cards: &[
            DemoTestCard {
                name: "Varför försvann hemmahosarna?",
                owner: "Joachim Falk",
                deadline: "2018-10-19",
                duration: "en vecka",
                hypothesis: "arbetssättet lades ner för att det inte gav resultat för brukarna.",
                critical: 2,
                test: "leta rätt på och läsa gamla utvärderingar av arbetssättet.",
                cost: 1,
                reliability: 3,
                metric: "vilka resultat och vilka skäl till nedläggningen utvärderingarna anger.",
                criteria: "utvärderingarna visar svaga resultat.",
                status: "done",
                result: "refuted",
                evidence: "Joachim hittade två äldre utvärderingar i stadsarkivet och Veronica \
                           läste dem. Resultaten för brukarna var goda. Aha: arbetssättet lades \
                           ner av ekonomiska skäl, inte för att det inte fungerade.",
            },
            DemoTestCard {
                name: "Samtal med en tidigare hemmahosare",
                owner: "Veronica Åberg",
                deadline: "2018-10-26",
                duration: "en vecka",
                hypothesis: "det viktigaste för att behandling i hemmet ska fungera är rätt \
                             metod.",
                critical: 3,
                test: "intervjua en kollega som har arbetat som hemmahosare om vad som fungerade \
                       och vad som inte gjorde det.",
                cost: 1,
                reliability: 1,
                metric: "vad kollegan lyfter fram som avgörande.",
                criteria: "kollegan pekar på metoden som det avgörande.",
                status: "done",
                result: "refuted",
                evidence: "Ett samtal över fika. Aha: behandlingen hemma fungerade bäst när \
                           samma person kom varje gång; kontinuiteten betydde mer än metoden. \
                           Svårast var när en brukare fick en ny behandlare mitt i.",
            },
            DemoTestCard {
                name: "Vad skulle krävas i dag?",
                owner: "Joachim Falk",
                deadline: "2018-11-09",
                duration: "en vecka",
                hypothesis: "en enhetschef ser en väg att börja med hemmahosare igen inom \
                             dagens budget.",
                critical: 3,
                test: "intervjua en enhetschef om vad som skulle krävas för att börja igen.",
                cost: 1,
                reliability: 2,
                metric: "vilka förutsättningar chefen nämner och om hen vill vara med.",
                criteria: "chefen ser en väg och vill vara med i ett första steg.",
                status: "planned",
                result: "",
                evidence: "Enhetschefen kunde inte komma den 2 november. Ny tid bokas efter \
                           bootcampen.",
            },
        ],
        learning_cards: &[DemoLearningCard {
            title: "Samma person varje gång",
            believed: "hemmahosare lades ner för att arbetssättet inte fungerade.",
            observed: "att utvärderingarna visade goda resultat, att arbetssättet lades ner av \
                       ekonomiska skäl och att behandlingen fungerade bäst när samma person kom \
                       varje gång.",
            learned: "erfarenheterna finns men ingen äger frågan, och att det som måste bevaras \
                      är kontinuiteten snarare än en viss metod.",
            therefore: "sammanställa lärdomarna och visa dem för kollegor som vill veta mer, \
                        innan någon försöker sprida arbetssättet igen.",
            tests: &[0, 1],
            on: "2018-11-09",
        }],
        outcome_summary: "Vi har läst gamla utvärderingar och pratat med en tidigare \
                          hemmahosare. Arbetssättet lades ner av ekonomiska skäl, inte för att \
                          det inte fungerade, och behandlingen hemma fungerade bäst när samma \
                          person kom varje gång. Vi kom aldrig upp i fart, men många kollegor \
                          är intresserade, fast ingen äger frågan.",
        outcome: "park",
        rationale: "Joachim och Veronica sammanställer vad de lärt sig om arbetssättet \
                    hemmahosare, som har en lång och komplicerad historia i förvaltningen. \
                    Flera kollegor vill ta del av deras insikter.",
        actions: &[
            DemoAction {
                what: "Sammanställa lärdomarna om arbetssättet hemmahosare",
                owner: "Joachim Falk",
                due: "2019-01-31",
                status: "done",
                why: "",
                checkins: &[(
                    "2019-02-09",
                    "Klar: fyra sidor om historien och vad som fungerade.",
                )],
            },
            DemoAction {
                what: "Visa sammanställningen för kollegor som vill ta del av insikterna",
                owner: "Veronica Åberg",
                due: "2019-04-30",
                status: "open",
                why: "",
                checkins: &[],
            },
        ],
    },
];

#[rustfmt::skip]
pub const RETRO_2018: &[RetroItem] = &[
    // Tre saker som funkade bra med Bootcamp
    RetroItem("worked_well", "Att arbeta i förvirring",
        "Både vi i Idéslussen och medarbetarna som var med i Bootcamp hade en positiv \
         upplevelse av att inte alltid ha full koll. Vi kunde ta oss framåt och ändra riktning \
         i arbetet smidigare när vi inte planerade allt från början.",
        14, true),
    RetroItem("worked_well", "Intervjuer",
        "Intervjuer gav aha-upplevelser. Att träffa personer som berörs av förslaget, oavsett \
         om det är brukare eller kollegor, var effektivt för arbetsgrupperna. Intervjuer eller \
         deltagande observationer hjälpte deltagarna att förstå, bli inspirerade och engagera \
         sig ännu mer.",
        31, true),
    RetroItem("worked_well", "Samarbete över gränserna",
        "Genom att arbetsgrupperna i Bootcamp innehöll medarbetare från olika verksamheter \
         lyckades vi skapa gränsöverskridande praktiska samarbeten. Tack vare den begränsade \
         tiden för att lösa uppgifterna i Bootcamp undvek arbetsgrupperna att fastna i onödigt \
         långa diskussioner om hur de skulle samverka och koordinera sig.",
        26, true),
    RetroItem("worked_well", "Fika på fredagarna",
        "Att fika ihop innan passet gjorde att vi kom igång fortare.",
        4, false),
    RetroItem("worked_well", "",
        "Kartan över utredningen på väggen fick alla att se upprepningarna.",
        2, false),
    // Tre saker som inte funkade bra
    RetroItem("did_not_work", "Berättande och dokumentation",
        "Vi har inte lyckats publicera så mycket om arbetet i Bootcamp, varken under eller \
         efter att det ägde rum, som vi siktade på. Vi har inte dokumenterat arbetet på något \
         strukturerat sätt, utan bara fångat det som vi behövde för att kunna arbeta vidare.",
        9, true),
    RetroItem("did_not_work", "Tiden",
        "Två timmar i veckan är för sårbart. Arbetsgrupperna hade inte möjlighet att få upp \
         momentum. Några av grupperna hade en ny laguppställning varje vecka och de förlorade \
         värdefull tid på överlämningar och återblickar.",
        38, true),
    RetroItem("did_not_work", "Vaga förslag",
        "Förslagen var för vaga och tunna. Processen som vi designade för att samla in och \
         välja ut förslag till Bootcamp var för lång och komplex. Vi kom långt ifrån \
         förslagsgivaren och blev utmattade redan innan Bootcamp startat. När grupperna började \
         arbeta fick de lägga mycket tid på att förstå bakgrunden till sitt ämne.",
        22, true),
    RetroItem("did_not_work", "",
        "Fredag eftermiddag är en dålig tid. Många har redan gått på helg i tanken.",
        5, false),
    RetroItem("did_not_work", "Lokalen",
        "Det var svårt att hitta ett rum där vi fick sätta upp papper på väggarna.",
        1, false),
    // Våra lärdomar från Bootcamp
    RetroItem("learning", "Vi som coacher uppfattades som lärare",
        "Ibland förväntade sig deltagarna att vi skulle komma med färdig kunskap att lära ut.",
        17, true),
    RetroItem("learning", "“Vi på SOF är fyrkantiga.”",
        "Många deltagare i Bootcamp fick djupare insikt om hur utomstående upplever dem och \
         organisationen.",
        24, true),
    RetroItem("learning", "Att testa och skala upp är oförutsägbart",
        "Arbetet med förslagen i kategorin utforska gick mer eller mindre som vi förutsett. \
         Testa och skala upp bjöd på fler överraskningar och slutade längre ifrån våra \
         förväntningar.",
        11, true),
    RetroItem("learning", "Engagerade medarbetare har svårt att frigöra tid",
        "Det är medarbetarens egna prioriteringar och pliktkänsla som gör det svårt för dem att \
         ägna sig åt något som Bootcamp. Det handlar inte så mycket om att få chefens \
         godkännande som vi trodde.",
        19, true),
    RetroItem("learning", "",
        "Brukarna ville gärna berätta. Det var lättare att fråga än jag hade trott.",
        3, false),
    // Att göra annorlunda till nästa Bootcamp
    RetroItem("do_differently", "",
        "Göra bara tester, ta bort kategorierna utforska och skala upp.",
        12, true),
    RetroItem("do_differently", "",
        "Kör en vecka mer intensivt istället för uppdelat.",
        29, true),
    RetroItem("do_differently", "",
        "Gör mer för att bygga upp gruppkänslan i arbetsgrupperna.",
        15, true),
    RetroItem("do_differently", "",
        "Se till att förslagen som skickas in är fylligare.",
        21, true),
    RetroItem("do_differently", "",
        "Ha med en uttalad medorganisatör från förvaltningen.",
        8, true),
    RetroItem("do_differently", "",
        "Ge arbetsgrupperna en liten budget som måste spenderas i Bootcamp.",
        13, true),
    RetroItem("do_differently", "",
        "Planera kommunikationen tillsammans med förvaltningen tidigt.",
        6, true),
    RetroItem("do_differently", "",
        "Se till att Bootcamp finns med i alla kalendrar och tidsplaner hos förvaltningen så \
         fort det är bestämt när det ska äga rum.",
        18, true),
    RetroItem("do_differently", "",
        "Planera för och jobba på vad som händer med projekten efter slutpresentationerna.",
        23, true),
    RetroItem("do_differently", "",
        "Förvarna och tryck på förvaltningen att engagera sig mer i efterarbetet.",
        10, true),
    RetroItem("do_differently", "",
        "Se till att fler från förvaltningen som inte deltagit i Bootcamp är med på \
         slutpresentationer eller liknande.",
        7, true),
    RetroItem("do_differently", "",
        "Ge den som kommer ny till en grupp en statussida att läsa innan passet.",
        4, false),
    // Rekommendationer till socialförvaltningen
    RetroItem("recommendation", "Våga testa mer radikalt",
        "Starka normer, etablerade rutiner och försiktiga beslutsfattare gör det svårare att \
         testa nytt. Förenkla och skala ner istället för att backa på hur mycket ett test \
         utmanar status quo. Men det gäller förstås att alltid ha full respekt för brukare och \
         lagstiftning.",
        16, true),
    RetroItem("recommendation",
        "Ordna mer umgänge och utbyte mellan personer som inte jobbar tillsammans dag till dag",
        "En av de mer oförutsedda vinsterna med Bootcamp är att många medarbetare som tidigare \
         var obekanta har lärt känna varandra och varandras arbete. Detta är positivt för både \
         utvecklingsarbete och löpande verksamhet i förvaltningen.",
        27, true),
    RetroItem("recommendation", "Förenkla istället för att stressa",
        "Det är inget idé att höja tempot ytterligare. Bootcamp har till stor del handlat om att \
         hitta sätt att göra mindre än vi brukar istället för att göra mer. Vi har gjort saker \
         enklare, mer småskaligt och mindre formellt istället för att hetsa på att göra \
         snabbare.",
        20, true),
    RetroItem("recommendation", "Sätt konkreta leveransmål för utvecklingsprojekt",
        "Deltagarna i Bootcamp uppskattade att de flesta förslagen på något sätt kom till \
         konkret uttryck. Det gick inte att säga från början vad det exakta resultatet av \
         arbetet skulle bli. Men eftersom målen för arbetet i varje kategori var specifika \
         kunde vi ändå leverera påtagliga resultat.",
        9, true),
    RetroItem("recommendation", "Låt alla vara med och testa, även chefer",
        "Alla medarbetare har något att bidra med till en arbetsgrupp som ska testa. Testandet \
         går bäst när vi lägger våra vanliga titlar och uppgifter åt sidan och samlas för att \
         lära oss.",
        14, true),
];
