import BriefGraphics
import BriefModel
public final class TimelineChartBlock: FixedBlock {
    public init(points: [TimelinePoint], theme: Theme, fonts: FontLibrary, spaceBefore: Double) { super.init(kind: "timeline", spaceBefore: spaceBefore) }
}
public final class RouteDiagramBlock: FixedBlock {
    public init(routes: [[String]], theme: Theme, fonts: FontLibrary, spaceBefore: Double) { super.init(kind: "route-diagram", spaceBefore: spaceBefore) }
}
