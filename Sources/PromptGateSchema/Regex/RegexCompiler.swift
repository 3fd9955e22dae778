/// Turns a `RegexNode` tree into `RegexProgram`s. Counted repetitions are expanded into copies, so
/// the total size is capped: matching time grows with the program size times the text length.
struct RegexCompiler {
    /// Most instructions a pattern may compile to, over the main program and all lookarounds.
    static let maxInstructions = 100_000

    private var total = 0
    private var lookarounds: [RegexLookaround] = []
    /// Where the outermost repetition being expanded starts, for the "too large" error.
    private var site: Int?

    /// Compiles `node` to match anywhere in a text, or only the whole text when `wholeText` is true.
    static func compile(_ node: RegexNode, wholeText: Bool) throws(RegexSyntaxError) -> CompiledRegex {
        var compiler = RegexCompiler()
        let body: RegexNode = wholeText ? .sequence([node, .anchor(.end)]) : node
        let main = try compiler.program(for: body, backward: false)
        return CompiledRegex(main: main, lookarounds: compiler.lookarounds, anchored: wholeText)
    }

    private mutating func program(for node: RegexNode, backward: Bool) throws(RegexSyntaxError) -> RegexProgram {
        var program = RegexProgram(backward: backward)
        try emit(node, into: &program)
        try append(.accept, to: &program)
        return program
    }

    private mutating func emit(_ node: RegexNode, into program: inout RegexProgram) throws(RegexSyntaxError) {
        switch node {
        case .empty:
            break
        case .scalars(let set):
            program.sets.append(set)
            try append(.consume(set: program.sets.count - 1), to: &program)
        case .sequence(let items):
            for item in program.backward ? items.reversed() : items {
                try emit(item, into: &program)
            }
        case .alternation(let alternatives):
            var exits: [Int] = []
            for alternative in alternatives.dropLast() {
                let split = try append(.split(0, 0), to: &program)
                try emit(alternative, into: &program)
                exits.append(try append(.jump(0), to: &program))
                program.instructions[split] = .split(split + 1, program.instructions.count)
            }
            if let last = alternatives.last { try emit(last, into: &program) }
            for exit in exits { program.instructions[exit] = .jump(program.instructions.count) }
        case .repetition(let body, let min, let max, let offset):
            let outer = site
            site = site ?? offset
            try emitRepetition(body, min: min, max: max, into: &program)
            site = outer
        case .anchor(let anchor):
            try append(.check(.anchor(anchor)), to: &program)
        case .lookaround(let body, let ahead, let negated):
            let lookaround = RegexLookaround(program: try self.program(for: body, backward: ahead), negated: negated)
            lookarounds.append(lookaround)
            try append(.check(.lookaround(lookarounds.count - 1)), to: &program)
        }
    }

    /// `min` copies of `body`, then either a loop (no maximum) or `max - min` optional copies.
    private mutating func emitRepetition(
        _ body: RegexNode, min: Int, max: Int?, into program: inout RegexProgram
    ) throws(RegexSyntaxError) {
        guard let max else {
            for _ in 0..<Swift.max(min - 1, 0) { try emit(body, into: &program) }
            if min == 0 {
                let loop = try append(.split(0, 0), to: &program)
                try emit(body, into: &program)
                try append(.jump(loop), to: &program)
                program.instructions[loop] = .split(loop + 1, program.instructions.count)
            } else {
                let start = program.instructions.count
                try emit(body, into: &program)
                try append(.split(start, program.instructions.count + 1), to: &program)
            }
            return
        }
        for _ in 0..<min { try emit(body, into: &program) }
        var skips: [Int] = []
        for _ in min..<max {
            skips.append(try append(.split(0, 0), to: &program))
            try emit(body, into: &program)
        }
        for skip in skips { program.instructions[skip] = .split(skip + 1, program.instructions.count) }
    }

    /// Appends `instruction` and returns its index; throws once the pattern grows past the cap.
    @discardableResult
    private mutating func append(
        _ instruction: RegexInstruction, to program: inout RegexProgram
    ) throws(RegexSyntaxError) -> Int {
        total += 1
        guard total <= Self.maxInstructions else {
            throw RegexSyntaxError(
                "pattern too large: its repetition counts expand it past \(Self.maxInstructions) steps", at: site ?? 0)
        }
        program.instructions.append(instruction)
        return program.instructions.count - 1
    }
}
