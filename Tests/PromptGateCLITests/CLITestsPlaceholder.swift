// The CLI end-to-end tests live on main; this file only lets the `providers` branch build the
// PromptGateCLITests target that Package.swift declares (the skeleton commit had no sources for it).
