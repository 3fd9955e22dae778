/// Top-level domains: those accepted at the end of an e-mail address (every two-letter country
/// code, the generic TLDs that commonly appear in mail, and non-ASCII TLDs such as "рф"), and
/// the narrower set that makes a bare host ("example.com") a URL.
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

    /// Suffixes of bare domains: common in addresses, rare as file extensions or code members
    /// (so not "py", "md", "sh", "rs", "id", "name").
    private static let bare: Set<String> = [
        "com", "net", "org", "edu", "gov", "io", "co", "dev", "app", "info", "biz", "ai", "xyz", "online",
        "site", "tech", "shop", "store", "cloud", "eu", "uk", "de", "fr", "es", "it", "nl", "be", "ch",
        "at", "se", "no", "dk", "fi", "pl", "pt", "ie", "us", "ca", "au", "nz", "jp", "cn", "in", "br",
        "mx", "ru", "il", "za", "kr", "tw", "hk", "sg", "tv", "cz", "gr", "hu", "ro", "ua", "tr", "ar",
        "cl", "рф",
    ]

    /// True for a two-letter label, a listed generic TLD (ASCII case-insensitive) or a label
    /// of two or more non-ASCII letters.
    static func isKnown(_ label: ArraySlice<UInt32>) -> Bool {
        if label.count >= 2, label.allSatisfy(PIIChar.isAlphabeticLetter) { return true }
        guard label.allSatisfy(PIIChar.isLetter) else { return false }
        if label.count == 2 { return true }
        guard label.count <= 12, let name = lowercased(label) else { return false }
        return generic.contains(name)
    }

    /// True for a lowercase suffix that makes a bare host a URL.
    static func isBareDomainSuffix(_ label: ArraySlice<UInt32>) -> Bool {
        guard label.count <= 6, !label.contains(where: PIIChar.isUpper), let name = lowercased(label) else {
            return false
        }
        return bare.contains(name)
    }

    private static func lowercased(_ label: ArraySlice<UInt32>) -> String? {
        var name = ""
        for scalar in label {
            guard let unicode = Unicode.Scalar(PIIChar.lower(scalar)) else { return nil }
            name.unicodeScalars.append(unicode)
        }
        return name
    }
}
