import BriefArticle
import BriefExtract
import BriefModel
import Foundation
import XCTest

/// Rules on new text in the corpus styles, written (fiction) to check that the rules read sentence structure
/// and gazetteer data rather than the wording of the development articles.
final class GeneralisationTests: XCTestCase {
    static let gazetteers = try! Gazetteers.bundled()

    func facts(_ text: String) throws -> Facts {
        let article = try XCTUnwrap(ArticleParser().parse(text: text, origin: "t.txt", format: .plainText).first)
        return FactExtractor(gazetteers: Self.gazetteers).extract(from: article)
    }

    /// An article published on Wednesday 15 May 2024.
    func article(_ body: String, headline: String = "A headline for the test", dateline: String = "KARACHI: ") -> String {
        "\(headline)\nTest Outlet\n2024-05-15\n\n\(dateline)\(body)"
    }

    func routes(_ f: Facts) -> [[String]] { f.routes.map(\.countries) }

    // MARK: routes

    func testRouteWithCitiesViaAndOnTo() throws {
        let f = try facts(article("""
        The gang sent young men from Pakistan via Dubai and Tripoli to Italy, officials said. \
        Another group was smuggled through Iran and Turkey on to Greece, he said.
        """))
        XCTAssertEqual(routes(f), [["Pakistan", "United Arab Emirates", "Libya", "Italy"], ["Pakistan", "Iran", "Turkey", "Greece"]])
    }

    func testDepartureWithTravellersFromSeveralCountries() throws {
        let f = try facts(article("""
        The boat had left Sfax bound for Italy with 44 people on board, most of them from Guinea, Mali and Ivory Coast.
        """, dateline: "TUNIS — "))
        XCTAssertEqual(routes(f), [["Tunisia", "Italy"]])
    }

    func testLeaveAndHeadingToAreJourneyCues() throws {
        let f = try facts(article("Boats leave Senegal heading to the Canary Islands, the navy said.", dateline: "DAKAR — "))
        XCTAssertEqual(routes(f), [["Senegal", "Spain"]])
    }

    func testCrossedAndArrivedInAreJourneyCues() throws {
        let f = try facts(article("The Afghans crossed Iran on foot and arrived in Turkey after three weeks.", dateline: "QUETTA: "))
        XCTAssertEqual(routes(f), [["Afghanistan", "Iran", "Turkey"]])
    }

    func testGoodsShippedAreNotAJourney() throws {
        let f = try facts(article("The outboard engines were imported from China to Libya by a trading company, investigators said.",
                                  dateline: "TUNIS — "))
        XCTAssertEqual(routes(f), [])
    }

    func testPartnerCountriesAreNotARoute() throws {
        let f = try facts(article("""
        The Commission announced funding for border agencies in Niger, Chad and Mauritania. \
        Delegations from Italy, Greece and Spain attended.
        """, dateline: "BRUSSELS, May 15 (EWS) — "))
        XCTAssertEqual(routes(f), [])
    }

    func testOrBranchesGiveOneRouteEach() throws {
        let f = try facts(article("Bangladeshis often fly to Dubai or Istanbul and then on to Libya before crossing to Italy, he said.",
                                  dateline: "ROME, Dec 4 (MPA) — "))
        XCTAssertEqual(routes(f), [["Bangladesh", "United Arab Emirates", "Libya", "Italy"], ["Bangladesh", "Turkey", "Libya", "Italy"]])
    }

    // MARK: incidents

    func testRoadCrashWithCountAfterTheVerb() throws {
        let f = try facts(article("""
        FIA officials arrested six suspects on Monday. \
        Last month, a van carrying 17 migrants overturned near Taftan, killing five Pakistani nationals.
        """, headline: "FIA arrests six smugglers"))
        XCTAssertEqual(f.incidents.count, 1)
        let i = try XCTUnwrap(f.incidents.first)
        XCTAssertEqual(i.dead, 5)
        XCTAssertEqual(i.vessel, "van")
        XCTAssertEqual(i.date?.iso, "2024-04")
        XCTAssertEqual(i.location, "near Taftan")
        XCTAssertEqual(i.nationality, ["Pakistani"])
    }

    func testKilledCountIsNotAnEarlierNumber() throws {
        let f = try facts(article("""
        A court sentenced three smugglers to 15 years over a dinghy sinking off Lesbos that killed 7 Afghan and Syrian migrants in January.
        """, headline: "Court jails smugglers", dateline: "ATHENS — "))
        XCTAssertEqual(f.incidents.map(\.dead), [7])
        XCTAssertEqual(f.incidents.first?.date?.iso, "2024-01")
        XCTAssertEqual(f.event?.kind, .other)
    }

    func testYesterdayAndCountriesOfSeveralWords() throws {
        let f = try facts(article("""
        At least 12 migrants drowned and 9 were missing after their metal boat sank off Lampedusa yesterday, the coast guard said. \
        The boat carried 44 people, most of them from Guinea, Mali and Ivory Coast.
        """, headline: "Boat sinks off Lampedusa", dateline: "TUNIS, May 15 (NAW) — "))
        let i = try XCTUnwrap(f.incidents.first)
        XCTAssertEqual(i.date?.iso, "2024-05-14")
        XCTAssertEqual(i.dead, 12)
        XCTAssertEqual(i.missing, 9)
        XCTAssertEqual(i.nationality, ["Guinean", "Malian", "Ivorian"])
        XCTAssertEqual(f.event?.date?.iso, "2024-05-14")
    }

    func testDeathsOverSeveralDaysGiveTheMonthAndIntroductoryDates() throws {
        let f = try facts(article("""
        The bodies of 61 migrants washed ashore near Tobruk between May 3 and May 9 after several boats capsized, officials said. \
        In a separate incident on Friday, a lorry carrying 30 migrants overturned in southern Libya, killing four people.
        """, headline: "Bodies wash ashore in Libya", dateline: "BENGHAZI — "))
        XCTAssertEqual(f.incidents.map { $0.date?.iso }, ["2024-05", "2024-05-10"])
        XCTAssertEqual(f.incidents.map(\.dead), [61, 4])
        XCTAssertEqual(f.incidents.last?.location, "in southern Libya")
    }

    func testAnAgeIsNotADeathToll() throws {
        let f = try facts(article("Abdullahi Musa, 27, said his brother died in the desert in February.", dateline: "TRIPOLI — "))
        XCTAssertEqual(f.incidents.map(\.dead), [])
    }

    // MARK: speakers

    func testTitleWithOfPoliceBeforeTheName() throws {
        let f = try facts(article("Senior Superintendent of Police Faisal Ahmed Khan presented findings on the routes.", dateline: "ISLAMABAD: "))
        XCTAssertEqual(f.speakers.map(\.name), ["Faisal Ahmed Khan"])
        XCTAssertEqual(f.speakers.first?.title, "Senior Superintendent of Police")
    }

    func testRelativeClauseIsNotPartOfTheTitle() throws {
        let f = try facts(article("""
        The migrants had been held for weeks, said Hawa Ibrahim, a nurse with Médecins Sans Frontières who treated them.
        """, dateline: "TRIPOLI — "))
        XCTAssertEqual(f.speakers.first?.title, "nurse with Médecins Sans Frontières")
    }

    func testAccordingToWithAnAppositiveRole() throws {
        let f = try facts(article("""
        According to Ousmane Barry, head of the IOM office in Agadez, most migrants travel from Nigeria through Niger to Libya.
        """, dateline: "NIAMEY — "))
        XCTAssertEqual(f.speakers.map(\.name), ["Ousmane Barry"])
        XCTAssertEqual(f.speakers.first?.title, "head of the IOM office in Agadez")
        XCTAssertEqual(f.speakers.first?.organisation, "International Organization for Migration (IOM)")
        XCTAssertEqual(routes(f), [["Nigeria", "Niger", "Libya"]])
    }

    func testSpeechLaterInTheClauseTheNameOpens() throws {
        let f = try facts(article("""
        Home Minister Ram Bahadur Thapa inaugurated the event and said 350 cases were registered. \
        "Women are trafficked through India to the Gulf," said Sunita Gurung, executive director of Maiti Nepal.
        """, dateline: "KATHMANDU: "))
        XCTAssertEqual(f.speakers.map(\.name), ["Ram Bahadur Thapa", "Sunita Gurung"])
        XCTAssertEqual(f.speakers.first?.title, "Home Minister")
        XCTAssertEqual(f.speakers.last?.organisation, "Maiti Nepal")
    }

    func testLowerCaseRoleAfterSaidAndParticleNames() throws {
        let f = try facts(article("""
        "We heard screams and then nothing," said survivor Imran Ali, 24, from Gujrat. \
        Mohamed al-Mahdi, mayor of Zuwara, told reporters that the town was overwhelmed. \
        "He treated these people as cargo," said prosecutor Claire Dumont.
        """, dateline: "TRIPOLI — "))
        XCTAssertEqual(f.speakers.map(\.name), ["Imran Ali", "Mohamed al-Mahdi", "Claire Dumont"])
        XCTAssertEqual(f.speakers.map(\.title), [nil, "mayor of Zuwara", "prosecutor"])
    }

    func testDefendantsAndPhotoCreditsAreNotSpeakers() throws {
        let f = try facts(article("""
        The defendant, Karwan Aziz, 34, denied the charges. A second defendant, Rebin Hassan, remains on the run. \
        Judge Marc Lefebvre said the sentence reflected the gravity of the case.
        Photo: Boubacar Keita/IOM
        """, headline: "Smuggler jailed for 12 years", dateline: "CALAIS — "))
        XCTAssertEqual(f.speakers.map(\.name), ["Marc Lefebvre"])
        XCTAssertEqual(f.event?.kind, .other)
    }

    // MARK: event kind

    func testEventKindFromTheOpeningParagraph() throws {
        let f = try facts(article("""
        Police said on Tuesday they had broken up a network that moved migrants from Greece through North Macedonia \
        and Serbia into Hungary hidden in lorries.
        """, headline: "Balkan smugglers shift to trucks", dateline: "BELGRADE — "))
        XCTAssertEqual(f.event?.kind, .arrest)
        XCTAssertEqual(routes(f), [["Greece", "North Macedonia", "Serbia", "Hungary"]])
    }

    func testMeetingInTheHeadlineIsAConferenceEvenAboutCourts() throws {
        let f = try facts(article("A two-day seminar on court procedures in trafficking trials opened on Monday.",
                                  headline: "Seminar on trafficking trials opens"))
        XCTAssertEqual(f.event?.kind, .conference)
        XCTAssertEqual(f.event?.date?.iso, "2024-05-13")
    }

    // MARK: data and structure

    func testOriginsNamedApartStartSeparateJourneys() throws {
        let f = try facts(article("""
        Mr Naqvi said thousands of Pakistanis travelled each year from Balochistan via Iran and Turkey, and many took boats \
        from Libya to Italy or Greece.
        """, dateline: "ISLAMABAD: "))
        XCTAssertEqual(routes(f), [["Pakistan", "Iran", "Turkey"], ["Libya", "Italy"], ["Libya", "Greece"]])
    }

    func testTitleStopsAtPrepositionsBeforeIt() throws {
        let f = try facts(article("""
        The two countries agreed to cooperate after talks between Interior Minister Mohsin Naqvi and his Greek counterpart. \
        Mr Naqvi said smuggling networks would be dismantled.
        """, headline: "Pakistan, Greece agree to curb irregular migration", dateline: "ISLAMABAD: "))
        XCTAssertEqual(f.speakers.map(\.name), ["Mohsin Naqvi"])
        XCTAssertEqual(f.speakers.first?.title, "Interior Minister")
        XCTAssertEqual(f.event?.kind, .statement)
    }

    func testAmericasCountriesAndPlaces() throws {
        let f = try facts(article("""
        Eighteen migrants were killed when a truck carrying them overturned on a highway in Chiapas early on Tuesday, officials said. \
        Most of the victims were Guatemalan and Honduran. \
        The migrants had travelled from Guatemala and were heading to the United States.
        """, headline: "Truck carrying migrants crashes in Mexico", dateline: "MEXICO CITY, May 15 (AW) — "))
        XCTAssertEqual(routes(f), [["Guatemala", "United States"]])
        let i = try XCTUnwrap(f.incidents.first)
        XCTAssertEqual(i.dead, 18)
        XCTAssertEqual(i.date?.iso, "2024-05-14")
        XCTAssertEqual(i.nationality, ["Guatemalan", "Honduran"])
        XCTAssertEqual(i.location, "in Chiapas")
    }

    func testADatedSinkingWithoutANumberIsAnIncident() throws {
        let f = try facts(article("Last June, hundreds of Pakistanis died when the fishing trawler Adriana sank off Pylos.",
                                  dateline: "ISLAMABAD: "))
        XCTAssertEqual(f.incidents.count, 1)
        XCTAssertNil(f.incidents.first?.dead)
        XCTAssertEqual(f.incidents.first?.date?.iso, "2023-06")
        XCTAssertEqual(f.incidents.first?.vessel, "fishing trawler")
    }

    func testBoatsThatOftenSinkAreNotAnIncident() throws {
        let f = try facts(article("Smugglers use cheap boats that often sink, and many migrants have died on the route.",
                                  dateline: "TUNIS — "))
        XCTAssertEqual(f.incidents.count, 0)
    }

    func testTravellersMovedFromACountryToAnotherIsAJourney() throws {
        let f = try facts(article("""
        The network charged Syrian and Iraqi migrants up to €8,000 each to move them from Turkey to Germany along the Balkan route. \
        Investigators found that migrants were first taken by boat to Greece, then driven through Albania and Montenegro to Croatia.
        """, dateline: "THE HAGUE — "))
        // ("from Turkey to Germany" only sums the journey up)
        XCTAssertEqual(routes(f), [["Turkey", "Greece", "Albania", "Montenegro", "Croatia", "Germany"]])
    }

    func testSeaRegionsAsIncidentLocations() throws {
        let f = try facts(article("A boat sank in the Gulf of Aden in April, killing at least 38 Somalis and Ethiopians.",
                                  dateline: "DJIBOUTI — "))
        XCTAssertEqual(f.incidents.first?.location, "in the Gulf of Aden")
        XCTAssertEqual(f.incidents.first?.dead, 38)
        XCTAssertEqual(f.incidents.first?.nationality, ["Somali", "Ethiopian"])
    }

    // MARK: organisers and timeline

    func testCoHostsJoinedByAndAndFundedBy() throws {
        let f = try facts(article("""
        A two-day regional meeting on migrant smuggling by sea opened in Tunis on 14 May, co-hosted by the Tunisian National Guard \
        and Frontex. The meeting, funded by the European Union, brings together coast guards from Tunisia, Libya, Algeria and Italy. \
        A joint patrol exercise is planned for 3 July, and a trial of 14 smugglers is due to open on June 10.
        """, dateline: "TUNIS, May 15 (NAW) — "))
        XCTAssertEqual(f.organisers.count, 3)
        XCTAssertEqual(f.organisers.first?.name, "Tunisian National Guard")
        XCTAssertEqual(f.organisers.last?.displayName, "European Union")
        XCTAssertEqual(f.organisers.last?.role, "supporter")
        XCTAssertEqual(routes(f), [])
        XCTAssertEqual(f.event?.date?.iso, "2024-05-14")
        XCTAssertEqual(Set(f.timeline.map(\.date.iso)), ["2024-05-14", "2024-07-03", "2024-06-10"])
    }

    func testJourneyGoesOnFromThere() throws {
        let f = try facts(article("""
        Young men from Nangarhar keep leaving. "My son walked for nine days across the mountains into Iran," he said. \
        From there the young man crossed into Turkey near Van and then reached Greece by boat.
        """, dateline: "PESHAWAR: "))
        XCTAssertTrue(routes(f).contains(["Afghanistan", "Iran", "Turkey", "Greece"]), "\(routes(f))")
    }

    func testDeathsOnOneOfTheBoatsTakeTheDateAndPlaceBefore() throws {
        let f = try facts(article("""
        The coast guard intercepted five boats carrying more than 300 migrants off Sabratha on Sunday. \
        Two people were found dead on one of the boats, which had set out from Zawiya toward Italy.
        """, dateline: "TRIPOLI, May 15 (NAW) — "))
        XCTAssertEqual(f.incidents.count, 1)
        XCTAssertEqual(f.incidents.first?.date?.iso, "2024-05-12")
        XCTAssertEqual(f.incidents.first?.location, "off Sabratha")
        XCTAssertEqual(f.incidents.first?.dead, 2)
        XCTAssertEqual(routes(f), [["Libya", "Italy"]])
    }
}

extension GeneralisationTests {
    func testHyphenatedRanksAreTitlesNotNames() throws {
        let f = try facts(article("""
        Lieutenant-Colonel Abdou Ndiaye of the Senegalese Navy said 140 people were rescued. \
        Prosecutor-General Ibrahima Bakhoum told the court the accused had organised 12 departures.
        """, dateline: "DAKAR — "))
        XCTAssertEqual(f.speakers.map(\.name), ["Abdou Ndiaye", "Ibrahima Bakhoum"])
        XCTAssertEqual(f.speakers.map(\.title), ["Lieutenant-Colonel", "Prosecutor-General"])
        XCTAssertEqual(f.speakers.first?.organisation, "Senegalese Navy")
    }

    func testQuotesAttributedInSeveralWays() throws {
        let f = try facts(article("""
        "We will not give up," Aminata Touré said. \
        In a statement, Moussa Fall, director of the Senegalese Red Cross, said volunteers were exhausted. \
        "The sea took my brother," Fatou Diop, 19, told the Herald. \
        "Smugglers sell dreams," says Khady Sarr, a researcher at Cheikh Anta Diop University. \
        Police arrested Mamadou Ba, 41, who is accused of organising the trip.
        """, dateline: "DAKAR — "))
        XCTAssertEqual(f.speakers.map(\.name), ["Aminata Touré", "Moussa Fall", "Fatou Diop", "Khady Sarr"])
        XCTAssertEqual(f.speakers.map(\.title), [nil, "director of the Senegalese Red Cross", nil, "researcher at Cheikh Anta Diop University"])
    }
}

extension GeneralisationTests {
    func testOtherWaysOfCountingTheDeadAndMissing() throws {
        let lost = try facts(article("""
        Fifteen migrants lost their lives and 12 others remain unaccounted for after a pirogue capsized off Mbour on Sunday.
        """, headline: "Pirogue capsizes off Mbour", dateline: "DAKAR — "))
        XCTAssertEqual(lost.incidents.first?.dead, 15)
        XCTAssertEqual(lost.incidents.first?.missing, 12)
        let toll = try facts(article("The death toll from Sunday's capsizing of a pirogue off Mbour rose to 31 on Tuesday.",
                                     headline: "Toll rises", dateline: "DAKAR — "))
        XCTAssertEqual(toll.incidents.first?.dead, 31)
        XCTAssertEqual(toll.incidents.first?.date?.iso, "2024-05-12")
        let yearly = try facts(article("The annual death toll on the Atlantic route rose to 6,000 in 2023.", dateline: "DAKAR — "))
        XCTAssertEqual(yearly.incidents.count, 0)
    }
}

extension GeneralisationTests {
    func testLegsInSequenceAndBoatsForADestination() throws {
        let f = try facts(article("Migrants were flown from Dhaka to Dubai, then to Benghazi, before boarding boats for Lampedusa.",
                                  dateline: "SYLHET — "))
        XCTAssertEqual(routes(f), [["Bangladesh", "United Arab Emirates", "Libya", "Italy"]])
    }

    func testDestinationsAloneAndPostingsAreNotJourneys() throws {
        let f = try facts(article("""
        Officers were posted to Dhaka and Lahore to stop journeys to Europe. \
        Those who make it to Libya often try to cross to Malta or Italy.
        """, dateline: "ISLAMABAD: "))
        XCTAssertEqual(routes(f), [])
    }

    func testTheUnionAfterOneOfItsMembersAddsNoStep() throws {
        let f = try facts(article("The men travelled from Sylhet to Italy and then on to Europe.", dateline: "SYLHET — "))
        XCTAssertEqual(routes(f), [["Bangladesh", "Italy"]])
    }
}

extension GeneralisationTests {
    func testDaysWithoutAYearFallOnTheSideTheClauseSpeaksOf() throws {
        let december = try facts("Plan announced\nTest Outlet\n2024-12-04\n\nROME — The appeal will be heard on January 15. The first review is due in March.")
        XCTAssertEqual(Set(december.timeline.map(\.date.iso)), ["2025-01-15", "2025-03"])
        let january = try facts("Lorry stopped\nTest Outlet\n2024-01-10\n\nROME — The lorry was stopped on December 28 near the border. The trial will open on March 3.")
        XCTAssertEqual(Set(january.timeline.map(\.date.iso)), ["2023-12-28", "2024-03-03"])
    }

    func testYesterdayAndDaysAgo() throws {
        let f = try facts(article("Guards stopped a lorry with 40 migrants yesterday. A similar lorry was found three days ago near Taftan."))
        XCTAssertEqual(Set(f.timeline.map(\.date.iso)), ["2024-05-14", "2024-05-12"])
    }
}

extension GeneralisationTests {
    func testMoreWaysOfOrganisingAMeeting() throws {
        let auspices = try facts(article("""
        The workshop was held under the auspices of the Economic Community of West African States (ECOWAS) in conjunction with the IOM.
        """, dateline: "DAKAR — "))
        XCTAssertEqual(auspices.organisers.map(\.name), ["Economic Community of West African States", "International Organization for Migration"])
        let held = try facts(article("""
        The National Agency for the Fight against Trafficking (NAFT) held a two-day seminar for judges on Monday. \
        Police held three suspects after the meeting.
        """, dateline: "DAKAR — "))
        XCTAssertEqual(held.organisers.map(\.displayName), ["National Agency for the Fight against Trafficking (NAFT)"])
    }
}

extension GeneralisationTests {
    func testMoreVehiclesAndWaysOfSinking() throws {
        let coach = try facts(article("Nine migrants died when a coach carrying 50 people plunged into a ravine near Zhob on Sunday.",
                                      headline: "Coach crash", dateline: "QUETTA: "))
        XCTAssertEqual(coach.incidents.map(\.vessel), ["coach"])
        XCTAssertEqual(coach.incidents.first?.date?.iso, "2024-05-12")
        let boat = try facts(article("At least 20 people drowned when a leaking wooden boat foundered off Gwadar on Saturday night.",
                                     headline: "Boat founders", dateline: "GWADAR: "))
        XCTAssertEqual(boat.incidents.map(\.vessel), ["wooden boat"])
        XCTAssertEqual(boat.incidents.first?.dead, 20)
        XCTAssertEqual(boat.incidents.first?.location, "off Gwadar")
    }
}

extension GeneralisationTests {
    func testListsOfSpeakers() throws {
        let f = try facts(article("""
        Other speakers included Awa Ndiaye, Cheikh Tidiane Gadio and Marième Faye. \
        Moussa Sow and Coumba Diop also spoke at the session. \
        Police arrested Ibou Fall and Modou Kane on Monday.
        """, dateline: "DAKAR — "))
        XCTAssertEqual(f.speakers.map(\.name), ["Awa Ndiaye", "Cheikh Tidiane Gadio", "Marième Faye", "Moussa Sow", "Coumba Diop"])
    }
}

extension GeneralisationTests {
    func testNationalitiesOfThoseOnBoardInAFollowingSentence() throws {
        let f = try facts(article("""
        At least 14 people died when a boat sank off Tripoli on Sunday. Those on board included Syrians, Lebanese and Palestinians.
        """, headline: "Boat sinks off Lebanon", dateline: "BEIRUT — "))
        XCTAssertEqual(Set(f.incidents.first?.nationality ?? []), ["Syrian", "Lebanese", "Palestinian"])
    }
}

extension GeneralisationTests {
    /// A conference report in the reference article's style, in new words.
    func testConferenceReportInTheReferenceStyle() throws {
        let text = """
        Regional dialogue urges action on trafficking of women
        KARACHI: Stressing the growing threat of human trafficking along the coast, a three-day regional dialogue on Tuesday called for stronger coordination among maritime agencies.
        The Maritime Security Agency and the Ministry of Human Rights jointly convened the dialogue in partnership with the International Organization for Migration (IOM) and with financial support from the Government of Japan at the Pearl Continental Hotel.
        Addressing the participants, Federal Minister for Human Rights Azam Nazeer Tarar highlighted the vulnerability of women recruited with false job offers.
        Mariam Khalid, the IOM Chief of Mission in Pakistan, observed that many victims were moved from Pakistan through Oman to the United Arab Emirates before being sold on to Saudi Arabia.
        The meeting recalled the sinking of a boat off Ormara in February 2024, which killed 12 fishermen and migrants.
        The Chief of Naval Staff, Admiral Naveed Ashraf, said the navy would expand patrols from next month.
        Published in Dawn, May 16th, 2024
        """
        let f = try facts(text)
        XCTAssertEqual(f.event?.kind, .conference)
        XCTAssertEqual(f.event?.date?.iso, "2024-05-14")
        XCTAssertEqual(f.organisers.map(\.role), ["organiser", "organiser", "partner", "supporter"])
        XCTAssertEqual(f.speakers.map(\.name), ["Azam Nazeer Tarar", "Mariam Khalid", "Naveed Ashraf"])
        XCTAssertEqual(f.speakers.map(\.organisation), [nil, "International Organization for Migration (IOM)", nil])
        XCTAssertEqual(f.speakers.last?.title, "Admiral, the Chief of Naval Staff", "a rank keeps its place before the role")
        XCTAssertEqual(routes(f), [["Pakistan", "Oman", "United Arab Emirates", "Saudi Arabia"]])
        XCTAssertEqual(f.incidents.map(\.dead), [12])
        XCTAssertEqual(Set(f.timeline.map(\.date.iso)), ["2024-02", "2024-05-14", "2024-06"])
    }
}

extension GeneralisationTests {
    /// A wire report: the day in the opener is no count, the vessel is named more fully later, and the
    /// travellers' nationalities are not where the journey started.
    func testWireCapsizeReport() throws {
        let text = """
        Dozens feared dead after migrant boat capsizes off Tunisia
        North Africa Wire | 2024-05-15 09:30 GMT

        SFAX, May 15 (NAW) — Dozens of migrants are feared dead after their boat capsized off the coast of Sfax, Tunisian authorities said on Wednesday.

        The National Guard said 17 bodies had been recovered and 25 people were still missing after the iron boat sank late on Monday, shortly after leaving Jebiniana.

        Survivors said the passengers were mostly from Guinea, Ivory Coast and Cameroon, and were heading for Lampedusa.

        "The sea was very rough," said Mamadou Camara, a 22-year-old survivor from Conakry.

        Reporting by Salma Ben Ali; Editing by Tom Hart
        """
        let f = try facts(text)
        let i = try XCTUnwrap(f.incidents.first)
        XCTAssertEqual(f.incidents.count, 1)
        XCTAssertEqual(i.dead, 17)
        XCTAssertEqual(i.missing, 25)
        XCTAssertEqual(i.vessel, "iron boat")
        XCTAssertEqual(i.date?.iso, "2024-05-13")
        XCTAssertEqual(i.nationality, ["Guinean", "Ivorian", "Cameroonian"])
        XCTAssertEqual(f.event?.date?.iso, "2024-05-13")
        XCTAssertEqual(routes(f), [["Tunisia", "Italy"]])
        XCTAssertEqual(f.speakers.map(\.name), ["Mamadou Camara"])
    }
}

extension GeneralisationTests {
    func testSomeoneDetainedIsNotTheOneWhoSpeaks() throws {
        let f = try facts(article("Police detained Ali Khan near Quetta and said he had organised the trip.", dateline: "QUETTA: "))
        XCTAssertEqual(f.speakers.map(\.name), [])
    }
}

extension GeneralisationTests {
    func testAMeetingToldOnlyByItsLastDayStartsDaysBefore() throws {
        let f = try facts("Conference ends\nTest Outlet\n2024-05-17\n\nWARSAW — A two-day conference on online smuggling ended in Warsaw on Thursday with a call for faster takedowns.")
        XCTAssertEqual(f.event?.date?.iso, "2024-05-15")
        XCTAssertEqual(Set(f.timeline.map(\.date.iso)), ["2024-05-15", "2024-05-16"])
        let opened = try facts("Workshop opens\nTest Outlet\n2024-05-17\n\nPESHAWAR: A three-day workshop for prosecutors opened here on Wednesday.")
        XCTAssertEqual(opened.event?.date?.iso, "2024-05-15")
    }
}

extension GeneralisationTests {
    /// An arrest report in the Sylhet style: the dead are a part of those sent ("four of whom drowned"),
    /// the date of the drowning is not the date of the arrests, and the quoted officer's role holds a unit and a rank.
    func testArrestReportWithAnEarlierDrowning() throws {
        let text = """
        'He wanted to feed us': RAB detains three over Libya boat deaths
        The Sylhet Observer
        Tuesday, March 12, 2024

        MOULVIBAZAR — The Rapid Action Battalion (RAB) has detained three men accused of sending 11 young men from Moulvibazar to Libya, four of whom drowned when their boat sank off Tunisia last month.

        The men were flown from Dhaka to Dubai and then to Benghazi before being put on a boat to Italy, said RAB-9 commander Lt Col Mohammad Khairul Islam.

        "My son wanted to feed us. Now we have nothing," said Rokeya Begum, mother of one of the dead.
        """
        let f = try facts(text)
        XCTAssertEqual(f.event?.kind, .arrest)
        // the arrests are undated: the month of publication, never the drowning's month
        XCTAssertEqual(f.event?.date?.iso, "2024-03")
        XCTAssertEqual(f.incidents.map(\.dead), [4])
        XCTAssertEqual(f.incidents.first?.date?.iso, "2024-02")
        XCTAssertEqual(f.speakers.map(\.name), ["Mohammad Khairul Islam", "Rokeya Begum"])
        XCTAssertEqual(f.speakers.first?.organisation, "Rapid Action Battalion (RAB)")
        XCTAssertTrue(routes(f).contains(["Bangladesh", "United Arab Emirates", "Libya", "Italy"]))
    }
}

extension GeneralisationTests {
    func testInterceptionReportWithAnEarlierSinkingInAnotherClause() throws {
        let text = """
        Coast guards stop boat carrying 31 migrants off Pasni
        PASNI: The Pakistan Maritime Security Agency (PMSA) on Saturday intercepted a fishing boat carrying 31 would-be migrants bound for Iran and arrested four crew members, officials said on Sunday.
        The migrants, all from Punjab, had paid Rs800,000 each and planned to travel on from Iran to Turkey, a PMSA official said.
        A similar boat was stopped near Ormara last week, and in March a boat carrying 20 migrants sank off Jiwani, killing 9.
        Published in The Coastal Times, May 13th, 2024
        """
        let f = try facts(text)
        XCTAssertEqual(f.event?.kind, .arrest)
        XCTAssertEqual(f.event?.date?.iso, "2024-05-11")
        XCTAssertEqual(routes(f), [["Pakistan", "Iran", "Turkey"]])
        XCTAssertEqual(f.incidents.count, 1)
        XCTAssertEqual(f.incidents.first?.date?.iso, "2024-03")
        XCTAssertEqual(f.incidents.first?.location, "off Jiwani")
        XCTAssertEqual(f.incidents.first?.dead, 9)
    }

    func testSuspectsNationalityIsNotTheVictims() throws {
        let f = try facts(article("""
        A court acquitted two Egyptian men accused of steering a boat that capsized near Lampedusa in September 2023, killing 41 people.
        """, headline: "Court acquits two in shipwreck case", dateline: "AGRIGENTO — "))
        XCTAssertEqual(f.incidents.first?.dead, 41)
        XCTAssertNil(f.incidents.first?.nationality)
        XCTAssertEqual(f.event?.kind, .other)
    }
}

extension GeneralisationTests {
    func testRoutesNamedByHyphenatedCountries() throws {
        let f = try facts(article("""
        Fees on the Pakistan-Iran-Turkey route averaged €4,500, the report said. \
        Smugglers charged up to €9,000 for the Bangladesh–UAE–Libya–Italy journey. \
        Patrols along the Turkey-Greece border were increased.
        """, dateline: "VIENNA — "))
        XCTAssertEqual(routes(f), [["Pakistan", "Iran", "Turkey"], ["Bangladesh", "United Arab Emirates", "Libya", "Italy"]])
    }

    func testADestinationDatelineIsNotWhereJourneysStart() throws {
        let f = try facts(article("""
        A quarter of respondents said they had used the route through Bosnia and Croatia.
        """, dateline: "VIENNA — "))
        XCTAssertEqual(routes(f), [])
        let quetta = try facts(article("Smugglers moved them through Iran to Turkey.", dateline: "QUETTA: "))
        XCTAssertEqual(routes(quetta), [["Pakistan", "Iran", "Turkey"]])
    }
}

extension GeneralisationTests {
    func testOrganisationRightAfterTheName() throws {
        let f = try facts(article("""
        Ana Lopez from UNHCR said departures had fallen. \
        Karim Haddad, of the IOM, said returns had doubled. \
        Luis Ortega from Madrid said arrivals were steady.
        """, dateline: "GENEVA — "))
        XCTAssertEqual(f.speakers.map(\.name), ["Ana Lopez", "Karim Haddad", "Luis Ortega"])
        XCTAssertEqual(f.speakers.map(\.organisation), ["United Nations High Commissioner for Refugees (UNHCR)",
                                                       "International Organization for Migration (IOM)", nil])
        XCTAssertEqual(f.speakers.map(\.title), [nil, nil, nil])
    }
}

extension GeneralisationTests {
    func testLivesClaimedAndAnEarlierShipwreck() throws {
        let f = try facts(article("""
        The capsizing of a boat off Kerkennah on Sunday claimed 12 lives. \
        Speakers recalled the shipwreck off Cutro in February 2023, in which 94 people died.
        """, headline: "Boat capsizes off Kerkennah", dateline: "TUNIS — "))
        XCTAssertEqual(f.incidents.map(\.dead), [12, 94])
        XCTAssertEqual(f.incidents.map { $0.date?.iso }, ["2024-05-12", "2023-02"])
        XCTAssertEqual(f.incidents.map(\.location), ["off Kerkennah", "off Cutro"])
    }
}

extension GeneralisationTests {
    func testArrestsHaveNoOrganisers() throws {
        let f = try facts(article("""
        Police arrested five suspected smugglers in raids on Monday. \
        The suspects had attended a workshop organised by a travel agents' association in cooperation with the Ministry of Labour.
        """, headline: "Police arrest five smugglers"))
        XCTAssertEqual(f.event?.kind, .arrest)
        XCTAssertEqual(f.organisers.count, 0)
    }
}

extension GeneralisationTests {
    func testMigrantsFromSeveralCountriesAreAStatisticNotJourneys() throws {
        let f = try facts(article("""
        Migrants from Senegal, Mali and Guinea paid smugglers an estimated €90 million last year for journeys towards Europe.
        """, dateline: "DAKAR — "))
        XCTAssertEqual(routes(f), [])
    }
}

extension GeneralisationTests {
    /// A training course in the Dakar workshop style, in another region.
    func testTrainingCourseWithRanksAndUnits() throws {
        let text = """
        Gulf of Guinea states train investigators to trace smuggling money
        By Kofi Mensah
        West Africa Ledger
        Thursday 14 March 2024

        ACCRA — Police investigators and prosecutors from Ghana, Nigeria, Togo and Benin began a four-day training course in Accra on Monday on tracing the proceeds of migrant smuggling.

        The course was organised by the Ghana Immigration Service (GIS) and the United Nations Office on Drugs and Crime (UNODC), with financial support from the Government of the Netherlands.

        Opening the session, GIS Comptroller-General Kwame Asuah Takyi said smugglers moved migrants from Ghana overland through Burkina Faso and Niger to Libya.

        "Follow the money and you find the network," said Superintendent Abena Owusu of the Ghana Police Service.

        Chief Inspector Adebayo Ogunleye, head of the Nigerian Immigration Service's anti-smuggling unit, presented a case in which 27 Nigerians died in the desert near Agadez in August 2023.

        Participants will meet again in Lomé in September.
        """
        let f = try facts(text)
        XCTAssertEqual(f.event?.kind, .conference)
        XCTAssertEqual(f.event?.date?.iso, "2024-03-11")
        XCTAssertEqual(f.organisers.map(\.role), ["organiser", "organiser", "supporter"])
        XCTAssertEqual(f.speakers.map(\.name), ["Kwame Asuah Takyi", "Abena Owusu", "Adebayo Ogunleye"])
        XCTAssertEqual(f.speakers.map(\.organisation), ["Ghana Immigration Service (GIS)", "Ghana Police Service", "Nigerian Immigration Service"])
        XCTAssertEqual(routes(f), [["Ghana", "Burkina Faso", "Niger", "Libya"]])
        XCTAssertEqual(f.incidents.map(\.dead), [27])
        XCTAssertEqual(Set(f.timeline.map(\.date.iso)), ["2023-08", "2024-03-11", "2024-09"])
    }
}

extension GeneralisationTests {
    /// A desert road report: deaths over a range of days are dated by the month (incident, event and timeline),
    /// the count is not a part named in passing, and the range is not a statistic's period.
    func testDesertDeathsOverSeveralDays() throws {
        let text = """
        Ten migrants die of thirst after smugglers abandon them in desert
        Sahel Times | Staff Reporter | Published June 3, 2024
        AGADEZ: Ten migrants, including three women, died of thirst after their smugglers abandoned them in the Ténéré desert, north of Agadez, between May 25 and May 28, a local official said on Sunday.
        The group of 24 had left Agadez in a pick-up truck heading for Libya, from where they hoped to travel on to Europe.
        Most of the victims were Nigerians and Ghanaians, the official said, speaking on condition of anonymity.
        """
        let f = try facts(text)
        XCTAssertEqual(f.event?.kind, .incident)
        XCTAssertEqual(f.event?.date?.iso, "2024-05")
        XCTAssertEqual(f.incidents.count, 1)
        XCTAssertEqual(f.incidents.first?.dead, 10)
        XCTAssertEqual(f.incidents.first?.date?.iso, "2024-05")
        XCTAssertEqual(Set(f.incidents.first?.nationality ?? []), ["Nigerian", "Ghanaian"])
        XCTAssertEqual(routes(f), [["Niger", "Libya", "European Union"]])
        XCTAssertEqual(f.speakers.count, 0)
        XCTAssertFalse(f.timeline.map(\.date.iso).contains("2024-05-28"))
    }
}

extension GeneralisationTests {
    func testVerdictWithADefendantWhoseLawyersSpeak() throws {
        let f = try facts(article("""
        The Provincial Court of Almería on Wednesday sentenced an Algerian skipper, Yacine Benali, to nine years in prison for \
        the deaths of nine migrants whose patera overturned off Cabo de Gata in March. \
        Presiding judge María José Ruiz-Gallardón said the accused had overloaded the boat. \
        The boat had left Oran two days earlier, bound for Almería. \
        Lawyers for Benali said they would appeal.
        """, headline: "Skipper jailed over deaths of 9 on Alborán crossing", dateline: "ALMERIA — "))
        XCTAssertEqual(f.event?.kind, .other)
        XCTAssertEqual(f.event?.date?.iso, "2024-05-15")
        XCTAssertEqual(f.speakers.map(\.name), ["María José Ruiz-Gallardón"])
        XCTAssertEqual(f.speakers.first?.title, "Presiding judge")
        XCTAssertEqual(routes(f), [["Algeria", "Spain"]])
        XCTAssertEqual(f.incidents.map { $0.date?.iso }, ["2024-03"])
        XCTAssertEqual(f.incidents.map(\.vessel), ["patera"])
    }
}

extension GeneralisationTests {
    func testRelativesAndSurvivorsWithoutTitles() throws {
        let f = try facts(article("""
        His mother, Amina Bibi, said she had sold her jewellery to pay the agent. \
        Rukhsana Kausar, whose son drowned off Greece, said she had sold her land. \
        "I saw people disappear under the waves," recalled Hassan Raza, one of 12 survivors. \
        Survivor Bilal Ahmed told investigators the captain had fled.
        """, dateline: "GUJRAT: "))
        XCTAssertEqual(f.speakers.map(\.name), ["Amina Bibi", "Rukhsana Kausar", "Hassan Raza", "Bilal Ahmed"])
        XCTAssertEqual(f.speakers.map(\.title), [nil, nil, nil, nil])
    }
}

extension GeneralisationTests {
    func testASinkingWithEveryoneSavedIsAnIncidentAnInterceptionIsNot() throws {
        let sank = try facts(article("A dinghy carrying 40 people capsized off Lesbos on Monday, but all were rescued by the coast guard.",
                                     headline: "Dinghy capsizes off Lesbos", dateline: "ATHENS — "))
        XCTAssertEqual(sank.incidents.count, 1)
        XCTAssertNil(sank.incidents.first?.dead)
        XCTAssertEqual(sank.incidents.first?.date?.iso, "2024-05-13")
        let stopped = try facts(article("The coast guard intercepted a boat carrying 40 people off Lesbos on Monday.",
                                        headline: "Coast guard intercepts boat", dateline: "ATHENS — "))
        XCTAssertEqual(stopped.incidents.count, 0)
        let generic = try facts(article("Smugglers use dinghies that often capsize in rough seas.", dateline: "ATHENS — "))
        XCTAssertEqual(generic.incidents.count, 0)
    }
}

extension GeneralisationTests {
    func testHyphenatedDayRangesGiveBothDays() throws {
        for text in ["The conference was held on 13-14 May in Rome.", "The conference was held on May 13-14 in Rome."] {
            let f = try facts(article(text, headline: "Conference on smuggling", dateline: "ROME — "))
            XCTAssertEqual(f.event?.date?.iso, "2024-05-13", text)
            XCTAssertEqual(Set(f.timeline.map(\.date.iso)), ["2024-05-13", "2024-05-14"], text)
        }
    }
}

extension GeneralisationTests {
    func testCoHostsNamedInTheSentenceBefore() throws {
        let f = try facts(article("""
        Smugglers charge Afghans between €1,500 and €3,000 to cross from Türkiye to the Greek islands, according to a survey \
        released on Tuesday by the Mixed Migration Centre (MMC) and the Hellenic Foundation for European and Foreign Policy (ELIAMEP). \
        The survey, launched at an event co-hosted by the two organisations in Athens, is based on interviews with 1,200 migrants \
        in Greece, Türkiye and Serbia. A follow-up study is planned for early 2025.
        """, headline: "New survey maps smugglers' prices", dateline: "ATHENS — "))
        XCTAssertEqual(f.event?.kind, .statement)
        XCTAssertEqual(f.organisers.map(\.acronym), ["MMC", "ELIAMEP"])
        XCTAssertEqual(routes(f), [["Turkey", "Greece"]])
        XCTAssertEqual(Set(f.timeline.map(\.date.iso)), ["2024-05-14", "2025"])
    }
}

extension GeneralisationTests {
    func testPlaceNamesWithArabicParticles() throws {
        let f = try facts(article("In a separate incident on April 23, a boat carrying 45 Somalis ran aground near Bab el-Mandeb, killing six.",
                                  headline: "Boat runs aground", dateline: "ADEN — "))
        XCTAssertEqual(f.incidents.first?.location, "near Bab el-Mandeb")
        XCTAssertEqual(f.incidents.first?.dead, 6)
        XCTAssertEqual(f.incidents.first?.date?.iso, "2024-04-23")
        XCTAssertEqual(f.incidents.first?.nationality, ["Somali"])
    }
}

extension GeneralisationTests {
    func testProfessionalTitlesPoliceRanksAndParticiples() throws {
        let f = try facts(article("""
        Barrister Ali Zafar told the session that laws were outdated. \
        FIA Director General Ahmad Ishaq Jahangir, addressing the ceremony, said 400 smugglers had been arrested. \
        SSP Gujrat Rana Umar Farooq told reporters that 12 agents had been arrested.
        """, dateline: "LAHORE: "))
        XCTAssertEqual(f.speakers.map(\.name), ["Ali Zafar", "Ahmad Ishaq Jahangir", "Rana Umar Farooq"])
        XCTAssertEqual(f.speakers.map(\.title), ["Barrister", "FIA Director General", "SSP Gujrat"])
    }
}

extension GeneralisationTests {
    func testOriginsJoinedByOrAreAlternativeJourneys() throws {
        let f = try facts(article("Most pirogues leave from Senegal or Gambia for the Canary Islands.", dateline: "DAKAR — "))
        XCTAssertEqual(routes(f), [["Senegal", "Spain"], ["Gambia", "Spain"]])
        let listed = try facts(article("Migrants from Senegal and Gambia travel to the Canary Islands.", dateline: "DAKAR — "))
        XCTAssertEqual(routes(listed), [])
        let funding = try facts(article("The EU pledged funding for Niger and Chad.", dateline: "BRUSSELS — "))
        XCTAssertEqual(routes(funding), [])
    }
}

extension GeneralisationTests {
    func testIncidentLocationsWithCoastsAndTowns() throws {
        let cases = [("near the Libyan coastal town of Zuwara", "near the Libyan coastal town of Zuwara"),
                     ("off the Tunisian coast", "off the Tunisian coast"),
                     ("off Italy's southern coast", "off Italy's southern coast"),
                     ("off the coast of Lahj province", "off the coast of Lahj province")]
        for (place, expected) in cases {
            let f = try facts(article("Twelve migrants drowned when their boat sank \(place) on Monday.", headline: "Boat sinks", dateline: "TUNIS — "))
            XCTAssertEqual(f.incidents.first?.location, expected)
        }
    }
}

extension GeneralisationTests {
    func testANameBeforeABracketedAcronymIsAPersonNotTheBody() throws {
        let f = try facts(article("Ana Lopez (UNHCR) said departures had fallen.", dateline: "GENEVA — "))
        XCTAssertEqual(f.speakers.map(\.name), ["Ana Lopez"])
        XCTAssertNotNil(f.speakers.first?.organisation)
    }
}

extension GeneralisationTests {
    /// Travellers carried from stop to stop, with no start named: the journey starts in the dateline's country.
    func testChainsOfConveyedStopsStartAtTheDateline() throws {
        let sent = try facts(article("The agent first sent the young men to Doha on work visas and then to Cairo, from where they were put on boats to Italy.",
                                     dateline: "GUJRANWALA: "))
        XCTAssertEqual(routes(sent), [["Pakistan", "Qatar", "Egypt", "Italy"]])
        let flown = try facts(article("Most of the girls were flown to Muscat and later taken on to Riyadh or Kuwait City.",
                                      dateline: "KATHMANDU: "))
        XCTAssertEqual(Set(routes(flown)), [["Nepal", "Oman", "Saudi Arabia"], ["Nepal", "Oman", "Kuwait"]])
        let driven = try facts(article("The recruits were driven to Niamey, then moved on to Agadez and eventually to Libya.",
                                       dateline: "KANO — "))
        XCTAssertEqual(routes(driven), [["Nigeria", "Niger", "Libya"]])
        // Not when the sentence names the dateline's country in another role, nor when journeys end there.
        let border = try facts(article("People who tried to cross Poland's border had first been flown to Moscow and then taken to Minsk.",
                                       dateline: "WARSAW — "))
        XCTAssertEqual(routes(border), [])
        let rome = try facts(article("Many were flown to Cairo and then driven to Benghazi.", dateline: "ROME — "))
        XCTAssertEqual(routes(rome), [])
    }
}
