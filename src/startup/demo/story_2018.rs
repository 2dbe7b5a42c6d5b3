//! The six proposals of the autumn 2018 Bootcamp, written out from the seed story: what
//! each proposer sent in, and the council's rationale for sending it on to the vote.

/// One proposal of the 2018 story, as its proposer sent it in.
pub struct StoryProposal {
    pub title: &'static str,
    /// `explore`, `test` or `scale`.
    pub category: &'static str,
    pub problem: &'static str,
    /// `service_users`, `staff` or `both` (the values `Perspective::parse` accepts).
    pub perspective: &'static str,
    pub idea: &'static str,
    pub first_test: &'static str,
    pub success_signal: &'static str,
    pub unit: &'static str,
    /// The council's rationale for the shortlist (one or two sentences).
    pub council_rationale: &'static str,
    /// What the team learned, one sentence (shown in its history when it moved to learnings).
    pub learning: &'static str,
}

pub const STORY_2018: [StoryProposal; 6] = [
    StoryProposal {
        title: "Upplevelsen att chatta och kommunicera digitalt med socialförvaltningen",
        category: "explore",
        problem: "Många som söker kontakt med oss får vänta i telefonkön eller får brev som \
                  är svåra att förstå. Fler och fler frågar om de kan chatta eller mejla \
                  med sin handläggare, men vi vet inte hur brukarna upplever digital kontakt \
                  med socialförvaltningen, vad de saknar och vad som gör dem osäkra.",
        perspective: "service_users",
        idea: "Vi vill ta reda på hur det känns för brukare att kommunicera digitalt med oss, \
               innan vi bygger något. Vi intervjuar brukare och kollegor i mottagningen om \
               när en chatt skulle hjälpa, när den skulle kännas otrygg och vad som krävs för \
               att man ska lita på att det är socialtjänsten man pratar med.",
        first_test: "Intervjua ett tiotal brukare i väntrummet och via brukarutvecklarna, och \
                     sitta med i mottagningens telefontid en förmiddag i veckan.",
        success_signal: "Efter fem veckor har vi en sammanställning av insikterna som vi kan \
                         visa för förvaltningens enheter och få synpunkter på.",
        unit: "Mottagning vuxen",
        council_rationale: "Rådet ser att digital kontakt berör nästan alla verksamheter, och \
                            att vi behöver förstå brukarnas upplevelse innan någon köper ett \
                            chattverktyg.",
        learning: "Brukarna vill ha digital kontakt men behöver känna sig trygga med vem de \
                   skriver till; nästa steg är att visa insikterna för enheterna och fråga om \
                   det finns intresse för en prototyp.",
    },
    StoryProposal {
        title: "Ungas upplevelse av att ta till våld",
        category: "explore",
        problem: "Vi möter allt fler ungdomar som har slagits eller hotat någon, men nästan \
                  allt vi vet kommer från polisen, skolan och våra egna utredningar. Vi vet \
                  för lite om hur de unga själva upplever situationen när de tar till våld, \
                  och vad som hade kunnat få dem att göra något annat.",
        perspective: "service_users",
        idea: "Vi vill lyssna på unga som har använt våld och på vuxna som möter dem varje \
               dag, till exempel på fritidsgårdar och i skolan. Genom samtal och deltagande \
               observationer vill vi förstå vad som händer före, under och efter, med de ungas \
               egna ord och inte bara ur myndighetens perspektiv.",
        first_test: "Samtala med några ungdomar som redan har kontakt med oss och som själva \
                     vill berätta, och följa med fältassistenterna två kvällar.",
        success_signal: "Vi kan beskriva några tydliga insikter om ungas upplevelse av våld och \
                         har minst en idé som går att testa på riktigt.",
        unit: "Barn och unga",
        council_rationale: "Ett angeläget ämne där de ungas egen röst saknas i dag. Rådets \
                            brukarutvecklare betonade att insikterna måste komma från de unga \
                            själva.",
        learning: "Samtalen med de unga gav insikter som inte syns i utredningarna, och teamet \
                   kan troligen ta fram något att testa tillsammans med Idéslussen.",
    },
    StoryProposal {
        title: "Kortare utredningar med mindre upprepning för brukare",
        category: "test",
        problem: "Brukare får berätta samma sak om och om igen, för mottagningen, för \
                  utredaren och sedan för behandlaren. Utredningarna blir långa och många \
                  leder aldrig till någon insats. För familjen känns det som att ingen lyssnar, \
                  och för oss går mycket tid åt till att skriva av det vi redan vet.",
        perspective: "both",
        idea: "Vi vill prova en kortare utredning där brukaren bara behöver berätta sin historia \
               en gång. Det vi redan vet sammanfattas före första mötet, brukaren får läsa och \
               rätta sammanfattningen, och vi ställer bara de frågor som faktiskt behövs för \
               bedömningen.",
        first_test: "Prova arbetssättet i tre nya utredningar under fem veckor, med en \
                     gemensam sammanfattning som brukaren får läsa redan vid första mötet.",
        success_signal: "Brukarna säger att de inte behövde upprepa sig, och utredningarna blir \
                         klara snabbare än våra vanliga utan att bedömningen blir sämre.",
        unit: "Barn och unga – utredning",
        council_rationale: "Upprepningen återkommer i nästan allt vi hör från brukare, och \
                            förslaget går att testa i liten skala utan att rubba lagkraven.",
        learning: "Att korta utredningen kräver att fler än utredaren är med och formar den, \
                   så testerna fortsätter inom förvaltningens arbete med samskapande i Lab 3.0.",
    },
    StoryProposal {
        title: "Fortbildning inom till exempel psykisk ohälsa och missbruk, som går att tillämpa direkt i möten med brukare",
        category: "test",
        problem: "Vi går på utbildningar som är intressanta men för allmänna, och det är svårt \
                  att använda dem i mötet med brukaren dagen efter. Många kollegor känner sig \
                  osäkra när de möter någon med psykisk ohälsa, missbruk eller i akut kris, och \
                  brukaren märker den osäkerheten.",
        perspective: "staff",
        idea: "Korta och praktiska fortbildningar som kollegorna själva har valt ämne för, med \
               föreläsare som ger konkreta verktyg för samtalet. Varje tillfälle ska sluta med \
               något man kan prova i sitt nästa möte, och efter några veckor följer vi upp vad \
               som faktiskt har använts.",
        first_test: "Fråga kollegor på flera enheter vilket ämne de helst vill ha, och ordna ett \
                     första tillfälle om det ämne som flest väljer.",
        success_signal: "Deltagarna kan några veckor efteråt ge exempel på något de har använt \
                         i ett möte med en brukare.",
        unit: "Vuxen – missbruk",
        council_rationale: "Förslaget kommer från kollegor i flera verksamheter och är lätt att \
                            testa. Rådet vill se om kortare fortbildning faktiskt märks i \
                            mötena med brukarna.",
        learning: "Kollegorna ville helst ha krishantering, så teamet bokar en föreläsare i \
                   början av året och bjuder in deltagare från flera enheter.",
    },
    StoryProposal {
        title: "Att brukare har en ansvarig kontaktperson som jobbar enligt case management-metoden",
        category: "scale",
        problem: "Familjer med stöd från flera enheter har ofta många handläggare och \
                  behandlare samtidigt, och ingen håller ihop helheten. Familjen får själv \
                  samordna möten och berätta för alla vad de andra har sagt, och planer krockar \
                  med varandra.",
        perspective: "both",
        idea: "Case management fungerar redan i delar av förvaltningen. Vi vill sprida det så \
               att fler familjer får en ansvarig kontaktperson som samordnar alla insatser, \
               håller i en gemensam plan och är den man ringer när något händer, oavsett \
               vilken enhet frågan gäller.",
        first_test: "Låta en kontaktperson arbeta enligt case management med två familjer som \
                     har kontakt med flera enheter, och följa upp efter några månader.",
        success_signal: "Familjerna vet vem de ska vända sig till, och antalet möten där de \
                         berättar samma sak för flera personer blir färre.",
        unit: "Barn och familj – öppenvård",
        council_rationale: "Arbetssättet har visat sig fungera där det redan används. Rådet \
                            vill se vad som krävs för att fler familjer ska få samma stöd.",
        learning: "Att sprida case management krävde mer stöd än teamet trodde, så de testar \
                   först med två familjer medan Idéslussen följer upp vilket stöd de behöver.",
    },
    StoryProposal {
        title: "Att ge behandling hemma hos brukare (så kallade hemmahosare)",
        category: "scale",
        problem: "En del brukare kommer aldrig till sina tider på kontoret, och det som fungerar \
                  i samtalsrummet fungerar inte alltid hemma. Behandling i hemmet har gjorts \
                  förut i förvaltningen, men erfarenheterna finns hos några få och arbetssättet \
                  har kommit och gått.",
        perspective: "service_users",
        idea: "Vi vill sprida arbetssättet med hemmahosare, där behandlaren träffar brukaren i \
               hemmet och arbetar med vardagen där den pågår. Först vill vi samla det som \
               kollegor och brukare har lärt sig, så att fler kan börja utan att göra om gamla \
               misstag.",
        first_test: "Intervjua kollegor som har arbetat som hemmahosare och några brukare som \
                     har fått behandling hemma, och skriva ner vad som fungerade.",
        success_signal: "En kort sammanställning av lärdomarna finns, och minst en grupp \
                         kollegor vill använda den för att börja arbeta hemma hos brukare.",
        unit: "Vuxen – öppenvård",
        council_rationale: "Många minns hemmahosarna, både det som fungerade och det som inte \
                            gjorde det. Rådet tycker att det är dags att samla erfarenheterna \
                            innan arbetssättet sprids igen.",
        learning: "Hemmahosare har en lång och komplicerad historia i förvaltningen, och flera \
                   kollegor vill ta del av de lärdomar som teamet nu sammanställer.",
    },
];
