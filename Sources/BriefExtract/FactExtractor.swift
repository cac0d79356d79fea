import BriefModel

/// Turns an article into facts by rules over the gazetteers; every fact carries the sentence it came from
/// and the id of the rule that read it.
public struct FactExtractor: Sendable {
    public let gazetteers: Gazetteers

    public init(gazetteers: Gazetteers) {
        self.gazetteers = gazetteers
    }

    /// The facts of one article: event, organisers, speakers, routes, incidents, timeline, figures and outlook.
    public func extract(from article: Article) -> Facts {
        let ctx = ArticleContext(article: article, gazetteers: gazetteers)
        let incidents = IncidentRule.extract(ctx)
        let event = MainEventRule.extract(ctx, incidents: incidents)
        // arrests, incidents, verdicts and protests have no organisers: only a reported meeting or launch does
        let organisers = [.arrest, .incident].contains(event?.kind) || (event?.kind == .other && MainEventRule.namesVerdictOrProtest(ctx))
            ? [] : OrganiserRule.extract(ctx)
        return Facts(headline: article.headline, source: article.source, published: article.published,
                     dateline: article.dateline, url: article.url, origin: article.origin, event: event,
                     organisers: organisers, speakers: SpeakerRule.extract(ctx), routes: RouteRule.extract(ctx),
                     incidents: incidents, timeline: TimelineRule.extract(ctx, event: event, incidents: incidents),
                     figures: FigureRule.extract(ctx), outlook: OutlookRule.extract(ctx))
    }
}
