/// The JSON Schemas (draft 2020-12) of promptgate's YAML files, for editor completion and checking.
/// `promptgate init` writes them into a new project's `schemas/`; the repository's `schemas/`
/// holds the same text (a test keeps them equal, and equal to what the loaders accept).
enum EditorSchemas {
    /// File name under `schemas/` -> schema text.
    static let files: [(name: String, text: String)] = [
        ("promptgate.schema.json", promptgate),
        ("testset.schema.json", testSet),
        ("prompt-front-matter.schema.json", promptFrontMatter),
    ]

    /// The schema of `promptgate.yaml`.
    static let promptgate = ##"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "title": "promptgate.yaml",
          "description": "promptgate project configuration (docs/formats.md).",
          "type": "object",
          "properties": {
            "version": {
              "const": 1,
              "description": "Format version; must be 1."
            },
            "database": {
              "type": "string",
              "description": "The SQLite results database, relative to the project root (default .promptgate/promptgate.sqlite)."
            },
            "reports": {
              "type": "string",
              "description": "Where Markdown reports are written (default reports)."
            },
            "defaults": {
              "type": "object",
              "description": "Defaults for every prompt.",
              "properties": {
                "provider": {
                  "type": "string",
                  "description": "Provider used when a prompt names none (default replay)."
                },
                "concurrency": {
                  "type": "integer",
                  "description": "Calls in flight at once (default 8).",
                  "minimum": 1
                },
                "repeats": {
                  "type": "integer",
                  "description": "Times each case runs (default 1).",
                  "minimum": 1
                }
              },
              "additionalProperties": false
            },
            "providers": {
              "type": "object",
              "description": "Provider name -> settings.",
              "additionalProperties": {
                "$ref": "#/$defs/provider"
              }
            },
            "pricing": {
              "type": "object",
              "description": "USD per million tokens, per model.",
              "additionalProperties": {
                "type": "object",
                "properties": {
                  "input": {
                    "type": "number",
                    "description": "USD per million input tokens.",
                    "minimum": 0
                  },
                  "output": {
                    "type": "number",
                    "description": "USD per million output tokens.",
                    "minimum": 0
                  },
                  "batch": {
                    "type": "number",
                    "description": "The share of the price a provider batch (`run --batch`) charges; default 0.5 (half price).",
                    "minimum": 0,
                    "maximum": 1
                  }
                },
                "required": [
                  "input",
                  "output"
                ],
                "additionalProperties": false
              }
            },
            "retry": {
              "type": "object",
              "description": "One retry loop, for retryable errors only.",
              "properties": {
                "max_attempts": {
                  "type": "integer",
                  "description": "Attempts per call for retryable errors (1 = no retries).",
                  "minimum": 1
                },
                "base_delay": {
                  "type": "number",
                  "description": "Seconds; exponential backoff with full jitter.",
                  "minimum": 0
                },
                "max_delay": {
                  "type": "number",
                  "description": "Ceiling of one wait in seconds (Retry-After is always honoured).",
                  "minimum": 0
                },
                "reask": {
                  "type": "integer",
                  "description": "Re-asks with the validation error before a case is dead-lettered.",
                  "minimum": 0
                },
                "max_retry_wait": {
                  "type": "number",
                  "description": "Longest wait a server may ask for (Retry-After) before the call fails instead (seconds, default 60).",
                  "minimum": 0
                },
                "reask_refusals": {
                  "type": "boolean",
                  "description": "Re-ask refused or content-filtered answers too (default false; the refusal is kept)."
                }
              },
              "additionalProperties": false
            },
            "breaker": {
              "type": "object",
              "description": "Stops a run whose calls keep failing.",
              "properties": {
                "window": {
                  "type": "integer",
                  "description": "The last N calls.",
                  "minimum": 1
                },
                "min_calls": {
                  "type": "integer",
                  "description": "Calls before the breaker may open.",
                  "minimum": 1
                },
                "error_rate": {
                  "type": "number",
                  "description": "Share of failed calls that stops the run (1 turns the breaker off).",
                  "minimum": 0,
                  "maximum": 1
                }
              },
              "additionalProperties": false
            },
            "gate": {
              "$ref": "#/$defs/gate"
            },
            "batch": {
              "type": "object",
              "description": "How `run --batch` polls provider batches and handles requests they did not answer.",
              "properties": {
                "poll_interval": {
                  "type": "number",
                  "description": "Seconds before the first poll; each later wait doubles (default 30).",
                  "exclusiveMinimum": 0
                },
                "max_poll_interval": {
                  "type": "number",
                  "description": "The longest wait between two polls, in seconds (default 600).",
                  "exclusiveMinimum": 0
                },
                "failed_requests": {
                  "enum": [
                    "call",
                    "error"
                  ],
                  "description": "Requests the batch errored, expired or cancelled: `call` asks them again as normal calls (default), `error` keeps them as provider errors."
                },
                "max_requests": {
                  "type": "integer",
                  "description": "Requests per submitted batch; more are split over several batches (default 50000).",
                  "minimum": 1,
                  "maximum": 100000
                }
              },
              "additionalProperties": false
            }
          },
          "required": [
            "version"
          ],
          "additionalProperties": false,
          "$defs": {
            "provider": {
              "type": "object",
              "description": "One provider; a prompt's `provider:` names it.",
              "properties": {
                "type": {
                  "enum": [
                    "replay",
                    "openai",
                    "anthropic",
                    "exec"
                  ],
                  "description": "replay: recorded responses; openai: Chat Completions (any compatible server); anthropic: Messages API; exec: your pipeline as a command."
                },
                "base_url": {
                  "type": "string",
                  "description": "Server address (openai, anthropic).",
                  "format": "uri"
                },
                "api_key_env": {
                  "type": "string",
                  "description": "The NAME of the environment variable holding the API key; never the key itself.",
                  "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"
                },
                "command": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  },
                  "minItems": 1,
                  "description": "exec: the program and its arguments, run in the project root once per call."
                },
                "timeout": {
                  "type": "number",
                  "description": "Seconds per call (default 60).",
                  "exclusiveMinimum": 0
                },
                "structured_output": {
                  "enum": [
                    "none",
                    "json_object",
                    "json_schema"
                  ],
                  "description": "none (default), json_object, or json_schema (send the test set's schema as a strict response format / forced tool)."
                },
                "requests_per_minute": {
                  "type": "number",
                  "description": "Client-side request rate limit.",
                  "exclusiveMinimum": 0
                },
                "tokens_per_minute": {
                  "type": "number",
                  "description": "Client-side token rate limit.",
                  "exclusiveMinimum": 0
                },
                "max_response_bytes": {
                  "type": "integer",
                  "description": "Body (or exec output) bytes a call accepts; more fails the call (default 8 MiB).",
                  "minimum": 1
                },
                "stream": {
                  "type": "boolean",
                  "description": "openai/anthropic: ask for answers as server-sent event streams (default true; time to first token is measured); false asks for whole answers."
                },
                "env": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  },
                  "description": "exec: provider key variables passed to the command anyway (every other configured key is removed from its environment)."
                },
                "depends_on": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  },
                  "description": "exec: paths or globs of the files its answers depend on (default: the command's arguments that are project files); part of the cache key and of ci's change detection."
                },
                "token_parameter": {
                  "enum": [
                    "max_completion_tokens",
                    "max_tokens"
                  ],
                  "description": "openai: the name of the output-token limit (default max_completion_tokens; max_tokens for servers that only read the old name)."
                },
                "sampling": {
                  "type": "boolean",
                  "description": "openai: send temperature (default: left out only for reasoning models o1/o3/o4/gpt-5)."
                },
                "models": {
                  "type": "object",
                  "description": "openai: per-model token_parameter and sampling.",
                  "additionalProperties": {
                    "type": "object",
                    "properties": {
                      "token_parameter": {
                        "enum": [
                          "max_completion_tokens",
                          "max_tokens"
                        ],
                        "description": "openai: the name of the output-token limit (default max_completion_tokens; max_tokens for servers that only read the old name)."
                      },
                      "sampling": {
                        "type": "boolean",
                        "description": "openai: send temperature (default: left out only for reasoning models o1/o3/o4/gpt-5)."
                      }
                    },
                    "additionalProperties": false
                  }
                }
              },
              "required": [
                "type"
              ],
              "additionalProperties": false
            },
            "gate": {
              "type": "object",
              "description": "Gate policy. Every key is optional; see docs/formats.md.",
              "properties": {
                "min_schema_validity": {
                  "type": "number",
                  "description": "Hard rule: least share of results whose output validates against the schema (1.0 = all).",
                  "minimum": 0,
                  "maximum": 1
                },
                "max_pii_findings": {
                  "type": "integer",
                  "description": "Hard rule: most personal-data findings outside allowed fields.",
                  "minimum": 0
                },
                "no_critical_regressions": {
                  "type": "boolean",
                  "description": "Hard rule: no regression on cases tagged `critical`."
                },
                "max_template_leaks": {
                  "type": "integer",
                  "description": "Hard rule: most template leaks (an unrendered {{variable}} in the output).",
                  "minimum": 0
                },
                "alpha": {
                  "type": "number",
                  "description": "Significance level of the paired tests.",
                  "exclusiveMinimum": 0,
                  "exclusiveMaximum": 1
                },
                "max_pass_rate_drop": {
                  "type": "number",
                  "description": "Largest tolerated pass-rate drop as a fraction; a larger one fails if one-sided p < alpha, else warns.",
                  "minimum": 0
                },
                "max_mean_score_drop": {
                  "type": "number",
                  "description": "Largest tolerated mean-score drop, under the same rule.",
                  "minimum": 0
                },
                "max_cost_ratio": {
                  "type": "number",
                  "description": "Candidate cost per case at most the baseline's times this.",
                  "minimum": 0
                },
                "cost_warn_fraction": {
                  "type": "number",
                  "description": "Warn when the cost ratio passes this share of the ceiling.",
                  "minimum": 0
                },
                "max_latency_p95_ratio": {
                  "type": "number",
                  "description": "Optional: candidate p95 latency at most the baseline's times this.",
                  "minimum": 0
                },
                "max_error_share": {
                  "type": "number",
                  "description": "Above this share of provider errors the verdict is INCONCLUSIVE.",
                  "minimum": 0
                },
                "min_pass_rate": {
                  "type": "number",
                  "description": "Absolute floor for the candidate's pass rate (0..1); applies to first versions too.",
                  "minimum": 0,
                  "maximum": 1
                },
                "max_new_refusals": {
                  "type": "integer",
                  "minimum": 0,
                  "description": "Cases the baseline answered and the candidate refused that the gate allows (default 0)."
                },
                "judge_min_kappa": {
                  "type": "number",
                  "minimum": 0,
                  "maximum": 1,
                  "description": "INCONCLUSIVE when a judge's Cohen's kappa with people (promptgate judge calibrate) is below this or unmeasured (default: no such rule)."
                },
                "max_error_share_exec": {
                  "type": "number",
                  "minimum": 0,
                  "maximum": 1,
                  "description": "The provider-error share for exec pipelines above which the verdict is INCONCLUSIVE (default 0.02)."
                },
                "critical_regressions": {
                  "enum": [
                    "any_drop",
                    "all_or_nothing"
                  ],
                  "description": "When a critical case counts as regressed: any drop in its passes (default) or only all-pass to all-fail."
                }
              },
              "additionalProperties": false
            }
          }
        }
        """##

    /// The schema of `testset.yaml`.
    static let testSet = ##"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "title": "testset.yaml",
          "description": "Scorer settings of a test set (docs/formats.md).",
          "type": "object",
          "properties": {
            "version": {
              "const": 1,
              "description": "Format version; must be 1."
            },
            "fields": {
              "type": "object",
              "description": "Output field (dotted path for nested fields) -> how it is compared. Fields with no rule are compared exactly.",
              "additionalProperties": {
                "type": "object",
                "properties": {
                  "match": {
                    "enum": [
                      "exact",
                      "text",
                      "number",
                      "date",
                      "enum",
                      "set",
                      "fuzzy",
                      "edit_similarity",
                      "regex",
                      "token_f1",
                      "contains",
                      "contains_all",
                      "not_contains",
                      "length",
                      "ignore"
                    ],
                    "description": "exact (default), text, number, date, enum, set, fuzzy (edit_similarity), regex, token_f1, contains, contains_all, not_contains, length or ignore."
                  },
                  "weight": {
                    "type": "number",
                    "description": "Weight of the field in the score (default 1).",
                    "minimum": 0
                  },
                  "abs_tol": {
                    "type": "number",
                    "description": "number: absolute tolerance.",
                    "minimum": 0
                  },
                  "rel_tol": {
                    "type": "number",
                    "description": "number: relative tolerance.",
                    "minimum": 0
                  },
                  "threshold": {
                    "type": "number",
                    "description": "fuzzy / edit_similarity: least similarity (default 0.8); token_f1: least token F1 (default 0.5).",
                    "minimum": 0,
                    "maximum": 1
                  },
                  "pattern": {
                    "type": "string",
                    "description": "regex: ECMA-262 pattern the whole value must match."
                  },
                  "values": {
                    "type": "array",
                    "items": {
                      "type": "string",
                      "minLength": 1
                    },
                    "minItems": 1,
                    "description": "contains, contains_all, not_contains: the terms (default: the case's expected text or list of texts)."
                  },
                  "case_sensitive": {
                    "type": "boolean",
                    "description": "contains, contains_all, not_contains: compare case-sensitively (default false: normalized text)."
                  },
                  "min_chars": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "length: fewest characters."
                  },
                  "max_chars": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "length: most characters."
                  },
                  "min_words": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "length: fewest words."
                  },
                  "max_words": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "length: most words."
                  }
                },
                "additionalProperties": false
              }
            },
            "text": {
              "type": "object",
              "description": "Checks of a whole free-text reply (output: text), compared with the case's expected text where a check needs one (docs/text-scoring.md).",
              "properties": {
                "token_f1": {
                  "type": "object",
                  "description": "Token F1 with the expected text (SQuAD normalization) at least threshold.",
                  "properties": {
                    "threshold": {
                      "type": "number",
                      "description": "fuzzy / edit_similarity: least similarity (default 0.8); token_f1: least token F1 (default 0.5).",
                      "minimum": 0,
                      "maximum": 1
                    },
                    "weight": {
                      "type": "number",
                      "description": "Weight of the field in the score (default 1).",
                      "minimum": 0
                    }
                  },
                  "additionalProperties": false
                },
                "edit_similarity": {
                  "type": "object",
                  "description": "Normalized edit similarity with the expected text at least threshold.",
                  "properties": {
                    "threshold": {
                      "type": "number",
                      "description": "fuzzy / edit_similarity: least similarity (default 0.8); token_f1: least token F1 (default 0.5).",
                      "minimum": 0,
                      "maximum": 1
                    },
                    "weight": {
                      "type": "number",
                      "description": "Weight of the field in the score (default 1).",
                      "minimum": 0
                    }
                  },
                  "additionalProperties": false
                },
                "fuzzy": {
                  "type": "object",
                  "description": "Same as edit_similarity.",
                  "properties": {
                    "threshold": {
                      "type": "number",
                      "description": "fuzzy / edit_similarity: least similarity (default 0.8); token_f1: least token F1 (default 0.5).",
                      "minimum": 0,
                      "maximum": 1
                    },
                    "weight": {
                      "type": "number",
                      "description": "Weight of the field in the score (default 1).",
                      "minimum": 0
                    }
                  },
                  "additionalProperties": false
                },
                "text": {
                  "type": "object",
                  "description": "Equal to the expected text after normalization.",
                  "properties": {
                    "weight": {
                      "type": "number",
                      "description": "Weight of the field in the score (default 1).",
                      "minimum": 0
                    }
                  },
                  "additionalProperties": false
                },
                "regex": {
                  "type": "object",
                  "description": "The whole reply matches the pattern.",
                  "properties": {
                    "pattern": {
                      "type": "string",
                      "description": "regex: ECMA-262 pattern the whole value must match."
                    },
                    "weight": {
                      "type": "number",
                      "description": "Weight of the field in the score (default 1).",
                      "minimum": 0
                    }
                  },
                  "additionalProperties": false
                },
                "contains": {
                  "type": "object",
                  "description": "At least one term appears.",
                  "properties": {
                    "values": {
                      "type": "array",
                      "items": {
                        "type": "string",
                        "minLength": 1
                      },
                      "minItems": 1,
                      "description": "contains, contains_all, not_contains: the terms (default: the case's expected text or list of texts)."
                    },
                    "case_sensitive": {
                      "type": "boolean",
                      "description": "contains, contains_all, not_contains: compare case-sensitively (default false: normalized text)."
                    },
                    "weight": {
                      "type": "number",
                      "description": "Weight of the field in the score (default 1).",
                      "minimum": 0
                    }
                  },
                  "additionalProperties": false
                },
                "contains_all": {
                  "type": "object",
                  "description": "Every term appears.",
                  "properties": {
                    "values": {
                      "type": "array",
                      "items": {
                        "type": "string",
                        "minLength": 1
                      },
                      "minItems": 1,
                      "description": "contains, contains_all, not_contains: the terms (default: the case's expected text or list of texts)."
                    },
                    "case_sensitive": {
                      "type": "boolean",
                      "description": "contains, contains_all, not_contains: compare case-sensitively (default false: normalized text)."
                    },
                    "weight": {
                      "type": "number",
                      "description": "Weight of the field in the score (default 1).",
                      "minimum": 0
                    }
                  },
                  "additionalProperties": false
                },
                "not_contains": {
                  "type": "object",
                  "description": "No term appears.",
                  "properties": {
                    "values": {
                      "type": "array",
                      "items": {
                        "type": "string",
                        "minLength": 1
                      },
                      "minItems": 1,
                      "description": "contains, contains_all, not_contains: the terms (default: the case's expected text or list of texts)."
                    },
                    "case_sensitive": {
                      "type": "boolean",
                      "description": "contains, contains_all, not_contains: compare case-sensitively (default false: normalized text)."
                    },
                    "weight": {
                      "type": "number",
                      "description": "Weight of the field in the score (default 1).",
                      "minimum": 0
                    }
                  },
                  "additionalProperties": false
                },
                "length": {
                  "type": "object",
                  "description": "Length bounds in characters or in words.",
                  "properties": {
                    "min_chars": {
                      "type": "integer",
                      "minimum": 0,
                      "description": "length: fewest characters."
                    },
                    "max_chars": {
                      "type": "integer",
                      "minimum": 0,
                      "description": "length: most characters."
                    },
                    "min_words": {
                      "type": "integer",
                      "minimum": 0,
                      "description": "length: fewest words."
                    },
                    "max_words": {
                      "type": "integer",
                      "minimum": 0,
                      "description": "length: most words."
                    },
                    "weight": {
                      "type": "number",
                      "description": "Weight of the field in the score (default 1).",
                      "minimum": 0
                    }
                  },
                  "additionalProperties": false
                }
              },
              "additionalProperties": false
            },
            "pii": {
              "type": "object",
              "description": "Where personal data may appear.",
              "properties": {
                "allowed": {
                  "type": "object",
                  "description": "Output field -> PII types allowed there.",
                  "additionalProperties": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  }
                },
                "inputs_synthetic": {
                  "type": "boolean",
                  "description": "The inputs are made up: `check` does not warn about personal data in them."
                },
                "intended_in_recordings": {
                  "type": "object",
                  "description": "Recording (prompt@vN) -> ids of cases whose recorded output holds personal data on purpose.",
                  "additionalProperties": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  }
                },
                "forms": {
                  "type": "object",
                  "description": "Which debatable forms count as personal data (docs/pii.md); each default true.",
                  "properties": {
                    "bare_domains": {
                      "type": "boolean",
                      "description": "Bare domains such as example.com count as URLs."
                    },
                    "test_card_numbers": {
                      "type": "boolean",
                      "description": "Well-known test card numbers count as credit cards."
                    },
                    "obfuscated_emails": {
                      "type": "boolean",
                      "description": "Forms such as \"name at example dot com\" count as e-mail addresses."
                    }
                  },
                  "additionalProperties": false
                }
              },
              "additionalProperties": false
            },
            "input_echo": {
              "type": "object",
              "description": "The case's own values must not reappear in output fields that may not hold them (docs/pii.md).",
              "properties": {
                "values": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  },
                  "description": "vars.<name> or expected.<field> whose values are sensitive."
                },
                "pii_in_inputs": {
                  "type": "boolean",
                  "description": "Also every PII entity found in the case's variables (default false)."
                },
                "allowed": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  },
                  "description": "Output fields that may hold them."
                },
                "surname": {
                  "type": "boolean",
                  "description": "Also a full name's last word (default false)."
                },
                "last_digits": {
                  "type": "integer",
                  "minimum": 0,
                  "description": "Also a value's last N digits (0 = off)."
                }
              },
              "additionalProperties": false
            },
            "confidence": {
              "type": "object",
              "description": "A field that must reach a minimum.",
              "properties": {
                "field": {
                  "type": "string",
                  "description": "The output field holding the model's confidence."
                },
                "min": {
                  "type": "number",
                  "description": "Least value for the case to pass."
                }
              },
              "required": [
                "field",
                "min"
              ],
              "additionalProperties": false
            },
            "judges": {
              "type": "object",
              "description": "Judge prompts (prompts/<name>/, with `verdict:`) that grade a field or the whole text reply of every answer; see docs/judges.md.",
              "additionalProperties": {
                "type": "object",
                "properties": {
                  "field": {
                    "type": "string",
                    "description": "The JSON field judged (dotted path); omit to judge the whole reply."
                  },
                  "version": {
                    "type": "integer",
                    "minimum": 1,
                    "description": "Pin a judge version (default: the newest)."
                  },
                  "threshold": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 5,
                    "description": "For a `verdict: scale_1_5` judge: the lowest passing score (default 4)."
                  }
                },
                "additionalProperties": false
              }
            },
            "pairwise": {
              "type": "object",
              "description": "The pairwise judge (prompts/<name>/, with `verdict: pairwise`) that compare, gate and ci ask, in both orders, which version answered better; see docs/judges.md.",
              "properties": {
                "judge": {
                  "type": "string",
                  "description": "The pairwise judge prompt's name."
                },
                "version": {
                  "type": "integer",
                  "minimum": 1,
                  "description": "Pin a judge version (default: the newest)."
                },
                "field": {
                  "type": "string",
                  "description": "The JSON field compared (dotted path); omit to compare the whole replies."
                }
              },
              "required": [
                "judge"
              ],
              "additionalProperties": false
            },
            "placeholders": {
              "type": "array",
              "items": {
                "type": "string"
              },
              "description": "Strings that count as a missing value (default: a built-in list)."
            },
            "scorers": {
              "type": "object",
              "description": "Which scorers are hard, and their weights.",
              "properties": {
                "hard": {
                  "type": "array",
                  "items": {
                    "enum": [
                      "schema",
                      "fields",
                      "pii",
                      "placeholders",
                      "confidence",
                      "truncation",
                      "template_leak",
                      "judge"
                    ]
                  },
                  "description": "Scorers whose failure fails a case (default: all)."
                },
                "weights": {
                  "type": "object",
                  "description": "Scorer -> weight in a case's mean score (default 1).",
                  "propertyNames": {
                    "enum": [
                      "schema",
                      "fields",
                      "pii",
                      "placeholders",
                      "confidence",
                      "truncation",
                      "template_leak",
                      "judge"
                    ]
                  },
                  "additionalProperties": {
                    "type": "number",
                    "minimum": 0
                  }
                }
              },
              "additionalProperties": false
            }
          },
          "required": [
            "version"
          ],
          "additionalProperties": false
        }
        """##

    /// The schema of a prompt file's front matter.
    static let promptFrontMatter = ##"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "title": "prompt front matter",
          "description": "The YAML front matter of prompts/<name>/v<N>.md (docs/formats.md).",
          "type": "object",
          "properties": {
            "testset": {
              "type": "string",
              "description": "Required: the folder under testsets/ this prompt runs over."
            },
            "provider": {
              "type": "string",
              "description": "A name under `providers:` in promptgate.yaml (default: defaults.provider)."
            },
            "model": {
              "type": "string",
              "description": "Required: the model name sent to the provider."
            },
            "temperature": {
              "type": "number",
              "description": "Sampling temperature, 0 to 2 (default 0).",
              "minimum": 0,
              "maximum": 2
            },
            "max_tokens": {
              "type": "integer",
              "description": "Most output tokens (default 1024).",
              "minimum": 1
            },
            "output": {
              "enum": [
                "json",
                "text"
              ],
              "description": "json (parse the reply as JSON, default) or text."
            },
            "repeats": {
              "type": "integer",
              "description": "Times each case runs (default: defaults.repeats).",
              "minimum": 1
            },
            "fallback": {
              "type": "string",
              "description": "A model that answers when the main one keeps failing."
            },
            "stream": {
              "type": "boolean",
              "description": "false asks the provider for whole answers instead of streams (no time to first token); default: the provider's `stream`."
            },
            "description": {
              "type": "string",
              "description": "What the prompt does."
            },
            "verdict": {
              "enum": [
                "pass_fail",
                "scale_1_5",
                "pairwise"
              ],
              "description": "Makes this prompt a judge: it answers {verdict, reason} with pass/fail or a score from 1 to 5, or (pairwise) {winner: A, B or tie, reason} on two answers."
            },
            "changelog": {
              "type": "string",
              "description": "What this version changes."
            },
            "gate": {
              "$ref": "#/$defs/gate"
            }
          },
          "required": [
            "testset",
            "model"
          ],
          "additionalProperties": false,
          "$defs": {
            "gate": {
              "type": "object",
              "description": "Gate policy. Every key is optional; see docs/formats.md.",
              "properties": {
                "min_schema_validity": {
                  "type": "number",
                  "description": "Hard rule: least share of results whose output validates against the schema (1.0 = all).",
                  "minimum": 0,
                  "maximum": 1
                },
                "max_pii_findings": {
                  "type": "integer",
                  "description": "Hard rule: most personal-data findings outside allowed fields.",
                  "minimum": 0
                },
                "no_critical_regressions": {
                  "type": "boolean",
                  "description": "Hard rule: no regression on cases tagged `critical`."
                },
                "max_template_leaks": {
                  "type": "integer",
                  "description": "Hard rule: most template leaks (an unrendered {{variable}} in the output).",
                  "minimum": 0
                },
                "alpha": {
                  "type": "number",
                  "description": "Significance level of the paired tests.",
                  "exclusiveMinimum": 0,
                  "exclusiveMaximum": 1
                },
                "max_pass_rate_drop": {
                  "type": "number",
                  "description": "Largest tolerated pass-rate drop as a fraction; a larger one fails if one-sided p < alpha, else warns.",
                  "minimum": 0
                },
                "max_mean_score_drop": {
                  "type": "number",
                  "description": "Largest tolerated mean-score drop, under the same rule.",
                  "minimum": 0
                },
                "max_cost_ratio": {
                  "type": "number",
                  "description": "Candidate cost per case at most the baseline's times this.",
                  "minimum": 0
                },
                "cost_warn_fraction": {
                  "type": "number",
                  "description": "Warn when the cost ratio passes this share of the ceiling.",
                  "minimum": 0
                },
                "max_latency_p95_ratio": {
                  "type": "number",
                  "description": "Optional: candidate p95 latency at most the baseline's times this.",
                  "minimum": 0
                },
                "max_error_share": {
                  "type": "number",
                  "description": "Above this share of provider errors the verdict is INCONCLUSIVE.",
                  "minimum": 0
                },
                "min_pass_rate": {
                  "type": "number",
                  "description": "Absolute floor for the candidate's pass rate (0..1); applies to first versions too.",
                  "minimum": 0,
                  "maximum": 1
                },
                "max_new_refusals": {
                  "type": "integer",
                  "minimum": 0,
                  "description": "Cases the baseline answered and the candidate refused that the gate allows (default 0)."
                },
                "judge_min_kappa": {
                  "type": "number",
                  "minimum": 0,
                  "maximum": 1,
                  "description": "INCONCLUSIVE when a judge's Cohen's kappa with people (promptgate judge calibrate) is below this or unmeasured (default: no such rule)."
                },
                "max_error_share_exec": {
                  "type": "number",
                  "minimum": 0,
                  "maximum": 1,
                  "description": "The provider-error share for exec pipelines above which the verdict is INCONCLUSIVE (default 0.02)."
                },
                "critical_regressions": {
                  "enum": [
                    "any_drop",
                    "all_or_nothing"
                  ],
                  "description": "When a critical case counts as regressed: any drop in its passes (default) or only all-pass to all-fail."
                }
              },
              "additionalProperties": false
            }
          }
        }
        """##
}
