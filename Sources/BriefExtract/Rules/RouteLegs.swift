import BriefModel

/// What is done with the routes once every sentence is read: legs told in different sentences are joined,
/// and routes that only sum up a longer one are left out.
extension RouteRule {
    /// Routes without the ones that only sum up another: a start and an end that a longer route joins by its
    /// passages, or a start and `the European Union` when a longer route from that start reaches a member
    /// (`smuggled Indian migrants into the European Union` beside "flew from New Delhi to Belgrade, then crossed
    /// into Hungary").
    static func withoutSummaries(_ routes: [Route], _ lex: RouteWords) -> [Route] {
        routes.filter { r in
            guard r.countries.count == 2 else { return true }
            return !routes.contains { other in
                guard other.countries.count > 2, other.countries.first == r.countries[0] else { return false }
                // `Afghans … to Turkey` beside `from Afghanistan through Pakistan and Iran to Turkey`
                return other.countries.last == r.countries[1]
                    || (r.countries[1] == europeanUnion && other.countries.contains(where: lex.euMembers.contains))
            }
        }
    }

    /// Legs of one journey told in different sentences, joined where one ends in the country the other starts
    /// from (`flown from Kathmandu to Delhi` + `from Delhi they were sent on to Muscat`), unless the two share
    /// another country (a return or a second journey). A start the article's origin stood in for gives way to
    /// a leg that ends where the rest begins. Each joined route keeps the evidence of both legs.
    static func chained(_ routes: [Route]) -> [Route] {
        var routes = routes
        var joined = true
        while joined {
            joined = false
            search: for a in routes.indices {
                for b in routes.indices where b != a {
                    let first = routes[a].countries
                    var second = routes[b].countries
                    if second.count >= 3, routes[b].evidence.first?.rule == "route.article-origin", first.last == second[1] {
                        second.removeFirst()
                    }
                    // a journey home is a journey of its own
                    guard first.count >= 2, second.count >= 2, first.last == second.first,
                          !(routes[a].evidence + routes[b].evidence).contains(where: { $0.rule == "route.return" }),
                          Set(first.dropLast()).isDisjoint(with: second) else { continue }
                    let evidence = routes[a].evidence + routes[b].evidence.map { $0.relabelled("route.chained") }
                    routes[a] = Route(countries: first + second.dropFirst(), evidence: evidence)
                    routes.remove(at: b)
                    joined = true
                    break search
                }
            }
        }
        return routes
    }
}
