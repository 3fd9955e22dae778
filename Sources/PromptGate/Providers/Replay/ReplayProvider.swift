/// Answers from recorded responses, offline, reading each from the recordings file when its case
/// is called. A stale or missing recording is an error, never a silent reuse.
public struct ReplayProvider: Provider {
    public let recordings: RecordingIndex

    public init(recordings: RecordingIndex) {
        self.recordings = recordings
    }

    /// Never streams: recordings hold whole answers.
    public var capabilities: ProviderCapabilities { ProviderCapabilities(streams: false) }

    public func complete(_ request: CompletionRequest) async throws(ProviderError) -> CompletionResponse {
        let key = CaseKey(caseID: request.caseID, repeatIndex: request.repeatIndex)
        guard let recording = try recordings.recording(for: key) else {
            throw ProviderError(.missingRecording, "no recording for case \(request.caseID) repeat \(request.repeatIndex) in \(recordings.path)")
        }
        guard recording.requestHash == request.requestHash else {
            throw ProviderError(.staleRecording, "the recording of case \(request.caseID) in \(recordings.path) was made for a different request; re-record")
        }
        return recording.response
    }
}
