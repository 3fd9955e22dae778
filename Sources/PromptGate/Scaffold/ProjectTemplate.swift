/// The files `promptgate init` writes: a small project that runs offline with no API key, with
/// the editor schemas its YAML files point to. Its
/// provider is an `exec` pipeline (a POSIX shell script that classifies tickets by keyword), so
/// `run` and `check` work right after `init`, and a copied version (`promptgate new`) runs too.
enum ProjectTemplate {
    /// The prompt and test set names the template uses.
    static let promptName = "classify-ticket"
    static let testSetName = "tickets"

    /// Lines `init` makes sure `.gitignore` holds: the results database stays out of git.
    static let gitignoreLines = [
        "# promptgate: results database and response cache (rebuilt by `promptgate run`)", ".promptgate/",
    ]

    /// Path relative to the project root -> contents, in the order they are written.
    static let files: [(path: String, text: String)] =
        [
            ("promptgate.yaml", config),
            ("prompts/\(promptName)/v1.md", prompt),
            ("testsets/\(testSetName)/cases.jsonl", cases),
            ("testsets/\(testSetName)/schema.json", schema),
            ("testsets/\(testSetName)/testset.yaml", testSetSettings),
            ("pipeline/classify.sh", pipeline),
            (".github/workflows/promptgate.yml", workflow),
        ] + EditorSchemas.files.map { ("schemas/\($0.name)", $0.text + "\n") }

    static let config = """
        # yaml-language-server: $schema=schemas/promptgate.schema.json
        # promptgate project configuration; every key is described in promptgate's docs/formats.md.
        version: 1
        database: .promptgate/promptgate.sqlite   # every run, case and score; ignored by git
        reports: reports
        defaults:
          provider: pipeline
          concurrency: 4
          repeats: 1
        providers:
          pipeline:
            type: exec                     # your own pipeline as a command: JSON in on stdin, JSON out
            command: [sh, pipeline/classify.sh]
            timeout: 10
          # openai:                        # a live model instead: set `provider: openai` in a prompt
          #   type: openai
          #   base_url: https://api.openai.com/v1
          #   api_key_env: OPENAI_API_KEY  # the NAME of the variable; never the key itself
        pricing:
          keyword-classifier: { input: 0, output: 0 }
        gate: {}

        """

    static let prompt = """
        ---
        testset: \(testSetName)
        model: keyword-classifier
        temperature: 0
        max_tokens: 100
        output: json
        description: Sorts a support ticket into a queue.
        changelog: First version.
        ---
        # system
        Sort the support ticket into one queue. Reply with JSON only, for example {"queue": "payments"}.
        Queues: payments, access, delivery, general.

        # user
        Ticket:
        {{ticket}}

        """

    static let cases = """
        {"id": "t001", "vars": {"ticket": "I was charged twice for my subscription this month."}, "expected": {"queue": "payments"}, "tags": ["critical"]}
        {"id": "t002", "vars": {"ticket": "I forgot my password and the reset link does not arrive."}, "expected": {"queue": "access"}}
        {"id": "t003", "vars": {"ticket": "My parcel is three days late, where is it?"}, "expected": {"queue": "delivery"}}
        {"id": "t004", "vars": {"ticket": "Do you have a dark mode?"}, "expected": {"queue": "general"}}

        """

    static let schema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "properties": {
            "queue": { "enum": ["payments", "access", "delivery", "general"] }
          },
          "required": ["queue"],
          "additionalProperties": false
        }

        """

    static let testSetSettings = """
        # yaml-language-server: $schema=../../schemas/testset.schema.json
        version: 1
        fields:
          queue: { match: exact }
        pii:
          inputs_synthetic: true           # the tickets were written for this example

        """

    /// A stand-in pipeline: it reads the request (JSON) on stdin and answers by keyword. Replace
    /// `command` in promptgate.yaml with your own pipeline, or use a live provider.
    static let pipeline = #"""
        #!/bin/sh
        # A stand-in for your LLM pipeline, called by promptgate's `exec` provider once per case:
        # the request arrives as JSON on stdin, the answer leaves as JSON on stdout.
        # It routes by keywords found in the ticket; replace it with your real pipeline.
        request=$(cat | tr '[:upper:]' '[:lower:]')
        case "$request" in
          *charged*|*refund*|*invoice*) queue=payments ;;
          *password*|*"log in"*|*locked*) queue=access ;;
          *parcel*|*shipping*|*tracking*) queue=delivery ;;
          *) queue=general ;;
        esac
        printf '{"output": "{\\"queue\\": \\"%s\\"}", "stop_reason": "stop", "usage": {"input_tokens": %d, "output_tokens": 8}}\n' "$queue" "$(( ${#request} / 4 ))"

        """#

    static let workflow = """
        # Gates every prompt changed in a pull request (see promptgate's docs/github-actions.md).
        name: prompt gate
        on:
          pull_request:
            paths: ["prompts/**", "testsets/**", "pipeline/**", "promptgate.yaml"]
        jobs:
          gate:
            runs-on: ubuntu-latest
            container: swift:6.1
            env:
              PROMPTGATE_GIT: https://github.com/your-org/promptgate.git   # where your team gets promptgate
            steps:
              - uses: actions/checkout@v4
                with: { fetch-depth: 0 }            # the base commit must be available to git
              - run: apt-get update && apt-get install -y git libcurl4-openssl-dev libsqlite3-dev
              - name: install promptgate
                run: |
                  git clone --depth 1 "$PROMPTGATE_GIT" /tmp/promptgate
                  swift build -c release --package-path /tmp/promptgate
                  cp /tmp/promptgate/.build/release/promptgate /usr/local/bin/
              - run: promptgate check
              # With a live model, add --max-cost 5 (US dollars) to cap what one gate may spend.
              - run: promptgate ci --base origin/${{ github.base_ref }}
              - uses: actions/upload-artifact@v4
                if: always()
                with: { name: promptgate-reports, path: reports/ }

        """
}
