/// The Bidi rule of RFC 5893 section 2, which IDNA2008 applies to every label of a domain name
/// that has a right-to-left label (a "Bidi domain name"), so that the name reads the same way
/// whatever the direction of the text around it.
enum BidiRule {
    /// An RTL label (RFC 5893 section 1.4): one with a character of class R, AL or AN.
    static func isRightToLeft(_ label: [Unicode.Scalar]) -> Bool {
        label.contains { [.r, .al, .an].contains(BidiClass.of($0)) }
    }

    /// True when the labels (U-labels, or ASCII labels as they are) are no Bidi domain name, or
    /// each of them meets the six conditions.
    static func allows(_ labels: [[Unicode.Scalar]]) -> Bool {
        guard labels.contains(where: isRightToLeft) else { return true }
        return labels.allSatisfy(meetsConditions)
    }

    private static let rightToLeftClasses: Set<BidiClass> = [.r, .al, .an, .en, .es, .cs, .et, .on, .bn, .nsm]
    private static let leftToRightClasses: Set<BidiClass> = [.l, .en, .es, .cs, .et, .on, .bn, .nsm]

    /// Conditions 1-6 for one label.
    static func meetsConditions(_ label: [Unicode.Scalar]) -> Bool {
        let classes = label.map(BidiClass.of)
        // 3 and 6 look at the end of the label, after any trailing NSM.
        guard let first = classes.first, let last = classes.last(where: { $0 != .nsm }) else { return false }
        switch first {
        // 1: an R or AL first makes an RTL label: 2 its classes, 3 its end, 4 not both EN and AN.
        case .r, .al:
            return classes.allSatisfy(rightToLeftClasses.contains) && [.r, .al, .en, .an].contains(last)
                && !(classes.contains(.en) && classes.contains(.an))
        // 1: an L first makes an LTR label: 5 its classes, 6 its end.
        case .l:
            return classes.allSatisfy(leftToRightClasses.contains) && (last == .l || last == .en)
        default:
            return false
        }
    }
}
