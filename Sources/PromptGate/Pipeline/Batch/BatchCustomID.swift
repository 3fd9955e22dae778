/// The `custom_id` a planned call travels under in a provider batch: derived from its case id and
/// repeat, so a resumed run maps the answers of a batch it submitted earlier without storing a
/// table of ids. Both APIs accept it (`[A-Za-z0-9_-]`, at most 64 characters).
enum BatchCustomID {
    static func of(caseID: String, repeatIndex: Int) -> String {
        let hash = ContentHash.of("\(repeatIndex)\u{0}\(caseID)")
        return "pg-" + String(hash.split(separator: ":").last?.prefix(40) ?? "")
    }
}
