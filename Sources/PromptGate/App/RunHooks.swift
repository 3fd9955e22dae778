/// What a command that runs a missing side reports while it works: a line saying which version
/// is run and why, the progress of the run, and the lines a run logs (retries, first errors).
public struct RunHooks: Sendable {
    public var log: RunLog?
    public var progress: (@Sendable (RunProgress) -> Void)?

    public init(log: RunLog? = nil, progress: (@Sendable (RunProgress) -> Void)? = nil) {
        self.log = log
        self.progress = progress
    }
}
