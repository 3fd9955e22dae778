import Foundation

/// What a replay provider must serve: the recordings file of one prompt version and the requests
/// the run will make, checked against it before the first call.
public struct ReplayTarget {
    /// The recordings file (`RecordingFile.url`).
    public let recordings: URL
    /// Each planned call's case, repeat and request hash, read once while they are checked.
    public let requests: AnySequence<RecordingIndex.Request>
    /// The repeats the run asks for, to name the likely cause when fewer were recorded.
    public let repeats: Int
    /// `name@vN` of the prompt version, for the message that says how to record the rest.
    public let promptReference: String

    public init(recordings: URL, requests: some Sequence<RecordingIndex.Request>, repeats: Int, promptReference: String)
    {
        self.recordings = recordings
        self.requests = AnySequence(requests)
        self.repeats = repeats
        self.promptReference = promptReference
    }
}
