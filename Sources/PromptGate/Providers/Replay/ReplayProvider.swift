/// Answers from recorded responses, offline. A stale or missing recording is an error, never a
/// silent reuse.
public struct ReplayProvider: Provider {
    public let file: RecordingFile

    public init(file: RecordingFile) {
        self.file = file
    }

    public func complete(_ request: CompletionRequest) async throws(ProviderError) -> CompletionResponse {
        let key = RecordingFile.RecordingKey(caseID: request.caseID, repeatIndex: request.repeatIndex)
        guard let recording = file.recordings[key] else {
            throw ProviderError(.missingRecording, "no recording for case \(request.caseID) repeat \(request.repeatIndex) in \(file.path)")
        }
        guard recording.requestHash == request.requestHash else {
            throw ProviderError(.staleRecording, "the recording of case \(request.caseID) in \(file.path) was made for a different request; re-record")
        }
        return recording.response
    }
}
