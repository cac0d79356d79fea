import BriefModel
import Foundation

/// The words the incident rule reads, from the `incident.*` lexicons (`Gazetteers/incidents.json`): how a
/// place, a count, a victim and a period are told. The vessels, death and sinking words stay in the
/// gazetteers' own lists (`vessels`, `deathWords`, `sinkingWords`).
@dynamicMemberLookup
final class IncidentWords: Sendable {
    /// The `incident.*` lists as the files hold them (`incident.location-cues` is `locationCues`).
    final class Lists: Decodable, Sendable {
        let locationCues, locationFillers, locationConnectors, locationParticles, locationHeads, locationHeadModifiers: WordSet
        let distanceUnits, distanceRelations, compassWords, areaHeads, placePrepositions: WordSet
        let notCounts, approximators, actualSinking, notVictims, victimNouns: WordSet
        let missingPhrases, partPhrases, combinedAuxiliaries: PhraseList
        let eventVerbs, killVerbs, deathVerbs, lifeNouns, bodyNouns, tollNouns, tollPrepositions, lossVerbs, lossObjects: WordSet
        let goingVerbs, referringDeterminers, rescuerModifiers, droppedModifiers, articles: WordSet
        let partitiveWords, partitivePronouns, partitiveAuxiliaries, lonePersonWords: WordSet
        let nationalityIntroducers, nationalityListNouns, originWords, listJoiners: WordSet
        let survivorNouns, survivorVerbs, aggregateAuxiliaries, sinceWords, routeNouns: WordSet
        let periodPhrases, severalDaysPhrases: PhraseList
        let vagueCounts, dozenWords, ageWords, combinedConnectors, otherEventVerbs, dayUnits, spanPrepositions: WordSet
        let occurrenceVerbs, genericVessels, periodPrepositions, rangeJoiners, moneySymbols: WordSet
    }

    let lists: Lists
    /// Month names, lower-cased (from the date gazetteer): `May 15` holds a day, not a count.
    let months: Set<String>
    /// Every word one of the death counts needs (life, body, toll, loss, kill and death words): a sentence with
    /// none of them counts no dead, and is not searched further.
    let deathCues: Set<String>
    /// `off the southern island of Crete`, `near the Horn of Africa nation of Djibouti`, "in Mae Ramat
    /// district`, `about four kilometres from Hardelot beach": a place phrase built from the lists.
    let location: Pattern
    /// `in 1996`, `of 2021`: a bare year that a statistic covers.
    let bareYear: Pattern

    init(_ lists: Lists, months: Set<String>) {
        self.lists = lists
        self.months = months
        deathCues = lists.lifeNouns.entries.union(lists.bodyNouns.entries).union(lists.tollNouns.entries)
            .union(lists.lossVerbs.entries).union(lists.killVerbs.entries).union(lists.deathVerbs.entries)
        location = Pattern(IncidentWords.locationPattern(lists), caseInsensitive: false)
        bareYear = Pattern(#"\b(?:"# + IncidentWords.alternatives(lists.periodPrepositions) + #")\s+(?:19|20)\d\d\b"#)
    }

    /// A regular expression choosing among the entries, longest first, each matched as written.
    static func alternatives(_ set: WordSet) -> String {
        set.entries.sorted { ($0.count, $1) > ($1.count, $0) }
            .map { NSRegularExpression.escapedPattern(for: $0).replacingOccurrences(of: " ", with: #"\s+"#) }.joined(separator: "|")
    }

    private static func locationPattern(_ l: Lists) -> String {
        let name = #"(?:(?:"# + alternatives(l.locationParticles) + #")-)?\p{Lu}[\p{L}’'-]*"#
        let cue = #"(?i:"# + alternatives(l.locationCues) + #")"#
        let fillers = #"(?:(?i:"# + alternatives(l.locationFillers) + #")\s+)*"#
        let connectors = #"(?:(?:"# + alternatives(l.locationConnectors) + #")\s+)*"#
        let head = #"(?:\s+(?:(?:"# + alternatives(l.locationHeadModifiers) + #")\s+)?(?:"# + alternatives(l.locationHeads) + #")\b)?"#
        let cued = #"\b"# + cue + #"\s+"# + fillers + name + #"(?:\s+"# + connectors + name + #")*"# + head
        // `about 120 kilometres north-east of Dirkou`, `some 30 nautical miles off Lampedusa`
        let measure = #"(?:(?i:"# + alternatives(l.approximators) + #")\s+)*(?:\d[\d,.]*|\p{Ll}+)\s+(?i:"# + alternatives(l.distanceUnits)
            + #")\s+(?:(?i:"# + alternatives(l.compassWords) + #")\s+)?(?i:"# + alternatives(l.distanceRelations) + #")\s+"#
            + fillers + name + #"(?:\s+"# + connectors + name + #")*"# + head
        // `in Mae Ramat district`, `in the northern Obock region`
        let area = #"\b(?:"# + alternatives(l.placePrepositions) + #")\s+"# + fillers + name + #"(?:\s+"# + name + #")*\s+(?:"# + alternatives(l.areaHeads) + #")\b(?!\s+of\b)"#
        return #"\b"# + measure + "|" + cued + "|" + area
    }

    /// The lists read by name: `words.notCounts`.
    subscript<T>(dynamicMember path: KeyPath<Lists, T>) -> T { lists[keyPath: path] }

    /// The lexicons' namespace: the lists are named `incident.*`.
    static let namespace = "incident"
}
