@_exported import PromptGateHTTP
// The general-machinery targets PromptGate is built on, re-exported so that code importing
// PromptGate (the CLI, the bench, the tests) sees their public API as before the split.
// Layer order: docs/architecture.md.
@_exported import PromptGateJSON
@_exported import PromptGatePII
@_exported import PromptGateSchema
@_exported import PromptGateStatistics
@_exported import PromptGateSync
