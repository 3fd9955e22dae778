/// The Unicode bidirectional classes (UAX #9) that the RFC 5893 Bidi rule tells apart; `other`
/// stands for the classes it never allows (B, S, WS and the embedding, override and isolate
/// controls). Swift's `Unicode.Scalar.Properties` has no bidi class, so marks are classified from
/// their general category (Mn and Me are NSM) and everything else from a generated table of
/// ranges (`BidiClassTable.swift`, made by `scripts/generate-bidi-classes.py`); code points in no
/// range are L.
enum BidiClass: Sendable, Equatable {
    case l, r, al, an, en, es, cs, et, on, bn, nsm, other

    /// The class of `scalar`.
    static func of(_ scalar: Unicode.Scalar) -> BidiClass {
        let listed = lookup(scalar.value)
        switch scalar.properties.generalCategory {
        // The table lists the few marks that are not NSM (they are L).
        case .nonspacingMark, .enclosingMark: return listed == .l ? .l : .nsm
        default: return listed ?? .l
        }
    }

    /// The class of the table range holding `value`, by binary search.
    private static func lookup(_ value: UInt32) -> BidiClass? {
        var low = 0
        var high = table.count
        while low < high {
            let middle = (low + high) / 2
            let (first, last, kind) = table[middle]
            if value < first {
                high = middle
            } else if value > last {
                low = middle + 1
            } else {
                return kind
            }
        }
        return nil
    }
}
