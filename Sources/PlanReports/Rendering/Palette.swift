import PlanCore

/// The colours of every HTML report, its SVG charts and the partner page, in one place.
///
/// The style sheet declares them as CSS custom properties and the SVG (which must also render
/// where CSS variables are not honoured, e.g. when a chart is copied into a slide) writes
/// them as literal values; both read these constants, so a colour changes in one line. Text
/// colours keep at least 4.5:1 contrast on white (GOV.UK palette).
enum Palette {
    /// Body text and strong rules.
    static let ink = "#0b0c0c"
    /// Secondary text, axis labels, quiet borders.
    static let muted = "#505a5f"
    /// Table rules and light borders.
    static let rule = "#b1b4b6"
    /// Background of headers and panels.
    static let wash = "#f3f2f1"
    /// The page.
    static let paper = "#ffffff"
    /// Red status, overdue marks.
    static let red = "#b10e1e"
    /// The pale red behind the overdue hatching.
    static let redWash = "#fbe3df"
    /// Amber status fill.
    static let amber = "#ffbf47"
    /// The border that keeps amber visible on white.
    static let amberEdge = "#8a5a00"
    /// Amber as a line colour (darker than the fill, for contrast).
    static let amberLine = "#b37400"
    /// Green status, targets, met criteria.
    static let green = "#00703c"
    /// The darker green edge of a done bar.
    static let greenEdge = "#005a30"
    /// Complete status, recorded progress, links.
    static let blue = "#1d70b8"
    /// The pale blue of an in-progress bar.
    static let blueWash = "#bbd4ea"
    /// A blocked bar.
    static let blockedFill = "#d4351c"
    /// The edge of a blocked bar.
    static let blockedEdge = "#942514"
    /// Baselines and cancelled work.
    static let grey = "#8a8f91"
    /// A stage's planned window.
    static let window = "#dee0e2"
    /// Faint grid lines.
    static let faint = "#e5e6e7"
    /// The outline of whatever has keyboard focus.
    static let focus = "#ffdd00"
    /// The bottom edge of a green button.
    static let buttonEdge = "#002d18"

    /// The colour of a task bar by status: fill, stroke.
    static func task(_ status: PlanTask.Status) -> (fill: String, stroke: String) {
        switch status {
        case .planned: (paper, muted)
        case .inProgress: (blueWash, blue)
        case .blocked: (blockedFill, blockedEdge)
        case .done: (green, greenEdge)
        case .cancelled: (wash, grey)
        }
    }

    /// The badge colours of a RAG status: fill, text, border (as the page's `.rag-*` classes).
    static func rag(_ rag: RAG) -> (fill: String, ink: String, edge: String) {
        switch rag {
        case .red: (red, paper, red)
        case .amber: (amber, ink, amberEdge)
        case .green: (green, paper, green)
        case .complete: (blue, paper, blue)
        case .notStarted: (paper, ink, muted)
        }
    }
}
