/// The stages one case goes through, in order: render, cache, call (retries, fallback), parse,
/// validate (re-ask), score. Each is a small protocol, so a test can run one alone or swap one.
struct PipelineStages: Sendable {
    var render: any RenderStage = TemplateRendering()
    var cache: any CacheStage
    var call: any CallStage
    var parse: any ParseStage = OutputParsing()
    var validate: any ValidateStage
    var score: any ScoreStage
}
