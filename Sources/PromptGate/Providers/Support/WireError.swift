/// Why a 2xx answer could not be read in a provider's wire format.
struct WireError: Error, Equatable {
    let message: String
    init(_ message: String) { self.message = message }
}
