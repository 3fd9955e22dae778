import Foundation

/// The pass-rate trend across a prompt's versions as an inline SVG line chart (no script, no
/// network): one point per version's latest completed run.
struct TrendSVG {
    let points: [(version: Int, metrics: RunMetrics)]

    func svg() -> String {
        guard points.count >= 2 else { return "" }
        let width = 560.0, height = 160.0, left = 40.0, right = 16.0, top = 12.0, bottom = 28.0
        let step = (width - left - right) / Double(points.count - 1)
        func x(_ i: Int) -> Double { left + Double(i) * step }
        func y(_ rate: Double) -> Double { top + (1 - rate) * (height - top - bottom) }
        var out =
            "<svg class=\"trend\" role=\"img\" aria-label=\"pass rate by version\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" xmlns=\"http://www.w3.org/2000/svg\">"
        for rate in [0.0, 0.5, 1.0] {
            out += "<line x1=\"\(left)\" x2=\"\(width - right)\" y1=\"\(y(rate))\" y2=\"\(y(rate))\" class=\"grid\"/>"
            out += "<text x=\"\(left - 6)\" y=\"\(y(rate) + 4)\" text-anchor=\"end\">\(Int(rate * 100))%</text>"
        }
        let line = points.enumerated().map { "\(x($0.offset)),\(y($0.element.metrics.passRate))" }.joined(
            separator: " ")
        out += "<polyline points=\"\(line)\" class=\"line\"/>"
        for (i, point) in points.enumerated() {
            let label = HTMLEscaping.text(
                "v\(point.version): \(String(format: "%.1f", point.metrics.passRate * 100))% pass")
            out += "<circle cx=\"\(x(i))\" cy=\"\(y(point.metrics.passRate))\" r=\"4\"><title>\(label)</title></circle>"
            out += "<text x=\"\(x(i))\" y=\"\(height - 8)\" text-anchor=\"middle\">v\(point.version)</text>"
        }
        return out + "</svg>"
    }
}
