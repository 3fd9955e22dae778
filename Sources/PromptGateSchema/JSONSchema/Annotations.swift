/// Which object properties and array items the keywords of a schema (and its valid in-place
/// subschemas) have evaluated; `unevaluatedProperties`/`unevaluatedItems` apply to the rest.
struct Annotations {
    var allProperties = false
    var properties: Set<String> = []
    var allItems = false
    /// Items `0..<itemPrefix` were evaluated (by `prefixItems`).
    var itemPrefix = 0
    /// Individual items evaluated (by `contains`).
    var items: Set<Int> = []

    /// Adds what `other` evaluated.
    mutating func merge(_ other: Annotations) {
        if other.allProperties {
            allProperties = true
        } else if !other.properties.isEmpty && !allProperties {
            properties.formUnion(other.properties)
        }
        if other.allItems {
            allItems = true
        } else if !allItems {
            itemPrefix = max(itemPrefix, other.itemPrefix)
            if !other.items.isEmpty { items.formUnion(other.items) }
        }
    }

    /// Whether the property `name` has been evaluated.
    func evaluated(property name: String) -> Bool {
        allProperties || properties.contains(name)
    }

    /// Whether the item at `index` has been evaluated.
    func evaluated(item index: Int) -> Bool {
        allItems || index < itemPrefix || items.contains(index)
    }
}
