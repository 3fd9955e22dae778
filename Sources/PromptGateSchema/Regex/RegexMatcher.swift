/// Matches a `CompiledRegex` against one text by simulating all paths through the program at once
/// (Thompson's construction, as in RE2's Pike VM): each position is visited once with at most one
/// thread per instruction, so time is O(text length × program size) whatever the pattern.
/// Lookarounds are first answered for every position with one pass each, inner ones first.
struct RegexMatcher {
    private let text: [Unicode.Scalar]
    /// For each lookaround, whether it holds at each position 0...text.count.
    private var tables: [[Bool]] = []

    /// True when `compiled` matches `string` (anywhere, or the whole of it when anchored).
    static func matches(_ compiled: CompiledRegex, in string: String) -> Bool {
        var matcher = RegexMatcher(text: Array(string.unicodeScalars))
        for lookaround in compiled.lookarounds {
            matcher.tables.append(matcher.table(for: lookaround))
        }
        return matcher.run(compiled.main, anchored: compiled.anchored) { _ in true }
    }

    private init(text: [Unicode.Scalar]) {
        self.text = text
    }

    /// Where `lookaround` holds. Its body runs unanchored over the whole text; a lookbehind body
    /// reads forward and holds where a match ends, a lookahead body reads backward and holds where a
    /// (reversed) match ends, that is where a forward match would start.
    private func table(for lookaround: RegexLookaround) -> [Bool] {
        var table = [Bool](repeating: lookaround.negated, count: text.count + 1)
        _ = run(lookaround.program, anchored: false) { position in
            table[position] = !lookaround.negated
            return false
        }
        return table
    }

    /// Runs `program`, starting a thread at every position (only the first one when `anchored`),
    /// and calls `accepted` with each position where a thread matches; stops when it returns true.
    private func run(_ program: RegexProgram, anchored: Bool, accepted: (Int) -> Bool) -> Bool {
        let count = text.count
        var marks = [Int](repeating: -1, count: program.instructions.count)
        var current: [Int] = [], next: [Int] = [], stack: [Int] = []
        var acceptedHere = false
        for step in 0...count {
            let position = program.backward ? count - step : step
            if !anchored || step == 0 {
                acceptedHere = addThread(0, program, at: position, step: step, &current, &marks, &stack) || acceptedHere
            }
            if acceptedHere && accepted(position) { return true }
            if step == count || (anchored && current.isEmpty) { break }
            let scalar = program.backward ? text[position - 1] : text[position]
            let nextPosition = program.backward ? position - 1 : position + 1
            acceptedHere = false
            next.removeAll(keepingCapacity: true)
            for pc in current {
                guard case .consume(let set) = program.instructions[pc], program.sets[set].contains(scalar) else {
                    continue
                }
                acceptedHere =
                    addThread(pc + 1, program, at: nextPosition, step: step + 1, &next, &marks, &stack) || acceptedHere
            }
            swap(&current, &next)
        }
        return false
    }

    /// Follows every zero-width path from `pc` at `position`, adding the `consume` instructions it
    /// reaches to `list` once per step (`marks`); true when one path reaches `accept`.
    private func addThread(
        _ pc: Int, _ program: RegexProgram, at position: Int, step: Int,
        _ list: inout [Int], _ marks: inout [Int], _ stack: inout [Int]
    ) -> Bool {
        var accepted = false
        stack.append(pc)
        while let pc = stack.popLast() {
            guard marks[pc] != step else { continue }
            marks[pc] = step
            switch program.instructions[pc] {
            case .consume:
                list.append(pc)
            case .split(let first, let second):
                stack.append(second)
                stack.append(first)
            case .jump(let target):
                stack.append(target)
            case .check(let check):
                if holds(check, at: position) { stack.append(pc + 1) }
            case .accept:
                accepted = true
            }
        }
        return accepted
    }

    private func holds(_ check: RegexCheck, at position: Int) -> Bool {
        switch check {
        case .anchor(.start): return position == 0
        case .anchor(.end): return position == text.count
        case .anchor(.wordBoundary): return isWord(position - 1) != isWord(position)
        case .anchor(.notWordBoundary): return isWord(position - 1) == isWord(position)
        case .lookaround(let index): return tables[index][position]
        }
    }

    private func isWord(_ index: Int) -> Bool {
        index >= 0 && index < text.count && ScalarSet.word.contains(text[index])
    }
}
