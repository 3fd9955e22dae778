/// Answers from recorded responses, offline, reading each from the recordings file when its case
/// is called. A stale or missing recording is an error, never a silent reuse.
public struct ReplayProvider: Provider {
    public let recordings: RecordingIndex

    public init(recordings: RecordingIndex) {
        self.recordings = recordings
    }

    /// Never streams (recordings hold whole answers); not cached (the answers are already
    /// offline: caching would only copy them); never re-asked (recordings answer only the requests
    /// they were made for); not recorded again.
    public static func capabilities(for config: ProviderConfig) -> ProviderCapabilities { replayCapabilities }

    public var capabilities: ProviderCapabilities { Self.replayCapabilities }

    private static let replayCapabilities = ProviderCapabilities(
        streams: false, cacheable: false, canReask: false, recordable: false)

    public func complete(_ request: CompletionRequest) async throws(ProviderError) -> CompletionResponse {
        let key = CaseKey(caseID: request.caseID, repeatIndex: request.repeatIndex)
        guard let recording = try recordings.recording(for: key) else {
            throw ProviderError(
                .missingRecording,
                "no recording for case \(request.caseID) repeat \(request.repeatIndex) in \(recordings.path)")
        }
        guard recording.requestHash == request.requestHash else {
            throw ProviderError(
                .staleRecording,
                "the recording of case \(request.caseID) in \(recordings.path) was made for a different request; re-record"
            )
        }
        return recording.response
    }
}
