import GRDB

/// The database schema, as append-only named migrations: a migration that has shipped is never
/// edited, only followed by a new one.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-runs-results-scores") { db in
            try db.create(table: "run") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("format", .integer).notNull()
                t.column("prompt", .text).notNull()
                t.column("version", .integer).notNull()
                t.column("promptHash", .text).notNull()
                t.column("testset", .text).notNull()
                t.column("testsetHash", .text).notNull()
                t.column("provider", .text).notNull()
                t.column("model", .text).notNull()
                t.column("repeats", .integer).notNull()
                t.column("caseCount", .integer).notNull()
                t.column("configJSON", .text).notNull()
                t.column("status", .text).notNull()
                t.column("abortReason", .text)
                t.column("startedAt", .datetime).notNull()
                t.column("finishedAt", .datetime)
            }
            try db.create(index: "run_prompt_version", on: "run", columns: ["prompt", "version"])
            try db.create(table: "result") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("runID", .integer).notNull().references("run", onDelete: .cascade)
                t.column("caseID", .text).notNull()
                t.column("repeatIndex", .integer).notNull()
                t.column("verdict", .text).notNull()
                t.column("score", .double).notNull()
                t.column("reasonsJSON", .text).notNull()
                t.column("tagsJSON", .text).notNull()
                t.column("outputRaw", .text)
                t.column("outputJSON", .text)
                t.column("parseMode", .text).notNull()
                t.column("stopReason", .text)
                t.column("latencyMs", .double).notNull()
                t.column("inputTokens", .integer).notNull()
                t.column("outputTokens", .integer).notNull()
                t.column("costUSD", .double).notNull()
                t.column("modelUsed", .text)
                t.column("cacheHit", .boolean).notNull()
                t.column("attemptCount", .integer).notNull()
                t.column("errorKind", .text)
                t.column("errorMessage", .text)
                t.column("requestHash", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.uniqueKey(["runID", "caseID", "repeatIndex"])
            }
            try db.create(table: "score") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("resultID", .integer).notNull().indexed().references("result", onDelete: .cascade)
                t.column("scorer", .text).notNull()
                t.column("status", .text).notNull()
                t.column("value", .double).notNull()
                t.column("hard", .boolean).notNull()
                t.column("reasonsJSON", .text).notNull()
                t.column("detailsJSON", .text)
            }
            try db.create(table: "fieldScore") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("resultID", .integer).notNull().indexed().references("result", onDelete: .cascade)
                t.column("path", .text).notNull()
                t.column("status", .text).notNull()
                t.column("expectedJSON", .text)
                t.column("actualJSON", .text)
                t.column("weight", .double).notNull()
                t.column("matcher", .text).notNull()
                t.column("note", .text)
            }
        }
        migrator.registerMigration("v2-result-request") { db in
            try db.alter(table: "result") { t in
                t.add(column: "requestJSON", .text)
            }
        }
        migrator.registerMigration("v2-attempts") { db in
            try db.create(table: "attempt") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("runID", .integer).notNull().references("run", onDelete: .cascade)
                t.column("caseID", .text).notNull()
                t.column("repeatIndex", .integer).notNull()
                t.column("attempt", .integer).notNull()
                t.column("phase", .text).notNull()
                t.column("model", .text).notNull()
                t.column("statusCode", .integer)
                t.column("errorKind", .text)
                t.column("errorMessage", .text)
                t.column("latencyMs", .double).notNull()
                t.column("waitMs", .double).notNull()
                t.column("startedAt", .datetime).notNull()
            }
            try db.create(index: "attempt_run_case", on: "attempt", columns: ["runID", "caseID", "repeatIndex"])
            try db.alter(table: "result") { t in
                t.add(column: "fallbackUsed", .boolean).notNull().defaults(to: false)
            }
        }
        migrator.registerMigration("v3-response-cache") { db in
            try db.create(table: "responseCache") { t in
                t.primaryKey("key", .text)
                t.column("format", .integer).notNull()
                t.column("provider", .text).notNull()
                t.column("model", .text).notNull()
                t.column("output", .text).notNull()
                t.column("stopReason", .text).notNull()
                t.column("inputTokens", .integer).notNull()
                t.column("outputTokens", .integer).notNull()
                t.column("latencyMs", .double).notNull()
                t.column("fallbackUsed", .boolean).notNull()
                t.column("createdAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("v4-dead-letters") { db in
            try db.create(table: "deadLetter") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("runID", .integer).notNull().references("run", onDelete: .cascade)
                t.column("caseID", .text).notNull()
                t.column("repeatIndex", .integer).notNull()
                t.column("reason", .text).notNull()
                t.column("rawOutput", .text).notNull()
                t.column("attempts", .integer).notNull()
                t.column("reasks", .integer).notNull()
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(index: "deadLetter_run", on: "deadLetter", columns: ["runID"])
        }
        migrator.registerMigration("v16-run-lease") { db in
            // Who is running a `running` run right now; deleted when the run finishes.
            try db.create(table: "runLease") { t in
                t.primaryKey("runID", .integer).references("run", onDelete: .cascade)
                t.column("pid", .integer).notNull()
                t.column("host", .text).notNull()
                t.column("processStart", .integer).notNull()
                t.column("heartbeatAt", .double).notNull()
            }
        }
        migrator.registerMigration("v15-attempt-cost-request-id") { db in
            try db.alter(table: "attempt") { t in
                t.add(column: "costUSD", .double).notNull().defaults(to: 0)
                t.add(column: "costEstimated", .boolean).notNull().defaults(to: false)
                t.add(column: "requestID", .text)
            }
        }
        migrator.registerMigration("v15-attempt-first-token") { db in
            try db.alter(table: "attempt") { t in
                t.add(column: "firstTokenMs", .double)
            }
        }
        migrator.registerMigration("v19-judge-calibration") { db in
            // A judge's measured agreement with people, per judge text and labels file.
            try db.create(table: "judgeCalibration") { t in
                t.primaryKey("key", .text)
                t.column("judge", .text).notNull()
                t.column("version", .integer).notNull()
                t.column("promptHash", .text).notNull()
                t.column("labelsHash", .text).notNull()
                t.column("labelsPath", .text).notNull()
                t.column("count", .integer).notNull()
                t.column("accuracy", .double).notNull()
                t.column("kappa", .double)
                t.column("kappaLow", .double)
                t.column("kappaHigh", .double)
                t.column("weighting", .text).notNull()
                t.column("detailsJSON", .text).notNull()
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(
                index: "judgeCalibration_judge", on: "judgeCalibration", columns: ["judge", "version", "promptHash"])
        }
        migrator.registerMigration("v17-batch-jobs") { db in
            // The provider batches a run submitted (`run --batch`), so a resumed run polls them.
            try db.create(table: "batchJob") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("runID", .integer).notNull().indexed().references("run", onDelete: .cascade)
                t.column("provider", .text).notNull()
                t.column("batchID", .text).notNull()
                t.column("requestCount", .integer).notNull()
                t.column("status", .text).notNull()
                t.column("submittedAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("v20-batch-job-requests") { db in
            // Which requests each batch holds, so a resumed run knows the ones the caps left out.
            try db.alter(table: "batchJob") { t in t.add(column: "customIDs", .text) }
        }
        return migrator
    }
}
