import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

@Suite struct ProviderFactoryTests {
    @Test func aMissingKeyVariableIsAnInputErrorNamingTheVariable() throws {
        let project = try LiveProject.make(base: "http://127.0.0.1:9/v1", keyEnv: "PG_FACTORY_TEST_KEY")
        defer { project.remove() }
        let opened = try project.open()
        let plan = try opened.plan("sentiment", version: 1)
        do throws(InputError) {
            _ = try ProviderFactory.make(for: plan, config: opened.config, environment: [:])
            Issue.record("a missing key must stop the run before any call")
        } catch {
            #expect(error.description.contains("`PG_FACTORY_TEST_KEY`"))
            #expect(error.description.contains("not set"))
        }
        let provider = try ProviderFactory.make(
            for: plan, config: opened.config, environment: ["PG_FACTORY_TEST_KEY": ProviderFixtures.key])
        #expect(provider is OpenAIProvider)
    }

    @Test func structuredSchemaTravelsOnlyWhenTheProviderAsksForIt() throws {
        let project = try LiveProject.make(
            base: "http://127.0.0.1:9/v1", keyEnv: "K",
            providerExtra:
                "  strict:\n    type: openai\n    base_url: http://127.0.0.1:9/v1\n    api_key_env: K\n    structured_output: json_schema"
        )
        defer { project.remove() }
        let opened = try project.open()
        #expect(try opened.plan("sentiment", version: 1, provider: "strict").calls[0].request.outputSchema != nil)
        #expect(try opened.plan("sentiment", version: 1, provider: "live").calls[0].request.outputSchema == nil)
    }
}
