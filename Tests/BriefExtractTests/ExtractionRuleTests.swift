import BriefArticle
import BriefExtract
import BriefModel
import Foundation
import XCTest

/// Rules on small hand-written articles.
final class ExtractionRuleTests: XCTestCase {
    static let gazetteers = try! Gazetteers.bundled()

    func facts(_ text: String) throws -> Facts {
        let article = try XCTUnwrap(ArticleParser().parse(text: text, origin: "t.txt", format: .plainText).first)
        return FactExtractor(gazetteers: Self.gazetteers).extract(from: article)
    }

    /// An article published on Wednesday 15 May 2024.
    func article(_ body: String, dateline: String = "KARACHI: ") -> String {
        "A headline for the test\nTest Outlet\n2024-05-15\n\n\(dateline)\(body)"
    }

    // MARK: paraphrased routes and partners

    func testRouteWithOriginateAndEndVerbs() throws {
        let f = try facts(article("Officials said most journeys originate in Nepal, pass through India and the UAE and end in the European Union."))
        XCTAssertEqual(f.routes.map(\.countries), [["Nepal", "India", "United Arab Emirates", "European Union"]])
    }

    func testRouteLegsInSeparateSentencesAreJoined() throws {
        let f = try facts(article("""
        The recruits were taken by bus from Kathmandu to Delhi. From Delhi they were flown on to Muscat, where agents took their passports.
        """))
        XCTAssertEqual(f.routes.map(\.countries), [["Nepal", "India", "Oman"]])
    }

    func testJourneysEndWhereTheNextSentenceSaysAndOfficialsTripsAreNoJourneys() throws {
        let f = try facts(article("""
        The survivors said the journey took them from Ecuador across Colombia and Panama before they reached Mexico. \
        All of them were hoping to reach the United States.
        """))
        XCTAssertEqual(f.routes.map(\.countries), [["Ecuador", "Colombia", "Panama", "Mexico", "United States"]])
        let camps = try facts(article("Smugglers drove them from Istanbul through Serbia to the camps near Dunkirk."))
        XCTAssertEqual(camps.routes.map(\.countries), [["Turkey", "Serbia", "France"]])
        let boat = try facts(article("The refugees had boarded the boat at Teknaf on November 19, bound for the Indonesian island of Sumatra."))
        XCTAssertEqual(boat.routes.map(\.countries), [["Bangladesh", "Indonesia"]])
        let g = try facts(article("The EU's ambassador, Henrik Aalto, who flew in from Brussels for the launch and will continue to Nairobi, said the money would help."))
        XCTAssertEqual(g.routes.map(\.countries), [])
    }

    func testTheNextSentenceCarriesTheJourneyOn() throws {
        let f = try facts(article("""
        He said he had walked for three weeks from his village in Ethiopia to the Djiboutian shore.

        "We wanted to cross to Yemen and then walk to Saudi Arabia," he said.
        """, dateline: "DJIBOUTI — "))
        XCTAssertEqual(f.routes.map(\.countries), [["Ethiopia", "Djibouti", "Yemen", "Saudi Arabia"]])
    }

    func testWhereAJourneyWasMeantToEndAndReturns() throws {
        let f = try facts(article("The Ghanaians had set off from Kumasi for Libya in January, travelling by bus through Burkina Faso before crossing into Niger."))
        XCTAssertEqual(f.routes.map(\.countries), [["Ghana", "Burkina Faso", "Niger", "Libya"]])
        let g = try facts(article("Others went by bus from Abidjan to Bamako, then across the Sahel and southern Algeria into Tunisia."))
        XCTAssertEqual(g.routes.map(\.countries), [["Côte d'Ivoire", "Mali", "Algeria", "Tunisia"]])
        let h = try facts(article("Last month the agency flew 160 stranded Malians back to Bamako from Niamey. A suspect was extradited from Germany to Czechia. Families often sent money to Tunisia by mobile transfer."))
        XCTAssertEqual(h.routes.map(\.countries), [])
        let k = try facts(article("They crossed from Haiti into the Dominican Republic and later boarded a boat from La Romana bound for Puerto Rico."))
        XCTAssertEqual(k.routes.map(\.countries), [["Haiti", "Dominican Republic", "United States"]])
    }

    func testLegsOverSeveralSentencesFromATownAndAfterAStay() throws {
        let f = try facts(article("""
        They were flown from Hanoi to Budapest on work visas. After a few weeks in Hungary, they were driven to Czechia. \
        From there, the network moved them across Germany to northern France, where they were hidden in lorries for the UK.
        """, dateline: "PLZEŇ — "))
        XCTAssertEqual(f.routes.map(\.countries), [["Vietnam", "Hungary", "Czechia", "Germany", "France", "United Kingdom"]])
        let g = try facts(article("Young men from Kafr el-Sheikh in Egypt were driven across the desert into Libya near Salloum and then shipped from Tobruk to Crete."))
        XCTAssertEqual(g.routes.map(\.countries), [["Egypt", "Libya", "Greece"]])
    }

    func testARouteToTheUnionGivesWayToTheJourneyItSumsUp() throws {
        let f = try facts(article("""
        Investigators charged nine members of a network that smuggled Indian migrants into the European Union. \
        The clients flew from New Delhi to Belgrade, then crossed into Hungary on foot.
        """, dateline: "BUDAPEST — "))
        XCTAssertEqual(f.routes.map(\.countries), [["India", "Serbia", "Hungary"]])
    }

    func testPassageNamedAfterItsDestinationGoesBeforeIt() throws {
        let f = try facts(article("Passengers said they had flown from Dhaka to Benghazi via Dubai and had then been driven to Tobruk to board a boat for Crete."))
        XCTAssertEqual(f.routes.map(\.countries), [["Bangladesh", "United Arab Emirates", "Libya", "Greece"]])
    }

    func testDestinationsNamedOtherwise() throws {
        let f = try facts(article("Most flows were originating in Myanmar and transiting Thailand, with Malaysia as the usual destination."))
        XCTAssertEqual(f.routes.map(\.countries), [["Myanmar", "Thailand", "Malaysia"]])
        let g = try facts(article("The children had been trafficked from Sikasso in Mali to Korhogo in Ivory Coast, investigators said."))
        XCTAssertEqual(g.routes.map(\.countries), [["Mali", "Côte d'Ivoire"]])
        let h = try facts(article("A small boat that left from the Algerian city of Oran for the Balearic island of Formentera overturned."))
        XCTAssertEqual(h.routes.map(\.countries), [["Algeria", "Spain"]])
        let k = try facts(article("The children had been trafficked from their villages in Mali to farms in Côte d'Ivoire. A helicopter flew two of them to a hospital in Ghana."))
        XCTAssertEqual(k.routes.map(\.countries), [["Mali", "Côte d'Ivoire"]])
    }

    func testTownsBeyondTheGazetteerCountOnRoutes() throws {
        let f = try facts(article("Many Vietnamese victims were flown to Bangkok, driven to Mae Sot and then taken across the river to Myawaddy."))
        XCTAssertEqual(f.routes.map(\.countries), [["Vietnam", "Thailand", "Myanmar"]])
        let table = Self.gazetteers.towns
        XCTAssertGreaterThan(table.count, 30_000)
        XCTAssertEqual(table.country(ofFolded: "sikasso"), "Mali")
        XCTAssertEqual(table.country(ofFolded: "soubré"), "Côte d'Ivoire")
        XCTAssertEqual(table.country(ofFolded: "soubre"), "Côte d'Ivoire")
        XCTAssertNil(table.country(ofFolded: "sikass"))
        XCTAssertNil(table.country(ofFolded: "sikassoo"))
        XCTAssertNil(table.country(ofFolded: ""))
        XCTAssertNil(table.country(ofFolded: "zzzzzz"))
        XCTAssertNil(TownTable.empty.country(ofFolded: "sikasso"))
    }

    func testWorkingWithNamesPartnersOfAnOrganisedMeeting() throws {
        let f = try facts(article("The ministry organised the seminar in the capital, working with the International Organization for Migration (IOM)."))
        XCTAssertTrue(f.organisers.contains { $0.name == "International Organization for Migration" && $0.role == "partner" })
        let g = try facts(article("Police working with the International Organization for Migration (IOM) stopped a truck on Monday."))
        XCTAssertTrue(g.organisers.isEmpty, "no meeting was organised")
    }

    // MARK: timeline labels and outlook

    func testTimelineLabelsAreTheClauseAroundTheDate() throws {
        let f = try facts(article("""
        Officials recalled the sinking of a fishing boat off Crete in March 2023. \
        The agency opened a new office in Gwadar in January, officials said.
        """))
        let labels = Dictionary(uniqueKeysWithValues: f.timeline.map { ($0.date.iso, $0.label) })
        XCTAssertEqual(labels["2023-03"], "Officials recalled the sinking of a fishing boat off Crete")
        XCTAssertEqual(labels["2024-01"], "The agency opened a new office in Gwadar")
    }

    func testTimelineLabelsLeaveOutFramesAndReadPastAMark() throws {
        let f = try facts(article("""
        In February, a wooden boat carrying 31 people sank off Pasni in rough weather. \
        He said the coastguard had stepped up patrols near Mashkel in March, and had stopped a similar boat off Jiwani last week. \
        The crew would be produced before a judicial magistrate on Thursday, he said. \
        The trial opened on April 2 and lasted two weeks. \
        Anis Bouzid, a spokesman for the court, said the suspects would be brought before an investigating judge on Monday and could face charges. \
        Jeremy Milsom, the UNODC representative, recalled the trawler that capsized off Crete in January.
        """))
        let labels = Dictionary(uniqueKeysWithValues: f.timeline.map { ($0.date.iso, $0.label) })
        XCTAssertEqual(labels["2024-02"], "A wooden boat carrying 31 people sank off Pasni in rough weather")
        XCTAssertEqual(labels["2024-03"], "The coastguard had stepped up patrols near Mashkel")
        XCTAssertEqual(labels["2024-05"], "Stopped a similar boat off Jiwani")
        XCTAssertEqual(labels["2024-05-16"], "The crew would be produced before a judicial magistrate")
        XCTAssertEqual(labels["2024-04-02"], "The trial opened and lasted two weeks")
        XCTAssertEqual(labels["2024-05-20"], "The suspects would be brought before an investigating judge")
        XCTAssertEqual(labels["2024-01"], "The trawler that capsized off Crete")
    }

    func testOutlookCollectsPlansAndProposals() throws {
        let f = try facts(article("""
        Guards stopped a truck on Monday. The ministry will publish a review of border posts. \
        Delegates discussed the feasibility of a joint patrol. The weather was calm.
        """))
        XCTAssertEqual(f.outlook.map(\.text), ["The ministry will publish a review of border posts.",
                                               "Delegates discussed the feasibility of a joint patrol."])
        XCTAssertEqual(f.outlook.first?.rule, "outlook.will")
    }

    // MARK: dates

    func testRelativeDatesResolveAgainstPublication() throws {
        let f = try facts(article("""
        Guards stopped a truck on Monday. The driver would appear before a judge on Friday. \
        Patrols were stepped up in December last year and again last month. \
        A similar truck was stopped last week, and a new post opened earlier this year. \
        The ministry will publish a review next month.
        """))
        let dates = Set(f.timeline.map(\.date.iso))
        XCTAssertEqual(dates, ["2024-05-13", "2024-05-17", "2023-12", "2024-04", "2024-05", "2024", "2024-06"])
    }

    func testStatisticsAndLawYearsAreNotEvents() throws {
        let f = try facts(article("""
        More than 900 people were stopped since January, under the Border Control Act, 2016. \
        About 4,000 crossed in 2023, and 120 cases were filed by the end of April. \
        The body was set up on March 3, 2021.
        """))
        XCTAssertEqual(f.timeline.map(\.date.iso), ["2021-03-03"])
    }

    func testDayAndMonthTakeTheYearOfTheParagraph() throws {
        let f = try facts(article("The lorry left on December 28, 2023 with 40 people. It was found on January 2 near the border."))
        XCTAssertEqual(Set(f.timeline.map(\.date.iso)), ["2023-12-28", "2024-01-02"])
    }

    // MARK: organisers

    func testOrganisersOfAMeeting() throws {
        let f = try facts(article("""
        A two-day seminar on document fraud was organised by the Directorate of Border Studies (DBS) in collaboration \
        with the International Organization for Migration (IOM), with financial support from the European Union, at the Sea View Hotel.
        """))
        XCTAssertEqual(f.organisers.map(\.displayName), ["Directorate of Border Studies (DBS)",
                                                         "International Organization for Migration (IOM)", "European Union"])
        XCTAssertEqual(f.organisers.map(\.role), ["organiser", "partner", "supporter"])
        XCTAssertEqual(f.organisers.first?.evidence.first?.rule, "organiser.organised-by")
        XCTAssertEqual(f.event?.kind, .conference)
        XCTAssertEqual(f.event?.location, "Sea View Hotel")
    }

    func testSubjectsOfAnActiveVerb() throws {
        let f = try facts(article("The Ministry of Interior and the Federal Investigation Agency jointly organised a workshop on Monday."))
        XCTAssertEqual(f.organisers.map(\.name), ["Ministry of Interior", "Federal Investigation Agency"])
        XCTAssertEqual(f.organisers.first?.evidence.first?.rule, "organiser.jointly-organised")
    }

    func testArrestingPoliceAreNotOrganisers() throws {
        let f = try facts(article("Police arrested six men in raids on Sunday night, the Federal Investigation Agency said."))
        XCTAssertTrue(f.organisers.isEmpty)
        XCTAssertEqual(f.event?.kind, .arrest)
        XCTAssertEqual(f.event?.date?.iso, "2024-05-12")
    }

    // MARK: speakers

    func testSpeakersWithTitlesBeforeAndAfterTheName() throws {
        let f = try facts(article("""
        Interior Secretary Nadia Rauf Malik opened the session. Nadia Malik said cooperation was essential. \
        Tomas Brandt, the IOM Representative in Pakistan, warned that routes were shifting. \
        "We see new boats every week," said Leila Haddad, head of the Coastal Rescue Service. \
        Mr Brandt added that funding was short. \
        The suspect, Karim Osei, was remanded. The reporter, Ann Doe, filed from the port.
        """))
        XCTAssertEqual(f.speakers.map(\.name), ["Nadia Rauf Malik", "Tomas Brandt", "Leila Haddad"])
        XCTAssertEqual(f.speakers.map(\.title), ["Interior Secretary", "IOM Representative in Pakistan", "head of the Coastal Rescue Service"])
        XCTAssertEqual(f.speakers.map(\.organisation), [nil, "International Organization for Migration (IOM)", "Coastal Rescue Service"])
        XCTAssertEqual(f.speakers[1].statements.count, 2)
        XCTAssertEqual(f.speakers[1].statements.map(\.rule), ["speaker.appositive-warned", "speaker.added"])
    }

    func testOrganisationsOfTitlesByOwnerAntecedentAndForce() throws {
        let f = try facts(article("""
        The International Organization for Migration (IOM) said its staff were helping survivors. \
        The agency's chief of mission, Tanja Veldhuis, said the deaths were predictable. \
        "It happens every month," said Hilde Verbeke, Myria's director. \
        Police Lieutenant General Surachai Wongsakul, deputy commissioner-general of the RTP, told delegates that flows had grown. \
        Rodrigo Valdés, Undersecretary of the Interior, said the border would stay open.
        """))
        let by = Dictionary(uniqueKeysWithValues: f.speakers.map { ($0.name, $0) })
        XCTAssertEqual(by["Tanja Veldhuis"]?.title, "chief of mission")
        XCTAssertEqual(by["Tanja Veldhuis"]?.organisation, "International Organization for Migration (IOM)")
        XCTAssertEqual(by["Hilde Verbeke"]?.organisation, "Myria")
        XCTAssertEqual(by["Surachai Wongsakul"]?.title, "Police Lieutenant General, deputy commissioner-general of the RTP")
        XCTAssertEqual(by["Surachai Wongsakul"]?.organisation, "RTP")
        XCTAssertEqual(by["Rodrigo Valdés"]?.title, "Undersecretary of the Interior")
        XCTAssertNil(by["Rodrigo Valdés"]?.organisation, "a portfolio names no body")
        let g = try facts(article("AU Commissioner for Health, Humanitarian Affairs and Social Development Grace Wanjiru Mutua said the plan would help. In Lahore, Interior Minister Mohsin Naqvi said the border would close."))
        XCTAssertEqual(g.speakers.map(\.title), ["AU Commissioner for Health, Humanitarian Affairs and Social Development", "Interior Minister"])
        let h = try facts(article("\"Nobody asks where the workers come from,\" said Save the Children's director in Ghana, Mariam Sanogo."))
        XCTAssertEqual(h.speakers.first?.name, "Mariam Sanogo")
        XCTAssertEqual(h.speakers.first?.title, "Save the Children's director in Ghana")
        XCTAssertEqual(h.speakers.first?.organisation, "Save the Children")
    }

    func testRankAndAppositiveJoinedAndAgesAreNotTitles() throws {
        let f = try facts(article("""
        Major Olu Bankole, a spokesman for the River Police, said the search went on. \
        "I paid everything I had," said Sani Bello, 34, from Kano.
        """))
        XCTAssertEqual(f.speakers.first?.title, "Major, spokesman for the River Police")
        XCTAssertEqual(f.speakers.first?.organisation, "River Police")
        XCTAssertEqual(f.speakers.last?.name, "Sani Bello")
        XCTAssertNil(f.speakers.last?.title)
    }

    func testPronounStatementsFollowTheSpeaker() throws {
        let f = try facts(article("Lina Haddad, a lawyer for the families, said the case was strong. She added that appeals were likely."))
        XCTAssertEqual(f.speakers.first?.statements.map(\.rule), ["speaker.appositive-said", "speaker.pronoun"])
    }

    func testUnicodeNamesAndUnnamedSpokespeople() throws {
        let f = try facts(article("""
        A ministry spokesperson declined to comment. Speaking after the hearing, prosecutor Zoë Ångström Núñez said the sentence was fair.
        """))
        XCTAssertEqual(f.speakers.map(\.name), ["Zoë Ångström Núñez"])
        XCTAssertEqual(f.speakers.first?.title, "prosecutor")
    }

    func testTitleWithCapitalisedComplementAndUnknownAcronym() throws {
        let f = try facts(article("""
        State Minister for Coastal Affairs Rehana Qadir said patrols would rise. \
        Speaking later, KMWA coordinator Bilal Aslam told reporters that families were waiting.
        """))
        XCTAssertEqual(f.speakers.map(\.title), ["State Minister for Coastal Affairs", "KMWA coordinator"])
        XCTAssertEqual(f.speakers.last?.organisation, "KMWA")
    }

    // MARK: routes

    func testRouteWithTransitAndEuropeAsDestination() throws {
        let f = try facts(article("Investigators said the migrants were moved from Quetta through Iran and Türkiye before reaching Europe."))
        XCTAssertEqual(f.routes.map(\.countries), [["Pakistan", "Iran", "Turkey", "European Union"]])
    }

    func testAlternativePassagesGiveTwoRoutes() throws {
        let f = try facts(article("Most had travelled from Nepal to Libya via Doha or Dubai."))
        XCTAssertEqual(f.routes.map(\.countries), [["Nepal", "Qatar", "Libya"], ["Nepal", "United Arab Emirates", "Libya"]])
    }

    func testNationalitiesOfTravellersDoNotStartTheirJourney() throws {
        let f = try facts(article("Gangs were moving Afghan and Moroccan migrants from Turkey via Bulgaria and Serbia into Hungary."))
        XCTAssertEqual(f.routes.map(\.countries), [["Turkey", "Bulgaria", "Serbia", "Hungary"]])
    }

    func testDottedHonorificBeforeName() throws {
        let f = try facts(article("Speaking later, UN senior adviser Dr. Lena Varga said training would start in June."))
        XCTAssertEqual(f.speakers.first?.name, "Lena Varga")
        XCTAssertEqual(f.speakers.first?.title, "UN senior adviser")
    }

    func testPartnerCountriesAreNotARoute() throws {
        let f = try facts(article("The fund will support projects with Senegal, Mauritania and The Gambia, officials said."))
        XCTAssertTrue(f.routes.isEmpty)
    }

    // MARK: incidents and figures

    func testIncidentWithCasualtiesAndNationalities() throws {
        let f = try facts(article("""
        At least 12 people drowned and 7 others were missing after a wooden boat capsized off Lampedusa on Sunday. \
        Most of those on board were from Eritrea and Sudan.
        """, dateline: "ROME — "))
        let inc = try XCTUnwrap(f.incidents.first)
        XCTAssertEqual(inc.dead, 12)
        XCTAssertEqual(inc.missing, 7)
        XCTAssertEqual(inc.vessel, "wooden boat")
        XCTAssertEqual(inc.location, "off Lampedusa")
        XCTAssertEqual(inc.date?.iso, "2024-05-12")
        XCTAssertEqual(inc.nationality, ["Eritrean", "Sudanese"])
        XCTAssertEqual(f.event?.kind, .incident)
        XCTAssertEqual(f.event?.date?.iso, "2024-05-12")
    }

    func testEarlierIncidentDatedLastYearWithSingularNationalities() throws {
        let f = try facts(article("""
        A court jailed four men on Monday. \
        On August 12 last year, an inflatable carrying 61 people lost air off Sangatte; two men drowned. \
        The dead were identified as an Iraqi and an Afghan.
        """, dateline: "LILLE — "))
        let inc = try XCTUnwrap(f.incidents.first)
        XCTAssertEqual(inc.date?.iso, "2023-08-12")
        XCTAssertEqual(inc.vessel, "inflatable")
        XCTAssertEqual(inc.nationality, ["Iraqi", "Afghan"])
        let g = try facts(article("An inflatable dinghy sank off Calais on 3 March next year, and 14 October this year was set for the trial; 3 dead."))
        XCTAssertEqual(g.incidents.first?.vessel, "inflatable dinghy")
        XCTAssertTrue(g.timeline.contains { $0.date.iso == "2025-03-03" })
        XCTAssertTrue(g.timeline.contains { $0.date.iso == "2024-10-14" })
    }

    func testBodiesRecoveredDaysLaterAreTheSameIncident() throws {
        let f = try facts(article("""
        About 60 Rohingya refugees were missing after their wooden boat capsized off the coast of West Aceh on Sunday night. \
        Eleven bodies had been recovered by Monday evening, and 69 people were rescued alive. \
        In March, the bodies of five men were recovered from the sea off Cabrera after their boat went missing. \
        In February, eleven Sudanese, among them three children, died of thirst after their pick-up broke down; two others went missing.
        """))
        XCTAssertEqual(f.incidents.count, 3)
        XCTAssertEqual(f.incidents.first?.dead, 11)
        XCTAssertEqual(f.incidents.first?.missing, 60)
        XCTAssertEqual(f.incidents.first?.date?.iso, "2024-05-12")
        XCTAssertEqual(f.incidents.first(where: { $0.date?.iso == "2024-03" })?.missing, nil, "the boat went missing, not people")
        XCTAssertEqual(f.incidents.first(where: { $0.date?.iso == "2024-02" })?.dead, 11)
        XCTAssertEqual(f.incidents.first(where: { $0.date?.iso == "2024-02" })?.missing, 2)
    }

    func testStatementsAtAMeetingAndProtestsAfterAnIncident() throws {
        let f = try facts("""
        Police chiefs agree to share data on smuggling
        Test Outlet
        2024-06-05

        BANGKOK — Senior police officials agreed on Tuesday to set up a shared database, at the close of a two-day regional conference in Bangkok. \
        The meeting, which opened on Monday, was organised by the Royal Thai Police.
        """)
        XCTAssertEqual(f.event?.kind, .conference)
        XCTAssertEqual(f.event?.date?.iso, "2024-06-03")
        let g = try facts("""
        Families protest in Erbil
        Test Outlet
        2024-12-02

        ERBIL — Relatives of men missing since a migrant boat sank in the English Channel two months ago protested outside the UN compound on Sunday.
        """)
        XCTAssertEqual(g.event?.date?.iso, "2024-12-01")
        XCTAssertTrue(g.timeline.contains { $0.date.iso == "2024-10" })
    }

    func testVesselsNotPlacesAndTollsOverTime() throws {
        let f = try facts(article("""
        Twelve migrants were killed when an overcrowded minibus overturned in Van on Monday. \
        Police found the bodies of 19 men in the sealed container of a lorry on Tuesday. \
        Two men died and one was missing after a yola capsized off Nagua on Sunday. \
        At least 41 people have died on the border since the crisis began.
        """, dateline: "VAN, Türkiye — "))
        XCTAssertEqual(f.incidents.map(\.vessel), ["minibus", "lorry", "yola"])
        XCTAssertEqual(f.incidents.last?.missing, 1)
        XCTAssertFalse(f.incidents.contains { $0.dead == 41 })
    }

    func testHeadlineDecidesTheKindAndDeathsOfCount() throws {
        let text = "Families demand answers over boat deaths\nTest Outlet\n2024-05-15\n\nMULTAN: Relatives on Tuesday demanded an inquiry into the deaths of 19 migrants whose boat sank off Crete last month."
        let article = try XCTUnwrap(ArticleParser().parse(text: text, origin: "t", format: .plainText).first)
        let f = FactExtractor(gazetteers: Self.gazetteers).extract(from: article)
        XCTAssertEqual(f.event?.kind, .statement)
        XCTAssertEqual(f.event?.date?.iso, "2024-05-14")
        XCTAssertEqual(f.incidents.first?.dead, 19)
        XCTAssertEqual(f.incidents.first?.date?.iso, "2024-04")
        XCTAssertEqual(f.incidents.first?.location, "off Crete")
    }

    func testYearlyTollIsNotAnIncident() throws {
        let f = try facts(article("At least 300 people died on the central route in 2023, officials said."))
        XCTAssertTrue(f.incidents.isEmpty)
    }

    func testMoneyWrittenOutInFull() throws {
        let f = try facts(article("Agents charged Rs2.5m each, families paid Tk 12 lakh or Tk 3 crore, and the trade earned €330 million, or 500,000 CFA francs a seat."))
        let money = f.figures.filter { $0.evidence.first?.rule == "figure.money" }.map { "\(Int($0.value)) \($0.unit)" }
        XCTAssertEqual(money, ["2500000 PKR", "1200000 BDT", "30000000 BDT", "330000000 EUR", "500000 XOF"])
    }

    // MARK: gazetteers

    func testFiguresSayThePeriodTheyCover() throws {
        let f = try facts(article("Police arrested 14 people on Monday. He said the force had arrested 214 suspected smugglers last year."))
        XCTAssertEqual(f.figures.first { $0.value == 14 }?.period, nil)
        XCTAssertEqual(f.figures.first { $0.value == 214 }?.period, "last year")
    }

    func testUserGazetteerAdditions() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("brief-gaz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("mine.json")
        try Data(#"{"places": {"Zarqa Wells": "Jordan"}, "organisations": [{"name": "Desert Relief Network", "acronym": "DRN"}]}"#.utf8).write(to: file)
        let g = try Self.gazetteers.merging(fileAt: file.path)
        let article = try XCTUnwrap(ArticleParser().parse(text: article("""
        A forum was hosted by the DRN on Monday. Refugees travelled from Zarqa Wells to Germany.
        """), origin: "t", format: .plainText).first)
        let f = FactExtractor(gazetteers: g).extract(from: article)
        XCTAssertEqual(f.organisers.map(\.name), ["Desert Relief Network"])
        XCTAssertEqual(f.routes.map(\.countries), [["Jordan", "Germany"]])
        XCTAssertThrowsError(try Self.gazetteers.merging(fileAt: dir.appendingPathComponent("missing.json").path))
    }

    func testFactsEncodeToTheCorpusContract() throws {
        let f = try facts(article("A workshop was organised by the Federal Investigation Agency (FIA) on Monday."))
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: e.encode(f)) as? [String: Any])
        let orgs = try XCTUnwrap(json["organisers"] as? [[String: Any]])
        XCTAssertEqual(orgs.first?["name"] as? String, "Federal Investigation Agency")
        XCTAssertEqual(orgs.first?["acronym"] as? String, "FIA")
        XCTAssertEqual(json["published"] as? String, "2024-05-15")
    }
}
