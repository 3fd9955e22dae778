import Testing

@testable import PromptGate

@Suite struct CaseImportTests {
    @Test func csvQuotesSeparatorsAndAnUnclosedQuote() {
        var bag = DiagnosticBag()
        let table = CSVTable.parse("a;b\n\"x;y\";\"\"\n\n1;2", separator: ";", path: "f.csv", into: &bag)
        #expect(bag.items.isEmpty)
        #expect(
            table?.rows == [CSVTable.Row(line: 2, fields: ["x;y", ""]), CSVTable.Row(line: 4, fields: ["1", "2"])])

        var broken = DiagnosticBag()
        #expect(CSVTable.parse("a,b\n1,\"open\n2,3\n", path: "f.csv", into: &broken) == nil)
        #expect(
            broken.items.map(\.description) == [
                "f.csv:2: error: a quoted field is never closed (it starts in the record on this line); add the closing quote"
            ])
    }

    @Test func expectedCellsTakeTheSchemasTypes() throws {
        let schema = try JSONParser.parse(
            #"{"properties": {"amount": {"type": ["number", "null"]}, "human": {"type": "boolean"}, "n": {"type": "integer"},"#
                + #" "tags": {"type": "array"}, "p": {"enum": [1, 2]}, "o": {"properties": {"code": {"type": "string"}}}}}"#
        )
        func value(_ cell: String, _ path: String...) throws -> JSONValue? {
            try ExpectedCell.value(cell, types: ExpectedCell.types(at: path, in: schema))
        }
        #expect(try value("12.50", "amount") == .number(12.5))
        #expect(try value("", "amount") == .null)
        #expect(try value("yes", "human") == .bool(true))
        #expect(try value("[\"a\"]", "tags") == .array([.string("a")]))
        #expect(try value("2", "p") == .number(2))
        #expect(try value("007", "o", "code") == .string("007"))
        #expect(try value("", "human") == nil)
        #expect(try value("free text", "unknown") == .string("free text"))
        #expect(throws: ExpectedCell.Message.self) { try value("1.5", "n") }
        #expect(throws: ExpectedCell.Message.self) { try value("maybe", "human") }
    }
}
