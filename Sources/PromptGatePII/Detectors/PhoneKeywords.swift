/// Words that say the next number is (or is not) a phone number.
enum PhoneKeywords {
    /// Words that introduce phone numbers, in the languages of the corpus.
    static let positive = ContextKeywords([
        "phone", "phones", "tel", "telephone", "call", "calls", "mobile", "cell", "fax", "contact",
        "text", "sms", "whatsapp", "hotline", "reach", "ring", "dial", "callback", "landline",
        "téléphone", "tél", "appelez", "appeler", "numéro", "portable", "telefon", "telefonisch",
        "handy", "rufnummer", "teléfono", "telefono", "llamar", "móvil", "cellulare", "звоните",
        "телефон", "電話", "电话", "携帯", "手机", "手机号", "mob", "טלפון", "नंबर", "फ़ोन",
    ])

    /// Words that introduce other numbers that look like phone numbers.
    static let negative = ContextKeywords([
        "order", "invoice", "inv", "ref", "reference", "isbn", "issn", "sku", "tracking", "nhs",
        "ssn", "itin", "account", "acct", "iban", "konto", "serial", "ticket", "case", "imei",
        "batch", "lot", "build", "version", "zip", "postcode", "card", "member", "loyalty",
        "po", "epoch", "timestamp", "id", "parcel", "routing", "ean", "upc", "isin",
    ])
}
