/// The cases of a test set, in file order. Each case is kept as the JSON text of its line (checked
/// when the test set was loaded) with its id, tags and line number, and is parsed into a `TestCase`
/// when it is used: a set of 10,000 cases then holds its file's bytes (~2 MB) instead of ~9 MB of
/// parsed dictionaries for the whole run, for one parse of ~250 bytes per use.
public struct CaseList: RandomAccessCollection, Sendable {
    private let storage: Storage

    /// A list of the given cases (each is stored as canonical JSON).
    public init(_ cases: [TestCase]) {
        var builder = Builder()
        for testCase in cases {
            var object: [String: JSONValue] = [
                "id": .string(testCase.id), "vars": .object(testCase.vars),
                "tags": .array(testCase.tags.map(JSONValue.string)),
            ]
            if let expected = testCase.expected { object["expected"] = expected }
            builder.append(
                id: testCase.id, tags: testCase.tags, line: testCase.line,
                text: JSONWriter.canonical(.object(object)).utf8)
        }
        self = builder.build()
    }

    fileprivate init(storage: Storage) {
        self.storage = storage
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { storage.entries.count }

    /// The case at `position`, parsed from its text.
    public subscript(position: Int) -> TestCase {
        storage.testCase(at: position)
    }

    /// The id of the case at `position`, without parsing the case.
    public func id(at position: Int) -> String {
        storage.entries[position].id
    }

    /// Every case id, in file order.
    public var ids: [String] { storage.entries.map(\.id) }

    /// Collects cases as they are read.
    struct Builder {
        private var bytes: [UInt8] = []
        private var entries: [Entry] = []

        mutating func reserveCapacity(bytes count: Int) {
            bytes.reserveCapacity(count)
        }

        mutating func append(id: String, tags: [String], line: Int, text: some Collection<UInt8>) {
            entries.append(
                Entry(id: id, tags: tags, line: Int32(clamping: line), start: bytes.count, length: text.count))
            bytes.append(contentsOf: text)
        }

        func build() -> CaseList {
            CaseList(storage: Storage(bytes: bytes, entries: entries))
        }
    }

    fileprivate struct Entry: Sendable {
        let id: String
        let tags: [String]
        let line: Int32
        let start: Int
        let length: Int
    }

    fileprivate final class Storage: Sendable {
        let bytes: [UInt8]
        let entries: [Entry]

        init(bytes: [UInt8], entries: [Entry]) {
            self.bytes = bytes
            self.entries = entries
        }

        /// The text parsed when the set loaded, so it parses again; were it ever not to, the case
        /// would come back without variables and expected output (and fail visibly), never trap.
        func testCase(at position: Int) -> TestCase {
            let entry = entries[position]
            let text = Array(bytes[entry.start..<entry.start + entry.length])
            let object = (try? JSONParser.parse(bytes: text))?.objectValue ?? [:]
            return TestCase(
                id: entry.id, vars: object["vars"]?.objectValue ?? [:], expected: object["expected"], tags: entry.tags,
                line: Int(entry.line))
        }
    }
}
