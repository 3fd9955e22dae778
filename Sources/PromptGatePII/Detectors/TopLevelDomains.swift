/// Top-level domains accepted at the end of an e-mail address: every two-letter
/// country code, plus the generic TLDs that commonly appear in mail.
enum TopLevelDomains {
    private static let generic: Set<String> = [
        "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "name", "pro", "mobi",
        "io", "ai", "app", "dev", "xyz", "online", "site", "tech", "store", "cloud", "email",
        "shop", "blog", "news", "page", "live", "life", "world", "today", "agency", "digital",
        "network", "solutions", "company", "services", "support", "systems", "group", "global",
        "media", "studio", "design", "health", "law", "bank", "finance", "travel", "jobs",
        "museum", "aero", "coop", "asia", "tel", "cat", "berlin", "london", "paris", "nyc",
        "tokyo", "club", "team", "work", "works", "mail", "inc", "ltd", "llc", "gmbh", "art",
        "eu", "academy", "center", "consulting", "software", "website", "space", "fun",
    ]

    /// True for a two-letter label or a listed generic TLD (ASCII case-insensitive).
    static func isKnown(_ label: ArraySlice<UInt32>) -> Bool {
        guard label.allSatisfy(PIIChar.isLetter) else { return false }
        if label.count == 2 { return true }
        guard label.count <= 12 else { return false }
        var name = ""
        for scalar in label {
            guard let unicode = Unicode.Scalar(PIIChar.lower(scalar)) else { return false }
            name.unicodeScalars.append(unicode)
        }
        return generic.contains(name)
    }
}
