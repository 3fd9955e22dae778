import Foundation

/// Reads a provider's API key from the environment variable its config names. The key is held
/// only in memory; messages name the variable, never the value.
public enum APIKey {
    /// The key in `provider.apiKeyEnv`, or an input error naming the variable (exit 2, before any call).
    public static func resolve(for provider: ProviderConfig, environment: [String: String]) throws(InputError) -> String
    {
        guard let variable = provider.apiKeyEnv, !variable.isEmpty else {
            throw InputError(
                .error(
                    ProjectConfig.fileName,
                    "provider `\(provider.name)` needs `api_key_env`: the name of the environment variable holding its API key"
                ))
        }
        guard let key = environment[variable], !key.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw InputError(
                .error(
                    ProjectConfig.fileName,
                    "provider `\(provider.name)` reads its API key from the environment variable `\(variable)`, which is not set or empty; export it (for local servers that need no key, any value works)"
                ))
        }
        return key.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
