/// Labels that sit above a value rather than in front of it: the header of the value's column
/// when its paragraph is a table (Markdown pipes, tabs or commas), or else the paragraph's
/// first line ("Patient list (NHS numbers)" over a numbered list). Positions must be asked in
/// increasing order; each line is read a bounded number of times, so a scan stays linear.
struct ParagraphLabels {
    /// What a position's paragraph says about it.
    enum Verdict: Equatable {
        /// In a table row, under a column whose header names a keyword.
        case labelledColumn
        /// In a table row, under another column.
        case otherColumn
        /// Not in a table row; the paragraph's first line names a keyword.
        case labelledHeading
        /// None of these (or the position is on the paragraph's first line).
        case none
    }

    private static let pipe: UInt32 = 0x7C
    private let keywords: ContextKeywords
    private var started = false
    private var lineStart = 0
    private var lineEnd = 0
    private var pendingHeader = true
    private var onHeaderLine = false
    private var delimiter: UInt32?
    private var labelledColumns: Set<Int> = []
    /// How many delimiters the header holds; a comma or tab row must hold as many (prose
    /// with commas is not a table), a Markdown row just one.
    private var headerDelimiters = 0
    private var headingLabelled = false
    private var rowHasDelimiter = false
    private var columnCursor = 0
    private var column = 0

    /// Labels are recognised by `keywords`.
    init(keywords: ContextKeywords) {
        self.keywords = keywords
    }

    /// The verdict for `index`, which must not be smaller than the previous call's.
    mutating func verdict(at index: Int, in text: PIIText) -> Verdict {
        if !started {
            started = true
            enterLine(at: 0, in: text)
        }
        while index >= lineEnd, lineEnd < text.count { enterLine(at: lineEnd + 1, in: text) }
        if onHeaderLine { return .none }
        if let delimiter, rowHasDelimiter {
            while columnCursor < index {
                if text[columnCursor] == delimiter { column += 1 }
                columnCursor += 1
            }
            return labelledColumns.contains(column) ? .labelledColumn : .otherColumn
        }
        return headingLabelled ? .labelledHeading : .none
    }

    private mutating func enterLine(at start: Int, in text: PIIText) {
        lineStart = start
        lineEnd = start
        while lineEnd < text.count, text[lineEnd] != 0x0A { lineEnd += 1 }
        columnCursor = start
        column = 0
        var first = start
        while first < lineEnd, PIIChar.isSpace(text[first]) { first += 1 }
        if first == lineEnd {
            pendingHeader = true
            onHeaderLine = false
            rowHasDelimiter = false
            return
        }
        // A Markdown table starts a paragraph of its own even without a blank line before it.
        let startsTable = text[first] == Self.pipe && delimiter != Self.pipe
        onHeaderLine = pendingHeader || startsTable
        if onHeaderLine {
            pendingHeader = false
            readHeader(in: text)
        }
        rowHasDelimiter = delimiter.map { isRow(delimitedBy: $0, in: text) } ?? false
    }

    private func isRow(delimitedBy delimiter: UInt32, in text: PIIText) -> Bool {
        if delimiter == Self.pipe { return lineContains(delimiter, in: text) }
        return (lineStart..<lineEnd).reduce(0) { $0 + (text[$1] == delimiter ? 1 : 0) } == headerDelimiters
    }

    /// Takes the current line as the paragraph's first line: its delimiter, the columns whose
    /// header names a keyword, and whether the line names one at all.
    private mutating func readHeader(in text: PIIText) {
        delimiter = [Self.pipe, 0x09, 0x2C].first { lineContains($0, in: text) }
        if let found = delimiter, found != Self.pipe, !looksLikeHeader(delimitedBy: found, in: text) { delimiter = nil }
        labelledColumns = []
        headerDelimiters = delimiter.map { d in (lineStart..<lineEnd).reduce(0) { $0 + (text[$1] == d ? 1 : 0) } } ?? 0
        headingLabelled = keywords.occurs(before: lineEnd, window: lineEnd - lineStart, in: text)
        guard let delimiter else { return }
        var cellStart = lineStart
        var cell = 0
        for position in lineStart...lineEnd where position == lineEnd || text[position] == delimiter {
            if keywords.occurs(before: position, window: position - cellStart, in: text) {
                labelledColumns.insert(cell)
            }
            cell += 1
            cellStart = position + 1
        }
    }

    /// A comma or tab header names columns: short cells (three words at most), none ending a
    /// sentence ("About your order, the refund and the rest:" is prose).
    private func looksLikeHeader(delimitedBy delimiter: UInt32, in text: PIIText) -> Bool {
        var words = 0
        var inWord = false
        var last: UInt32 = 0
        for position in lineStart...lineEnd {
            let c = position == lineEnd ? delimiter : text[position]
            if c == delimiter {
                if words > 3 || last == PIIChar.colon || last == PIIChar.dot || last == 0x3F || last == 0x21 {
                    return false
                }
                words = 0
                inWord = false
                last = 0
            } else if PIIChar.isSpace(c) {
                inWord = false
            } else {
                if !inWord { words += 1 }
                inWord = true
                last = c
            }
        }
        return true
    }

    private func lineContains(_ scalar: UInt32, in text: PIIText) -> Bool {
        (lineStart..<lineEnd).contains { text[$0] == scalar }
    }
}
